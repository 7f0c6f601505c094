import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver, SqliteStore, history, namespaceFor } from "../../src/index.js";

const KILLS = 50;
const WORKERS = 2;
const writer = join(import.meta.dirname, "fixtures", "crash-writer.ts");
const dir = mkdtempSync(join(tmpdir(), "lsm-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Reported {
  id: string;
  step: number;
}

/** Runs the writer until it has reported a few checkpoints, then SIGKILLs it after a random delay. */
function runAndKill(file: string, threadId: string, seed: number): Promise<Reported[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", writer, file, threadId], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const reported: Reported[] = [];
    let buffered = "";
    let stderr = "";
    let scheduled = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, id, step] = line.split(" ");
        if (kind === "ok") reported.push({ id: id!, step: Number(step) });
        if (kind === "ready" && !scheduled) {
          scheduled = true;
          // Deterministic spread of kill moments between 5 and 150 ms of writing.
          setTimeout(() => child.kill("SIGKILL"), 5 + ((seed * 37) % 146));
        }
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL") resolve(reported);
      else reject(new Error(`writer exited without being killed: ${stderr}`));
    });
  });
}

async function expectIntact(saver: SqliteSaver, threadId: string, checkpoints: Reported[]) {
  for (const { id, step } of checkpoints) {
    const tuple = await saver.getTuple({ configurable: { thread_id: threadId, checkpoint_ns: "", checkpoint_id: id } });
    expect(tuple?.checkpoint.channel_values.step).toBe(step);
    expect((tuple?.checkpoint.channel_values.log as string[])[19]).toBe(`entry ${step}.19 `.repeat(8));
    expect(tuple?.pendingWrites).toEqual([
      [`task-${step}`, "step", step],
      [`task-${step}`, "log", [`write ${step}`]],
    ]);
  }
}

/**
 * No memory is half-written or lost: each key written so far has exactly one live record, whose
 * value is at least the last reported step for that key, and whose version is in the history.
 */
async function expectMemoriesWhole(file: string, userId: string, reportedSteps: number[]) {
  const store = SqliteStore.fromConnString(file);
  for (let k = 0; k < 3; k += 1) {
    const key = `topic.k${k}`;
    const live = await store.search(namespaceFor("user", { userId }), { filter: { key }, limit: 10 });
    // Only reported steps are known to be written: a kill between a step's checkpoint and its
    // memory leaves that step unwritten, and the next process resumes after it.
    const lastForKey = Math.max(-1, ...reportedSteps.filter((step) => step % 3 === k));
    if (lastForKey < 0) continue;
    expect(live).toHaveLength(1);
    const versions = (await history(store, { userId }, key)).map((record) => `${(record.content as { value: number }).value}@${record.createdAt}${record.supersededBy ? "" : "*"}`);
    expect(live[0]!.value.content.value, `${key} last reported ${lastForKey}; versions ${versions.slice(-5).join(" ")}`).toBeGreaterThanOrEqual(lastForKey);
    expect((await history(store, { userId }, key)).map((record) => record.id)).toContain(live[0]!.value.id);
  }
  store.stop();
}

describe("SqliteSaver and SqliteStore under SIGKILL", () => {
  it(`survive ${KILLS} kills at random moments with every returned checkpoint and memory intact`, async () => {
    const survived: number[] = [];
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, worker) => {
        const file = join(dir, `crash-${worker}.db`);
        const threadId = `thread-${worker}`;
        const allReported: Reported[] = [];
        for (let round = worker; round < KILLS; round += WORKERS) {
          const reported = await runAndKill(file, threadId, round);
          allReported.push(...reported);

          const raw = new Database(file);
          expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
          raw.close();

          const saver = SqliteSaver.fromConnString(file);
          // This round's checkpoints, and every 25th earlier one (all of them are checked at the end).
          const fresh = allReported.length - reported.length;
          await expectIntact(saver, threadId, allReported.filter((_, i) => i >= fresh || i % 25 === round % 25));
          // A restart continues after the newest stored checkpoint: steps never repeat. (A put that
          // returned just before the kill but was not reported leaves a gap, which is fine.)
          const steps = allReported.map((entry) => entry.step);
          expect(steps.every((step, i) => i === 0 || step > steps[i - 1]!)).toBe(true);
          const latest = await saver.getTuple({ configurable: { thread_id: threadId } });
          expect(latest?.metadata?.step ?? -1).toBeGreaterThanOrEqual(steps.at(-1) ?? -1);
          await expectMemoriesWhole(file, threadId, steps);
          saver.close();
          survived.push(round);
        }
        const saver = SqliteSaver.fromConnString(file);
        await expectIntact(saver, threadId, allReported);
        saver.close();
      }),
    );
    expect(survived).toHaveLength(KILLS);
  }, 180_000);
});
