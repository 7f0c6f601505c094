import type { RunnableConfig } from "@langchain/core/runnables";
import {
  BaseCheckpointSaver,
  TASKS,
  WRITES_IDX_MAP,
  compareWritesSortKeys,
  copyCheckpoint,
  maxChannelVersion,
  writesSortKey,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  type DeltaChannelHistory,
  type PendingWrite,
  type SerializerProtocol,
} from "@langchain/langgraph-checkpoint";
import type { Statement } from "better-sqlite3";
import { openDatabase, type SqliteDatabase } from "../sqlite/database.js";
import { withBusyError } from "../sqlite/busy.js";
import { applyMigrations } from "../sqlite/migrations.js";
import { decodeValue, encodeValue, isDeltaSnapshotValue, type StoredValue } from "./codec.js";
import { readAddress, readThreadAddress } from "./config.js";
import { CheckpointSerializationError, InvalidCheckpointConfigError, SaverOptionsError } from "./errors.js";
import { CHECKPOINT_MIGRATIONS } from "./migrations.js";
import { parseSaverOptions, type RetentionOptions, type SqliteSaverOptions } from "./options.js";
import { MessageFastPathSerializer } from "./serde.js";
import { CheckpointStatements, EMPTY_BLOB_TYPE, type ChainLink, type EntryRow, type WriteRow } from "./statements.js";

/** Options of {@link SqliteSaver.pruneThread}: how many of the newest checkpoints to keep in each namespace. */
export type PruneThreadOptions = RetentionOptions;

/** What {@link SqliteSaver.pruneThread} deleted. */
export interface PruneThreadResult {
  checkpoints: number;
  writes: number;
  blobs: number;
}

/** What {@link SqliteSaver.applyRetention} deleted, over how many threads. */
export interface RetentionReport extends PruneThreadResult {
  /** Threads looked at (every thread with checkpoints). */
  threads: number;
}

/**
 * A checkpoint as stored in its row: its channel values live in blobs, except
 * values that have no entry in `channel_versions` (and so no blob key).
 */
type StoredHeader = Omit<Checkpoint, "channel_values"> & { channel_values?: Checkpoint["channel_values"] };

/** Random fractions of a version: 2^32 of them leave 20 bits of float precision for the step. */
const VERSION_FRACTION_STEPS = 2 ** 32;

/** Rows fetched per query while `list` pages through a thread. */
const LIST_PAGE_SIZE = 50;

/**
 * A LangGraph checkpointer that persists every thread's graph state in a
 * SQLite file through better-sqlite3. A drop-in replacement for the official
 * `@langchain/langgraph-checkpoint-sqlite` saver (same constructor and
 * `fromConnString`), with storage built for long threads:
 *
 * - each channel value is stored once per version, so a step that changes one
 *   channel writes only that channel, and large values are deflated;
 * - the `retention` option keeps only the newest checkpoints of each thread as
 *   it writes ({@link SqliteSaver.pruneThread} and
 *   {@link SqliteSaver.applyRetention} do it on demand), deleting the blobs and
 *   writes nothing references any more;
 * - WAL and a busy timeout let several processes share one file.
 *
 * @example
 * ```ts
 * import { SqliteSaver } from "langgraph-sqlite-memory";
 *
 * const checkpointer = SqliteSaver.fromConnString("./agent.db");
 * const graph = workflow.compile({ checkpointer });
 * await graph.invoke(input, { configurable: { thread_id: "t1" } });
 * ```
 */
export class SqliteSaver extends BaseCheckpointSaver {
  /** The connection the saver writes through. */
  readonly db: SqliteDatabase;

  /** The retention applied by every `put`, if any. */
  readonly retention: RetentionOptions | undefined;

  readonly #ownsDb: boolean;
  #statements: CheckpointStatements | undefined;
  readonly #listStatements = new Map<string, Statement<unknown[], EntryRow>>();

  /**
   * @param db a better-sqlite3 connection (the caller keeps ownership), or a
   *   file path or `":memory:"` to open.
   * @param options {@link SqliteSaverOptions}, or (as the official saver
   *   takes it) the serializer alone; by default LangGraph's JSON format, read
   *   through {@link MessageFastPathSerializer}.
   * @throws SaverOptionsError naming each invalid option.
   */
  constructor(db: SqliteDatabase | string, options?: SqliteSaverOptions | SerializerProtocol) {
    const { serde = new MessageFastPathSerializer(), busyTimeoutMs, retention } = parseSaverOptions(options);
    super(serde);
    const opened = openDatabase(db, { busyTimeoutMs });
    this.db = opened.db;
    this.#ownsDb = opened.owned;
    this.retention = retention;
  }

  /** Opens (or creates) the database at `path`, a file path or `":memory:"`. */
  static fromConnString(path: string, options?: SqliteSaverOptions | SerializerProtocol): SqliteSaver {
    return new SqliteSaver(path, options);
  }

  /**
   * Creates or migrates the schema. Idempotent; every operation calls it
   * first, so calling it yourself is only needed to fail early.
   */
  async setup(): Promise<void> {
    this.#prepare();
  }

  /** Closes the connection if the saver opened it (a `db` you passed stays open). Idempotent; the same name as `SqliteStore.close()`. */
  close(): void {
    if (this.#ownsDb && this.db.open) this.db.close();
  }

  override async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const statements = this.#prepare();
    const { threadId, checkpointNs = "", checkpointId } = readAddress(config, "getTuple");
    if (threadId === undefined) return undefined;
    const row =
      checkpointId === undefined
        ? statements.latestEntry.get(threadId, checkpointNs)
        : statements.entryById.get(threadId, checkpointNs, checkpointId);
    return row === undefined ? undefined : this.#toTuple(row);
  }

  override async *list(
    config: RunnableConfig,
    options: CheckpointListOptions = {},
  ): AsyncGenerator<CheckpointTuple> {
    this.#prepare();
    const { threadId, checkpointNs, checkpointId } = readAddress(config, "list");
    const before = options.before ? readAddress(options.before, "list (before)").checkpointId : undefined;
    const filter = Object.entries(options.filter ?? {}).filter(([, value]) => value !== undefined);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (threadId !== undefined) conditions.push("thread_id = ?"), params.push(threadId);
    if (checkpointNs !== undefined) conditions.push("checkpoint_ns = ?"), params.push(checkpointNs);
    if (checkpointId !== undefined) conditions.push("checkpoint_id = ?"), params.push(checkpointId);
    if (before !== undefined) conditions.push("checkpoint_id < ?"), params.push(before);
    for (const [key, value] of filter) {
      // Metadata is JSON text; `->` yields the member's canonical JSON, compared
      // with the filter value's JSON, so strings never equal numbers.
      conditions.push("(CASE WHEN json_valid(metadata) THEN metadata -> ? END) = json(?)");
      params.push(metadataPath(key), JSON.stringify(value));
    }
    let remaining = options.limit !== undefined && options.limit > 0 ? Math.floor(options.limit) : Infinity;
    let cursor: [string, string, string] | undefined;
    while (remaining > 0) {
      const page = this.#listPage(conditions, cursor !== undefined).all(
        ...params,
        ...(cursor ?? []),
        Math.min(remaining, LIST_PAGE_SIZE),
      );
      for (const row of page) {
        yield await this.#toTuple(row);
      }
      remaining -= page.length;
      if (page.length < LIST_PAGE_SIZE) return;
      const last = page[page.length - 1]!;
      cursor = [last.checkpoint_id, last.thread_id, last.checkpoint_ns];
    }
  }

  override async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions = checkpoint.channel_versions,
  ): Promise<RunnableConfig> {
    const statements = this.#prepare();
    const { threadId, checkpointNs, checkpointId: parentId } = readThreadAddress(config, "put");
    const { channel_values: values, ...rest } = copyCheckpoint(checkpoint);
    // A value without a version has no blob key; it stays in the checkpoint row.
    const unversioned = Object.entries(values).filter(([channel]) => !Object.hasOwn(checkpoint.channel_versions, channel));
    const header: StoredHeader = unversioned.length > 0 ? { ...rest, channel_values: Object.fromEntries(unversioned) } : rest;
    const blobs = await Promise.all(
      Object.entries(newVersions).map(async ([channel, version]) => ({
        channel,
        version: String(version),
        value:
          values[channel] === undefined
            ? undefined
            : await this.#encode(values[channel], `channel "${channel}" of checkpoint ${checkpoint.id}`),
      })),
    );
    const encodedHeader = await this.#encode(header, `checkpoint ${checkpoint.id}`);
    const encodedMetadata = await this.#encodeMetadata(metadata, checkpoint.id);
    const versions = JSON.stringify(
      Object.fromEntries(Object.entries(checkpoint.channel_versions).map(([ch, v]) => [ch, String(v)])),
    );
    this.#write(() => {
      for (const { channel, version, value } of blobs) {
        statements.insertBlob.run(
          threadId, checkpointNs, channel, version,
          value?.type ?? EMPTY_BLOB_TYPE, value?.data ?? null,
        );
      }
      statements.insertEntry.run(
        threadId, checkpointNs, checkpoint.id, parentId ?? null,
        encodedHeader.type, encodedHeader.data, encodedMetadata, versions,
      );
      if (this.retention !== undefined) this.#pruneNamespace(threadId, checkpointNs, this.retention.keepLast, true);
    });
    return { configurable: { thread_id: threadId, checkpoint_ns: checkpointNs, checkpoint_id: checkpoint.id } };
  }

  override async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath = "",
  ): Promise<void> {
    const statements = this.#prepare();
    const { threadId, checkpointNs, checkpointId } = readThreadAddress(config, "putWrites");
    if (checkpointId === undefined) {
      throw new InvalidCheckpointConfigError(
        `putWrites: "checkpoint_id" is missing from config.configurable; writes belong to a checkpoint.`,
      );
    }
    const rows = await Promise.all(
      writes.map(async ([channel, value], index) => ({
        channel,
        idx: WRITES_IDX_MAP[channel] ?? index,
        value: await this.#encode(value, `write to channel "${channel}" of task ${taskId}`),
      })),
    );
    this.#write(() => {
      for (const { channel, idx, value } of rows) {
        const statement = idx < 0 ? statements.replaceWrite : statements.insertWrite;
        statement.run(threadId, checkpointNs, checkpointId, taskId, idx, channel, value.type, value.data, taskPath);
      }
    });
  }

  override async deleteThread(threadId: string): Promise<void> {
    const statements = this.#prepare();
    this.#write(() => {
      statements.deleteThreadWrites.run(threadId);
      statements.deleteThreadBlobs.run(threadId);
      statements.deleteThreadEntries.run(threadId);
    });
  }

  /** Every thread with checkpoints, most recently active first. */
  async *listThreads(): AsyncGenerator<{ threadId: string; checkpoints: number; latestCheckpointId: string }> {
    for (const row of this.#prepare().threads.all()) {
      yield { threadId: row.thread_id, checkpoints: row.checkpoints, latestCheckpointId: row.latest };
    }
  }

  /**
   * Rebuilds `DeltaChannel` state with two queries (the ancestor chain, then
   * the channels' writes along it) instead of one `getTuple` per ancestor.
   * Same contract as the base class: per channel, the writes oldest first
   * back to the nearest ancestor with a stored value, which is the seed.
   */
  override async getDeltaChannelHistory(options: {
    config: RunnableConfig;
    channels: string[];
  }): Promise<Record<string, DeltaChannelHistory>> {
    const statements = this.#prepare();
    const { channels } = options;
    if (channels.length === 0) return {};
    const { threadId, checkpointNs } = readThreadAddress(options.config, "getDeltaChannelHistory");
    const target =
      readAddress(options.config, "getDeltaChannelHistory").checkpointId ??
      statements.latestEntry.get(threadId, checkpointNs)?.checkpoint_id;
    const chain = target === undefined ? [] : statements.ancestors.all({ thread: threadId, ns: checkpointNs, id: target });
    const writes = statements.writesOfChannels.all({
      thread: threadId,
      ns: checkpointNs,
      ids: JSON.stringify(chain.map((link) => link.checkpoint_id)),
      channels: JSON.stringify(channels),
    });
    const writesByCheckpoint = new Map<string, WriteRow[]>();
    for (const write of writes) {
      writesByCheckpoint.set(write.checkpoint_id, [...(writesByCheckpoint.get(write.checkpoint_id) ?? []), write]);
    }
    const history: Record<string, { writes: WriteRow[][]; seed?: { type: string; blob: Buffer } }> = Object.fromEntries(
      channels.map((channel) => [channel, { writes: [] }]),
    );
    const remaining = new Set(channels);
    for (const link of chain) {
      if (remaining.size === 0) break;
      const versions = JSON.parse(link.channel_versions) as Record<string, string>;
      const stepWrites = writesByCheckpoint.get(link.checkpoint_id) ?? [];
      for (const channel of [...remaining]) {
        history[channel]!.writes.push(stepWrites.filter((write) => write.channel === channel));
        const version = versions[channel];
        const blob = version === undefined ? undefined : statements.blob.get(threadId, checkpointNs, channel, version);
        if (blob !== undefined && blob.type !== EMPTY_BLOB_TYPE && blob.blob !== null) {
          history[channel]!.seed = { type: blob.type, blob: blob.blob };
          remaining.delete(channel);
        }
      }
    }
    const result: Record<string, DeltaChannelHistory> = {};
    for (const [channel, { writes: steps, seed }] of Object.entries(history)) {
      // Steps were gathered nearest first; each step's writes go in writesSortKey order.
      const ordered = (await Promise.all(steps.reverse().map((step) => this.#decodeWrites(step)))).flat();
      result[channel] = seed === undefined ? { writes: ordered } : { writes: ordered, seed: await this.#decode(seed.type, seed.blob) };
    }
    return result;
  }

  /**
   * Keeps only the newest `keepLast` checkpoints of each namespace of a thread
   * and deletes older checkpoints, their pending writes, and channel blobs no
   * remaining checkpoint references. Ancestors that a remaining checkpoint
   * still needs to rebuild a `DeltaChannel` (whose value lives in the writes
   * back to the nearest stored snapshot) are kept too.
   *
   * Subgraph namespaces whose every checkpoint predates the oldest kept root
   * checkpoint (the subgraph runs of deleted steps) are deleted too.
   *
   * The oldest kept checkpoint still names its deleted parent, so history
   * (`getStateHistory`) simply ends there.
   */
  async pruneThread(threadId: string, options: PruneThreadOptions): Promise<PruneThreadResult> {
    const statements = this.#prepare();
    if (!Number.isInteger(options?.keepLast) || options.keepLast < 1) {
      throw new RangeError(`pruneThread: keepLast must be an integer of at least 1, got ${String(options?.keepLast)}.`);
    }
    const deleted: PruneThreadResult = { checkpoints: 0, writes: 0, blobs: 0 };
    this.#write(() => {
      for (const { checkpoint_ns: ns } of statements.threadNamespaces.all(threadId)) {
        const { checkpoints, writes, blobs } = this.#pruneNamespace(threadId, ns, options.keepLast, false);
        deleted.checkpoints += checkpoints;
        deleted.writes += writes;
        deleted.blobs += blobs;
      }
    });
    return deleted;
  }

  /**
   * Applies retention to every thread of the file, one thread per
   * transaction: `options`, or the saver's own `retention` option. For a
   * scheduled job (the `memory_maintenance` graph runs it), or once after
   * turning retention on for a file that grew without it.
   *
   * @throws SaverOptionsError when neither `options` nor the saver's
   *   `retention` says how many checkpoints to keep.
   */
  async applyRetention(options: PruneThreadOptions | undefined = this.retention): Promise<RetentionReport> {
    if (options === undefined) {
      throw new SaverOptionsError("applyRetention: pass { keepLast }, or create the saver with the retention option.");
    }
    // Thread ids are collected before anything is deleted, so no thread is skipped.
    const threads = this.#prepare().threads.all().map((row) => row.thread_id);
    const report: RetentionReport = { threads: threads.length, checkpoints: 0, writes: 0, blobs: 0 };
    for (const threadId of threads) {
      const deleted = await this.pruneThread(threadId, options);
      report.checkpoints += deleted.checkpoints;
      report.writes += deleted.writes;
      report.blobs += deleted.blobs;
    }
    return report;
  }

  /**
   * Versions are the step number plus a random fraction: they still increase
   * at every step, and they are unique per value, so two forks of a thread
   * never share a blob key for different values of the same channel.
   */
  override getNextVersion(current: number | undefined): number {
    // Uniqueness, not secrecy, is needed here, so Math.random is enough.
    const fraction = (1 + Math.floor(Math.random() * (VERSION_FRACTION_STEPS - 1))) / VERSION_FRACTION_STEPS;
    return Math.floor(current ?? 0) + 1 + fraction;
  }

  /**
   * Runs `write` in one IMMEDIATE transaction: the write lock is taken up
   * front, so a write never fails halfway on a lock upgrade, and a lock
   * another process holds too long is a `DatabaseBusyError`.
   */
  #write(write: () => void): void {
    withBusyError(this.db, () => this.db.transaction(write).immediate());
  }

  #prepare(): CheckpointStatements {
    if (this.#statements === undefined) {
      applyMigrations(this.db, "checkpoint_migrations", CHECKPOINT_MIGRATIONS);
      this.#statements = new CheckpointStatements(this.db);
    }
    return this.#statements;
  }

  #listPage(conditions: string[], afterCursor: boolean): Statement<unknown[], EntryRow> {
    const where = afterCursor
      ? [...conditions, "(checkpoint_id, thread_id, checkpoint_ns) < (?, ?, ?)"]
      : conditions;
    const sql = `SELECT thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type,
        checkpoint, metadata, channel_versions
      FROM checkpoint_entries ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY checkpoint_id DESC, thread_id DESC, checkpoint_ns DESC LIMIT +?`; // `+?`: a bare LIMIT parameter re-prepares the statement on every run
    let statement = this.#listStatements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare<unknown[], EntryRow>(sql);
      this.#listStatements.set(sql, statement);
    }
    return statement;
  }

  async #toTuple(row: EntryRow): Promise<CheckpointTuple> {
    const statements = this.#statements!;
    const { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: id, parent_checkpoint_id: parentId } = row;
    const unsnapshotted = deltaChannelsNotSnapshotted(row.metadata) ?? new Set<string>();
    const blobs = statements.blobsOfVersions.all({
      thread: threadId,
      ns,
      versions: row.channel_versions,
      headsOnly: JSON.stringify([...unsnapshotted]),
    });
    const blobReads = blobs.map(({ channel, version, truncated, ...blob }) => {
      // A DeltaChannel this checkpoint did not snapshot has no value of its own (as
      // in the official savers); its version may still name an earlier snapshot,
      // which LangGraph reaches through getDeltaChannelHistory only if it needs it,
      // so only the snapshot's head was read, to recognise it.
      if (unsnapshotted.has(channel)) {
        if (blob.blob !== null && isDeltaSnapshotValue(blob.type, blob.blob)) return undefined;
        if (truncated === 1) blob = statements.blob.get(threadId, ns, channel, version)!;
      }
      if (blob.type === EMPTY_BLOB_TYPE || blob.blob === null) return undefined;
      return this.#decode(blob.type, blob.blob).then((value) => [channel, value] as const);
    });
    const writeRows = statements.writes.all(threadId, ns, id);
    const [header, metadata, channelValues, pendingWrites] = await Promise.all([
      this.#decode<StoredHeader>(row.type, row.checkpoint),
      this.serde.loadsTyped("json", row.metadata) as Promise<CheckpointMetadata>,
      Promise.all(blobReads.filter((read) => read !== undefined)),
      this.#decodeWrites(writeRows),
    ]);
    const checkpoint: Checkpoint = {
      ...header,
      channel_values: { ...header.channel_values, ...Object.fromEntries(channelValues) },
    };
    if (checkpoint.v < 4 && parentId !== null) {
      await this.#migratePendingSends(checkpoint, threadId, ns, parentId);
    }
    return {
      config: { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: id } },
      checkpoint,
      metadata,
      pendingWrites,
      parentConfig:
        parentId === null
          ? undefined
          : { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: parentId } },
    };
  }

  /** Decodes writes in `writesSortKey` order, the order live execution applies them in. */
  async #decodeWrites(rows: WriteRow[]): Promise<CheckpointPendingWrite[]> {
    const ordered = rows
      .map((row) => ({ row, key: writesSortKey(row.task_path, row.task_id, row.idx) }))
      .sort((a, b) => compareWritesSortKeys(a.key, b.key));
    return Promise.all(
      ordered.map(async ({ row }): Promise<CheckpointPendingWrite> => [
        row.task_id,
        row.channel,
        await this.#decode(row.type, row.blob ?? new Uint8Array()),
      ]),
    );
  }

  /**
   * Checkpoints before format version 4 kept pending sends as writes to the
   * parent's TASKS channel; current LangGraph expects them as a channel value.
   */
  async #migratePendingSends(checkpoint: Checkpoint, threadId: string, ns: string, parentId: string) {
    const sends = await this.#decodeWrites(
      this.#statements!.writesOfChannel.all(threadId, ns, parentId, TASKS),
    );
    checkpoint.channel_values[TASKS] = sends.map(([, , value]) => value);
    const versions = Object.values(checkpoint.channel_versions);
    checkpoint.channel_versions[TASKS] =
      versions.length > 0 ? maxChannelVersion(...versions) : this.getNextVersion(undefined);
  }

  /**
   * Deletes the checkpoints of one namespace beyond the newest `keepLast`
   * (and their delta ancestors), their writes and the blobs nothing
   * references, and for the root namespace the subgraph namespaces of the
   * deleted steps; runs inside the caller's transaction. With `onlyWhenOver`,
   * a namespace with no more than `keepLast` checkpoints is left as it is
   * (the check `put` makes at every write).
   */
  #pruneNamespace(threadId: string, ns: string, keepLast: number, onlyWhenOver: boolean): PruneThreadResult {
    const statements = this.#statements!;
    const links = statements.chainLinks.all(threadId, ns);
    if (onlyWhenOver && links.length <= keepLast) return { checkpoints: 0, writes: 0, blobs: 0 };
    const keep = this.#checkpointsToKeep(links, threadId, ns, keepLast);
    if (onlyWhenOver && keep.length === links.length) return { checkpoints: 0, writes: 0, blobs: 0 };
    const kept = JSON.stringify(keep);
    const deleted = {
      writes: statements.deleteWritesExcept.run(threadId, ns, kept).changes,
      checkpoints: statements.deleteEntriesExcept.run(threadId, ns, kept).changes,
      blobs: statements.deleteUnreferencedBlobs.run({ thread: threadId, ns }).changes,
    };
    // A subgraph runs within one step of its parent, under a namespace of its
    // own (named after the task), and its checkpoint ids are time-ordered like
    // the parent's: a subgraph namespace whose newest checkpoint predates the
    // oldest kept root checkpoint belongs to deleted history.
    const oldestKept = keep.reduce<string | undefined>((oldest, id) => (oldest === undefined || id < oldest ? id : oldest), undefined);
    if (ns === "" && oldestKept !== undefined) {
      for (const { checkpoint_ns: stale } of statements.staleNamespaces.all(threadId, oldestKept)) {
        deleted.writes += statements.deleteNamespaceWrites.run(threadId, stale).changes;
        deleted.checkpoints += statements.deleteNamespaceEntries.run(threadId, stale).changes;
        deleted.blobs += statements.deleteNamespaceBlobs.run(threadId, stale).changes;
      }
    }
    return deleted;
  }

  /** The newest `keepLast` of `links` (newest first), plus the ancestors their delta channels replay from. */
  #checkpointsToKeep(links: ChainLink[], threadId: string, ns: string, keepLast: number): string[] {
    const statements = this.#statements!;
    const keep = links.slice(0, keepLast).map((link) => link.checkpoint_id);
    const byId = new Map(links.map((link) => [link.checkpoint_id, link]));
    const oldestKept = links[keep.length - 1];
    if (oldestKept === undefined) return keep;
    const hasStoredValue = (channel: string, version: string) => {
      const blob = statements.blob.get(threadId, ns, channel, version);
      return blob !== undefined && blob.type !== EMPTY_BLOB_TYPE;
    };
    // DeltaChannels (named in LangGraph's metadata) rebuild their value from
    // ancestor writes back to the nearest stored snapshot.
    const oldestVersions = JSON.parse(oldestKept.channel_versions) as Record<string, string>;
    const unseeded = new Set(
      Object.keys(JSON.parse(oldestKept.delta_counters ?? "{}") as Record<string, unknown>).filter(
        (channel) => oldestVersions[channel] === undefined || !hasStoredValue(channel, oldestVersions[channel]),
      ),
    );
    const kept = new Set(keep);
    let ancestor = oldestKept.parent_checkpoint_id === null ? undefined : byId.get(oldestKept.parent_checkpoint_id);
    while (unseeded.size > 0 && ancestor !== undefined && !kept.has(ancestor.checkpoint_id)) {
      keep.push(ancestor.checkpoint_id);
      kept.add(ancestor.checkpoint_id);
      const versions = JSON.parse(ancestor.channel_versions) as Record<string, string>;
      for (const channel of unseeded) {
        const version = versions[channel];
        if (version !== undefined && hasStoredValue(channel, version)) unseeded.delete(channel);
      }
      ancestor = ancestor.parent_checkpoint_id === null ? undefined : byId.get(ancestor.parent_checkpoint_id);
    }
    return keep;
  }

  async #encode(value: unknown, what: string): Promise<StoredValue> {
    try {
      return await encodeValue(this.serde, value);
    } catch (error) {
      throw new CheckpointSerializationError(`Cannot serialize ${what}: ${errorMessage(error)}`, { cause: error });
    }
  }

  /** Metadata stays uncompressed JSON text so that `list` can filter on it in SQL. */
  async #encodeMetadata(metadata: CheckpointMetadata, checkpointId: string): Promise<string> {
    const [type, data] = await this.serde.dumpsTyped(metadata).catch((error: unknown) => {
      throw new CheckpointSerializationError(
        `Cannot serialize the metadata of checkpoint ${checkpointId}: ${errorMessage(error)}`,
        { cause: error },
      );
    });
    if (type !== "json") {
      throw new CheckpointSerializationError(
        `The serializer turned the metadata of checkpoint ${checkpointId} into "${type}"; metadata must serialize to JSON.`,
      );
    }
    return typeof data === "string" ? data : new TextDecoder().decode(data);
  }

  #decode<T>(type: string, data: Uint8Array): Promise<T> {
    return decodeValue<T>(this.serde, type, data);
  }
}

/**
 * A JSON path naming one top-level metadata key. SQLite's path syntax has no
 * escape for a double quote inside a quoted label, so such keys are refused.
 */
function metadataPath(key: string): string {
  if (key.includes('"')) {
    throw new InvalidCheckpointConfigError(`list: metadata filter key ${JSON.stringify(key)} contains a double quote.`);
  }
  return `$."${key}"`;
}

/**
 * The DeltaChannels a checkpoint did not snapshot: LangGraph counts supersteps
 * since the last snapshot in `counters_since_delta_snapshot` and drops a
 * channel from it at the checkpoint that snapshots it.
 */
function deltaChannelsNotSnapshotted(metadata: string): Set<string> | undefined {
  if (!metadata.includes('"counters_since_delta_snapshot"')) return undefined;
  const counters = (JSON.parse(metadata) as { counters_since_delta_snapshot?: Record<string, unknown> }).counters_since_delta_snapshot;
  return counters !== null && typeof counters === "object" ? new Set(Object.keys(counters)) : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
