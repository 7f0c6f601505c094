import { migrateFromOfficialSqlite } from "../../checkpoint/index.js";
import { UsageError } from "../command.js";
import { databaseCommand } from "../database-command.js";

/** The savers `migrate --from` copies from. */
const SOURCES = ["official-sqlite"] as const;

/**
 * `migrate --from official-sqlite [--to <file>]`: copies the threads that the
 * official `@langchain/langgraph-checkpoint-sqlite` saver wrote in the file
 * into SqliteSaver's tables, in the same file or in `--to`. Idempotent: a
 * second run copies nothing twice.
 */
export const migrate = databaseCommand({
  group: "write",
  summary: [
    "Copy the threads, checkpoints and pending writes that the official @langchain/langgraph-checkpoint-sqlite saver",
    "wrote in the file into SqliteSaver's tables (its own tables are only read). Running it again copies nothing twice.",
  ].join("\n"),
  positionals: [],
  options: {
    from: { type: "string", value: SOURCES.join("|"), required: true, description: "the saver that wrote the threads" },
    to: { type: "string", value: "file", description: "copy into this file (created if missing) instead of --db" },
  },
  writes: true,
  async query(db, _args, values) {
    if (!SOURCES.some((source) => source === values.from)) throw new UsageError(`--from must be ${SOURCES.join(" or ")}, got "${values.from}"`);
    const report = await migrateFromOfficialSqlite({ from: db, to: values.to });
    const { checkpoints, writes } = report;
    return {
      columns: ["threads", "checkpoints copied", "checkpoints already there", "writes copied", "writes already there", "renamed versions"],
      rows: [[report.threads, checkpoints.copied, checkpoints.alreadyPresent, writes.copied, writes.alreadyPresent, report.renamedVersions.length]],
      json: report,
    };
  },
});
