/**
 * Per-turn overhead of the memory nodes (recall + rule-based extract + promote) on a store of
 * 10k memories, SqliteStore (file) beside InMemoryStore. Run with `npm run bench:nodes`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AIMessage, HumanMessage } from "@langchain/core/messages";
import { END, START, StateGraph } from "@langchain/langgraph";
import { InMemoryStore, type BaseStore } from "@langchain/langgraph-checkpoint";
import { MemoryAnnotation, SqliteStore, addMemoryNodes, promote, type MemoryCandidate } from "../src/index.js";
import { machine, percentiles, ratio, table } from "./report.js";

const USERS = 100;
const PER_USER = 100;
const SENTENCES = [
  "I prefer dark mode.",
  "From now on, answer in French.",
  "Our team uses Postgres.",
  "The deadline is March 3.",
  "What did we decide about the release?",
  "Thanks, that helps.",
];

async function seed(store: BaseStore) {
  for (let user = 0; user < USERS; user += 1) {
    const candidates: MemoryCandidate[] = Array.from({ length: PER_USER }, (_, i) => ({
      bucket: "promote",
      memoryType: (["preference", "fact", "rule", "task_state"] as const)[i % 4]!,
      key: `topic${i}.detail`,
      content: { value: `value ${i}` },
      text: `Remembered detail ${i} about topic ${i % 17}`,
      confidence: 0.9,
      scope: "user",
    }));
    await promote(store, candidates, { userId: `user-${user}`, orgId: "acme" });
  }
}

/** A graph of the memory nodes around a model node that costs nothing, so only the memory work is timed. */
function graph(store: BaseStore) {
  const builder = new StateGraph(MemoryAnnotation).addNode("answer", () => ({ messages: [new AIMessage("ok")] }));
  return addMemoryNodes(builder, "answer", { prune: { every: 1_000 } }).compile({ store });
}

function bare(store: BaseStore) {
  return new StateGraph(MemoryAnnotation)
    .addNode("answer", () => ({ messages: [new AIMessage("ok")] }))
    .addEdge(START, "answer")
    .addEdge("answer", END)
    .compile({ store });
}

async function turns(run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i += 1) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-nodes-"));
  console.log(`# Memory nodes benchmark\n\n${machine()}\nCommand: npm run bench:nodes\n`);
  console.log(`${USERS * PER_USER} memories (${USERS} users × ${PER_USER}); one turn = recall + rule-based extract + promote (+ prune check) around a no-op model node.\n`);
  try {
    const rows: string[][] = [];
    const results: Record<string, { p50: number; p95: number }> = {};
    for (const [name, store] of [["SqliteStore", SqliteStore.fromConnString(join(dir, "nodes.db"))], ["InMemoryStore", new InMemoryStore()]] as const) {
      await seed(store);
      const withMemory = graph(store);
      const without = bare(store);
      const input = (i: number) => ({ messages: [new HumanMessage(SENTENCES[i % SENTENCES.length]!)] });
      const config = (i: number) => ({ configurable: { thread_id: `t${i}`, userId: `user-${i % USERS}`, orgId: "acme" } });
      const full = await turns((i) => withMemory.invoke(input(i), config(i)));
      const baseline = await turns((i) => without.invoke(input(i), config(i)));
      results[name] = { p50: full.p50 - baseline.p50, p95: full.p95 - baseline.p95 };
      rows.push([name, `${full.p50.toFixed(2)} / ${full.p95.toFixed(2)}`, `${baseline.p50.toFixed(2)} / ${baseline.p95.toFixed(2)}`, `${results[name]!.p50.toFixed(2)} / ${results[name]!.p95.toFixed(2)}`]);
      if (store instanceof SqliteStore) store.stop();
    }
    rows.push(["SqliteStore vs InMemoryStore (overhead p50)", "", "", ratio(results.SqliteStore!.p50, results.InMemoryStore!.p50, "lower")]);
    console.log(table(["store", "turn with memory nodes, p50 / p95 ms", "same graph without them, p50 / p95 ms", "memory overhead, p50 / p95 ms"], rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
