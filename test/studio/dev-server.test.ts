import { join } from "node:path";
import { Client } from "@langchain/langgraph-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type ServerProcess } from "./servers.js";

let server: ServerProcess;

beforeAll(async () => {
  server = await startDevServer(join(import.meta.dirname, "..", ".."));
}, 120_000);

afterAll(async () => {
  await server.stop();
  expect(await fetch(`${server.url}/ok`).then(() => "still up", () => "down")).toBe("down");
}, 30_000);

describe("the template on the LangGraph dev server (what Studio talks to)", () => {
  it("runs memory_agent through the SDK, exposes state, history and the promoted memories, and recalls them on a new thread", async () => {
    const client = new Client({ apiUrl: server.url });
    const graphs = (await client.assistants.search({ limit: 10 })).map((assistant) => assistant.graph_id).sort();
    expect(graphs).toEqual(["memory_agent", "memory_maintenance"]);
    const config = { configurable: { userId: "ana", orgId: "acme", projectId: "atlas" } };

    const first = await client.threads.create();
    await client.runs.wait(first.thread_id, "memory_agent", {
      input: { messages: [{ role: "user", content: "I prefer dark mode. Our team uses Postgres." }] },
      config,
    });
    const state = await client.threads.getState<{ memoryReport: { promotion: { counts: Record<string, number> } } }>(first.thread_id);
    expect(state.values.memoryReport.promotion.counts.written).toBe(2);
    const steps = (await client.threads.getHistory(first.thread_id)).map((snapshot) => snapshot.next[0]).filter(Boolean);
    expect(steps.reverse()).toEqual(["__start__", "recall_memories", "answer", "extract_memories", "promote_memories", "prune_memories"]);

    const { items } = await client.store.searchItems(["memory", "org", "acme"], { limit: 20 });
    const live = items.filter((item) => item.namespace.at(-1) === "records").map((item) => [item.key, item.value.text]);
    expect(live.sort()).toEqual([["stack.database", "Team uses Postgres"], ["ui.theme", "Prefers dark mode"]]);

    const second = await client.threads.create();
    const reply = (await client.runs.wait(second.thread_id, "memory_agent", {
      input: { messages: [{ role: "user", content: "Which theme do I like?" }] },
      config,
    })) as { recalledMemories: { text: string }[]; messages: { content: string }[] };
    expect(reply.recalledMemories.map((record) => record.text)).toContain("Prefers dark mode");
    expect(reply.messages.at(-1)!.content).toContain("Prefers dark mode");

    const stranger = await client.threads.create();
    const nothing = (await client.runs.wait(stranger.thread_id, "memory_agent", {
      input: { messages: [{ role: "user", content: "Which theme do I like?" }] },
      config: { configurable: { userId: "ben", orgId: "other" } },
    })) as { recalledMemories: unknown[] };
    expect(nothing.recalledMemories).toEqual([]);
  }, 120_000);
});
