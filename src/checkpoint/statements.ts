import type { Statement } from "better-sqlite3";
import type { SqliteDatabase } from "../sqlite/database.js";
import { BLOB_HEAD_BYTES } from "./codec.js";

/** A row of `checkpoint_entries`. */
export interface EntryRow {
  thread_id: string;
  checkpoint_ns: string;
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  type: string;
  checkpoint: Buffer;
  metadata: string;
  channel_versions: string;
}

/** A blob as read back for one channel version. */
export interface BlobRow {
  type: string;
  blob: Buffer | null;
}

/** A pending write as read back for one checkpoint. */
export interface WriteRow {
  task_id: string;
  idx: number;
  channel: string;
  type: string;
  blob: Buffer | null;
  task_path: string;
}

/** One checkpoint's place in its thread, as retention walks it. */
export interface ChainLink {
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  channel_versions: string;
  /** JSON object whose keys are the checkpoint's DeltaChannels, or null. */
  delta_counters: string | null;
}

/** The type recorded for a channel that has a version but no value. */
export const EMPTY_BLOB_TYPE = "empty";

const ENTRY_COLUMNS = `thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id,
  type, checkpoint, metadata, channel_versions`;

/**
 * The saver's fixed statements, prepared once per connection and reused.
 * Statements whose shape depends on the call (`list` filters) are prepared
 * and cached by the saver itself.
 */
export class CheckpointStatements {
  readonly latestEntry: Statement<[string, string], EntryRow>;
  readonly entryById: Statement<[string, string, string], EntryRow>;
  readonly insertEntry: Statement<[string, string, string, string | null, string, Uint8Array, string, string]>;
  readonly blob: Statement<[string, string, string, string], BlobRow>;
  /**
   * The blobs of a checkpoint's `{channel: version}` map, in one statement;
   * of the channels in the `headsOnly` JSON array only the first
   * BLOB_HEAD_BYTES, enough to tell a DeltaChannel snapshot without reading it all.
   */
  readonly blobsOfVersions: Statement<[{ thread: string; ns: string; versions: string; headsOnly: string }], BlobRow & { channel: string; version: string; truncated: 0 | 1 | null }>;
  readonly insertBlob: Statement<[string, string, string, string, string, Uint8Array | null]>;
  readonly writes: Statement<[string, string, string], WriteRow>;
  readonly writesOfChannel: Statement<[string, string, string, string], WriteRow>;
  readonly insertWrite: Statement<[string, string, string, string, number, string, string, Uint8Array, string]>;
  readonly replaceWrite: Statement<[string, string, string, string, number, string, string, Uint8Array, string]>;
  readonly deleteThreadEntries: Statement<[string]>;
  readonly deleteThreadBlobs: Statement<[string]>;
  readonly deleteThreadWrites: Statement<[string]>;
  readonly threadNamespaces: Statement<[string], { checkpoint_ns: string }>;
  readonly chainLinks: Statement<[string, string], ChainLink>;
  readonly ancestors: Statement<[{ thread: string; ns: string; id: string }], { checkpoint_id: string; channel_versions: string }>;
  readonly writesOfChannels: Statement<[{ thread: string; ns: string; ids: string; channels: string }], WriteRow & { checkpoint_id: string }>;
  readonly threads: Statement<[], { thread_id: string; checkpoints: number; latest: string }>;
  readonly deleteEntriesExcept: Statement<[string, string, string]>;
  readonly deleteWritesExcept: Statement<[string, string, string]>;
  readonly deleteUnreferencedBlobs: Statement<[{ thread: string; ns: string }]>;
  readonly staleNamespaces: Statement<[string, string], { checkpoint_ns: string }>;
  readonly deleteNamespaceEntries: Statement<[string, string]>;
  readonly deleteNamespaceBlobs: Statement<[string, string]>;
  readonly deleteNamespaceWrites: Statement<[string, string]>;

  constructor(db: SqliteDatabase) {
    this.latestEntry = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM checkpoint_entries
      WHERE thread_id = ? AND checkpoint_ns = ? ORDER BY checkpoint_id DESC LIMIT 1`);
    this.entryById = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM checkpoint_entries
      WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?`);
    this.insertEntry = db.prepare(`INSERT OR REPLACE INTO checkpoint_entries (${ENTRY_COLUMNS})
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.blob = db.prepare(`SELECT type, blob FROM checkpoint_blobs
      WHERE thread_id = ? AND checkpoint_ns = ? AND channel = ? AND version = ?`);
    this.blobsOfVersions = db.prepare(`SELECT j.key AS channel, j.value AS version, b.type,
        CASE WHEN j.key IN (SELECT value FROM json_each(@headsOnly)) THEN substr(b.blob, 1, ${BLOB_HEAD_BYTES}) ELSE b.blob END AS blob,
        length(b.blob) > ${BLOB_HEAD_BYTES} AS truncated
      FROM json_each(@versions) AS j
      CROSS JOIN checkpoint_blobs AS b ON b.thread_id = @thread AND b.checkpoint_ns = @ns AND b.channel = j.key AND b.version = j.value`);
    // Versions are unique per value (see SqliteSaver.getNextVersion), so an
    // existing blob for the same version already holds this value.
    this.insertBlob = db.prepare(`INSERT INTO checkpoint_blobs
      (thread_id, checkpoint_ns, channel, version, type, blob) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT DO NOTHING`);
    this.writes = db.prepare(`SELECT task_id, idx, channel, type, blob, task_path FROM checkpoint_writes
      WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?`);
    this.writesOfChannel = db.prepare(`SELECT task_id, idx, channel, type, blob, task_path FROM checkpoint_writes
      WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ? AND channel = ?`);
    const writeColumns = "thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, blob, task_path";
    // Regular writes are idempotent per (task, idx): a retried task keeps its
    // first writes. Special channels (errors, interrupts) are replaced.
    this.insertWrite = db.prepare(`INSERT INTO checkpoint_writes (${writeColumns})
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
    this.replaceWrite = db.prepare(`INSERT OR REPLACE INTO checkpoint_writes (${writeColumns})
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.deleteThreadEntries = db.prepare("DELETE FROM checkpoint_entries WHERE thread_id = ?");
    this.deleteThreadBlobs = db.prepare("DELETE FROM checkpoint_blobs WHERE thread_id = ?");
    this.deleteThreadWrites = db.prepare("DELETE FROM checkpoint_writes WHERE thread_id = ?");
    this.threadNamespaces = db.prepare(
      "SELECT DISTINCT checkpoint_ns FROM checkpoint_entries WHERE thread_id = ?",
    );
    this.chainLinks = db.prepare(`SELECT checkpoint_id, parent_checkpoint_id, channel_versions,
        CASE WHEN json_valid(metadata) THEN metadata -> '$.counters_since_delta_snapshot' END AS delta_counters
      FROM checkpoint_entries WHERE thread_id = ? AND checkpoint_ns = ? ORDER BY checkpoint_id DESC`);
    // The parent chain of a checkpoint, nearest first, without the checkpoint itself.
    this.ancestors = db.prepare(`WITH RECURSIVE chain (checkpoint_id, parent_checkpoint_id, channel_versions, depth) AS (
        SELECT checkpoint_id, parent_checkpoint_id, channel_versions, 0 FROM checkpoint_entries
        WHERE thread_id = @thread AND checkpoint_ns = @ns AND checkpoint_id = @id
        UNION ALL
        SELECT e.checkpoint_id, e.parent_checkpoint_id, e.channel_versions, chain.depth + 1
        FROM chain JOIN checkpoint_entries AS e
          ON e.thread_id = @thread AND e.checkpoint_ns = @ns AND e.checkpoint_id = chain.parent_checkpoint_id
      )
      SELECT checkpoint_id, channel_versions FROM chain WHERE depth > 0 ORDER BY depth`);
    this.writesOfChannels = db.prepare(`SELECT checkpoint_id, task_id, idx, channel, type, blob, task_path
      FROM checkpoint_writes
      WHERE thread_id = @thread AND checkpoint_ns = @ns
        AND checkpoint_id IN (SELECT value FROM json_each(@ids))
        AND channel IN (SELECT value FROM json_each(@channels))`);
    this.threads = db.prepare(`SELECT thread_id, count(*) AS checkpoints, max(checkpoint_id) AS latest
      FROM checkpoint_entries GROUP BY thread_id ORDER BY latest DESC`);
    this.deleteEntriesExcept = db.prepare(`DELETE FROM checkpoint_entries
      WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id NOT IN (SELECT value FROM json_each(?))`);
    this.deleteWritesExcept = db.prepare(`DELETE FROM checkpoint_writes
      WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id NOT IN (SELECT value FROM json_each(?))`);
    // The referenced (channel, version) pairs are materialised once, not per blob.
    this.deleteUnreferencedBlobs = db.prepare(`DELETE FROM checkpoint_blobs
      WHERE thread_id = @thread AND checkpoint_ns = @ns AND (channel, version) NOT IN (
        SELECT v.key, v.value FROM checkpoint_entries AS e, json_each(e.channel_versions) AS v
        WHERE e.thread_id = @thread AND e.checkpoint_ns = @ns)`);
    // Subgraph namespaces whose newest checkpoint predates a given root checkpoint.
    this.staleNamespaces = db.prepare(`SELECT checkpoint_ns FROM checkpoint_entries
      WHERE thread_id = ? AND checkpoint_ns <> '' GROUP BY checkpoint_ns HAVING max(checkpoint_id) < ?`);
    this.deleteNamespaceEntries = db.prepare("DELETE FROM checkpoint_entries WHERE thread_id = ? AND checkpoint_ns = ?");
    this.deleteNamespaceBlobs = db.prepare("DELETE FROM checkpoint_blobs WHERE thread_id = ? AND checkpoint_ns = ?");
    this.deleteNamespaceWrites = db.prepare("DELETE FROM checkpoint_writes WHERE thread_id = ? AND checkpoint_ns = ?");
  }
}
