import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { Annotation, DeltaChannel, END, MessagesAnnotation, START, StateGraph, messagesDeltaReducer } from "@langchain/langgraph";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SaverOptionsError, SqliteSaver, SqliteStore, buildMemoryMaintenance } from "../../src/index.js";
import { collect } from "../support/collect.js";

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-retention-"));
  file = join(dir, "agent.db");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const thread = (thread_id: string) => ({ configurable: { thread_id } });

/** A chat graph whose reply node runs a subgraph, so checkpoints land in two namespaces. */
function chatGraph(checkpointer: SqliteSaver) {
  const inner = new StateGraph(MessagesAnnotation)
    .addNode("think", (state) => ({ messages: [new AIMessage(`thought #${state.messages.length}`)] }))
    .addEdge(START, "think")
    .addEdge("think", END)
    .compile();
  return new StateGraph(MessagesAnnotation)
    .addNode("reply", inner)
    .addNode("answer", (state) => ({ messages: [new AIMessage(`answer #${state.messages.length}`)] }))
    .addEdge(START, "reply")
    .addEdge("reply", "answer")
    .addEdge("answer", END)
    .compile({ checkpointer });
}

function rows(saver: SqliteSaver, sql: string): { ns: string; n: number }[] {
  return saver.db.prepare(sql).all() as { ns: string; n: number }[];
}

describe("SqliteSaver retention option", () => {
  it("keeps the newest keepLast checkpoints per thread and namespace as it writes, and the thread goes on", async () => {
    const saver = SqliteSaver.fromConnString(file, { retention: { keepLast: 4 } });
    const unbounded = SqliteSaver.fromConnString(join(dir, "unbounded.db"));
    for (let turn = 0; turn < 15; turn += 1) {
      for (const each of [saver, unbounded]) await chatGraph(each).invoke({ messages: [new HumanMessage(`q${turn}`)] }, thread("t"));
    }
    await chatGraph(saver).invoke({ messages: [new HumanMessage("other")] }, thread("other"));

    const perNamespace = rows(saver, "SELECT checkpoint_ns AS ns, count(*) AS n FROM checkpoint_entries WHERE thread_id = 't' GROUP BY checkpoint_ns");
    // The subgraph namespaces (one per turn) of deleted steps go too: only the newest turns' remain.
    expect(perNamespace.length).toBeGreaterThan(1);
    expect(perNamespace.length).toBeLessThanOrEqual(3);
    expect(perNamespace.every(({ ns, n }) => n === 4 || (ns !== "" && n <= 4))).toBe(true);
    expect(perNamespace.find(({ ns }) => ns === "")?.n).toBe(4);
    expect(await collect(saver.list({ configurable: { thread_id: "other", checkpoint_ns: "" } }))).toHaveLength(4);

    const contents = async (each: SqliteSaver) =>
      ((await chatGraph(each).getState(thread("t"))).values.messages as BaseMessage[]).map((m) => m.content);
    expect(await contents(saver)).toHaveLength(45);
    expect(await contents(saver)).toEqual(await contents(unbounded));
    const blobs = (db: SqliteSaver) => rows(db, "SELECT '' AS ns, count(*) AS n FROM checkpoint_blobs")[0]!.n;
    expect(blobs(saver)).toBeLessThan(blobs(unbounded) / 3);

    const next = await chatGraph(saver).invoke({ messages: [new HumanMessage("after")] }, thread("t"));
    expect(next.messages).toHaveLength(16 * 3);
    saver.close();
    unbounded.close();
  });

  it("keeps the ancestors a DeltaChannel replays its value from", async () => {
    const saver = SqliteSaver.fromConnString(file, { retention: { keepLast: 2 } });
    const State = Annotation.Root({
      messages: () => new DeltaChannel<BaseMessage[], BaseMessage[]>(messagesDeltaReducer as never, { snapshotFrequency: 5 }),
    });
    const graph = new StateGraph(State)
      .addNode("reply", (state: { messages: BaseMessage[] }) => ({ messages: [new AIMessage(`answer #${state.messages.length}`)] }))
      .addEdge(START, "reply")
      .addEdge("reply", END)
      .compile({ checkpointer: saver });
    for (let turn = 0; turn < 12; turn += 1) await graph.invoke({ messages: [new HumanMessage(`q${turn}`)] }, thread("t"));

    const messages = (await graph.getState(thread("t"))).values.messages as BaseMessage[];
    expect(messages.map((m) => m.content)).toEqual(
      Array.from({ length: 12 }, (_, turn) => [`q${turn}`, `answer #${2 * turn + 1}`]).flat(),
    );
    // Fewer checkpoints than the 36 of the thread: only the kept ones and the replay chain remain.
    expect(rows(saver, "SELECT '' AS ns, count(*) AS n FROM checkpoint_entries")[0]!.n).toBeLessThan(12);
    saver.close();
  });

  it("refuses a keepLast that is not a positive integer, naming the option", () => {
    expect(() => SqliteSaver.fromConnString(file, { retention: { keepLast: 0 } })).toThrow(SaverOptionsError);
    expect(() => SqliteSaver.fromConnString(file, { retention: { keepLast: 2.5 } })).toThrow(/retention\.keepLast/);
  });
});

describe("SqliteSaver.applyRetention", () => {
  it("applies retention to every thread of a file that grew without it", async () => {
    const grown = SqliteSaver.fromConnString(file);
    const threads = Array.from({ length: 60 }, (_, i) => `t${i}`);
    for (const id of threads) {
      for (let turn = 0; turn < 3; turn += 1) await chatGraph(grown).invoke({ messages: [new HumanMessage(`${id} q${turn}`)] }, thread(id));
    }
    const before = await chatGraph(grown).getState(thread("t59"));
    await expect(grown.applyRetention()).rejects.toThrow(SaverOptionsError);

    const report = await grown.applyRetention({ keepLast: 2 });

    expect(report.threads).toBe(60);
    expect(report.checkpoints).toBeGreaterThan(60 * 10);
    for (const id of threads) expect(await collect(grown.list({ configurable: { thread_id: id, checkpoint_ns: "" } }))).toHaveLength(2);
    expect((await chatGraph(grown).getState(thread("t59"))).values).toEqual(before.values);
    grown.close();
  });
});

describe("the memory_maintenance graph with a checkpointer", () => {
  it("applies the saver's retention to every thread and reports it", async () => {
    const grown = SqliteSaver.fromConnString(file);
    for (const id of ["a", "b"]) {
      for (let turn = 0; turn < 4; turn += 1) await chatGraph(grown).invoke({ messages: [new HumanMessage(`q${turn}`)] }, thread(id));
    }
    grown.close();
    const saver = SqliteSaver.fromConnString(file, { retention: { keepLast: 3 } });
    const store = SqliteStore.fromConnString(file);

    const report = await buildMemoryMaintenance({ store, checkpointer: saver }).invoke({});

    expect(report.sessions).toMatchObject({ threads: 2 });
    expect(report.sessions!.checkpoints).toBeGreaterThan(10);
    expect(await collect(saver.list({ configurable: { thread_id: "a", checkpoint_ns: "" } }))).toHaveLength(3);
    expect((await buildMemoryMaintenance({ store }).invoke({})).sessions).toBeNull();
    expect(() => buildMemoryMaintenance({ store, checkpointer: SqliteSaver.fromConnString(":memory:") })).toThrow(/sessionRetention/);
    saver.close();
    store.stop();
  });
});
