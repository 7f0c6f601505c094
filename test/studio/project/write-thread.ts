/** The user's own process: runs the writer graph on FILE (argv[2]) under thread argv[3], up to its review. */
import { SqliteSaver } from "../../../src/index.js";
import { buildWriter } from "./writer.js";

const [file, threadId] = process.argv.slice(2) as [string, string];
const saver = SqliteSaver.fromConnString(file);
await buildWriter(saver).invoke({ topic: "SQLite" }, { configurable: { thread_id: threadId } });
saver.close();
