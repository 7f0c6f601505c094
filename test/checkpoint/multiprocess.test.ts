import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver } from "../../src/index.js";
import { collect } from "../support/collect.js";
import { runScript } from "../support/child.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-concurrent-"));
const script = join(import.meta.dirname, "fixtures", "concurrent-saver.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PER_WRITER = 300;

describe("SqliteSaver shared by several processes", () => {
  it("lets three writers and a reader work on one file at once: no SQLITE_BUSY, nothing lost", async () => {
    const file = join(dir, "shared.db");
    const done = join(dir, "writers-done");
    await new SqliteSaver(file).setup();
    const reader = runScript(script, [file, "read", "reader", "0", done]);
    const writers = await Promise.all(["w0", "w1", "w2"].map((name) => runScript(script, [file, "write", name, String(PER_WRITER), done])));
    writeFileSync(done, "");
    const reports = [...writers, await reader].map((stdout) => JSON.parse(stdout) as { name: string; operations: number; errors: number });

    expect(reports.every((report) => report.errors === 0)).toBe(true);
    expect(reports.find((report) => report.name === "reader")!.operations).toBeGreaterThan(0);
    const saver = SqliteSaver.fromConnString(file);
    for (const thread of ["w0", "w1", "w2"]) {
      const tuples = await collect(saver.list({ configurable: { thread_id: thread } }));
      expect(tuples).toHaveLength(PER_WRITER);
      // Newest first, each linked to the one before, each with its pending write.
      tuples.forEach((tuple, i) => {
        const step = PER_WRITER - 1 - i;
        expect(tuple.checkpoint.channel_values.step).toBe(step);
        expect(tuple.parentConfig?.configurable?.checkpoint_id).toBe(tuples[i + 1]?.checkpoint.id);
        expect(tuple.pendingWrites).toEqual([[`${thread}-task`, "step", step]]);
      });
    }
    saver.close();
  }, 60_000);
});
