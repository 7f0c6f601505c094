import { readFileSync } from "node:fs";
import type { BaseMessage } from "@langchain/core/messages";
import { SqliteSaver } from "../checkpoint/index.js";
import {
  exactItems,
  exportMemories,
  forget,
  fromStoredValue,
  history,
  importMemories,
  namespacesOf,
  orgsHolding,
  ownedBy,
  parseIdentity,
  parseNamespace,
  prune,
  type ForgetTarget,
  type MemoryRecord,
  type OwnerFilter,
} from "../memory/index.js";
import type { SqliteDatabase } from "../sqlite/database.js";
import { SqliteStore } from "../store/index.js";
import { MIGRATION_SOURCES, migrate } from "./migrate.js";

/** What a command prints: a table (or JSON with `--json`), or raw lines. */
export type CommandOutput = { columns: string[]; rows: (string | number)[][]; json: unknown } | { lines: string[] };

/** The options every command may read. */
export interface CommandOptions {
  user?: string;
  project?: string;
  org?: string;
  type?: string;
  all?: boolean;
  from?: string;
  to?: string;
}

/** A command: whether it writes, and what it does. */
export interface Command {
  writes: boolean;
  usage: string;
  run(db: SqliteDatabase, args: string[], options: CommandOptions): Promise<CommandOutput>;
}

const saverOn = (db: SqliteDatabase) => new SqliteSaver(db);
const storeOn = (db: SqliteDatabase) => new SqliteStore({ db });

function required(args: string[], name: string): string {
  if (args[0] === undefined) throw new UsageError(`missing <${name}>`);
  return args[0];
}

function owner(options: CommandOptions): OwnerFilter {
  return { userId: options.user, projectId: options.project, orgId: options.org };
}

/**
 * The owner path `forget` deletes: a user or project is named within an org.
 * Without `--org`, the one org that holds the id is taken; when several do,
 * the command refuses and names them. `--org ""` means outside every org.
 */
async function forgetTarget(store: SqliteStore, options: CommandOptions): Promise<ForgetTarget> {
  const { user, project, org } = options;
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

/** Raised for a command line that does not fit the command. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Every command of the inspector, by name. */
export const COMMANDS: Record<string, Command> = {
  migrate: {
    writes: true,
    usage: `migrate --from ${MIGRATION_SOURCES.join("|")} [--to <file>]`,
    async run(db, _args, options) {
      if (!MIGRATION_SOURCES.some((source) => source === options.from)) throw new UsageError(`--from must be ${MIGRATION_SOURCES.join(" or ")}`);
      return migrate(db, options.to);
    },
  },
  threads: {
    writes: false,
    usage: "threads",
    async run(db) {
      const rows: (string | number)[][] = [];
      const json = [];
      for await (const thread of saverOn(db).listThreads()) {
        rows.push([thread.threadId, thread.checkpoints, thread.latestCheckpointId]);
        json.push(thread);
      }
      return { columns: ["thread", "checkpoints", "latest checkpoint"], rows, json };
    },
  },
  checkpoints: {
    writes: false,
    usage: "checkpoints <thread>",
    async run(db, args) {
      const json = [];
      for await (const tuple of saverOn(db).list({ configurable: { thread_id: required(args, "thread") } })) {
        json.push({
          checkpointId: tuple.checkpoint.id,
          namespace: tuple.config.configurable?.checkpoint_ns ?? "",
          step: tuple.metadata?.step,
          source: tuple.metadata?.source,
          parent: tuple.parentConfig?.configurable?.checkpoint_id ?? null,
          pendingWrites: tuple.pendingWrites?.length ?? 0,
        });
      }
      const rows = json.map((c) => [c.checkpointId, c.namespace, c.step ?? "", c.source ?? "", c.parent ?? "", c.pendingWrites]);
      return { columns: ["checkpoint", "namespace", "step", "source", "parent", "writes"], rows, json };
    },
  },
  state: {
    writes: false,
    usage: "state <thread>",
    async run(db, args) {
      const tuple = await saverOn(db).getTuple({ configurable: { thread_id: required(args, "thread") } });
      if (tuple === undefined) throw new UsageError(`no thread "${args[0]}" in this file`);
      const values = tuple.checkpoint.channel_values;
      const rows = Object.entries(values).map(([channel, value]) => [channel, preview(value)]);
      return { columns: ["channel", "value"], rows, json: { checkpointId: tuple.checkpoint.id, values } };
    },
  },
  memories: {
    writes: false,
    usage: "memories [--user id] [--project id] [--org id] [--type type] [--all]",
    async run(db, _args, options) {
      const store = storeOn(db);
      const now = Date.now();
      const records: (MemoryRecord & { status: string })[] = [];
      for await (const namespace of namespacesOf(store, "all")) {
        const parts = parseNamespace(namespace)!;
        if (!ownedBy(parts, owner(options)) || (parts.kind === "history" && !options.all)) continue;
        for (const item of await exactItems(store, namespace)) {
          const record = fromStoredValue(item.value);
          if (record === undefined || (options.type !== undefined && record.memoryType !== options.type)) continue;
          const expired = record.expiresAt !== null && Date.parse(record.expiresAt) <= now;
          const status = parts.kind === "history" ? (record.supersededBy === null ? "version" : "superseded") : expired ? "expired" : "live";
          if (status === "version" || (status === "expired" && !options.all)) continue;
          records.push({ ...record, status });
        }
      }
      const rows = records.map((r) => [r.scope, r.userId ?? r.projectId ?? r.orgId ?? "-", r.key, r.memoryType, r.text, r.confidence, r.status, r.lastVerifiedAt]);
      return { columns: ["scope", "owner", "key", "type", "text", "confidence", "status", "verified"], rows, json: records };
    },
  },
  history: {
    writes: false,
    usage: "history <key> --user id [--org id] [--project id]",
    async run(db, args, options) {
      const key = required(args, "key");
      const records = await history(storeOn(db), parseIdentity({ userId: options.user, orgId: options.org, projectId: options.project }), key);
      const rows = records.map((r) => [r.createdAt, r.scope, r.text, r.supersededBy === null ? "live" : `superseded by ${r.supersededBy}`]);
      return { columns: ["created", "scope", "text", "status"], rows, json: records };
    },
  },
  export: {
    writes: false,
    usage: "export [--user id [--org id] [--project id]]",
    async run(db, _args, options) {
      const target = options.user === undefined ? "all" : parseIdentity({ userId: options.user, orgId: options.org, projectId: options.project });
      const lines: string[] = [];
      for await (const line of exportMemories(storeOn(db), target)) lines.push(line);
      return { lines };
    },
  },
  prune: {
    writes: true,
    usage: "prune",
    async run(db) {
      const report = await prune(storeOn(db), "all");
      return { columns: ["expired", "superseded", "capped", "namespaces"], rows: [[report.expired, report.superseded, report.capped, report.namespaces]], json: report };
    },
  },
  forget: {
    writes: true,
    usage: 'forget (--user id | --project id) [--org id | --org ""] | --org id',
    async run(db, _args, options) {
      const store = storeOn(db);
      const result = await forget(store, await forgetTarget(store, options));
      return { columns: ["deleted", "namespaces"], rows: [[result.deleted, result.namespaces]], json: result };
    },
  },
  import: {
    writes: true,
    usage: "import <file.jsonl>",
    async run(db, args) {
      const result = await importMemories(storeOn(db), readFileSync(required(args, "file.jsonl"), "utf8"));
      return { columns: ["live", "superseded"], rows: [[result.live, result.superseded]], json: result };
    },
  },
};

function preview(value: unknown): string {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof (item as BaseMessage)?.getType === "function")) {
    const last = value.at(-1) as BaseMessage | undefined;
    return `${value.length} messages${last ? `, last (${last.getType()}): ${last.text}` : ""}`;
  }
  return JSON.stringify(value) ?? String(value);
}
