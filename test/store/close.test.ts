import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { SqliteSaver, SqliteStore } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-close-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("close() on SqliteSaver and SqliteStore", () => {
  it("closes the connection each opened, and both by the same name", async () => {
    const file = join(dir, "own.db");
    const saver = SqliteSaver.fromConnString(file);
    const store = SqliteStore.fromConnString(file);
    await store.put(["notes"], "a", { text: "kept" });
    saver.close();
    store.close();
    expect(saver.db.open).toBe(false);
    expect(store.db.open).toBe(false);
    // Closing twice is harmless.
    store.close();
    saver.close();
  });

  it("leaves a connection the caller passed open", async () => {
    const db = new Database(join(dir, "callers.db"));
    const saver = new SqliteSaver(db);
    const store = new SqliteStore({ db });
    await store.put(["notes"], "a", { text: "kept" });
    saver.close();
    store.close();
    expect(db.open).toBe(true);
    expect((db.prepare("select count(*) as n from store_items").get() as { n: number }).n).toBe(1);
    db.close();
  });

  it("stops the TTL sweeper", () => {
    vi.useFakeTimers();
    try {
      const store = new SqliteStore({ path: join(dir, "ttl.db"), ttl: { defaultTtl: 1, sweepIntervalMinutes: 1 } });
      store.start();
      const sweep = vi.spyOn(store, "sweepExpired");
      vi.advanceTimersByTime(60_000);
      expect(sweep).toHaveBeenCalledTimes(1);
      store.close();
      vi.advanceTimersByTime(10 * 60_000);
      expect(sweep).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
