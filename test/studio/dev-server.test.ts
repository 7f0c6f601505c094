import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { Client } from "@langchain/langgraph-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/port.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "node_modules", "@langchain", "langgraph-cli", "dist", "cli", "cli.mjs");


let server: ChildProcess;
let log = "";
let apiUrl: string;

beforeAll(async () => {
  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops the workers it starts too.
  server = spawn(process.execPath, [cli, "dev", "--no-browser", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LANGGRAPH_CLI_NO_ANALYTICS: "1", LANGSMITH_TRACING: "false", LANGCHAIN_TRACING_V2: "false", BROWSER: "none" },
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ok = await fetch(`${apiUrl}/ok`).then((response) => response.ok, () => false);
    if (ok && log.includes("memory_maintenance")) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`the dev server did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The server keeps threads and store in .langgraph_api/ between runs: start from nothing.
  const reset = await fetch(`${apiUrl}/internal/truncate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ runs: true, threads: true, store: true, checkpoint: true }),
  });
  expect(reset.ok).toBe(true);
}, 120_000);

afterAll(async () => {
  if (server.pid === undefined || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await exited;
  expect(await fetch(`${apiUrl}/ok`).then(() => "still up", () => "down")).toBe("down");
}, 30_000);

describe("the template on the LangGraph dev server (what Studio talks to)", () => {
  it("runs memory_agent through the SDK, exposes state, history and the promoted memories, and recalls them on a new thread", async () => {
    const client = new Client({ apiUrl });
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
