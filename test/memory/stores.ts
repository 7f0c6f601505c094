import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, type BaseStore } from "@langchain/langgraph-checkpoint";
import { SqliteStore } from "../../src/index.js";
import { POSTGRES_URL, freshPostgresStore } from "../support/postgres.js";

/** A store under test, created fresh per test and closed after it. */
export interface StoreFactory {
  name: string;
  create(): Promise<{ store: BaseStore; close(): Promise<void> }>;
}

/** Every store the memory layer must be correct on: the official PostgresStore when a server is given. */
export const STORE_FACTORIES: StoreFactory[] = [
  {
    name: "InMemoryStore",
    async create() {
      return { store: new InMemoryStore(), close: async () => undefined };
    },
  },
  {
    name: "SqliteStore (file)",
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "lsm-memory-"));
      const store = SqliteStore.fromConnString(join(dir, "memory.db"));
      return {
        store,
        close: async () => {
          store.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  ...(POSTGRES_URL === undefined ? [] : [{ name: "PostgresStore (official)", create: () => freshPostgresStore(POSTGRES_URL!) }]),
];
