/**
 * Soak benchmark: one thread of many turns through the template agent
 * (`buildMemoryAgent`, offline model, SqliteSaver and SqliteStore on one file),
 * with checkpoint retention on and off, turn by turn side by side so both runs
 * see the same machine load. Run with `npm run bench:soak` (`SOAK_TURNS=400` for a
 * shorter run).
 *
 * Every 200 turns it prints each file's size and the mean per-turn latency of
 * the last 200 turns, their ratio, and where the retention run stands against
 * the target: size and latency within 10% of their turn-200 values.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import { SqliteSaver, SqliteStore, buildMemoryAgent } from "../src/index.js";
import { machine, table } from "./report.js";

const TURNS = Number(process.env.SOAK_TURNS ?? 2_000);
const EVERY = 200;
const KEEP_LAST = 20;
const TOLERANCE = 0.1;

interface Run {
  label: string;
  file: string;
  checkpointer: SqliteSaver;
  store: SqliteStore;
  agent: ReturnType<typeof buildMemoryAgent>;
  elapsed: number;
}

const dir = mkdtempSync(join(tmpdir(), "lsm-soak-"));
const open = (label: string, retention: boolean): Run => {
  const file = join(dir, `${label}.db`);
  const checkpointer = SqliteSaver.fromConnString(file, retention ? { retention: { keepLast: KEEP_LAST } } : {});
  const store = SqliteStore.fromConnString(file);
  // Bounded session state is both policies together: checkpoint retention, and the template's message window.
  const agent = buildMemoryAgent({ checkpointer, store, ...(retention ? {} : { keepMessages: Number.POSITIVE_INFINITY }) });
  return { label, file, checkpointer, store, agent, elapsed: 0 };
};
const runs = [open("retention", true), open("none", false)] as const;
const config = { configurable: { thread_id: "soak", userId: "ana", orgId: "acme" } };
/** The size of the database file and its WAL, in MB. */
const megabytes = (file: string) =>
  [file, `${file}-wal`].reduce((sum, path) => sum + (statSync(path, { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6;

const SUBJECTS = ["tea", "coffee", "the release", "the budget", "my manager", "the deadline", "the database", "Lisbon"];
function message(turn: number): string {
  const subject = SUBJECTS[turn % SUBJECTS.length]!;
  return turn % 3 === 0
    ? `I prefer ${subject} option ${turn % 11}, please remember that.`
    : `Turn ${turn}: what do you know about ${subject}? Summarise what we said earlier in two sentences.`;
}

console.log(`# Soak: ${TURNS} turns on one thread through the template agent\n`);
console.log(`${machine()}\nCommand: npm run bench:soak\n`);
console.log(`Retention: { keepLast: ${KEEP_LAST} } per thread and namespace, applied as the saver writes, and the template's`);
console.log("default message window (keepMessages: 200); the other run keeps every checkpoint and every message.");
console.log(`Target with retention: file size and per-turn latency within ${TOLERANCE * 100}% of their turn-${EVERY} values up to turn ${TURNS}.\n`);

const rows: string[][] = [];
let baseline: { size: number; latency: number } | undefined;
const verdicts: boolean[] = [];
for (let turn = 1; turn <= TURNS; turn += 1) {
  for (const run of runs) {
    const started = performance.now();
    await run.agent.invoke({ messages: [new HumanMessage(message(turn))] }, config);
    run.elapsed += performance.now() - started;
  }
  if (turn % EVERY !== 0) continue;
  const [kept, grown] = runs.map((run) => ({ size: megabytes(run.file), latency: run.elapsed / EVERY }));
  runs.forEach((run) => (run.elapsed = 0));
  baseline ??= kept!;
  const sizeDrift = kept!.size / baseline.size - 1;
  const latencyDrift = kept!.latency / baseline.latency - 1;
  const met = sizeDrift <= TOLERANCE && latencyDrift <= TOLERANCE;
  verdicts.push(met);
  rows.push([
    String(turn),
    kept!.size.toFixed(2), grown!.size.toFixed(2), `${(grown!.size / kept!.size).toFixed(1)}x`,
    kept!.latency.toFixed(1), grown!.latency.toFixed(1), `${(grown!.latency / kept!.latency).toFixed(2)}x`,
    `size ${sizeDrift >= 0 ? "+" : ""}${(sizeDrift * 100).toFixed(0)}%, latency ${latencyDrift >= 0 ? "+" : ""}${(latencyDrift * 100).toFixed(0)}%: ${met ? "met" : "missed"}`,
  ]);
  console.log(`turn ${turn}: ${rows[rows.length - 1]!.slice(1).join(" | ")}`);
}

console.log(`\n${table(
  ["turn", "MB, retention", "MB, none", "size ratio", "ms/turn, retention", "ms/turn, none", "latency ratio", `retention vs turn ${EVERY} (target ≤ +${TOLERANCE * 100}%)`],
  rows,
)}\n`);
const checkpoints = runs.map((run) => (run.checkpointer.db.prepare("SELECT count(*) AS n FROM checkpoint_entries").get() as { n: number }).n);
const messages = (await runs[0].agent.getState(config)).values.messages.length;
console.log(`Checkpoints at the end: ${checkpoints[0]} with retention, ${checkpoints[1]} without; ${messages} messages in the thread's state.`);
console.log(`Target ${verdicts.every(Boolean) ? "met" : "missed"}: within it at ${verdicts.filter(Boolean).length} of ${verdicts.length} checkpoints.`);
for (const run of runs) {
  run.checkpointer.close();
  run.store.stop();
}
rmSync(dir, { recursive: true, force: true });
