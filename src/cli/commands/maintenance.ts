import { readFileSync } from "node:fs";
import { forget as forgetOwner, importMemories, prune as pruneAll } from "../../memory/index.js";
import { SqliteStore } from "../../store/index.js";
import { UsageError } from "../command.js";
import { databaseCommand } from "../database-command.js";
import { OWNER_OPTIONS, ownerOf } from "./owner.js";

/** `prune`: applies expiry, supersede and caps to every memory namespace. */
export const prune = databaseCommand({
  group: "write",
  summary: "Delete expired records, old superseded versions and records over the caps, in every memory namespace.",
  positionals: [],
  options: {},
  writes: true,
  async query(db) {
    const report = await pruneAll(new SqliteStore({ db }), "all");
    return { columns: ["expired", "superseded", "capped", "namespaces"], rows: [[report.expired, report.superseded, report.capped, report.namespaces]], json: report };
  },
});

/** `forget`: deletes every memory of one owner. */
export const forget = databaseCommand({
  group: "write",
  summary: "Delete every memory, live and superseded, of one user, project or organisation: exactly one of --user, --project, --org.",
  positionals: [],
  options: OWNER_OPTIONS,
  writes: true,
  async query(db, _args, values) {
    const given = Object.entries(ownerOf(values)).filter(([, value]) => value !== undefined);
    if (given.length !== 1) throw new UsageError("forget takes exactly one of --user, --project, --org");
    const result = await forgetOwner(new SqliteStore({ db }), Object.fromEntries(given) as Parameters<typeof forgetOwner>[1]);
    return { columns: ["deleted", "namespaces"], rows: [[result.deleted, result.namespaces]], json: result };
  },
});

/** `import <file.jsonl>`: restores memories written by `export`. */
export const importCommand = databaseCommand({
  group: "write",
  summary: "Import memories from JSON Lines written by export; an invalid line imports nothing.",
  positionals: ["<file.jsonl>"],
  options: {},
  writes: true,
  async query(db, [file]) {
    const result = await importMemories(new SqliteStore({ db }), readFileSync(file!, "utf8"));
    return { columns: ["live", "superseded"], rows: [[result.live, result.superseded]], json: result };
  },
});
