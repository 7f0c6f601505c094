import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyCheckpoint, uuid6 } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { BackendError, SqliteSaver, SqliteStore, createMemoryBackend } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-backend-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function roundTrip(url: string) {
  const backend = await createMemoryBackend(url);
  const config = await backend.checkpointer.put({ configurable: { thread_id: "t" } }, { ...emptyCheckpoint(), id: uuid6(0) }, { source: "input", step: -1, parents: {} }, {});
  await backend.store.put(["memory"], "k", { v: 1 });
  const found = { checkpoint: await backend.checkpointer.getTuple(config), item: await backend.store.get(["memory"], "k") };
  return { backend, found };
}

describe("createMemoryBackend", () => {
  it("puts session state and durable memory in one SQLite file, from a path or a sqlite: URL", async () => {
    for (const url of [join(dir, "a.db"), `sqlite:${join(dir, "b.db")}`]) {
      const { backend, found } = await roundTrip(url);
      expect(backend.kind).toBe("sqlite");
      expect(backend.checkpointer).toBeInstanceOf(SqliteSaver);
      expect(backend.store).toBeInstanceOf(SqliteStore);
      expect(found.checkpoint).toBeDefined();
      expect(found.item?.value).toEqual({ v: 1 });
      await backend.close();
      const raw = new Database(url.replace("sqlite:", ""), { readonly: true });
      const tables = raw.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all().map((row) => (row as { name: string }).name);
      expect(tables).toEqual(expect.arrayContaining(["checkpoint_entries", "store_items"]));
      raw.close();
    }
  });

  it("shares one connection for :memory:", async () => {
    const { backend, found } = await roundTrip(":memory:");
    expect(found.checkpoint).toBeDefined();
    expect((backend.checkpointer as SqliteSaver).db).toBe((backend.store as SqliteStore).db);
    await backend.close();
  });

  it("refuses other schemes without echoing a password", async () => {
    const attempt = createMemoryBackend("mysql://admin:hunter2@db.internal/app");
    await expect(attempt).rejects.toThrow(BackendError);
    await expect(attempt).rejects.toThrow(/mysql:\/\/admin:\*\*\*@db\.internal/);
  });
});
