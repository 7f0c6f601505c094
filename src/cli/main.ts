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
import { startStudioServer } from "../studio/index.js";
import { COMMANDS, UsageError } from "./commands.js";
import { renderTable } from "./table.js";

const HELP = `usage: langgraph-memory <command> --db <file> [--json]

read commands (the file is opened read-only):
${["threads", "checkpoints", "state", "memories", "history", "export"].map((name) => `  ${COMMANDS[name]!.usage}`).join("\n")}

write commands:
${["prune", "forget", "import", "migrate"].map((name) => `  ${COMMANDS[name]!.usage}`).join("\n")}

LangGraph Studio over the file (the template graphs, their threads and memories):
  studio [--port 2024]
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
      from: { type: "string" },
      to: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [name, ...args] = positionals;
  if (values.help || name === undefined) {
    process.stdout.write(HELP);
    return name === undefined && !values.help ? 2 : 0;
  }
  if (values.db === undefined) throw new UsageError("--db <file> is required");
  if (name === "studio") return studio(values.db, Number(values.port));
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
async function studio(path: string, port: number): Promise<number> {
  if (!existsSync(path)) throw new DatabaseOpenError(path, { cause: new Error("no such file") });
  const server = await startStudioServer({ path, port });
  process.stdout.write(`Serving ${path} at ${server.url}\nOpen LangGraph Studio: ${server.studioUrl}\n`);
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.close();
  return 0;
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
