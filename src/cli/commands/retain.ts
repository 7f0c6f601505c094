import { SqliteSaver } from "../../checkpoint/index.js";
import { UsageError } from "../command.js";
import { databaseCommand } from "../database-command.js";

/** `retain`: keeps only the newest checkpoints of every thread (session state that does not grow without bound). */
export const retain = databaseCommand({
  group: "write",
  summary: [
    "Keep only the newest --keep-last checkpoints of every thread and namespace (the ancestors a DeltaChannel",
    "replays from stay), deleting the older ones with the writes and channel values nothing references any more.",
  ].join("\n"),
  positionals: [],
  options: {
    "keep-last": { type: "string", value: "n", required: true, description: "how many checkpoints each thread keeps (at least 1)" },
  },
  writes: true,
  async query(db, _args, values) {
    const keepLast = Number(values["keep-last"]);
    if (!Number.isInteger(keepLast) || keepLast < 1) throw new UsageError(`--keep-last must be a whole number of at least 1, got "${values["keep-last"]}"`);
    const report = await new SqliteSaver(db).applyRetention({ keepLast });
    return { columns: ["threads", "checkpoints", "writes", "blobs"], rows: [[report.threads, report.checkpoints, report.writes, report.blobs]], json: report };
  },
});
