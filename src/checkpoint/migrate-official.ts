import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { JsonPlusSerializer, type Checkpoint, type CheckpointMetadata, type SerializerProtocol } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { z } from "zod/v4";
import { openDatabase, type SqliteDatabase } from "../sqlite/database.js";
import { DatabaseOpenError } from "../sqlite/errors.js";
import { SqliteSaver } from "./saver.js";
import { CheckpointStatements } from "./statements.js";

/** An open better-sqlite3 connection, as `from` and `to` take it (an interface, so declarations can name it). */
export interface MigrationConnection extends Database.Database {}

/** `z.custom`, not `z.instanceof`: the declarations we ship must compile with zod 3.25's `zod/v4` too. */
const DatabaseSchema = z.custom<MigrationConnection>((value) => value instanceof Database, "expected an open better-sqlite3 Database");
const SaverSchema = z.custom<SqliteSaver>((value) => value instanceof SqliteSaver, "expected a SqliteSaver");

/** Options of {@link migrateFromOfficialSqlite}. */
export const OfficialMigrationOptionsSchema = z
  .object({
    /** The file (or an open connection) holding the official saver's `checkpoints` and `writes` tables. */
    from: z.union([z.string().min(1), DatabaseSchema]),
    /** Where to copy to: a `SqliteSaver`, a file or a connection; by default the same file as `from`. */
    to: z.union([z.string().min(1), DatabaseSchema, SaverSchema]).optional(),
    /** The serializer the official saver wrote with: LangGraph's default JSON serializer unless you gave it another. */
    serde: z.custom<SerializerProtocol>((value) => typeof (value as SerializerProtocol | null)?.loadsTyped === "function").optional(),
  })
  .strict();

/** Options of {@link migrateFromOfficialSqlite}, as passed. */
export type OfficialMigrationOptions = z.input<typeof OfficialMigrationOptionsSchema>;

/**
 * A channel version renamed on a forked branch. The official saver numbers
 * versions 1, 2, 3…, so two branches forked from one checkpoint can give the
 * same version of a channel different values; `SqliteSaver` stores a value
 * once per version, so the later branch's version becomes `to` (between
 * `from` and the next whole number, which orders exactly like `from` against
 * every other version) in that checkpoint and its descendants.
 */
export interface RenamedVersion {
  threadId: string;
  checkpointNs: string;
  /** The first checkpoint of the branch that got the new version. */
  checkpointId: string;
  channel: string;
  from: number;
  to: number;
}

/** What {@link migrateFromOfficialSqlite} did. */
export interface OfficialMigrationReport {
  /** Threads found in the official tables. */
  threads: number;
  /** Checkpoints copied by this run, and those already copied before. */
  checkpoints: { copied: number; alreadyPresent: number };
  /** Pending writes copied by this run, and those already copied before. */
  writes: { copied: number; alreadyPresent: number };
  renamedVersions: RenamedVersion[];
}

/** Raised when the source holds no official saver tables, or a fork cannot be copied without loss. */
export class OfficialMigrationError extends Error {
  override name = "OfficialMigrationError";
}

/** A row of the official saver's `checkpoints` table. */
interface OfficialCheckpointRow {
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  type: string | null;
  checkpoint: Uint8Array | string;
  metadata: Uint8Array | string;
}

/** A row of the official saver's `writes` table. */
interface OfficialWriteRow {
  checkpoint_id: string;
  task_id: string;
  idx: number;
  channel: string;
  type: string | null;
  value: Uint8Array | null;
}

/** Renamed versions in force on a branch: channel → (official version → stored version). */
type Renames = Map<string, Map<string, number>>;

/**
 * Copies every thread, checkpoint and pending write that the official
 * `@langchain/langgraph-checkpoint-sqlite` saver wrote (its `checkpoints` and
 * `writes` tables) into `SqliteSaver`'s tables, on the same file or another:
 *
 * ```ts
 * const report = await migrateFromOfficialSqlite({ from: "./agent.db" });
 * const checkpointer = SqliteSaver.fromConnString("./agent.db"); // sees the old threads
 * ```
 *
 * - Lossless: each checkpoint is read back by `SqliteSaver` as the official
 *   saver reads it (values, metadata, parents, pending writes, subgraph
 *   namespaces), except on forked branches whose channel versions collide,
 *   which are renamed as {@link RenamedVersion} says and reported.
 * - Idempotent and resumable: checkpoints and writes already copied are
 *   skipped, so running it twice copies nothing twice, and a run that was
 *   interrupted continues where it stopped.
 * - The official tables are read only, never changed; drop them when you no
 *   longer need them.
 *
 * @throws OfficialMigrationError when `from` has no official saver tables.
 */
export async function migrateFromOfficialSqlite(options: OfficialMigrationOptions): Promise<OfficialMigrationReport> {
  const { from, to, serde = new JsonPlusSerializer() } = OfficialMigrationOptionsSchema.parse(options);
  const source = typeof from === "string" ? openExisting(from) : openDatabase(from);
  try {
    const tables = source.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('checkpoints', 'writes')")
      .all() as { name: string }[];
    if (tables.length < 2) {
      throw new OfficialMigrationError(
        `${typeof from === "string" ? from : "the source database"} has no tables of the official SQLite saver ` +
          `(checkpoints and writes); found ${tables.length === 0 ? "neither" : `only ${tables[0]!.name}`}.`,
      );
    }
    const target =
      to instanceof SqliteSaver
        ? { saver: to, owned: false }
        : to === undefined || (typeof to === "string" && typeof from === "string" && resolve(to) === resolve(from))
          ? { saver: new SqliteSaver(source.db), owned: false }
          : { saver: new SqliteSaver(to), owned: true };
    try {
      return await copyAll(source.db, target.saver, serde);
    } finally {
      if (target.owned) target.saver.close();
    }
  } finally {
    if (source.owned) source.db.close();
  }
}

/** Opens a file that must already exist: a migration never creates its source. */
function openExisting(path: string) {
  let connection: Database.Database;
  try {
    connection = new Database(path, { fileMustExist: true });
  } catch (error) {
    throw new DatabaseOpenError(path, { cause: error });
  }
  return { ...openDatabase(connection), owned: true };
}

async function copyAll(source: SqliteDatabase, saver: SqliteSaver, serde: SerializerProtocol): Promise<OfficialMigrationReport> {
  await saver.setup();
  const statements = new CheckpointStatements(saver.db);
  const report: OfficialMigrationReport = {
    threads: 0,
    checkpoints: { copied: 0, alreadyPresent: 0 },
    writes: { copied: 0, alreadyPresent: 0 },
    renamedVersions: [],
  };
  const namespaces = source
    .prepare(
      `SELECT thread_id, checkpoint_ns FROM checkpoints UNION SELECT thread_id, checkpoint_ns FROM writes
       ORDER BY thread_id, checkpoint_ns`,
    )
    .all() as { thread_id: string; checkpoint_ns: string }[];
  report.threads = new Set(namespaces.map((row) => row.thread_id)).size;
  const checkpointsOf = source.prepare<[string, string], OfficialCheckpointRow>(
    `SELECT checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata FROM checkpoints
     WHERE thread_id = ? AND checkpoint_ns = ? ORDER BY checkpoint_id`,
  );
  const writesOf = source.prepare<[string, string], OfficialWriteRow>(
    `SELECT checkpoint_id, task_id, idx, channel, type, value FROM writes
     WHERE thread_id = ? AND checkpoint_ns = ? ORDER BY checkpoint_id, task_id, idx`,
  );
  for (const { thread_id: threadId, checkpoint_ns: ns } of namespaces) {
    await copyCheckpoints(threadId, ns, checkpointsOf.all(threadId, ns), { saver, statements, serde, report });
    const writes = writesOf.all(threadId, ns);
    saver.db.transaction(() => {
      for (const row of writes) {
        const { changes } = statements.insertWrite.run(
          threadId, ns, row.checkpoint_id, row.task_id, row.idx, row.channel,
          row.type ?? "json", row.value ?? new Uint8Array(), "",
        );
        report.writes[changes > 0 ? "copied" : "alreadyPresent"] += 1;
      }
    })();
  }
  return report;
}

interface CopyContext {
  saver: SqliteSaver;
  statements: CheckpointStatements;
  serde: SerializerProtocol;
  report: OfficialMigrationReport;
}

/**
 * Copies one namespace of a thread, parents before children. Every value is
 * claimed under its (channel, version); a branch that claims a version
 * another branch holds with a different value gets that version renamed.
 */
async function copyCheckpoints(threadId: string, ns: string, rows: OfficialCheckpointRow[], context: CopyContext) {
  const { saver, statements, serde, report } = context;
  const claims = new Map<string, string>();
  const renamesOf = new Map<string, Renames>();
  for (const row of parentsFirst(rows)) {
    const checkpoint = (await serde.loadsTyped(row.type ?? "json", row.checkpoint)) as Checkpoint;
    const metadata = (await serde.loadsTyped(row.type ?? "json", row.metadata)) as CheckpointMetadata;
    const renames: Renames = new Map(
      [...(renamesOf.get(row.parent_checkpoint_id ?? "") ?? [])].map(([channel, map]) => [channel, new Map(map)]),
    );
    const claimed: Record<string, number | string> = {};
    for (const [channel, version] of Object.entries(checkpoint.channel_versions)) {
      let stored = renames.get(channel)?.get(String(version)) ?? version;
      const value = channel in checkpoint.channel_values ? await serde.dumpsTyped(checkpoint.channel_values[channel]) : undefined;
      const digest = value === undefined ? "empty" : createHash("sha256").update(value[0]).update("\0").update(value[1]).digest("hex");
      const holder = claims.get(claimKey(channel, stored));
      if (holder !== undefined && holder !== digest) {
        if (typeof version !== "number") {
          throw new OfficialMigrationError(
            `Thread ${threadId} forks at checkpoint ${row.checkpoint_id}: version ${String(version)} of channel "${channel}" ` +
              "holds different values on two branches, and only numeric versions can be renamed.",
          );
        }
        stored = freeVersion(version, `${row.checkpoint_id}\0${channel}`, (candidate) => !claims.has(claimKey(channel, candidate)));
        renames.set(channel, new Map(renames.get(channel)).set(String(version), stored));
        report.renamedVersions.push({ threadId, checkpointNs: ns, checkpointId: row.checkpoint_id, channel, from: version, to: stored });
      }
      if (!claims.has(claimKey(channel, stored))) {
        claims.set(claimKey(channel, stored), digest);
        claimed[channel] = stored;
      }
    }
    renamesOf.set(row.checkpoint_id, renames);
    if (statements.entryById.get(threadId, ns, row.checkpoint_id) !== undefined) {
      report.checkpoints.alreadyPresent += 1;
      continue;
    }
    const config = { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: row.parent_checkpoint_id ?? undefined } };
    // Only the values this checkpoint claimed first are written: the others are its ancestors' blobs.
    await saver.put(config, renamed(checkpoint, renames), metadata, claimed);
    report.checkpoints.copied += 1;
  }
}

const claimKey = (channel: string, version: number | string) => `${channel}\0${String(version)}`;

/** The checkpoint with its branch's renamed versions, in `channel_versions` and `versions_seen` alike. */
function renamed(checkpoint: Checkpoint, renames: Renames): Checkpoint {
  if (renames.size === 0) return checkpoint;
  const rename = (versions: Record<string, number | string>) =>
    Object.fromEntries(Object.entries(versions).map(([channel, version]) => [channel, renames.get(channel)?.get(String(version)) ?? version]));
  return {
    ...checkpoint,
    channel_versions: rename(checkpoint.channel_versions),
    versions_seen: Object.fromEntries(Object.entries(checkpoint.versions_seen).map(([node, seen]) => [node, rename(seen)])),
  };
}

/**
 * A version strictly between `version` and the next whole number, derived
 * from `seed` (so a second run renames alike), that `isFree` accepts.
 */
function freeVersion(version: number, seed: string, isFree: (candidate: number) => boolean): number {
  for (let attempt = 0; ; attempt += 1) {
    const hash = createHash("sha256").update(`${seed}\0${attempt}`).digest().readUInt32BE(0);
    const candidate = Math.floor(version) + (hash + 1) / (2 ** 32 + 2);
    if (candidate > version && isFree(candidate)) return candidate;
  }
}

/** The rows ordered so that every parent comes before its children (siblings by id). */
function parentsFirst(rows: OfficialCheckpointRow[]): OfficialCheckpointRow[] {
  const ids = new Set(rows.map((row) => row.checkpoint_id));
  const children = new Map<string, OfficialCheckpointRow[]>();
  for (const row of rows) {
    const parent = row.parent_checkpoint_id !== null && ids.has(row.parent_checkpoint_id) ? row.parent_checkpoint_id : "";
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const ordered: OfficialCheckpointRow[] = [];
  const queue = [...(children.get("") ?? [])];
  while (queue.length > 0) {
    const row = queue.shift()!;
    ordered.push(row);
    queue.push(...(children.get(row.checkpoint_id) ?? []));
  }
  // Rows whose parent links loop never reach a root: copy them too, last.
  const placed = new Set(ordered);
  return [...ordered, ...rows.filter((row) => !placed.has(row))];
}
