import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyCheckpoint, uuid6 } from "@langchain/langgraph-checkpoint";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver } from "../../src/index.js";
import { collect } from "../support/collect.js";

const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "lsm-cli-retain-"));
const file = join(dir, "sessions.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args, "--db", file], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("langgraph-memory retain", () => {
  it("keeps the newest checkpoints of every thread and refuses a bad count", async () => {
    const saver = SqliteSaver.fromConnString(file);
    for (const thread of ["a", "b"]) {
      let config = { configurable: { thread_id: thread, checkpoint_ns: "" } };
      for (let step = 0; step < 6; step += 1) {
        const checkpoint = { ...emptyCheckpoint(), id: uuid6(step), channel_values: { step }, channel_versions: { step: step + 1 } };
        config = (await saver.put(config, checkpoint, { source: "loop", step, parents: {} }, { step: step + 1 })) as typeof config;
      }
    }
    saver.close();

    expect(cli("retain", "--keep-last", "0").code).toBe(2);
    const run = cli("retain", "--keep-last", "2", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ threads: 2, checkpoints: 8 });

    const reader = SqliteSaver.fromConnString(file);
    for (const thread of ["a", "b"]) {
      const kept = await collect(reader.list({ configurable: { thread_id: thread } }));
      expect(kept.map((tuple) => tuple.checkpoint.channel_values.step)).toEqual([5, 4]);
    }
    reader.close();
  });
});
