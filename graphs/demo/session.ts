/**
 * One process's conversation with the template agent over a database (a
 * SQLite path, or any URL `createMemoryBackend` takes):
 * `session.ts <db> <userId> <threadId> [--org id] [--project id] <message>...`
 * Prints one JSON line per turn: the reply, what was recalled, what promote did.
 */
import { HumanMessage } from "@langchain/core/messages";
import { createMemoryBackend } from "../../src/index.js";
import { buildMemoryAgent } from "../memory_agent.js";

/** What one turn did, as the demo prints it and the tests read it. */
export interface TurnReport {
  said: string;
  reply: string;
  recalled: string[];
  promotion: { outcome: string; key: string; reason?: string }[];
}

const [file, userId, threadId, ...rest] = process.argv.slice(2);
if (!file || !userId || !threadId) {
  console.error("usage: session.ts <db> <userId> <threadId> [--org id] [--project id] <message>...");
  process.exit(2);
}
const options: Record<string, string> = {};
const messages: string[] = [];
for (let i = 0; i < rest.length; i += 1) {
  if (rest[i] === "--org" || rest[i] === "--project") options[rest[i]!.slice(2)] = rest[(i += 1)]!;
  else messages.push(rest[i]!);
}

const backend = await createMemoryBackend(file);
const agent = buildMemoryAgent({ checkpointer: backend.checkpointer, store: backend.store });
const config = {
  configurable: { thread_id: threadId, userId, ...(options.org ? { orgId: options.org } : {}), ...(options.project ? { projectId: options.project } : {}) },
};
for (const said of messages) {
  const state = await agent.invoke({ messages: [new HumanMessage(said)] }, config);
  const report: TurnReport = {
    said,
    reply: state.messages.at(-1)!.text,
    recalled: state.recalledMemories.map((record) => record.text),
    promotion: (state.memoryReport.promotion?.entries ?? []).map(({ outcome, key, reason }) => ({ outcome, key, ...(reason ? { reason } : {}) })),
  };
  console.log(JSON.stringify(report));
}
await backend.close();
