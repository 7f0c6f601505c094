import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { Annotation, DeltaChannel, END, START, StateGraph, messagesDeltaReducer } from "@langchain/langgraph";
import { BaseCheckpointSaver, MemorySaver, emptyCheckpoint, uuid6, type Checkpoint } from "@langchain/langgraph-checkpoint";
import { SqliteSaver as OfficialSqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CheckpointSerializationError, SqliteSaver } from "../../src/index.js";
import { collect } from "../support/collect.js";

// Where the official savers and SqliteSaver must agree (issue 12, items 18, 19, 22, 23).

let dir: string;
let saver: SqliteSaver;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-contract-"));
  saver = SqliteSaver.fromConnString(join(dir, "agent.db"));
});

afterEach(() => {
  saver.close();
  rmSync(dir, { recursive: true, force: true });
});

const metadata = (step: number) => ({ source: "loop" as const, step, parents: {} });
const thread = (thread_id: string) => ({ configurable: { thread_id, checkpoint_ns: "" } });

function checkpointOf(step: number, values: Record<string, unknown>, versions: Record<string, number>): Checkpoint {
  return { ...emptyCheckpoint(), id: uuid6(step), channel_values: values, channel_versions: versions };
}

/** The three savers under the same calls, ours first. */
function savers() {
  return [saver, new MemorySaver(), OfficialSqliteSaver.fromConnString(":memory:")] as const;
}

describe("SqliteSaver.put without newVersions", () => {
  it("stores every channel, as the official savers' three-argument put does", async () => {
    const checkpoint = checkpointOf(1, { a: "one", b: [1, 2] }, { a: 1, b: 2 });
    for (const each of savers()) {
      const config = await (each.put as (...args: unknown[]) => Promise<typeof thread>)(thread("t"), checkpoint, metadata(1));
      const tuple = await each.getTuple(config as never);
      expect(tuple?.checkpoint.channel_values).toEqual({ a: "one", b: [1, 2] });
      expect(tuple?.checkpoint.channel_versions).toEqual({ a: 1, b: 2 });
    }
  });
});

describe("SqliteSaver channel values without a version", () => {
  it("keeps them, like MemorySaver and the official SQLite saver", async () => {
    const checkpoint = checkpointOf(1, { __pregel_tasks: [], a: "one", note: { kept: true } }, { a: 1 });
    for (const each of savers()) {
      const config = await each.put(thread("t"), checkpoint, metadata(1), { a: 1 });
      const tuple = await each.getTuple(config);
      expect(tuple?.checkpoint.channel_values).toEqual({ __pregel_tasks: [], a: "one", note: { kept: true } });
    }
  });
});

describe("SqliteSaver with partial configs", () => {
  it("list({}) lists every thread and getTuple({}) returns nothing, as the official savers do", async () => {
    for (const each of savers()) {
      await each.put(thread("t1"), checkpointOf(1, {}, {}), metadata(1), {});
      await each.put(thread("t2"), checkpointOf(2, {}, {}), metadata(2), {});
      await each.put({ configurable: { thread_id: "t2", checkpoint_ns: "child" } }, checkpointOf(3, {}, {}), metadata(3), {});
      const listed = await collect(each.list({}));
      expect(listed.map((tuple) => tuple.config.configurable?.thread_id).sort()).toEqual(["t1", "t2", "t2"]);
      expect(await each.getTuple({})).toBeUndefined();
    }
    expect(await collect(saver.list({}, { filter: { step: 2 } }))).toHaveLength(1);
  });
});

describe("SqliteSaver refuses values JSON cannot hold", () => {
  const unwritable: [string, unknown][] = [
    ["a function", () => 1],
    ["a symbol", Symbol("s")],
    ["a nested function", { tools: [{ name: "x", run: () => 1 }] }],
    ["a nested symbol", { kind: Symbol.for("k") }],
  ];

  it.each(unwritable)("refuses %s in a channel at put, before anything is written", async (_, value) => {
    const first = await saver.put(thread("t"), checkpointOf(0, { a: 1 }, { a: 1 }), metadata(0), { a: 1 });
    const blobs = () => (saver.db.prepare("SELECT count(*) AS n FROM checkpoint_blobs").get() as { n: number }).n;
    const before = blobs();
    const put = saver.put(first, checkpointOf(1, { a: 2, bad: value }, { a: 2, bad: 3 }), metadata(1), { a: 2, bad: 3 });
    await expect(put).rejects.toThrow(CheckpointSerializationError);
    await expect(put).rejects.toThrow(/channel "bad"/);
    expect(blobs()).toBe(before);
    const latest = await saver.getTuple(thread("t"));
    expect(latest?.checkpoint.id).toBe(first.configurable?.checkpoint_id);
    expect(latest?.checkpoint.channel_values).toEqual({ a: 1 });
  });

  it("names the path of a nested function, and refuses it in a pending write too", async () => {
    const first = await saver.put(thread("t"), checkpointOf(0, {}, {}), metadata(0), {});
    const put = saver.put(first, checkpointOf(1, { bad: { tools: [{ run: () => 1 }] } }, { bad: 1 }), metadata(1), { bad: 1 });
    await expect(put).rejects.toThrow(/tools\.0\.run/);
    await expect(saver.putWrites(first, [["bad", { run: () => 1 }]], "task")).rejects.toThrow(CheckpointSerializationError);
    expect((await saver.getTuple(first))?.pendingWrites).toEqual([]);
  });

  it("still writes functions' absence faithfully where JSON would: undefined, toJSON, Dates", async () => {
    const when = new Date("2026-01-02T03:04:05Z");
    const value = { when, skip: undefined, custom: { toJSON: () => ({ plain: 1 }) } };
    const config = await saver.put(thread("t"), checkpointOf(1, { v: value }, { v: 1 }), metadata(1), { v: 1 });
    expect((await saver.getTuple(config))?.checkpoint.channel_values.v).toEqual({
      when: when.toISOString(),
      skip: undefined,
      custom: { plain: 1 },
    });
  });
});

describe("SqliteSaver with a DeltaChannel", () => {
  it("returns a channel's value only from the checkpoint that snapshotted it, as the official saver does", async () => {
    const State = Annotation.Root({
      messages: () => new DeltaChannel<BaseMessage[], BaseMessage[]>(messagesDeltaReducer as never, { snapshotFrequency: 3 }),
      turns: Annotation<number>,
    });
    const graphOver = (checkpointer: BaseCheckpointSaver) =>
      new StateGraph(State)
        .addNode("reply", (state: { messages: BaseMessage[] }) => ({ messages: [new AIMessage(`answer #${state.messages.length}`)] }))
        .addNode("tally", (state: { turns?: number }) => ({ turns: (state.turns ?? 0) + 1 }))
        .addEdge(START, "reply")
        .addEdge("reply", "tally")
        .addEdge("tally", END)
        .compile({ checkpointer });
    const official = OfficialSqliteSaver.fromConnString(":memory:");
    const shapes = [];
    for (const each of [saver, official]) {
      const graph = graphOver(each);
      for (let turn = 0; turn < 8; turn += 1) await graph.invoke({ messages: [new HumanMessage(`q${turn}`)] }, thread("t"));
      expect(((await graph.getState(thread("t"))).values.messages as BaseMessage[]).map((m) => m.content)).toEqual(
        Array.from({ length: 8 }, (_, turn) => [`q${turn}`, `answer #${2 * turn + 1}`]).flat(),
      );
      shapes.push((await collect(each.list(thread("t")))).map((tuple) => "messages" in tuple.checkpoint.channel_values));
    }
    expect(shapes[0]).toEqual(shapes[1]);
    expect(shapes[0]!.filter(Boolean).length).toBeGreaterThan(0);
    expect(shapes[0]!.filter((has) => !has).length).toBeGreaterThan(shapes[0]!.filter(Boolean).length);
  });
});
