#!/usr/bin/env node
/**
 * `langgraph-memory`: inspect (and, for write commands, maintain) the
 * checkpoints and memories in a langgraph-sqlite-memory database file.
 * Read commands open the file read-only: they can never modify it.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../sqlite/database.js";
import { DatabaseOpenError, SchemaVersionError } from "../sqlite/errors.js";
import { startStudioServer, type StudioServerOptions } from "../studio/index.js";
import { COMMANDS, UsageError } from "./commands.js";
import { renderTable } from "./table.js";

const HELP = `usage: langgraph-memory <command> --db <file> [--json]

read commands (the file is opened read-only):
${["threads", "checkpoints", "state", "memories", "history", "export"].map((name) => `  ${COMMANDS[name]!.usage}`).join("\n")}

write commands:
${["prune", "forget", "import"].map((name) => `  ${COMMANDS[name]!.usage}`).join("\n")}

LangGraph Studio over the file (your langgraph.json's graphs, else the template's):
  studio [--config langgraph.json] [--port 2024] [--host 127.0.0.1]
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: "string" },
      json: { type: "boolean", default: false },
      user: { type: "string" },
      project: { type: "string" },
      org: { type: "string" },
      type: { type: "string" },
      all: { type: "boolean", default: false },
      port: { type: "string", default: "2024" },
      host: { type: "string", default: "127.0.0.1" },
      config: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [name, ...args] = positionals;
  if (values.help || name === undefined) {
    process.stdout.write(HELP);
    return name === undefined && !values.help ? 2 : 0;
  }
  if (values.db === undefined) throw new UsageError("--db <file> is required");
  if (name === "studio") return studio({ path: values.db, port: Number(values.port), host: values.host, config: values.config });
  const command = COMMANDS[name];
  if (command === undefined) throw new UsageError(`unknown command "${name}"`);
  let connection: Database.Database;
  try {
    // Never create a file by mistake; open read-only unless the command writes.
    connection = new Database(values.db, { readonly: !command.writes, fileMustExist: true });
  } catch (error) {
    throw new DatabaseOpenError(values.db, { cause: error });
  }
  const { db } = openDatabase(connection);
  try {
    const output = await command.run(db, args, values);
    if ("lines" in output) output.lines.forEach((line) => process.stdout.write(`${line}\n`));
    else process.stdout.write(`${values.json ? JSON.stringify(output.json, null, 2) : renderTable(output.columns, output.rows)}\n`);
    return 0;
  } finally {
    db.close();
  }
}

/** Serves Studio over the file until SIGINT or SIGTERM. */
async function studio(options: StudioServerOptions & { host: string }): Promise<number> {
  if (!existsSync(options.path)) throw new DatabaseOpenError(options.path, { cause: new Error("no such file") });
  if (!isLoopback(options.host)) {
    process.stderr.write(
      `langgraph-memory: WARNING: --host ${options.host} exposes every tenant's memories and threads in ${options.path} ` +
        `to anyone who can reach this address, with no authentication unless langgraph.json names an auth handler (auth.path).\n`,
    );
  }
  const server = await startStudioServer(options);
  process.stdout.write(`Serving ${options.path} with the graphs of ${server.source} (${server.graphs.join(", ")}) at ${server.url}\nOpen LangGraph Studio: ${server.studioUrl}\n`);
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
}

/** Whether a listening address is reachable only from this machine. */
function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof SchemaVersionError && error.found === -1
        ? `this file holds no ${error.table.startsWith("checkpoint") ? "checkpoints" : "memories"} written by langgraph-sqlite-memory`
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`langgraph-memory: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(HELP);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
