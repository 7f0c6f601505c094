import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@langchain/langgraph-sdk";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver, SqliteStore, promote, recall } from "../../src/index.js";
import { collect } from "../support/collect.js";
import { startStudio } from "./servers.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-studio-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("langgraph-memory studio: Studio's API over the user's own SQLite file", () => {
  it("runs the template over the file's memories and writes threads, checkpoints and memories back into it", async () => {
    const file = join(dir, "production.db");
    const ana = { userId: "ana", orgId: "acme", projectId: "atlas" };
    const seed = SqliteStore.fromConnString(file);
    await promote(seed, [{ bucket: "promote", memoryType: "preference", key: "ui.theme", content: { value: "dark" }, text: "Prefers dark mode", confidence: 0.9, scope: "user" }], ana);
    seed.stop();

    // A directory without langgraph.json: the package's template graphs are served.
    const server = await startStudio(file, { cwd: dir });
    try {
      expect(server.log()).toContain(`https://smith.langchain.com/studio/?baseUrl=${encodeURIComponent(server.url)}`);
      expect(server.log()).toContain("with the graphs of the langgraph-sqlite-memory template (memory_agent, memory_maintenance)");

      const client = new Client({ apiUrl: server.url });
      // The server registers both graphs at start-up; the order it lists them in is not part of its API.
      expect((await client.assistants.search()).map((assistant) => assistant.graph_id).sort()).toEqual(["memory_agent", "memory_maintenance"]);
      const drawing = (await client.assistants.getGraph("memory_agent")) as { nodes: { id: string }[] };
      expect(drawing.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(["recall_memories", "answer", "extract_memories", "promote_memories", "prune_memories"]));

      // Real schemas, as the official server computes them (Studio's input and configuration forms).
      const schemas = await client.assistants.getSchemas("memory_agent");
      expect(Object.keys((schemas.state_schema as { properties: object }).properties)).toEqual(
        expect.arrayContaining(["messages", "recalledMemories", "memoryPrompt", "memoryReport", "extractedThrough"]),
      );
      expect(Object.keys((schemas.config_schema as { properties: object }).properties).sort()).toEqual(["extraction", "model", "orgId", "projectId", "userId"]);

      const thread = await client.threads.create();
      const recalled: string[] = [];
      for await (const chunk of client.runs.stream(thread.thread_id, "memory_agent", {
        input: { messages: [{ role: "user", content: "Which theme do I like? I prefer concise answers." }] },
        config: { configurable: ana },
        streamMode: "values",
      })) {
        const values = chunk.data as { recalledMemories?: { text: string }[] };
        if (chunk.event === "values" && values.recalledMemories) recalled.splice(0, recalled.length, ...values.recalledMemories.map((r) => r.text));
      }
      expect(recalled).toContain("Prefers dark mode");
      const state = await client.threads.getState<{ messages: { content: string }[] }>(thread.thread_id);
      expect(state.values.messages.at(-1)!.content).toContain("Prefers dark mode");
      const { items } = await client.store.searchItems(["memory", "org", "acme", "user", "ana"], { limit: 20 });
      expect(items.map((item) => item.value.text)).toEqual(expect.arrayContaining(["Prefers dark mode", "Answer style: they prefer concise answers"]));
    } finally {
      await server.stop();
    }

    // What the run wrote is in the file itself, for the agent in production to read.
    const saver = SqliteSaver.fromConnString(file);
    const threads = await collect(saver.listThreads());
    expect(threads).toHaveLength(1);
    expect(threads[0]!.checkpoints).toBeGreaterThan(4);
    saver.close();
    const store = SqliteStore.fromConnString(file);
    expect((await recall(store, ana)).map((record) => record.text).sort()).toEqual(["Answer style: they prefer concise answers", "Prefers dark mode"]);
    store.stop();
  }, 120_000);
});
