import type { BaseCheckpointSaver, BaseStore } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { SqliteSaver } from "../checkpoint/index.js";
import { openDatabase } from "../sqlite/database.js";
import { SqliteStore } from "../store/index.js";

/** A checkpointer and a store on one database, ready to pass to `compile({ checkpointer, store })`. */
export interface MemoryBackend {
  kind: "sqlite" | "postgres";
  checkpointer: BaseCheckpointSaver;
  store: BaseStore;
  /** Releases the connections. */
  close(): Promise<void>;
}

/** Raised for a database URL this package cannot serve, or a backend whose optional package is missing. */
export class BackendError extends Error {
  override name = "BackendError";
}

/** The environment variable the template and the demo read the database URL from. */
export const MEMORY_DATABASE_URL = "MEMORY_DATABASE_URL";

/**
 * Opens session state and durable memory on one database:
 *
 * - a file path, `sqlite:<path>`, or `:memory:` → this package's `SqliteSaver`
 *   and `SqliteStore` on one file (one shared connection for `:memory:`);
 * - `postgres://…` or `postgresql://…` → the official `PostgresSaver` and
 *   `PostgresStore` from `@langchain/langgraph-checkpoint-postgres`, an
 *   optional dependency loaded only here, both set up.
 *
 * The same graph code then runs on either, e.g.
 * `createMemoryBackend(process.env.MEMORY_DATABASE_URL ?? "./memory.db")`.
 */
export async function createMemoryBackend(url: string): Promise<MemoryBackend> {
  if (/^postgres(ql)?:\/\//.test(url)) return postgresBackend(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new BackendError(`Unsupported database URL "${redact(url)}": use a SQLite file path, sqlite:<path>, :memory: or postgres://…`);
  }
  const path = url.replace(/^sqlite:(\/\/)?/, "");
  if (path === ":memory:") {
    const { db } = openDatabase(new Database(":memory:"));
    const store = new SqliteStore({ db });
    return {
      kind: "sqlite",
      checkpointer: new SqliteSaver(db),
      store,
      close: async () => {
        db.close();
      },
    };
  }
  const checkpointer = SqliteSaver.fromConnString(path);
  const store = SqliteStore.fromConnString(path);
  await Promise.all([checkpointer.setup(), store.setup()]);
  return {
    kind: "sqlite",
    checkpointer,
    store,
    close: async () => {
      checkpointer.close();
      store.stop();
    },
  };
}

async function postgresBackend(url: string): Promise<MemoryBackend> {
  const [saverModule, storeModule] = await Promise.all([
    import("@langchain/langgraph-checkpoint-postgres"),
    import("@langchain/langgraph-checkpoint-postgres/store"),
  ]).catch((error: unknown) => {
    throw new BackendError(
      `A postgres:// URL needs the optional package @langchain/langgraph-checkpoint-postgres: npm install @langchain/langgraph-checkpoint-postgres pg (${(error as Error).message})`,
      { cause: error },
    );
  });
  const checkpointer = saverModule.PostgresSaver.fromConnString(url);
  const store = storeModule.PostgresStore.fromConnString(url);
  await withSetupLock(url, async () => {
    await checkpointer.setup();
    await store.setup();
  });
  return {
    kind: "postgres",
    checkpointer,
    store,
    close: async () => {
      await Promise.all([checkpointer.end(), store.stop()]);
    },
  };
}

/** Any fixed 64-bit number, shared by every process that sets up this package's tables. */
const SETUP_LOCK = 4_735_123_951;

/**
 * Runs `setup` holding a Postgres advisory lock: the official saver's and
 * store's migrations run `CREATE TABLE IF NOT EXISTS`, which fails with a
 * unique violation on `pg_type` when several workers start on a fresh
 * database at once.
 */
async function withSetupLock(url: string, setup: () => Promise<void>): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK]);
    await setup();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [SETUP_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** A URL without its password, for error messages. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
