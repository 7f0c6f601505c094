import { migrateFromOfficialSqlite } from "../checkpoint/index.js";
import type { SqliteDatabase } from "../sqlite/database.js";

/** The savers `migrate --from` copies from. */
export const MIGRATION_SOURCES = ["official-sqlite"] as const;

/**
 * `migrate --from official-sqlite [--to <file>]`: copies the threads that the
 * official `@langchain/langgraph-checkpoint-sqlite` saver wrote in the `--db`
 * file into SqliteSaver's tables, in the same file or in `to`. Idempotent:
 * a second run copies nothing twice.
 */
export async function migrate(db: SqliteDatabase, to: string | undefined) {
  const report = await migrateFromOfficialSqlite({ from: db, to });
  const { checkpoints, writes } = report;
  return {
    columns: ["threads", "checkpoints copied", "checkpoints already there", "writes copied", "writes already there", "renamed versions"],
    rows: [[report.threads, checkpoints.copied, checkpoints.alreadyPresent, writes.copied, writes.alreadyPresent, report.renamedVersions.length]],
    json: report,
  };
}
