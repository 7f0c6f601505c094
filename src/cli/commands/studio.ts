import { existsSync } from "node:fs";
import { DatabaseOpenError } from "../../sqlite/errors.js";
import { defineCommand, UsageError } from "../command.js";

/** `studio`: LangGraph Studio's API over the file, until SIGINT or SIGTERM. */
export const studio = defineCommand({
  group: "project",
  summary: "Serve the template graphs over the file to LangGraph Studio (needs @langchain/langgraph-api and @hono/node-server).",
  positionals: [],
  options: {
    db: { type: "string", value: "file", required: true, description: "the database file (never created)" },
    port: { type: "string", value: "port", default: "2024", description: "the loopback port to listen on" },
  },
  async run(_args, values) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a port number, got "${values.port}"`);
    if (!existsSync(values.db)) throw new DatabaseOpenError(values.db, { cause: new Error("no such file") });
    const { startStudioServer } = await import("../../studio/index.js");
    const server = await startStudioServer({ path: values.db, port });
    process.stdout.write(`Serving ${values.db} at ${server.url}\nOpen LangGraph Studio: ${server.studioUrl}\n`);
    await new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    return 0;
  },
});
