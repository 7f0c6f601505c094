import { openDatabase, type SqliteDatabase } from "../sqlite/database.js";
import { defineCommand, type Command, type CommandGroup, type OptionSpecs, type OptionValues } from "./command.js";
import { renderTable } from "./table.js";

/**
 * What a database command prints: a table (or JSON with `--json`), or raw
 * lines; and notes for the person at the terminal, on stderr.
 */
export type CommandOutput = ({ columns: string[]; rows: (string | number)[][]; json: unknown } | { lines: string[] }) & { notes?: string[] };

/** The options every database command takes. */
const DATABASE_OPTIONS = {
  db: { type: "string", value: "file", required: true, description: "the database file (never created)" },
  json: { type: "boolean", description: "print JSON instead of a table" },
} as const satisfies OptionSpecs;

/** A command that works on a database file: what it reads or writes, given the open file. */
export interface DatabaseCommandSpec<O extends OptionSpecs> {
  group: CommandGroup;
  summary: string;
  positionals: string[];
  options: O;
  /** Whether the command writes: otherwise the file is opened read-only and can never be modified. */
  writes: boolean;
  query(db: SqliteDatabase, args: string[], values: OptionValues<O>): Promise<CommandOutput>;
}

/**
 * A command over the file `--db` names: opens it (read-only unless the
 * command writes; a missing file is an error, never created), runs the
 * query, prints its output and closes the file.
 */
export function databaseCommand<const O extends OptionSpecs>(spec: DatabaseCommandSpec<O>): Command<typeof DATABASE_OPTIONS & O> {
  return defineCommand({
    group: spec.group,
    summary: spec.summary,
    positionals: spec.positionals,
    options: { ...DATABASE_OPTIONS, ...spec.options },
    async run(args, values) {
      const { db: path, json } = values as OptionValues<typeof DATABASE_OPTIONS>;
      // Read-only commands also open a file on read-only media (openDatabase falls back to a copy).
      const { db } = openDatabase(path, { readonly: !spec.writes, fileMustExist: true });
      try {
        const output = await spec.query(db, args, values as OptionValues<O>);
        if ("lines" in output) output.lines.forEach((line) => process.stdout.write(`${line}\n`));
        else process.stdout.write(`${json ? JSON.stringify(output.json, null, 2) : renderTable(output.columns, output.rows)}\n`);
        output.notes?.forEach((note) => process.stderr.write(`langgraph-memory: ${note}\n`));
        return 0;
      } finally {
        db.close();
      }
    },
  });
}
