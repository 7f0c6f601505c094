/**
 * The user's own process: runs the writer graph on FILE (argv[2]) under thread argv[3], up to
 * its review, or, with "approve" (argv[4]), answers the review.
 */
import { Command } from "@langchain/langgraph";
import { SqliteSaver } from "../../../src/index.js";
import { buildWriter } from "./writer.js";

const [file, threadId, action] = process.argv.slice(2) as [string, string, string | undefined];
const saver = SqliteSaver.fromConnString(file);
const writer = buildWriter(saver);
const config = { configurable: { thread_id: threadId } };
if (action === "approve") await writer.invoke(new Command({ resume: true }), config);
else await writer.invoke({ topic: "SQLite" }, config);
saver.close();
