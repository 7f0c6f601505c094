import { readFileSync } from "node:fs";
import { forget as forgetOwner, importMemories, orgsHolding, prune as pruneAll, type ForgetTarget } from "../../memory/index.js";
import { SqliteStore } from "../../store/index.js";
import { UsageError, type OptionValues } from "../command.js";
import { databaseCommand } from "../database-command.js";
import { OWNER_OPTIONS } from "./owner.js";

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

/** `forget`: deletes every memory of one owner path. */
export const forget = databaseCommand({
  group: "write",
  summary: [
    "Delete every memory, live and superseded, of one user or project within an org, or of a whole org.",
    "Without --org, the one org that holds the user (project) id is taken; when several do, forget refuses and names them.",
    '--org "" means outside every org.',
  ].join("\n"),
  positionals: [],
  options: OWNER_OPTIONS,
  writes: true,
  async query(db, _args, values) {
    const store = new SqliteStore({ db });
    const result = await forgetOwner(store, await forgetTarget(store, values));
    return { columns: ["deleted", "namespaces"], rows: [[result.deleted, result.namespaces]], json: result };
  },
});

/** The owner path `forget` deletes, from the owner options (see the command's summary). */
async function forgetTarget(store: SqliteStore, { user, project, org }: OptionValues<typeof OWNER_OPTIONS>): Promise<ForgetTarget> {
  if (user !== undefined && project !== undefined) throw new UsageError("forget takes --user or --project, not both");
  if (user === undefined && project === undefined) {
    if (org === undefined || org === "") throw new UsageError("forget takes --user, --project or --org");
    return { orgId: org };
  }
  const id = user !== undefined ? { userId: user } : { projectId: project! };
  if (org !== undefined) return org === "" ? id : { ...id, orgId: org };
  const orgs = await orgsHolding(store, id);
  if (orgs.length > 1) {
    const names = orgs.map((name) => (name === null ? '"" (no org)' : name)).join(", ");
    throw new UsageError(`${user !== undefined ? "user" : "project"} "${user ?? project}" has memories under several orgs (${names}): pass --org`);
  }
  return orgs[0] === null || orgs[0] === undefined ? id : { ...id, orgId: orgs[0] };
}

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
