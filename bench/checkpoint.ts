/**
 * Checkpointer benchmark: our SqliteSaver beside the official SQLite saver and MemorySaver,
 * on the workload of a long conversation. Run with `npm run bench:checkpoint`.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import {
  Annotation,
  DeltaChannel,
  END,
  MemorySaver,
  MessagesAnnotation,
  START,
  StateGraph,
  messagesDeltaReducer,
} from "@langchain/langgraph";
import { emptyCheckpoint, uuid6, type BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import { SqliteSaver as OfficialSqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { SqliteSaver } from "../src/index.js";
import { machine, ratio, table, timeIt } from "./report.js";

const TURNS = 100;
const ROUNDS = 3;

/** ~200 characters of varied words, so that compression gets no easier ride than on real chat text. */
const VOCABULARY = (
  "agent memory thread checkpoint graph model reply question answer user project deadline release budget " +
  "database sqlite postgres latency index vector token summary preference rule fact task status review " +
  "deploy pipeline schedule meeting customer invoice report metric error retry cache queue worker search"
).split(" ");
let seed = 42;
function sentence(): string {
  const words: string[] = [];
  while (words.join(" ").length < 200) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    words.push(VOCABULARY[seed % VOCABULARY.length]! + (seed % 7 === 0 ? `-${seed % 1_000}` : ""));
  }
  return words.join(" ").slice(0, 200);
}

interface Contender {
  name: string;
  create(file: string): BaseCheckpointSaver;
}

const CONTENDERS: Contender[] = [
  { name: "ours", create: (file) => SqliteSaver.fromConnString(file) },
  { name: "official sqlite", create: (file) => OfficialSqliteSaver.fromConnString(file) },
  { name: "MemorySaver", create: () => new MemorySaver() },
];

/** The workload: a reply node that appends one AI message per human message, and two small nodes. */
function chatGraph(checkpointer: BaseCheckpointSaver, delta: boolean) {
  const messages = delta
    ? { messages: () => new DeltaChannel<BaseMessage[], BaseMessage[]>(messagesDeltaReducer as never) }
    : MessagesAnnotation.spec;
  const State = Annotation.Root({ ...messages, turns: Annotation<number>, lastStep: Annotation<string> });
  return new StateGraph(State)
    .addNode("reply", (state: { messages: BaseMessage[] }) => ({
      messages: [new AIMessage(`reply #${state.messages.length}: ${sentence()}`)],
    }))
    .addNode("tally", (state: { turns?: number }) => ({ turns: (state.turns ?? 0) + 1 }))
    .addNode("mark", () => ({ lastStep: "mark" }))
    .addEdge(START, "reply")
    .addEdge("reply", "tally")
    .addEdge("tally", "mark")
    .addEdge("mark", END)
    .compile({ checkpointer });
}

function closeSaver(saver: BaseCheckpointSaver): void {
  if (saver instanceof SqliteSaver) saver.close();
  else if (saver instanceof OfficialSqliteSaver) saver.db.close();
}

function sizeOnDisk(file: string): number {
  return [file, `${file}-wal`].filter(existsSync).reduce((sum, path) => sum + statSync(path).size, 0);
}

/** Invocations per second over one conversation of TURNS turns on a fresh database. */
async function converse(contender: Contender, delta: boolean, file: string) {
  const saver = contender.create(file);
  const graph = chatGraph(saver, delta);
  const thread = { configurable: { thread_id: "long-conversation" } };
  const started = performance.now();
  for (let turn = 0; turn < TURNS; turn += 1) {
    await graph.invoke({ messages: [new HumanMessage(`question #${turn}: ${sentence()}`)] }, thread);
  }
  return { saver, graph, thread, invocationsPerSecond: (TURNS * 1_000) / (performance.now() - started) };
}

async function measure(contender: Contender, delta: boolean, dir: string) {
  const name = `${contender.name.replace(/\W/g, "-")}-${delta ? "delta" : "plain"}`;
  const rates: number[] = [];
  for (let round = 1; round < ROUNDS; round += 1) {
    const run = await converse(contender, delta, join(dir, `${name}-${round}.db`));
    rates.push(run.invocationsPerSecond);
    closeSaver(run.saver);
  }
  const file = join(dir, `${name}.db`);
  const { saver, graph, thread, invocationsPerSecond: last } = await converse(contender, delta, file);
  rates.push(last);
  const invocationsPerSecond = rates.sort((a, b) => a - b)[Math.floor(rates.length / 2)]!;

  const getTuple = await timeIt(200, () => saver.getTuple(thread));
  let checkpoints = 0;
  const list = await timeIt(3, async () => {
    checkpoints = 0;
    for await (const _ of saver.list(thread)) checkpoints += 1;
  });

  const writesThread = { configurable: { thread_id: "writes", checkpoint_ns: "" } };
  const config = await saver.put(writesThread, { ...emptyCheckpoint(), id: uuid6(0) }, { source: "loop", step: 0, parents: {} }, {});
  const writeCalls = 2_000;
  const writesStarted = performance.now();
  for (let i = 0; i < writeCalls; i += 1) {
    await saver.putWrites(config, [["messages", [`write ${i}`]], ["turns", i], ["lastStep", "x"]], `task-${i}`);
  }
  const writesPerSecond = (writeCalls * 3 * 1_000) / (performance.now() - writesStarted);

  const state = await graph.getState(thread);
  closeSaver(saver);
  return {
    invocationsPerSecond,
    getTupleMs: getTuple.p50,
    listMs: list.p50,
    checkpoints,
    messages: (state.values.messages as BaseMessage[]).length,
    writesPerSecond,
    bytes: contender.name === "MemorySaver" ? undefined : sizeOnDisk(file),
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-checkpoint-"));
  console.log(`# Checkpointer benchmark\n\n${machine()}\nCommand: npm run bench:checkpoint\n`);
  console.log(`Workload: 3-node StateGraph, ${TURNS} invocations on one thread, ~200-character messages of varied words; invocations/s is the median of ${ROUNDS} conversations.\n`);
  try {
    for (const delta of [false, true]) {
      const results = new Map<string, Awaited<ReturnType<typeof measure>>>();
      // A warm-up run so that module loading and JIT do not count against the first contender.
      await measure(CONTENDERS[2]!, delta, dir);
      for (const contender of CONTENDERS) results.set(contender.name, await measure(contender, delta, dir));
      const ours = results.get("ours")!;
      const official = results.get("official sqlite")!;
      console.log(`## Messages as ${delta ? "a DeltaChannel" : "a plain messages channel"}\n`);
      console.log(
        table(
          ["metric", ...CONTENDERS.map((c) => c.name), "ours vs official"],
          [
            ["invocations/s (median)", ...CONTENDERS.map((c) => results.get(c.name)!.invocationsPerSecond.toFixed(1)), ratio(ours.invocationsPerSecond, official.invocationsPerSecond, "higher")],
            ["getTuple (latest), p50 ms", ...CONTENDERS.map((c) => results.get(c.name)!.getTupleMs.toFixed(2)), ratio(ours.getTupleMs, official.getTupleMs, "lower")],
            [`list whole thread, ms`, ...CONTENDERS.map((c) => results.get(c.name)!.listMs.toFixed(0)), ratio(ours.listMs, official.listMs, "lower")],
            ["putWrites, writes/s", ...CONTENDERS.map((c) => results.get(c.name)!.writesPerSecond.toFixed(0)), ratio(ours.writesPerSecond, official.writesPerSecond, "higher")],
            ["file + WAL, MB", ...CONTENDERS.map((c) => { const bytes = results.get(c.name)!.bytes; return bytes === undefined ? "n/a" : (bytes / 1e6).toFixed(2); }), ratio(ours.bytes!, official.bytes!, "lower")],
            ["checkpoints / messages", ...CONTENDERS.map((c) => `${results.get(c.name)!.checkpoints} / ${results.get(c.name)!.messages}`), ""],
          ],
        ),
      );
      console.log();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
