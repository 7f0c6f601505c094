/**
 * Soak benchmark: one thread of many turns through the template agent
 * (`buildMemoryAgent`, offline model, SqliteSaver and SqliteStore on one file),
 * with session retention on and off. Run with `npm run bench:soak`
 * (`SOAK_TURNS=400` for a shorter run).
 *
 * The two runs are two child processes started together, so they see the
 * same machine load without sharing a heap: in one process the unbounded
 * run's garbage collections would be charged to the bounded one.
 *
 * Every 200 turns it prints each file's size and the per-turn latency there
 * (the mean of the last 100 turns: by turn 100 the template's message window
 * is full, so the first row measures a thread at its working size, not one
 * still filling), their ratio, and where the retention run stands against
 * the target: size and latency within 10% of their turn-200 values.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { HumanMessage } from "@langchain/core/messages";
import { SqliteSaver, SqliteStore, buildMemoryAgent } from "../src/index.js";
import { machine, table } from "./report.js";

const TURNS = Number(process.env.SOAK_TURNS ?? 2_000);
const EVERY = 200;
/** Turns averaged into each row's latency. */
const WINDOW = 100;
const KEEP_LAST = 20;
const TOLERANCE = 0.1;

/** What a child reports every EVERY turns. */
interface Sample {
  turn: number;
  megabytes: number;
  latency: number;
  checkpoints?: number;
  messages?: number;
}

const SUBJECTS = ["tea", "coffee", "the release", "the budget", "my manager", "the deadline", "the database", "Lisbon"];
function message(turn: number): string {
  const subject = SUBJECTS[turn % SUBJECTS.length]!;
  return turn % 3 === 0
    ? `I prefer ${subject} option ${turn % 11}, please remember that.`
    : `Turn ${turn}: what do you know about ${subject}? Summarise what we said earlier in two sentences.`;
}

/** One run, in a child process: prints a JSON Sample every EVERY turns. */
async function soak(file: string, retention: boolean): Promise<void> {
  const checkpointer = SqliteSaver.fromConnString(file, retention ? { retention: { keepLast: KEEP_LAST } } : {});
  const store = SqliteStore.fromConnString(file);
  // Bounded session state is both policies together: checkpoint retention, and the template's message window.
  const agent = buildMemoryAgent({ checkpointer, store, ...(retention ? {} : { keepMessages: Number.POSITIVE_INFINITY }) });
  const config = { configurable: { thread_id: "soak", userId: "ana", orgId: "acme" } };
  const megabytes = () => [file, `${file}-wal`].reduce((sum, path) => sum + (statSync(path, { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6;
  let turns: number[] = [];
  for (let turn = 1; turn <= TURNS; turn += 1) {
    const started = performance.now();
    await agent.invoke({ messages: [new HumanMessage(message(turn))] }, config);
    turns.push(performance.now() - started);
    if (turn % EVERY !== 0) continue;
    const window = turns.slice(-WINDOW);
    const sample: Sample = { turn, megabytes: megabytes(), latency: window.reduce((sum, ms) => sum + ms, 0) / window.length };
    if (turn === TURNS) {
      sample.checkpoints = (checkpointer.db.prepare("SELECT count(*) AS n FROM checkpoint_entries").get() as { n: number }).n;
      sample.messages = (await agent.getState(config)).values.messages.length;
    }
    console.log(JSON.stringify(sample));
    turns = [];
  }
  checkpointer.close();
  store.close();
}

/** Starts one run as a child process and collects its samples. */
function child(file: string, retention: boolean): Promise<Sample[]> {
  const runner = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--run", file, String(retention)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const samples: Sample[] = [];
  createInterface({ input: runner.stdout }).on("line", (line) => {
    const sample = JSON.parse(line) as Sample;
    samples.push(sample);
    process.stderr.write(`${retention ? "retention" : "none"}: turn ${sample.turn}, ${sample.megabytes.toFixed(2)} MB, ${sample.latency.toFixed(1)} ms/turn\n`);
  });
  return new Promise((resolve, reject) =>
    runner.on("exit", (code) => (code === 0 ? resolve(samples) : reject(new Error(`soak run exited with ${code}`)))),
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "lsm-soak-"));
  try {
    console.log(`# Soak: ${TURNS} turns on one thread through the template agent\n`);
    console.log(`${machine()}\nCommand: npm run bench:soak\n`);
    console.log(`Retention: { keepLast: ${KEEP_LAST} } per thread and namespace, applied as the saver writes, and the template's`);
    console.log("default message window (keepMessages: 200); the other run keeps every checkpoint and every message. Each run is");
    console.log(`a child process; both run at once. Latency is the mean of the ${WINDOW} turns before each row.`);
    console.log(`Target with retention: file size and per-turn latency within ${TOLERANCE * 100}% of their turn-${EVERY} values up to turn ${TURNS}.\n`);
    const [kept, grown] = await Promise.all([child(join(dir, "retention.db"), true), child(join(dir, "none.db"), false)]);
    const baseline = kept![0]!;
    const verdicts: boolean[] = [];
    const rows = kept!.map((bounded, i) => {
      const unbounded = grown![i]!;
      const sizeDrift = bounded.megabytes / baseline.megabytes - 1;
      const latencyDrift = bounded.latency / baseline.latency - 1;
      const met = sizeDrift <= TOLERANCE && latencyDrift <= TOLERANCE;
      verdicts.push(met);
      const signed = (drift: number) => `${drift >= 0 ? "+" : ""}${(drift * 100).toFixed(0)}%`;
      return [
        String(bounded.turn),
        bounded.megabytes.toFixed(2), unbounded.megabytes.toFixed(2), `${(unbounded.megabytes / bounded.megabytes).toFixed(1)}x`,
        bounded.latency.toFixed(1), unbounded.latency.toFixed(1), `${(unbounded.latency / bounded.latency).toFixed(2)}x`,
        `size ${signed(sizeDrift)}, latency ${signed(latencyDrift)}: ${met ? "met" : "missed"}`,
      ];
    });
    console.log(table(
      ["turn", "MB, retention", "MB, none", "size ratio", "ms/turn, retention", "ms/turn, none", "latency ratio", `retention vs turn ${EVERY} (target ≤ +${TOLERANCE * 100}%)`],
      rows,
    ));
    const [end, endUnbounded] = [kept!.at(-1)!, grown!.at(-1)!];
    console.log(`\nCheckpoints at the end: ${end.checkpoints} with retention, ${endUnbounded.checkpoints} without; ${end.messages} messages in the bounded thread's state.`);
    console.log(`Target ${verdicts.every(Boolean) ? "met" : "missed"}: within it at ${verdicts.filter(Boolean).length} of ${verdicts.length} rows.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--run") await soak(process.argv[3]!, process.argv[4] === "true");
else await main();
