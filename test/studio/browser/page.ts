/**
 * A third-party web page (served from another origin than the studio server) that talks to
 * the server with @langchain/langgraph-sdk in the browser, as agent-chat-ui or hosted Studio
 * do. Bundled by the browser test; reports into #result and `window.studioResult`.
 */
import { Client } from "@langchain/langgraph-sdk";

// The two browser globals the page uses (the project compiles without the DOM library).
declare const location: { search: string };
declare const document: { getElementById(id: string): { textContent: string | null } | null };

const apiUrl = new URLSearchParams(location.search).get("api")!;
const output = document.getElementById("result")!;

async function run() {
  const client = new Client({ apiUrl });
  const thread = await client.threads.create({ metadata: { from: "browser" } });
  const events: string[] = [];
  for await (const chunk of client.runs.stream(thread.thread_id, "memory_agent", {
    input: { messages: [{ role: "user", content: "I prefer dark mode." }] },
    config: { configurable: { userId: "browser-user", orgId: "web", projectId: "page" } },
    streamMode: "values",
  })) {
    events.push(chunk.event);
  }
  const history = await client.threads.getHistory(thread.thread_id);
  const { items } = await client.store.searchItems(["memory", "org", "web"], { limit: 20 });
  return {
    threadId: thread.thread_id,
    events: [...new Set(events)],
    historyLength: history.length,
    memories: items.map((item) => (item.value as { text?: string }).text).filter(Boolean),
  };
}

run().then(
  (result) => {
    output.textContent = JSON.stringify(result, null, 2);
    Object.assign(globalThis, { studioResult: { ok: true, ...result } });
  },
  (error: unknown) => {
    output.textContent = `failed: ${String(error)}`;
    Object.assign(globalThis, { studioResult: { ok: false, error: String(error) } });
  },
);
