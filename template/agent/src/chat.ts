/**
 * One turn of a conversation from the command line:
 *   npm run chat -- --user ana --thread monday "I prefer dark mode."
 * Each run is a new process; the memory is in the SQLite file.
 */
import { parseArgs } from "node:util";
import { HumanMessage } from "@langchain/core/messages";
import { checkpointer, graph, store } from "./graph.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    user: { type: "string", default: "me" },
    org: { type: "string" },
    project: { type: "string" },
    thread: { type: "string", default: "main" },
    model: { type: "string" },
    json: { type: "boolean", default: false },
  },
});
const text = positionals.join(" ");
if (text === "") {
  console.error('usage: npm run chat -- [--user id] [--org id] [--project id] [--thread id] [--model offline|openai:<model>|anthropic:<model>] [--json] "message"');
  process.exit(2);
}

const result = await graph.invoke(
  { messages: [new HumanMessage(text)] },
  { configurable: { thread_id: values.thread, userId: values.user, orgId: values.org, projectId: values.project, model: values.model } },
);
const reply = result.messages.at(-1)?.text ?? "";
const recalled = result.recalledMemories.map((memory) => memory.text);
const written = (result.memoryReport.promotion?.entries ?? []).map((entry) => `${entry.outcome} ${entry.key}`);
if (values.json) console.log(JSON.stringify({ reply, recalled, written }));
else console.log([reply, `recalled: ${recalled.join("; ") || "(nothing)"}`, `memory: ${written.join("; ") || "(no change)"}`].join("\n"));
checkpointer.close();
store.close();
