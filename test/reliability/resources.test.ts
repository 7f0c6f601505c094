import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { SqliteSaver, SqliteStore } from "../../src/index.js";

const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
const dir = mkdtempSync(join(tmpdir(), "lsm-resources-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const openFiles = () => readdirSync("/proc/self/fd").length;

describe("opening and closing 1,000 times", () => {
  it("leaks no file handle and no timer", async () => {
    const file = join(dir, "cycle.db");
    const filesBefore = openFiles();
    // The sweeper's interval is unref'd, which hides it from process.getActiveResourcesInfo(): track each one.
    const live = new Set<unknown>();
    const setIntervalSpy = vi.spyOn(globalThis, "setInterval").mockImplementation(((...args: Parameters<typeof setInterval>) => {
      const handle = realSetInterval(...args);
      live.add(handle);
      return handle;
    }) as typeof setInterval);
    const clearIntervalSpy = vi.spyOn(globalThis, "clearInterval").mockImplementation((handle) => {
      live.delete(handle);
      realClearInterval(handle);
    });
    for (let i = 0; i < 1_000; i += 1) {
      const store = new SqliteStore({ path: file, ttl: { defaultTtl: 5, sweepIntervalMinutes: 1 } });
      store.start();
      await store.put(["cycle"], `k${i % 10}`, { i });
      const saver = SqliteSaver.fromConnString(file);
      await saver.getTuple({ configurable: { thread_id: "t" } });
      saver.close();
      store.stop();
    }
    expect(openFiles()).toBe(filesBefore);
    expect(setIntervalSpy).toHaveBeenCalledTimes(1_000);
    expect(live.size).toBe(0);
    setIntervalSpy.mockRestore();
    clearIntervalSpy.mockRestore();
  }, 60_000);
});
