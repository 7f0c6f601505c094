import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HumanMessage, ToolMessage, type BaseMessage } from "@langchain/core/messages";
import { MemorySaver, MessagesAnnotation, StateGraph } from "@langchain/langgraph";
import { ToolNode, toolsCondition } from "@langchain/langgraph/prebuilt";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore, canonicalKey, createMemoryTools, history, recall, type MemoryRecord, type PromotionEntry } from "../../src/index.js";
import { ScriptedChatModel, type ScriptedReply } from "../support/scripted-chat-model.js";

/** What the scripted model calls for each user message; after a tool answers, it repeats the tool's words. */
const SCRIPT: Record<string, ScriptedReply> = {
  "Remember that my favourite editor is Helix.": {
    toolCalls: [{ name: "save_memory", args: { key: "editor.favourite", text: "Favourite editor is Helix", value: "Helix", memoryType: "preference" } }],
  },
  "Remember that the project deadline is Friday.": {
    toolCalls: [{ name: "save_memory", args: { key: "project.deadline", text: "Project deadline is Friday", value: "Friday", scope: "project" } }],
  },
  "Remember that our company is called Acme.": {
    toolCalls: [{ name: "save_memory", args: { key: "org.name", text: "The company is called Acme", value: "Acme", scope: "org" } }],
  },
  "Remember that I prefer dark mode.": {
    // The model proposes the organisation's scope for a personal preference.
    toolCalls: [{ name: "save_memory", args: { key: "ui.theme", text: "Prefers dark mode", value: "dark mode", memoryType: "preference", scope: "org" } }],
  },
  "Remember my API key, it is sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c.": {
    toolCalls: [{ name: "save_memory", args: { key: "api.key", text: "API key is sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c", value: "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c" } }],
  },
  "What do you know about my editor?": { toolCalls: [{ name: "search_memory", args: { query: "editor" } }] },
  "Forget my favourite editor.": { toolCalls: [{ name: "delete_memory", args: { key: "editor.favourite" } }] },
  "Forget my deadline.": { toolCalls: [{ name: "delete_memory", args: { key: "project.deadline" } }] },
  "Forget the project deadline.": { toolCalls: [{ name: "delete_memory", args: { key: "project.deadline", scope: "project" } }] },
  "Actually, my favourite editor is Zed now.": {
    toolCalls: [{ name: "update_memory", args: { key: "editor.favourite", text: "Favourite editor is Zed", value: "Zed" } }],
  },
};

/** The subject key the write rules file "editor.favourite" under (the model proposes that key; the rules map it). */
const EDITOR = canonicalKey("editor.favourite");

/** Writes quote the user's words as their evidence, as the tools ask. */
function script(messages: BaseMessage[]): ScriptedReply {
  const last = messages.at(-1)!;
  if (last.getType() === "tool") return `(${last.text})`;
  const reply = SCRIPT[last.text];
  if (reply === undefined) throw new Error(`the script has no reply to ${JSON.stringify(last.text)}`);
  if (typeof reply === "string") return reply;
  const quoting = (name: string) => name === "save_memory" || name === "update_memory";
  return { toolCalls: reply.toolCalls.map((call) => (quoting(call.name) ? { ...call, args: { ...call.args, evidence: last.text } } : call)) };
}

const dir = mkdtempSync(join(tmpdir(), "lsm-tools-"));
const store = SqliteStore.fromConnString(join(dir, "memory.db"));
afterAll(() => {
  store.stop();
  rmSync(dir, { recursive: true, force: true });
});

const tools = createMemoryTools();
const model = new ScriptedChatModel(script);
const bound = model.bindTools(tools);
const graph = new StateGraph(MessagesAnnotation)
  .addNode("agent", async (state) => ({ messages: [await bound.invoke(state.messages)] }))
  .addNode("tools", new ToolNode(tools))
  .addEdge("__start__", "agent")
  .addEdge("tools", "agent")
  .addConditionalEdges("agent", toolsCondition)
  .compile({ store, checkpointer: new MemorySaver() });

let threads = 0;
/** One user turn on a new thread; returns the tool message it produced and the final answer. */
async function ask(text: string, identity: Record<string, string>) {
  threads += 1;
  const state = await graph.invoke({ messages: [new HumanMessage(text)] }, { configurable: { thread_id: `t${threads}`, ...identity } });
  const toolMessages = state.messages.filter((message): message is ToolMessage => message.getType() === "tool");
  expect(toolMessages).toHaveLength(1);
  return { tool: toolMessages[0]!, answer: state.messages.at(-1)!.text, thread: `t${threads}` };
}

const ana = { userId: "ana", projectId: "atlas" };
const ben = { userId: "ben", projectId: "atlas" };
const entryOf = (message: ToolMessage) => message.artifact as PromotionEntry;

describe("memory tools inside a tool-calling graph", () => {
  it("'remember that …' saves through the promotion rules, with the run's thread as provenance", async () => {
    const { tool, answer, thread } = await ask("Remember that my favourite editor is Helix.", ana);
    expect(model.calls.at(-2)!.tools).toEqual(["save_memory", "update_memory", "delete_memory", "search_memory"]);
    expect(entryOf(tool).outcome).toBe("written");
    expect(answer).toContain(`Saved ${EDITOR}`);
    const [record] = await history(store, ana, "editor.favourite");
    expect(record).toMatchObject({ text: "Favourite editor is Helix", content: { value: "Helix" }, scope: "user", userId: "ana", memoryType: "preference" });
    expect(record!.source).toEqual({ kind: "thread", threadId: thread });

    // Saying it again refreshes the same memory instead of adding a copy.
    const again = await ask("Remember that my favourite editor is Helix.", ana);
    expect(entryOf(again.tool)).toMatchObject({ outcome: "refreshed", recordId: record!.id });
    expect(await history(store, ana, "editor.favourite")).toHaveLength(1);
  });

  it("'what do you know about …' searches the identity's memories through recall, best match first", async () => {
    expect(entryOf((await ask("Remember that the project deadline is Friday.", ana)).tool).outcome).toBe("written");
    const { tool, answer } = await ask("What do you know about my editor?", ana);
    const records = tool.artifact as MemoryRecord[];
    expect(records.map((record) => record.key)).toEqual([EDITOR, "project.deadline"]);
    expect(tool.text.split("\n").slice(0, 2)).toEqual([
      "Remembered, best matches first:",
      `- ${EDITOR}: Favourite editor is Helix (user preference)`,
    ]);
    expect(answer).toContain("Favourite editor is Helix");
  });

  it("refuses a secret and a scope the identity does not have, and says why", async () => {
    const secret = await ask("Remember my API key, it is sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c.", ana);
    expect(entryOf(secret.tool).outcome).toBe("refused");
    expect(secret.tool.text).toMatch(/^Not saved as a lasting memory: api\.key .*never stored: looks like a/);
    expect(await history(store, ana, "api.key")).toEqual([]);
    expect((await recall(store, ana, { limit: 50 })).some((record) => JSON.stringify(record).includes("sk-proj"))).toBe(false);

    // A user in no organisation: the company's name is not kept as a lasting memory of a company they lack.
    const org = await ask("Remember that our company is called Acme.", { userId: "cy" });
    expect(entryOf(org.tool).outcome).toBe("kept_in_session");
    expect(org.tool.text).toMatch(/^Not saved as a lasting memory: org\.name .*organisation this identity has none of/);
    expect(await recall(store, { userId: "cy" })).toEqual([]);
  });

  it("takes the scope from the user's words, not the model's proposal: a preference never becomes the organisation's", async () => {
    const dee = { userId: "dee", orgId: "acme" };
    const { tool } = await ask("Remember that I prefer dark mode.", dee);
    expect(entryOf(tool)).toMatchObject({ outcome: "written", key: "ui.theme" });
    expect(tool.text).toContain("scope org -> user");
    expect((await history(store, dee, "ui.theme")).map((record) => [record.scope, record.userId])).toEqual([["user", "dee"]]);
    expect(await recall(store, { userId: "eve", orgId: "acme" })).toEqual([]);
  });

  it("updates a remembered value: the new one supersedes the old, which stays in the key's history", async () => {
    const { tool } = await ask("Actually, my favourite editor is Zed now.", ana);
    expect(entryOf(tool).outcome).toBe("superseded");
    const versions = await history(store, ana, "editor.favourite");
    expect(versions.map((record) => [record.text, record.supersededBy === null])).toEqual([
      ["Favourite editor is Helix", false],
      ["Favourite editor is Zed", true],
    ]);
    expect(versions[1]).toMatchObject({ scope: "user", memoryType: "preference", supersedes: versions[0]!.id });
  });

  it("never reads or changes another user's memories: the identity is the run's, not the model's", async () => {
    const search = await ask("What do you know about my editor?", ben);
    // Ben shares the project, so he sees its deadline, and nothing of Ana's own.
    expect((search.tool.artifact as MemoryRecord[]).map((record) => record.key)).toEqual(["project.deadline"]);

    const update = await ask("Actually, my favourite editor is Zed now.", ben);
    expect(update.tool.artifact).toBeNull();
    expect(update.tool.text).toContain("No memory with the key editor.favourite to update");

    const save = await ask("Remember that my favourite editor is Helix.", ben);
    expect(entryOf(save.tool).outcome).toBe("written");
    expect((await history(store, ben, "editor.favourite")).map((record) => record.userId)).toEqual(["ben"]);
    expect((await history(store, ana, "editor.favourite")).map((record) => [record.userId, record.text])).toEqual([
      ["ana", "Favourite editor is Helix"],
      ["ana", "Favourite editor is Zed"],
    ]);
  });

  it("'forget …' deletes the identity's memory and its history, and only theirs", async () => {
    const ids = (await history(store, ana, "editor.favourite")).map((record) => record.id);
    const bens = (await history(store, ben, "editor.favourite")).map((record) => record.id);
    const { tool, answer } = await ask("Forget my favourite editor.", ben);
    expect(tool.artifact).toEqual(bens);
    expect(answer).toContain("Forgot editor.favourite (user scope): 1 record deleted");
    expect(await history(store, ben, "editor.favourite")).toEqual([]);
    expect((await history(store, ana, "editor.favourite")).map((record) => record.id)).toEqual(ids);

    const again = await ask("Forget my favourite editor.", ana);
    expect([...(again.tool.artifact as string[])].sort()).toEqual([...ids].sort());
    expect(await history(store, ana, "editor.favourite")).toEqual([]);
    expect((await ask("What do you know about my editor?", ana)).tool.text).not.toContain(EDITOR);
    expect((await ask("Forget my favourite editor.", ana)).tool.text).toBe("No user memory with the key editor.favourite; nothing was deleted.");
  });

  it("forgets a shared memory only when asked for its scope", async () => {
    // Deleting "project.deadline" as the user's own memory finds nothing: the project's memory stays.
    const own = await ask("Forget my deadline.", ben);
    expect(own.tool.artifact).toEqual([]);
    expect(await history(store, ana, "project.deadline")).toHaveLength(1);
    const shared = await ask("Forget the project deadline.", ben);
    expect(shared.tool.artifact).toHaveLength(1);
    expect(await history(store, ana, "project.deadline")).toEqual([]);
  });

  it("fails the tool call, not the memory, when the run has no userId", async () => {
    const state = await graph.invoke({ messages: [new HumanMessage("Remember that my favourite editor is Helix.")] }, { configurable: { thread_id: "anonymous" } });
    const message = state.messages.find((candidate): candidate is ToolMessage => candidate.getType() === "tool")!;
    expect(message.status).toBe("error");
    expect(message.text).toContain("A userId is required");
  });
});
