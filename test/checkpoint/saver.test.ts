import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import {
  Annotation,
  DeltaChannel,
  END,
  MessagesAnnotation,
  START,
  StateGraph,
  messagesDeltaReducer,
} from "@langchain/langgraph";
import { BaseCheckpointSaver, ERROR, emptyCheckpoint, uuid6, type Checkpoint } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CheckpointSerializationError,
  DatabaseOpenError,
  InvalidCheckpointConfigError,
  SchemaVersionError,
  SqliteSaver,
} from "../../src/index.js";
import { collect } from "../support/collect.js";

let dir: string;
let file: string;
let saver: SqliteSaver;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-saver-"));
  file = join(dir, "agent.db");
  saver = SqliteSaver.fromConnString(file);
});

afterEach(() => {
  saver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A chat graph: `reply` answers every human message, two more nodes touch small channels. */
function chatGraph(checkpointer: SqliteSaver) {
  const State = Annotation.Root({ ...MessagesAnnotation.spec, turns: Annotation<number> });
  return new StateGraph(State)
    .addNode("reply", (state) => ({ messages: [new AIMessage(`answer #${state.messages.length}`)] }))
    .addNode("tally", (state) => ({ turns: (state.turns ?? 0) + 1 }))
    .addEdge(START, "reply")
    .addEdge("reply", "tally")
    .addEdge("tally", END)
    .compile({ checkpointer });
}

/** The same graph with its messages in a DeltaChannel that never snapshots on its own. */
function deltaChatGraph(checkpointer: SqliteSaver) {
  const State = Annotation.Root({
    messages: () => new DeltaChannel<BaseMessage[], BaseMessage[]>(messagesDeltaReducer as never, { snapshotFrequency: 1_000 }),
  });
  return new StateGraph(State)
    .addNode("reply", (state: { messages: BaseMessage[] }) => ({
      messages: [new AIMessage(`answer #${state.messages.length}`)],
    }))
    .addEdge(START, "reply")
    .addEdge("reply", END)
    .compile({ checkpointer });
}

const thread = (thread_id: string) => ({ configurable: { thread_id } });


async function countRows(table: string): Promise<number> {
  return (saver.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe("SqliteSaver storage", () => {
  it("persists a conversation that a new connection to the file resumes", async () => {
    const graph = chatGraph(saver);
    for (let i = 0; i < 3; i += 1) await graph.invoke({ messages: [new HumanMessage(`q${i}`)] }, thread("t"));
    saver.close();

    const reopened = SqliteSaver.fromConnString(file);
    const state = await chatGraph(reopened).invoke({ messages: [new HumanMessage("q3")] }, thread("t"));
    expect(state.messages.map((m: BaseMessage) => m.content)).toEqual([
      "q0", "answer #1", "q1", "answer #3", "q2", "answer #5", "q3", "answer #7",
    ]);
    expect(state.turns).toBe(4);
    reopened.close();
  });

  it("stores an unchanged channel once, however many checkpoints reference it", async () => {
    const graph = chatGraph(saver);
    for (let i = 0; i < 5; i += 1) await graph.invoke({ messages: [new HumanMessage(`q${i}`)] }, thread("t"));
    const messageBlobs = saver.db
      .prepare("SELECT count(*) AS n FROM checkpoint_blobs WHERE channel = 'messages'")
      .get() as { n: number };
    // Two message versions per turn (the input, the reply), not one per checkpoint.
    expect(messageBlobs.n).toBe(10);
    expect(await countRows("checkpoint_entries")).toBeGreaterThan(15);
  });

  it("keeps forks apart: a fork's new value never overwrites the original branch's", async () => {
    const graph = chatGraph(saver);
    await graph.invoke({ messages: [new HumanMessage("first")] }, thread("t"));
    const afterFirst = await graph.getState(thread("t"));
    await graph.invoke({ messages: [new HumanMessage("second")] }, thread("t"));

    const forkConfig = await graph.updateState(afterFirst.config, { messages: [new HumanMessage("fork")] });
    const fork = await graph.getState(forkConfig);
    const main = (await collect(graph.getStateHistory(thread("t"))))
      .find((snapshot) => snapshot.values.messages?.length === 4 && snapshot.next.length === 0)!;

    expect(fork.values.messages.map((m: BaseMessage) => m.content)).toEqual(["first", "answer #1", "fork"]);
    expect(main.values.messages.map((m: BaseMessage) => m.content)).toEqual([
      "first", "answer #1", "second", "answer #3",
    ]);
  });
});

describe("SqliteSaver.getDeltaChannelHistory", () => {
  it("returns what the base class's getTuple walk returns, at every checkpoint of a delta thread", async () => {
    const State = Annotation.Root({
      messages: () => new DeltaChannel<BaseMessage[], BaseMessage[]>(messagesDeltaReducer as never, { snapshotFrequency: 4 }),
    });
    const graph = new StateGraph(State)
      .addNode("reply", (state: { messages: BaseMessage[] }) => ({ messages: [new AIMessage(`answer #${state.messages.length}`)] }))
      .addNode("noop", () => ({}))
      .addEdge(START, "reply")
      .addEdge("reply", "noop")
      .addEdge("noop", END)
      .compile({ checkpointer: saver });
    for (let i = 0; i < 7; i += 1) await graph.invoke({ messages: [new HumanMessage(`q${i}`)] }, thread("t"));
    const tuples = await collect(saver.list(thread("t")));
    expect(tuples.length).toBeGreaterThan(20);
    for (const { config } of tuples) {
      const options = { config, channels: ["messages", "absent"] };
      const ours = await saver.getDeltaChannelHistory(options);
      const walked = await BaseCheckpointSaver.prototype.getDeltaChannelHistory.call(saver, options);
      expect(ours).toEqual(walked);
    }
    expect((await graph.getState(thread("t"))).values.messages).toHaveLength(14);
  });
});

describe("SqliteSaver.list", () => {
  async function putChain(threadId: string, ns: string, count: number) {
    let config = { configurable: { thread_id: threadId, checkpoint_ns: ns } };
    for (let step = 0; step < count; step += 1) {
      config = (await saver.put(
        config,
        { ...emptyCheckpoint(), id: uuid6(step) },
        { source: step % 2 === 0 ? "loop" : "input", step, parents: {}, owner: { team: "a" } } as never,
        {},
      )) as typeof config;
    }
  }

  it("pages through long threads newest first, across namespaces, with before and limit", async () => {
    await putChain("t", "", 120);
    await putChain("t", "child:1", 7);
    const all = await collect(saver.list(thread("t")));
    expect(all).toHaveLength(127);
    const ids = all.map((tuple) => tuple.checkpoint.id);
    expect(ids).toEqual([...ids].sort().reverse());

    const root = await collect(saver.list({ configurable: { thread_id: "t", checkpoint_ns: "" } }));
    expect(root).toHaveLength(120);
    const before = await collect(saver.list(thread("t"), { before: root[60]!.config, limit: 55 }));
    expect(before.map((tuple) => tuple.checkpoint.id)).toEqual(
      ids.filter((id) => id < root[60]!.checkpoint.id).slice(0, 55),
    );
  });

  it("filters on metadata in SQL, comparing JSON values by type", async () => {
    await putChain("t", "", 6);
    const loops = await collect(saver.list(thread("t"), { filter: { source: "loop" } }));
    expect(loops.map((tuple) => tuple.metadata?.step)).toEqual([4, 2, 0]);
    expect(await collect(saver.list(thread("t"), { filter: { step: "3" } }))).toHaveLength(0);
    expect(await collect(saver.list(thread("t"), { filter: { step: 3 } }))).toHaveLength(1);
    expect(await collect(saver.list(thread("t"), { filter: { owner: { team: "a" } } }))).toHaveLength(6);
    await expect(collect(saver.list(thread("t"), { filter: { 'a"b': 1 } }))).rejects.toThrow(
      InvalidCheckpointConfigError,
    );
  });
});

describe("SqliteSaver.putWrites", () => {
  it("keeps a task's first regular writes and replaces its special ones", async () => {
    const config = await saver.put(thread("t"), { ...emptyCheckpoint(), id: uuid6(0) }, { source: "loop", step: 0, parents: {} }, {});
    await saver.putWrites(config, [["answer", "first"], [ERROR, "boom 1"]], "task");
    await saver.putWrites(config, [["answer", "retry"], [ERROR, "boom 2"]], "task");
    const tuple = await saver.getTuple(config);
    expect(tuple?.pendingWrites).toEqual([
      ["task", ERROR, "boom 2"],
      ["task", "answer", "first"],
    ]);
  });
});

describe("SqliteSaver.pruneThread", () => {
  it("keeps the newest checkpoints, drops unreferenced blobs and writes, and the thread goes on", async () => {
    const graph = chatGraph(saver);
    for (let i = 0; i < 10; i += 1) await graph.invoke({ messages: [new HumanMessage(`q${i}`)] }, thread("t"));
    await graph.invoke({ messages: [new HumanMessage("other")] }, thread("other"));
    const before = await graph.getState(thread("t"));
    const blobsBefore = await countRows("checkpoint_blobs");

    const deleted = await saver.pruneThread("t", { keepLast: 3 });

    expect(await collect(saver.list(thread("t")))).toHaveLength(3);
    expect(deleted.checkpoints).toBeGreaterThan(25);
    expect(deleted.blobs).toBeGreaterThan(0);
    expect(await countRows("checkpoint_blobs")).toBe(blobsBefore - deleted.blobs);
    expect((await graph.getState(thread("t"))).values).toEqual(before.values);
    expect((await graph.getState(thread("other"))).values.messages).toHaveLength(2);

    const next = await graph.invoke({ messages: [new HumanMessage("after prune")] }, thread("t"));
    expect(next.messages).toHaveLength(22);
    expect(next.turns).toBe(11);
  });

  it("keeps the ancestors a DeltaChannel replays its value from", async () => {
    const graph = deltaChatGraph(saver);
    for (let i = 0; i < 6; i += 1) await graph.invoke({ messages: [new HumanMessage(`q${i}`)] }, thread("t"));
    const before = (await graph.getState(thread("t"))).values.messages as BaseMessage[];
    expect(before).toHaveLength(12);

    await saver.pruneThread("t", { keepLast: 2 });

    const after = (await graph.getState(thread("t"))).values.messages as BaseMessage[];
    expect(after.map((m) => m.content)).toEqual(before.map((m) => m.content));
  });

  it("rejects a keepLast that is not a positive integer", async () => {
    await expect(saver.pruneThread("t", { keepLast: 0 })).rejects.toThrow(RangeError);
    await expect(saver.pruneThread("t", { keepLast: 1.5 })).rejects.toThrow(RangeError);
  });
});

describe("SqliteSaver bad input", () => {
  it("refuses a value the serializer cannot handle and leaves the thread as it was", async () => {
    const first = await saver.put(thread("t"), { ...emptyCheckpoint(), id: uuid6(0) }, { source: "input", step: -1, parents: {} }, {});
    // JSON has no BigInt; LangGraph's serializer would write a placeholder string instead.
    const unserializable = { count: 10n };
    const bad: Checkpoint = {
      ...emptyCheckpoint(),
      id: uuid6(1),
      channel_values: { big: unserializable },
      channel_versions: { big: 1 },
    };
    await expect(saver.put(first, bad, { source: "loop", step: 0, parents: {} }, { big: 1 })).rejects.toThrow(
      CheckpointSerializationError,
    );
    await expect(saver.putWrites(first, [["big", unserializable]], "task")).rejects.toThrow(/BigInt/);
    const circular: Record<string, unknown> = { name: "loop" };
    circular.self = circular;
    await expect(saver.putWrites(first, [["big", circular]], "task")).rejects.toThrow(/circular reference/);

    const latest = await saver.getTuple(thread("t"));
    expect(latest?.checkpoint.id).toBe(first.configurable?.checkpoint_id);
    expect(latest?.pendingWrites).toEqual([]);
    expect(await countRows("checkpoint_blobs")).toBe(0);
  });

  it("names what is wrong with a malformed config", async () => {
    const checkpoint = { ...emptyCheckpoint(), id: uuid6(0) };
    const metadata = { source: "input" as const, step: -1, parents: {} };
    await expect(saver.put({}, checkpoint, metadata, {})).rejects.toThrow(/no "configurable"/);
    await expect(saver.put({ configurable: {} }, checkpoint, metadata, {})).rejects.toThrow(/"thread_id" is missing/);
    await expect(
      saver.put({ configurable: { thread_id: { id: 1 } } }, checkpoint, metadata, {}),
    ).rejects.toThrow(/thread_id must be a string, got object/);
    await expect(saver.putWrites(thread("t"), [], "task")).rejects.toThrow(/"checkpoint_id" is missing/);
    expect(await saver.getTuple(thread("unknown"))).toBeUndefined();
  });

  it("refuses a file that is not a SQLite database", () => {
    const notDb = join(dir, "notes.txt");
    writeFileSync(notDb, "these are my notes, not a database\n".repeat(200));
    expect(() => SqliteSaver.fromConnString(notDb)).toThrow(DatabaseOpenError);
  });

  it("refuses a truncated database file", async () => {
    for (let i = 0; i < 5; i += 1) await chatGraph(saver).invoke({ messages: [new HumanMessage("q".repeat(2_000))] }, thread("t"));
    saver.close();
    truncateSync(file, 4_096 * 3);
    expect(() => SqliteSaver.fromConnString(file)).toThrow(DatabaseOpenError);
  });

  it("refuses a schema newer than it knows and leaves the data alone", async () => {
    await chatGraph(saver).invoke({ messages: [new HumanMessage("kept")] }, thread("t"));
    saver.db.prepare("INSERT INTO checkpoint_migrations (v) VALUES (99)").run();
    saver.close();

    const newer = SqliteSaver.fromConnString(file);
    await expect(newer.getTuple(thread("t"))).rejects.toThrow(SchemaVersionError);
    newer.close();

    const raw = new Database(file, { readonly: true });
    expect((raw.prepare("SELECT count(*) AS n FROM checkpoint_entries").get() as { n: number }).n).toBeGreaterThan(0);
    raw.close();
  });
});
