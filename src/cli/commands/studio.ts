import { existsSync } from "node:fs";
import { DatabaseOpenError } from "../../sqlite/errors.js";
import { defineCommand, UsageError } from "../command.js";

/** `studio`: LangGraph Studio's API over the file, until SIGINT or SIGTERM. */
export const studio = defineCommand({
  group: "project",
  summary: "Serve your langgraph.json's graphs (else the template's) over the file to LangGraph Studio (needs @langchain/langgraph-api).",
  positionals: [],
  options: {
    db: { type: "string", value: "file", required: true, description: "the database file (never created)" },
    config: { type: "string", value: "langgraph.json", description: "the project whose graphs to serve (default: ./langgraph.json, else the template graphs)" },
    port: { type: "string", value: "port", default: "2024", description: "the port to listen on" },
    host: { type: "string", value: "address", default: "127.0.0.1", description: "the address to listen on (loopback by default)" },
  },
  async run(_args, values) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a port number, got "${values.port}"`);
    if (!existsSync(values.db)) throw new DatabaseOpenError(values.db, { cause: new Error("no such file") });
    const host = values.host;
    if (!isLoopback(host)) {
      process.stderr.write(
        `langgraph-memory: WARNING: --host ${host} exposes every tenant's memories and threads in ${values.db} ` +
          `to anyone who can reach this address, with no authentication unless langgraph.json names an auth handler (auth.path).\n`,
      );
    }
    const { startStudioServer } = await import("../../studio/index.js");
    const server = await startStudioServer({ path: values.db, port, host, ...(values.config === undefined ? {} : { config: values.config }) });
    process.stdout.write(
      `Serving ${values.db} with the graphs of ${server.source} (${server.graphs.join(", ")}) at ${server.url}\nOpen LangGraph Studio: ${server.studioUrl}\n`,
    );
    await new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await server.close();
    return 0;
  },
});

/** Whether a listening address is reachable only from this machine. */
function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
