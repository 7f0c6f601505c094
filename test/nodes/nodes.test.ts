import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { END, MemorySaver, START, StateGraph } from "@langchain/langgraph";
import { InMemoryStore } from "@langchain/langgraph-checkpoint";
import { describe, expect, it } from "vitest";
import {
  InvalidIdentityError,
  MemoryAnnotation,
  MissingStoreError,
  addMemoryNodes,
  createExtractNode,
  createPromoteNode,
  createPruneNode,
  createRecallNode,
  history,
  promote,
  recall,
  type MemoryCandidate,
} from "../../src/index.js";

/** A fake chat model that records every list of messages it receives. */
class RecordingModel extends FakeListChatModel {
  readonly received: BaseMessage[][] = [];

  override async _generate(messages: BaseMessage[], ...rest: Parameters<FakeListChatModel["_generate"]> extends [unknown, ...infer R] ? R : never): Promise<ChatResult> {
    this.received.push(messages);
    return super._generate(messages, ...rest);
  }
}

/** A graph of one node over the memory state. */
function single(name: string, node: unknown, store?: InMemoryStore) {
  return new StateGraph(MemoryAnnotation)
    .addNode(name, node as never)
    .addEdge(START, name as never)
    .addEdge(name as never, END)
    .compile({ store, checkpointer: new MemorySaver() });
}

const ana = { userId: "ana", orgId: "acme", projectId: "atlas" };
const config = (thread: string, identity: object = ana) => ({ configurable: { thread_id: thread, ...identity } });

const dark: MemoryCandidate = {
  bucket: "promote", memoryType: "preference", key: "ui.theme", content: { value: "dark mode" }, text: "Prefers dark mode", confidence: 0.9, scope: "user",
};

describe("createRecallNode", () => {
  it("recalls the identity's memories into state and renders the prompt block with session memories", async () => {
    const store = new InMemoryStore();
    await promote(store, [dark, { ...dark, key: "project.deadline", memoryType: "fact", text: "Deadline: Friday", scope: "project", content: { value: "Friday" } }], ana);
    await promote(store, [{ ...dark, text: "Prefers light mode", content: { value: "light" } }], { userId: "ben" });
    const graph = single("recall", createRecallNode({ limit: 5 }), store);
    const session: MemoryCandidate = { ...dark, bucket: "session", key: "response.style", text: "Keep it short today" };

    const state = await graph.invoke({ messages: [new HumanMessage("what theme do I like?")], sessionMemories: [session] }, config("t1"));

    expect(state.recalledMemories.map((record) => record.key).sort()).toEqual(["project.deadline", "ui.theme"]);
    expect(state.memoryPrompt).toContain("- Prefers dark mode");
    expect(state.memoryPrompt).toContain("- Deadline: Friday (project)");
    expect(state.memoryPrompt).toContain("For this conversation only:\n- Keep it short today");
    expect(state.memoryPrompt).not.toContain("light");
  });

  it("fails clearly without a userId or without a store", async () => {
    const withStore = single("recall", createRecallNode(), new InMemoryStore());
    await expect(withStore.invoke({ messages: [new HumanMessage("hi")] }, config("t", {}))).rejects.toThrow(InvalidIdentityError);
    const withoutStore = single("recall", createRecallNode());
    await expect(withoutStore.invoke({ messages: [new HumanMessage("hi")] }, config("t"))).rejects.toThrow(MissingStoreError);
    expect(() => createRecallNode({ limit: 0 })).toThrow();
    expect(() => createRecallNode({ limt: 3 } as never)).toThrow(/limt/);
  });
});

describe("createExtractNode", () => {
  it("asks a chat model for structured candidates, once per turn, with only the new messages", async () => {
    const scripted = (candidates: MemoryCandidate[]) => JSON.stringify({ candidates });
    const model = new RecordingModel({ responses: [scripted([dark]), scripted([]), scripted([{ ...dark, content: { value: "light mode" }, text: "Prefers light mode" }])] });
    const graph = single("extract", createExtractNode({ model }));
    const thread = config("long");

    const first = await graph.invoke({ messages: [new HumanMessage("I prefer dark mode"), new AIMessage("Noted.")] }, thread);
    // The model quoted no evidence: the turn's own words are attached for the promotion rules.
    expect(first.memoryCandidates).toEqual([{ ...dark, evidence: "I prefer dark mode", messageId: undefined }].map(({ messageId: _, ...candidate }) => candidate));
    await graph.invoke({ messages: [new HumanMessage("How are you?"), new AIMessage("Fine.")] }, thread);
    const third = await graph.invoke({ messages: [new HumanMessage("Actually, light mode"), new AIMessage("Switched.")] }, thread);
    expect(third.memoryCandidates[0]?.content).toEqual({ value: "light mode" });

    expect(model.received).toHaveLength(3);
    for (const [i, call] of model.received.entries()) {
      expect(call).toHaveLength(2);
      const transcript = call[1]!.text.split("memory material themselves:\n")[1]!.split("\n");
      // Each call sees its own turn's two messages, never the growing history.
      expect(transcript).toEqual([
        ["user: I prefer dark mode", "user: How are you?", "user: Actually, light mode"][i],
        ["assistant (context only): Noted.", "assistant (context only): Fine.", "assistant (context only): Switched."][i],
      ]);
    }
    expect(model.received[0]![0]!.text).toContain('"promote"');
  });

  it("falls back to the offline rules and to a custom extractor", async () => {
    const rules = await single("extract", createExtractNode()).invoke(
      { messages: [new HumanMessage("Our team uses Postgres. Never use emojis.")] },
      config("r"),
    );
    expect(rules.memoryCandidates.map((c) => [c.key, c.scope])).toEqual([["stack.database", "project"], ["response.emoji", "user"]]);

    const custom = await single("extract", createExtractNode({ extractor: ({ messages }) => [{ ...dark, text: `seen ${messages.length}` }] })).invoke(
      { messages: [new HumanMessage("anything")] },
      config("c"),
    );
    expect(custom.memoryCandidates[0]?.text).toBe("seen 1");
  });

  it("refuses a candidate that repeats a secret named in one sentence and said in the next, from rules or a model", async () => {
    const turn = "we rotate the crew wifi password at every port call — current one is Albatross-77-Kelp. The mess room is on deck 5.";
    const rules = await single("extract", createExtractNode()).invoke({ messages: [new HumanMessage(turn)] }, config("s1"));
    const texts = rules.memoryCandidates.map((c) => c.text).join(" | ");
    expect(texts).toContain("deck 5");
    expect(texts).not.toContain("Albatross");
    const leaky = { ...dark, key: "note.wifi", text: "Current wifi: Albatross-77-Kelp", content: { value: "Albatross-77-Kelp" }, evidence: "current one is Albatross-77-Kelp" };
    const model = new RecordingModel({ responses: [JSON.stringify({ candidates: [leaky, dark] })] });
    const modelled = await single("extract", createExtractNode({ model })).invoke({ messages: [new HumanMessage(`${turn} I prefer dark mode`)] }, config("s2"));
    expect(modelled.memoryCandidates.map((c) => c.key)).toEqual([dark.key]);
    // A code of four digits, named in one sentence ("a PIN") and given in the next ("Mine is 90312").
    const pin = "Our cage at DC-East is in room B-214; you get in with a badge plus a PIN. Mine is 90312 but obviously don't write that down anywhere.";
    const pinned = (await single("extract", createExtractNode()).invoke({ messages: [new HumanMessage(pin)] }, config("s3"))).memoryCandidates.map((c) => c.text).join(" | ");
    expect(pinned).toMatch(/B-214/);
    expect(pinned).not.toMatch(/90312/);
  });
});

describe("createPromoteNode", () => {
  it("promotes with provenance, keeps session candidates in the thread, reports, and clears the candidates", async () => {
    const store = new InMemoryStore();
    const graph = single("promote", createPromoteNode(), store);
    const session: MemoryCandidate = { ...dark, bucket: "session", key: "response.style", text: "Short answers today" };
    const secret: MemoryCandidate = { ...dark, key: "user.password", text: "my password is hunter2", content: { value: "hunter2" } };

    const state = await graph.invoke({ messages: [new HumanMessage("…")], memoryCandidates: [dark, session, secret] }, config("t-9"));

    expect(state.memoryCandidates).toEqual([]);
    expect(state.sessionMemories).toEqual([session]);
    expect(state.memoryReport.promotion?.counts).toMatchObject({ written: 1, kept_in_session: 1, refused: 1 });
    const [record] = await recall(store, ana);
    expect(record?.source).toMatchObject({ kind: "thread", threadId: "t-9" });
    expect(record && "messageIds" in record.source ? record.source.messageIds : []).toHaveLength(1);
  });
});

describe("the memory nodes inside a graph", () => {
  it("supersede through LangGraph's batched store: the old value moves to history, the new one is recalled", async () => {
    const store = new InMemoryStore();
    const graph = single("promote", createPromoteNode(), store);
    await graph.invoke({ memoryCandidates: [dark] }, config("s1"));
    const light = { ...dark, content: { value: "light mode" }, text: "Prefers light mode" };
    const state = await graph.invoke({ memoryCandidates: [light] }, config("s2"));
    expect(state.memoryReport.promotion?.counts.superseded).toBe(1);
    expect((await recall(store, ana)).map((record) => record.text)).toEqual(["Prefers light mode"]);
    expect((await history(store, ana, "ui.theme")).map((record) => record.text)).toEqual(["Prefers dark mode", "Prefers light mode"]);
  });
});

describe("createPruneNode", () => {
  it("prunes every Nth turn or when asked", async () => {
    const store = new InMemoryStore();
    const graph = single("prune", createPruneNode({ every: 3 }), store);
    const ran = async (memoryTurns: number, pruneRequested = false) =>
      (await graph.invoke({ memoryTurns, pruneRequested }, config(`p${memoryTurns}${pruneRequested}`))).memoryReport.prune !== undefined;
    expect(await ran(1)).toBe(false);
    expect(await ran(3)).toBe(true);
    expect(await ran(4, true)).toBe(true);
  });
});

describe("addMemoryNodes", () => {
  it("wires recall, the model, extract, promote and prune in two lines, in either placement", async () => {
    for (const placement of ["after-model", "before-model"] as const) {
      const store = new InMemoryStore();
      const seenPrompts: string[] = [];
      const builder = new StateGraph(MemoryAnnotation).addNode("agent", (state: typeof MemoryAnnotation.State) => {
        seenPrompts.push(state.memoryPrompt);
        return { messages: [new AIMessage("ok")] };
      });
      const graph = addMemoryNodes(builder, "agent", { placement }).compile({ store, checkpointer: new MemorySaver() });

      await graph.invoke({ messages: [new HumanMessage("I prefer dark mode.")] }, config(`w-${placement}`));
      await graph.invoke({ messages: [new HumanMessage("What do you know?")] }, config(`w2-${placement}`));

      expect(seenPrompts[1]).toContain("Theme: dark mode");
      // Placed before the model, the first answer already uses what was just said.
      expect(seenPrompts[0]!.includes("Theme: dark mode")).toBe(placement === "before-model");
    }
  });
});
