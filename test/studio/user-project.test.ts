import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@langchain/langgraph-sdk";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver } from "../../src/index.js";
import { runScript } from "../support/child.js";
import { collect } from "../support/collect.js";
import { emptyDatabase, startStudio } from "./servers.js";

const project = join(import.meta.dirname, "project");
const dir = mkdtempSync(join(tmpdir(), "lsm-studio-project-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("langgraph-memory studio on the user's own langgraph.json", () => {
  it("lists a thread that the user's own process wrote into the file, with its status, values and interrupt, and resumes it", async () => {
    const file = join(dir, "writer.db");
    const threadId = "0193c2c4-7d35-7000-8000-00000000c0de";
    await runScript(join(project, "write-thread.ts"), [file, threadId]);

    const server = await startStudio(file, { cwd: project });
    try {
      expect(server.log()).toContain(`graphs of ${join(project, "langgraph.json")} (writer)`);
      const client = new Client({ apiUrl: server.url });
      expect((await client.assistants.search()).map((assistant) => assistant.graph_id)).toEqual(["writer"]);
      const threads = await client.threads.search({ limit: 10 });
      expect(threads.map((thread) => thread.thread_id)).toEqual([threadId]);
      const [thread] = threads;
      expect(thread!.status).toBe("interrupted");
      expect(thread!.metadata).toMatchObject({ graph_id: "writer" });
      expect(thread!.values).toEqual({ topic: "SQLite", draft: "A short note about SQLite." });
      expect(JSON.stringify(thread!.interrupts)).toContain("Publish this draft?");
      expect(await client.threads.count({ status: "interrupted" })).toBe(1);

      const state = await client.threads.getState<{ draft: string }>(threadId);
      expect(state.next).toEqual(["review"]);
      expect(state.values.draft).toBe("A short note about SQLite.");
      expect((await client.threads.getHistory(threadId)).length).toBeGreaterThan(2);

      // The user's process answers a second thread's review while the server runs: the list follows the file.
      const other = "0193c2c4-7d35-7000-8000-00000000beef";
      await runScript(join(project, "write-thread.ts"), [file, other]);
      expect((await client.threads.get(other)).status).toBe("interrupted");
      await runScript(join(project, "write-thread.ts"), [file, other, "approve"]);
      const answered = (await client.threads.search({ limit: 10 })).find((found) => found.thread_id === other);
      expect(answered?.status).toBe("idle");
      expect(answered?.values).toMatchObject({ approved: true });

      // Studio answers the interrupt; the run writes into the same file.
      await client.runs.wait(threadId, "writer", { command: { resume: true } });
      const after = await client.threads.get<{ approved: boolean }>(threadId);
      expect(after.status).toBe("idle");
      expect(after.values.approved).toBe(true);
    } finally {
      await server.stop();
    }
    const saver = SqliteSaver.fromConnString(file);
    const latest = await saver.getTuple({ configurable: { thread_id: threadId, checkpoint_ns: "" } });
    expect(latest!.checkpoint.channel_values.approved).toBe(true);
    saver.close();
  }, 90_000);

  it("refuses an unauthenticated request when langgraph.json names an auth handler, serves the authenticated one, and restricts CORS to http.cors", async () => {
    const server = await startStudio(emptyDatabase(join(dir, "auth.db")), { cwd: project, args: ["--config", "langgraph.auth.json"] });
    try {
      const search = (headers: Record<string, string>) =>
        fetch(`${server.url}/threads/search`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" });
      expect((await search({})).status).toBe(401);
      expect((await search({ "x-api-key": "wrong" })).status).toBe(401);
      expect((await search({ "x-api-key": "team-secret" })).status).toBe(200);
      // As on the official server, hosted Studio's header passes unless auth.disable_studio_auth is true (README).
      expect((await search({ "x-auth-scheme": "langsmith" })).status).toBe(200);
      const preflight = (origin: string) =>
        fetch(`${server.url}/threads/search`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
      expect((await preflight("http://allowed.example")).headers.get("access-control-allow-origin")).toBe("http://allowed.example");
      expect((await preflight("http://elsewhere.example")).headers.get("access-control-allow-origin")).toBeNull();
      const client = new Client({ apiUrl: server.url, defaultHeaders: { "x-api-key": "team-secret" } });
      expect((await client.threads.create()).thread_id).toEqual(expect.any(String));
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("serves TypeScript graphs of a CommonJS project, as the dev server's tsx does, and leaves no checkpoints of stateless runs", async () => {
    const file = emptyDatabase(join(dir, "cjs.db"));
    const server = await startStudio(file, { cwd: join(import.meta.dirname, "project-cjs") });
    try {
      const client = new Client({ apiUrl: server.url });
      expect(await client.runs.wait(null, "greeter", { input: { name: "Ana" } })).toEqual({ name: "Ana", greeting: "Hello, Ana" });
      const streamed = [];
      for await (const chunk of client.runs.stream(null, "greeter", { input: { name: "Ben" }, streamMode: "values" })) streamed.push(chunk.event);
      expect(streamed).toContain("values");
    } finally {
      await server.stop();
    }
    const saver = SqliteSaver.fromConnString(file);
    expect(await collect(saver.listThreads())).toEqual([]);
    saver.close();
  }, 60_000);

  it("warns that a non-loopback --host exposes every tenant's memory", async () => {
    const server = await startStudio(emptyDatabase(join(dir, "host.db")), { cwd: project, args: ["--host", "0.0.0.0"] });
    try {
      expect(server.log()).toMatch(/WARNING: --host 0\.0\.0\.0 exposes every tenant's memories/);
      expect((await fetch(`${server.url}/ok`)).status).toBe(200);
    } finally {
      await server.stop();
    }
    const quiet = await startStudio(join(dir, "host.db"), { cwd: project });
    await quiet.stop();
    expect(quiet.log()).not.toContain("WARNING");
  }, 60_000);
});
