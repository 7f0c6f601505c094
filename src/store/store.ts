import {
  BaseStore,
  InvalidNamespaceError,
  type GetOperation,
  type Item,
  type ListNamespacesOperation,
  type MatchCondition,
  type Operation,
  type OperationResults,
  type PutOperation,
  type SearchItem,
  type SearchOperation,
} from "@langchain/langgraph-checkpoint";
import type { Statement } from "better-sqlite3";
import { openDatabase, type SqliteDatabase } from "../sqlite/database.js";
import { withBusyError } from "../sqlite/busy.js";
import { applyMigrations } from "../sqlite/migrations.js";
import { InvalidFilterError, InvalidValueError } from "./errors.js";
import { compileFilter, type CompiledFilter } from "./filter.js";
import { STORE_MIGRATIONS } from "./migrations.js";
import { checkNamespace, decodeNamespace, encodeNamespace, prefixRange } from "./namespace.js";
import { parseStoreOptions, type SqliteStoreOptions, type StoreIndexConfig, type StoreTtlConfig } from "./options.js";
import { cosine, indexedTexts, queryTerms, scopeToken, toKeywordQuery } from "./text.js";

/** A put with an optional time-to-live in minutes (`null`: never expires), as the Postgres store takes it. */
export interface SqlitePutOperation extends PutOperation {
  ttl?: number | null;
}

interface ItemRow {
  id: number;
  namespace: string;
  key: string;
  value: string;
  created_at: string;
  updated_at: string;
  ttl_minutes: number | null;
}

/** A put, serialized and embedded, ready for the synchronous transaction. */
interface PreparedPut {
  namespace: string;
  /** Keyword-index tokens of every prefix of the namespace. */
  scope: string;
  key: string;
  value: string | null;
  texts: { field: string; text: string }[];
  vectors: Float32Array[];
  ttlMinutes: number | null;
}

/** Keyword candidates fused with vector scores in hybrid mode. */
const HYBRID_KEYWORD_CANDIDATES = 100;
/** Namespaces whose keyword-index tokens are remembered; the cache starts over when full. */
const SCOPE_TOKEN_CACHE_SIZE = 10_000;
/** The reciprocal-rank-fusion constant from the original paper. */
const RRF_K = 60;

/**
 * The SQLite `BaseStore`: cross-thread memory for LangGraph.js in one file.
 *
 * - Every operation of a `batch` runs in one transaction. As in
 *   `InMemoryStore`, the reads of a batch see the store as it was before the
 *   batch, and of several puts to one key the last wins.
 * - Namespace prefixes match whole labels: `["users", "u1"]` never matches
 *   `["users", "u10"]`; `%`, `_`, `\`, quotes and unicode are plain text.
 * - Filters (`$eq $ne $gt $gte $lt $lte $in $nin`, dotted paths) run in SQL.
 * - `search(prefix, { query })` ranks by keyword (FTS5 BM25) even without
 *   embeddings; with `index`, by cosine similarity or a fusion of both.
 * - Items can expire (`ttl`), and expired items are never returned, swept or not.
 *
 * Deliberate differences from `InMemoryStore`: filters compare objects and
 * arrays by value (it compares them by identity) and numbers with numbers,
 * strings with strings (it coerces `$gt` operands to numbers); dotted filter
 * keys are nested paths (it reads them as one top-level key); a `query`
 * without embeddings ranks by keywords (it ignores it); results of a search
 * without a query come by namespace (sorted), then creation (it orders
 * namespaces by when each was first written); returned items are copies (its alias the
 * stored objects).
 *
 * @example
 * ```ts
 * const store = SqliteStore.fromConnString("./memory.db");
 * await store.put(["users", "u1", "prefs"], "theme", { value: "dark" });
 * const hits = await store.search(["users", "u1"], { query: "theme", filter: { value: "dark" } });
 * ```
 */
export class SqliteStore extends BaseStore {
  /** The connection the store reads and writes through. */
  readonly db: SqliteDatabase;

  readonly #ownsDb: boolean;
  readonly #index: StoreIndexConfig | undefined;
  readonly #ttl: StoreTtlConfig | undefined;
  readonly #searchMode: "hybrid" | "vector" | "keyword";
  readonly #maxValueBytes: number;
  readonly #statements = new Map<string, Statement<unknown[], unknown>>();
  readonly #scopeTokenCache = new Map<string, string>();
  #ready = false;
  #sweeper: NodeJS.Timeout | undefined;

  constructor(options: SqliteStoreOptions) {
    super();
    const { target, index, ttl, searchMode, maxValueBytes, busyTimeoutMs } = parseStoreOptions(options);
    const opened = openDatabase(target, { busyTimeoutMs });
    this.db = opened.db;
    this.#ownsDb = opened.owned;
    this.#index = index;
    this.#ttl = ttl;
    this.#searchMode = searchMode;
    this.#maxValueBytes = maxValueBytes;
  }

  /** Opens (or creates) the store at `path`, a file path or `":memory:"`. */
  static fromConnString(path: string, options: Omit<SqliteStoreOptions, "path" | "db"> = {}): SqliteStore {
    return new SqliteStore({ ...options, path });
  }

  /** Creates or migrates the schema. Idempotent, and done by the first operation anyway. */
  async setup(): Promise<void> {
    this.#prepare();
  }

  /** Starts the TTL sweeper when `ttl.sweepIntervalMinutes` is set. */
  override start(): void {
    const minutes = this.#ttl?.sweepIntervalMinutes;
    if (minutes === undefined || this.#sweeper !== undefined) return;
    this.#sweeper = setInterval(() => this.sweepExpired(), minutes * 60_000);
    this.#sweeper.unref();
  }

  /** Stops the sweeper, and closes the connection if the store opened it. */
  override stop(): void {
    clearInterval(this.#sweeper);
    this.#sweeper = undefined;
    if (this.#ownsDb && this.db.open) this.db.close();
  }

  /** Never serializes the connection. */
  toJSON(): string {
    return "SqliteStore";
  }

  /** Deletes expired items now and returns how many. */
  sweepExpired(): number {
    this.#prepare();
    const now = Date.now();
    const sweep = this.db.transaction(() => {
      const expired = this.#statement<[number], { id: number }>(
        "SELECT id FROM store_items WHERE expires_at IS NOT NULL AND expires_at <= ?",
      ).all(now);
      for (const { id } of expired) this.#deleteItem(id);
      return expired.length;
    });
    return withBusyError(this.db, () => sweep.immediate());
  }

  /**
   * Stores `value` under `key`, like `BaseStore.put`, with an optional TTL
   * in minutes (`null` never expires; the store's `defaultTtl` otherwise).
   */
  override async put(
    namespace: string[],
    key: string,
    value: Record<string, unknown>,
    index?: false | string[],
    options: { ttl?: number | null } = {},
  ): Promise<void> {
    checkNamespace(namespace);
    const operation: SqlitePutOperation = { namespace, key, value, index };
    if (options.ttl !== undefined) operation.ttl = options.ttl;
    await this.batch([operation]);
  }

  override async batch<Op extends Operation[]>(operations: Op): Promise<OperationResults<Op>> {
    this.#prepare();
    const reads: { index: number; run: (now: number) => unknown }[] = [];
    const puts = new Map<string, SqlitePutOperation>();
    for (const [index, operation] of operations.entries()) {
      if ("namespacePrefix" in operation) {
        const search = await this.#planSearch(operation);
        reads.push({ index, run: search });
      } else if ("value" in operation) {
        checkPut(operation);
        // Last write wins, applied where the key's first put stood (as in InMemoryStore).
        puts.set(encodeNamespace(operation.namespace) + "\u0000" + operation.key, operation);
      } else if ("namespace" in operation) {
        checkNamespace(operation.namespace);
        reads.push({ index, run: (now) => this.#get(operation, now) });
      } else {
        const list = this.#planListNamespaces(operation as ListNamespacesOperation);
        reads.push({ index, run: list });
      }
    }
    const prepared = await this.#preparePuts([...puts.values()]);
    const results: unknown[] = new Array(operations.length).fill(null);
    const run = this.db.transaction(() => {
      const now = Date.now();
      for (const { index, run } of reads) results[index] = run(now);
      for (const put of prepared) this.#write(put, now);
    });
    // A batch that writes takes the write lock up front, so it cannot fail halfway on a lock upgrade;
    // a single read is one statement, atomic without a transaction.
    if (prepared.length > 0 || this.#refreshesOnRead) withBusyError(this.db, () => run.immediate());
    else if (reads.length === 1) results[reads[0]!.index] = reads[0]!.run(Date.now());
    else run.deferred();
    return results as OperationResults<Op>;
  }

  /** Whether reads may extend TTLs, and so write. */
  get #refreshesOnRead(): boolean {
    return this.#ttl?.refreshOnRead !== false && this.#hasTtlItems();
  }

  #hasTtlItems(): boolean {
    return this.#statement<[], { found: number }>("SELECT EXISTS (SELECT 1 FROM store_items WHERE expires_at IS NOT NULL) AS found").get()!.found === 1;
  }

  #prepare(): void {
    if (this.#ready) return;
    applyMigrations(this.db, "store_migrations", STORE_MIGRATIONS);
    this.#ready = true;
  }

  #statement<P extends unknown[], R = unknown>(sql: string): Statement<P, R> {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement as unknown as Statement<P, R>;
  }

  #get(operation: GetOperation, now: number): Item | null {
    const row = this.#statement<[string, string, number], ItemRow>(
      `SELECT id, namespace, key, value, created_at, updated_at, ttl_minutes FROM store_items
       WHERE namespace = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)`,
    ).get(encodeNamespace(operation.namespace), operation.key, now);
    if (row === undefined) return null;
    this.#refresh([row], now);
    return toItem(row);
  }

  /** Validates a search and embeds its query; returns the read to run inside the transaction. */
  async #planSearch(operation: SearchOperation): Promise<(now: number) => SearchItem[]> {
    checkNamespace(operation.namespacePrefix, { allowEmpty: true });
    const filter = compileFilter(operation.filter);
    const limit = checkCount(operation.limit ?? 10, "limit");
    const offset = checkCount(operation.offset ?? 0, "offset");
    const range = prefixRange(operation.namespacePrefix);
    const scope: CompiledFilter = {
      sql: `${range ? "i.namespace >= ? AND i.namespace < ? AND " : ""}(i.expires_at IS NULL OR i.expires_at > ?) AND ${filter.sql}`,
      params: range ? [range.from, range.to] : [],
    };
    const terms = operation.query === undefined ? undefined : toKeywordQuery(queryTerms(operation.query));
    const keywords =
      terms === undefined || range === undefined ? terms : `scope : "${scopeToken(range.from)}" AND text : (${terms})`;
    const mode = this.#searchMode;
    const queryVector =
      operation.query !== undefined && mode !== "keyword" && this.#index !== undefined
        ? Float32Array.from(await this.#index.embeddings.embedQuery(operation.query))
        : undefined;
    return (now) => {
      const params = [...scope.params, now, ...filter.params];
      let ranked: { row: ItemRow; score?: number }[];
      if (queryVector !== undefined && mode === "vector") {
        ranked = this.#vectorRanked(scope.sql, params, queryVector);
      } else if (queryVector !== undefined) {
        ranked = fuse(
          keywords === undefined ? [] : this.#keywordRanked(scope.sql, params, keywords, HYBRID_KEYWORD_CANDIDATES + offset + limit, 0),
          this.#vectorRanked(scope.sql, params, queryVector),
        );
      } else if (keywords !== undefined) {
        const rows = this.#keywordRanked(scope.sql, params, keywords, limit, offset);
        this.#refresh(rows.map(({ row }) => row), now);
        return rows.map(({ row, score }) => ({ ...toItem(row), score }));
      } else {
        const rows = this.#statement<unknown[], ItemRow>(
          `SELECT i.id, i.namespace, i.key, i.value, i.created_at, i.updated_at, i.ttl_minutes
           FROM store_items AS i WHERE ${scope.sql} ORDER BY i.namespace, i.id LIMIT ? OFFSET ?`,
        ).all(...params, limit, offset);
        this.#refresh(rows, now);
        return rows.map((row) => ({ ...toItem(row), score: undefined }));
      }
      const page = ranked.slice(offset, offset + limit);
      this.#refresh(page.map(({ row }) => row), now);
      return page.map(({ row, score }) => ({ ...toItem(row), score }));
    };
  }

  /** BM25 over the indexed text; the score is `-bm25`, so higher is better. */
  #keywordRanked(where: string, params: unknown[], keywords: string, limit: number, offset: number) {
    return this.#statement<unknown[], ItemRow & { rank: number }>(
      `SELECT i.id, i.namespace, i.key, i.value, i.created_at, i.updated_at, i.ttl_minutes, bm25(store_fts, 1.0, 0.0) AS rank
       FROM store_fts JOIN store_items AS i ON i.id = store_fts.rowid
       WHERE store_fts MATCH ? AND ${where} ORDER BY rank LIMIT ? OFFSET ?`,
    )
      .all(keywords, ...params, limit, offset)
      .map(({ rank, ...row }) => ({ row, score: -rank }));
  }

  /** Cosine similarity over the filtered candidates' vectors (best field per item); items without vectors come last. */
  #vectorRanked(where: string, params: unknown[], query: Float32Array) {
    const rows = this.#statement<unknown[], ItemRow & { vector: Buffer | null }>(
      `SELECT i.id, i.namespace, i.key, i.value, i.created_at, i.updated_at, i.ttl_minutes, v.vector
       FROM store_items AS i LEFT JOIN store_vectors AS v ON v.item_id = i.id WHERE ${where} ORDER BY i.namespace, i.id`,
    ).all(...params);
    const best = new Map<number, { row: ItemRow; score?: number }>();
    for (const { vector, ...row } of rows) {
      const score = vector === null ? undefined : cosine(query, toVector(vector));
      const known = best.get(row.id);
      if (known === undefined || (score !== undefined && (known.score ?? -Infinity) < score)) best.set(row.id, { row, score });
    }
    return [...best.values()].sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity));
  }

  #planListNamespaces(operation: ListNamespacesOperation): (now: number) => string[][] {
    const conditions = operation.matchConditions ?? [];
    for (const condition of conditions) checkMatchCondition(condition);
    const limit = checkCount(operation.limit ?? 100, "limit");
    const offset = checkCount(operation.offset ?? 0, "offset");
    const prefix = conditions.find((condition) => condition.matchType === "prefix")?.path ?? [];
    const fixed = prefix.slice(0, prefix.includes("*") ? prefix.indexOf("*") : prefix.length);
    const range = prefixRange(fixed);
    return (now) => {
      const rows = this.#statement<unknown[], { namespace: string }>(
        `SELECT n.namespace FROM store_namespaces AS n
         WHERE ${range ? "n.namespace >= ? AND n.namespace < ? AND " : ""}EXISTS (
           SELECT 1 FROM store_items AS i WHERE i.namespace = n.namespace AND (i.expires_at IS NULL OR i.expires_at > ?))`,
      ).all(...(range ? [range.from, range.to] : []), now);
      let namespaces = rows.map(({ namespace }) => decodeNamespace(namespace));
      namespaces = namespaces.filter((namespace) => conditions.every((condition) => matches(condition, namespace)));
      if (operation.maxDepth !== undefined) {
        const unique = new Map(namespaces.map((namespace) => namespace.slice(0, operation.maxDepth)).map((ns) => [encodeNamespace(ns), ns]));
        namespaces = [...unique.values()];
      }
      // InMemoryStore's order, so that results page identically.
      namespaces.sort((a, b) => a.join(":").localeCompare(b.join(":")));
      return namespaces.slice(offset, offset + limit);
    };
  }

  /** Serializes puts and computes their embeddings before the synchronous transaction. */
  async #preparePuts(puts: SqlitePutOperation[]): Promise<PreparedPut[]> {
    const prepared = puts.map((put): PreparedPut => {
      const fields = put.index === false ? [] : put.index ?? this.#index?.fields;
      const value = put.value === null ? null : serializeValue(put.key, put.value, this.#maxValueBytes);
      return {
        namespace: encodeNamespace(put.namespace),
        scope: this.#scopeTokens(put.namespace),
        key: put.key,
        value,
        texts: put.value === null || put.index === false ? [] : indexedTexts(put.value, fields),
        vectors: [],
        ttlMinutes: put.ttl === undefined ? this.#ttl?.defaultTtl ?? null : put.ttl,
      };
    });
    const toEmbed = this.#index === undefined ? [] : prepared.filter((put) => put.texts.length > 0);
    const texts = toEmbed.flatMap((put) => put.texts.map(({ text }) => text));
    if (texts.length > 0) {
      const vectors = await this.#index!.embeddings.embedDocuments(texts);
      let next = 0;
      for (const put of toEmbed) put.vectors = put.texts.map(() => Float32Array.from(vectors[next++]!));
    }
    return prepared;
  }

  #write(put: PreparedPut, now: number): void {
    const existing = this.#statement<[string, string], { id: number }>(
      "SELECT id FROM store_items WHERE namespace = ? AND key = ?",
    ).get(put.namespace, put.key);
    if (put.value === null) {
      if (existing !== undefined) this.#deleteItem(existing.id);
      return;
    }
    const timestamp = new Date(now).toISOString();
    const expiresAt = put.ttlMinutes === null ? null : now + put.ttlMinutes * 60_000;
    // An item that had expired is a new item: its creation time starts again.
    const { id } = this.#statement<unknown[], { id: number }>(
      `INSERT INTO store_items (namespace, key, value, created_at, updated_at, expires_at, ttl_minutes)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (namespace, key) DO UPDATE SET
         value = excluded.value, updated_at = excluded.updated_at,
         created_at = CASE WHEN store_items.expires_at IS NOT NULL AND store_items.expires_at <= ?
           THEN excluded.created_at ELSE store_items.created_at END,
         expires_at = excluded.expires_at, ttl_minutes = excluded.ttl_minutes
       RETURNING id`,
    ).get(put.namespace, put.key, put.value, timestamp, timestamp, expiresAt, put.ttlMinutes, now)!;
    if (existing !== undefined) {
      this.#statement<[number]>("DELETE FROM store_fts WHERE rowid = ?").run(id);
      this.#statement<[number]>("DELETE FROM store_vectors WHERE item_id = ?").run(id);
    }
    if (put.texts.length > 0) {
      this.#statement<[number, string, string]>("INSERT INTO store_fts (rowid, text, scope) VALUES (?, ?, ?)").run(
        id,
        put.texts.map(({ text }) => text).join("\n"),
        put.scope,
      );
    }
    const insertVector = this.#statement<[number, string, Buffer]>(
      "INSERT OR REPLACE INTO store_vectors (item_id, field, vector) VALUES (?, ?, ?)",
    );
    put.vectors.forEach((vector, i) => insertVector.run(id, put.texts[i]!.field, Buffer.from(vector.buffer)));
  }

  #deleteItem(id: number): void {
    this.#statement<[number]>("DELETE FROM store_fts WHERE rowid = ?").run(id);
    this.#statement<[number]>("DELETE FROM store_items WHERE id = ?").run(id);
  }

  /** The keyword-index tokens of every prefix of a namespace, remembered per namespace. */
  #scopeTokens(namespace: string[]): string {
    const encoded = encodeNamespace(namespace);
    let tokens = this.#scopeTokenCache.get(encoded);
    if (tokens === undefined) {
      tokens = namespace.map((_, depth) => scopeToken(encodeNamespace(namespace.slice(0, depth + 1)))).join(" ");
      if (this.#scopeTokenCache.size >= SCOPE_TOKEN_CACHE_SIZE) this.#scopeTokenCache.clear();
      this.#scopeTokenCache.set(encoded, tokens);
    }
    return tokens;
  }

  /** Extends the life of items just read, when the store refreshes TTLs on read. */
  #refresh(rows: ItemRow[], now: number): void {
    if (this.#ttl?.refreshOnRead === false) return;
    const refresh = this.#statement<[number, number]>("UPDATE store_items SET expires_at = ? WHERE id = ?");
    for (const row of rows) if (row.ttl_minutes !== null) refresh.run(now + row.ttl_minutes * 60_000, row.id);
  }
}

function toItem(row: ItemRow): Item {
  return {
    namespace: decodeNamespace(row.namespace),
    key: row.key,
    value: JSON.parse(row.value) as Record<string, unknown>,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function toVector(blob: Buffer): Float32Array {
  return new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

/** Reciprocal-rank fusion: each list contributes 1 / (k + rank) for every item it ranks. */
function fuse(...lists: { row: ItemRow; score?: number }[][]): { row: ItemRow; score: number }[] {
  const fused = new Map<number, { row: ItemRow; score: number }>();
  for (const list of lists) {
    list
      .filter(({ score }) => score !== undefined)
      .forEach(({ row }, rank) => {
        const entry = fused.get(row.id) ?? { row, score: 0 };
        entry.score += 1 / (RRF_K + rank + 1);
        fused.set(row.id, entry);
      });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}

function checkPut(operation: SqlitePutOperation): void {
  checkNamespace(operation.namespace);
  if (typeof operation.key !== "string" || operation.key.includes("\u0000")) {
    throw new InvalidNamespaceError(`Item keys must be strings without NUL characters, got ${JSON.stringify(operation.key)}.`);
  }
  if (operation.value !== null && (typeof operation.value !== "object" || Array.isArray(operation.value))) {
    throw new InvalidValueError(`A stored value must be an object (or null to delete), got ${Array.isArray(operation.value) ? "an array" : typeof operation.value}.`);
  }
  if (operation.ttl !== undefined && operation.ttl !== null && !(operation.ttl > 0)) {
    throw new InvalidValueError(`ttl must be a positive number of minutes or null, got ${String(operation.ttl)}.`);
  }
}

/** Deeper values are refused: SQLite's JSON functions stop at 1,000 levels, and no memory needs 100. */
const MAX_VALUE_DEPTH = 100;

/** A value as stored JSON, or an InvalidValueError saying why it cannot be stored. */
function serializeValue(key: string, value: Record<string, unknown>, maxBytes: number): string {
  let json: string;
  try {
    json = JSON.stringify(value, depthGuard());
  } catch (error) {
    throw new InvalidValueError(`The value for key "${key}" cannot be stored as JSON: ${(error as Error).message}`, { cause: error });
  }
  const bytes = Buffer.byteLength(json);
  if (bytes > maxBytes) {
    throw new InvalidValueError(`The value for key "${key}" is ${bytes} bytes as JSON, over the store's maxValueBytes of ${maxBytes}.`);
  }
  return json;
}

/** A JSON.stringify replacer that throws past MAX_VALUE_DEPTH levels of nesting. */
function depthGuard() {
  const depths = new WeakMap<object, number>();
  return function (this: unknown, _key: string, value: unknown) {
    if (value !== null && typeof value === "object") {
      const depth = this !== null && typeof this === "object" ? (depths.get(this) ?? 0) + 1 : 0;
      if (depth > MAX_VALUE_DEPTH) throw new Error(`nested deeper than ${MAX_VALUE_DEPTH} levels`);
      depths.set(value, depth);
    }
    return value;
  };
}

function checkCount(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new InvalidFilterError(`${name} must be a non-negative integer, got ${value}.`);
  return value;
}

function checkMatchCondition(condition: MatchCondition): void {
  if (condition.matchType !== "prefix" && condition.matchType !== "suffix") {
    throw new InvalidFilterError(`Unknown namespace match type "${String(condition.matchType)}".`);
  }
  if (!Array.isArray(condition.path) || condition.path.some((label) => typeof label !== "string")) {
    throw new InvalidNamespaceError("A namespace match path must be an array of strings.");
  }
}

/** A prefix or suffix condition with `*` matching any one label, as InMemoryStore applies it. */
function matches({ matchType, path }: MatchCondition, namespace: string[]): boolean {
  if (path.length > namespace.length) return false;
  const start = matchType === "prefix" ? 0 : namespace.length - path.length;
  return path.every((label, i) => label === "*" || namespace[start + i] === label);
}
