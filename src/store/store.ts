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
import { EmbeddingDimensionError, InvalidFilterError, InvalidValueError } from "./errors.js";
import { checkCondition, conditionHolds, type CheckedCondition, type StoreCondition } from "./conditions.js";
import { indexedFields, type IndexedScalar } from "./fields.js";
import { compileFilter, filterWithout, type CompiledFilter, type CompiledSearchFilter, type IndexedCondition } from "./filter.js";
import { STORE_MIGRATIONS } from "./migrations.js";
import { serializeValue } from "./value.js";
import { checkNamespace, decodeNamespace, encodeNamespace, prefixRange } from "./namespace.js";
import { checkKeywordSearch, parseStoreOptions, type SqliteStoreOptions, type StoreIndexConfig, type StoreTtlConfig } from "./options.js";
import { settleIndexSettings, type StoreIndexSettings } from "./settings.js";
import { cosine, indexedTexts, keywordExpression, queryTerms, scopeToken, type KeywordQuery } from "./text.js";

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

/** How a search with a `query` ranks (see the `searchMode` option). */
type SearchMode = "hybrid" | "vector" | "keyword";

/** How a prepared statement returns rows: as objects, as arrays, or as their first column. */
type RowShape = "object" | "raw" | "pluck";

/** What removing an item from the indexes needs to know of it. */
interface StoredRow {
  id: number;
  namespace: string;
  value: string;
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
  /** The filter-index rows of the value. */
  fields: [string, IndexedScalar][];
  ttlMinutes: number | null;
}

/** The ids of the items at the (namespace, key) pairs of a bound JSON array. */
const ITEM_IDS_OF_KEYS =
  "SELECT i.id FROM json_each(?) AS j CROSS JOIN store_items AS i ON i.namespace = j.value ->> 0 AND i.key = j.value ->> 1";

// Limits and offsets are bound as `LIMIT +?`, never `LIMIT ?`: SQLite's planner may use a bare LIMIT
// parameter's value, so binding one expires the statement and every run prepares it again (~6 µs).

/** Most index entries counted per condition when choosing which one drives a filtered listing. */
const INDEX_PROBE_CAP = 256;
/** Items a keyword search term may match within the searched scope before it counts as a common term. */
const COMMON_TERM_MATCHES = 3_000;
/** FTS5 matches ranked before the first join to items in a keyword search. */
const KEYWORD_CANDIDATES = 50;
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
  readonly #chosenSearchMode: SearchMode | undefined;
  readonly #wantedIndexes: Partial<StoreIndexSettings>;
  readonly #maxValueBytes: number;
  readonly #statements: Record<RowShape, Map<string, Statement<unknown[], unknown>>> = { object: new Map(), raw: new Map(), pluck: new Map() };
  readonly #scopeTokenCache = new Map<string, string>();
  /** Writes prepared puts in one transaction; call `.immediate()` to take the write lock up front. */
  readonly #writeTransaction;
  #ready = false;
  /** The file's index settings, and the search mode they allow; settled by the first operation. */
  #indexes: StoreIndexSettings = { keywordIndex: true, filterIndex: true };
  #searchMode: SearchMode = "keyword";
  /** Whether `store_fields` holds every item's rows, so equality filters may use it. */
  #fieldsIndexed = false;
  #sweeper: NodeJS.Timeout | undefined;

  constructor(options: SqliteStoreOptions) {
    super();
    const { target, index, ttl, searchMode, maxValueBytes, busyTimeoutMs, indexes } = parseStoreOptions(options);
    const opened = openDatabase(target, { busyTimeoutMs });
    this.db = opened.db;
    this.#ownsDb = opened.owned;
    this.#index = index;
    this.#ttl = ttl;
    this.#chosenSearchMode = searchMode;
    this.#wantedIndexes = indexes;
    this.#maxValueBytes = maxValueBytes;
    this.#writeTransaction = this.db.transaction((puts: readonly PreparedPut[], now: number) => this.#writeAll(puts, now));
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

  /**
   * BaseStore's lifecycle hook: stops the sweeper and, as {@link close} does,
   * closes the connection if the store opened it.
   */
  override stop(): void {
    this.close();
  }

  /**
   * Closes what the store opened: stops the TTL sweeper, and closes the
   * connection if the store opened it (a `db` you passed stays open).
   * Idempotent; the same name as `SqliteSaver.close()`.
   */
  close(): void {
    clearInterval(this.#sweeper);
    this.#sweeper = undefined;
    if (this.#ownsDb && this.db.open) this.db.close();
  }

  /** The semantic-search config (`dims`, `embeddings`, `fields`), as `InMemoryStore` exposes it; undefined without one. */
  get indexConfig(): StoreIndexConfig | undefined {
    return this.#index;
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
      const expired = this.#statement<[number], StoredRow>(
        "SELECT id, namespace, value FROM store_items WHERE expires_at IS NOT NULL AND expires_at <= ?",
      ).all(now);
      this.#unindex(expired);
      this.#statement<[string]>("DELETE FROM store_items WHERE id IN (SELECT value FROM json_each(?))").run(
        JSON.stringify(expired.map(({ id }) => id)),
      );
      return expired.length;
    });
    return withBusyError(this.db, () => sweep.immediate());
  }

  /**
   * Stores `value` under `key`, like `BaseStore.put`, with an optional TTL
   * in minutes (`null` never expires; the store's `defaultTtl` otherwise).
   * The fast path: no batch planning, one write transaction.
   */
  override async put(
    namespace: string[],
    key: string,
    value: Record<string, unknown>,
    index?: false | string[],
    options: { ttl?: number | null } = {},
  ): Promise<void> {
    // BaseStore.put reserves the "langgraph" root label (a batch may still write there, as in InMemoryStore).
    checkNamespace(namespace, { allowReservedRoot: false });
    const operation: SqlitePutOperation = { namespace, key, value, index };
    if (options.ttl !== undefined) operation.ttl = options.ttl;
    checkPut(operation);
    this.#prepare();
    const prepared = [this.#preparePut(operation)];
    if (this.#index !== undefined) await this.#embed(prepared);
    withBusyError(this.db, () => this.#writeTransaction.immediate(prepared, Date.now()));
  }

  /** `BaseStore.get`, without batch planning or a transaction: one statement, and a TTL refresh only for an item with a TTL. */
  override async get(namespace: string[], key: string): Promise<Item | null> {
    checkNamespace(namespace, { allowEmpty: true });
    this.#prepare();
    return this.#get({ namespace, key }, Date.now());
  }

  /** `BaseStore.search`, without batch planning: one read (and TTL refreshes of the items returned that have one). */
  override async search(
    namespacePrefix: string[],
    options: { filter?: Record<string, unknown>; limit?: number; offset?: number; query?: string } = {},
  ): Promise<SearchItem[]> {
    this.#prepare();
    const { filter, limit = 10, offset = 0, query } = options;
    const run = await this.#planSearch({ namespacePrefix, filter, limit, offset, query });
    return run(Date.now());
  }

  /**
   * The atomic compare-and-write the memory layer uses (refresh, supersede,
   * prune): runs `operations` (puts, and deletes with `value: null`) in one
   * write transaction (`BEGIN IMMEDIATE`) if, inside it, every condition
   * holds, so no other writer, in this process or another, can change an
   * item between the check and the write.
   *
   * @returns `true` when the operations were applied, `false` when a
   *   condition failed (then nothing is written).
   * @throws InvalidFilterError for a condition whose `field` is not a plain
   *   top-level key (letters, digits, `_`) or whose `equals` is not a scalar.
   *
   * @example
   * ```ts
   * // Replace the live record only if it is still the one we read.
   * const applied = await store.conditionalBatch(
   *   [{ namespace: ["memories", "u1"], key: "k", field: "id", equals: seen.id }],
   *   [{ namespace: ["memories", "u1"], key: "k", value: next }],
   * );
   * ```
   */
  async conditionalBatch(conditions: readonly StoreCondition[], operations: readonly PutOperation[]): Promise<boolean> {
    this.#prepare();
    const checked = conditions.map(checkCondition);
    const puts = new Map<string, SqlitePutOperation>();
    for (const operation of operations) {
      if (operation === null || typeof operation !== "object" || !("value" in operation) || "namespacePrefix" in operation) {
        throw new InvalidValueError("conditionalBatch takes puts and deletes only (operations with a `value`, null to delete).");
      }
      checkPut(operation);
      puts.set(putKey(operation), operation);
    }
    const prepared = await this.#preparePuts([...puts.values()]);
    const write = this.db.transaction(() => {
      const now = Date.now();
      if (!checked.every((condition) => this.#holds(condition, now))) return false;
      this.#writeAll(prepared, now);
      return true;
    });
    return withBusyError(this.db, () => write.immediate());
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
        puts.set(putKey(operation), operation);
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
      this.#writeAll(prepared, now);
    });
    // A batch that writes takes the write lock up front, so it cannot fail halfway on a lock upgrade;
    // a single read is one statement, atomic without a transaction.
    if (prepared.length > 0 || this.#refreshesOnRead) withBusyError(this.db, () => run.immediate());
    else if (reads.length === 1) results[reads[0]!.index] = reads[0]!.run(Date.now());
    else run.deferred();
    return results as OperationResults<Op>;
  }

  /** Whether an item's texts go anywhere: the keyword index or the embeddings. */
  get #indexesTexts(): boolean {
    return this.#indexes.keywordIndex || this.#index !== undefined;
  }

  /** Whether reads may extend TTLs, and so write. */
  get #refreshesOnRead(): boolean {
    return this.#refreshEnabled && this.#hasTtlItems();
  }

  /** Whether reads extend TTLs at all: never on a read-only connection, which cannot write. */
  get #refreshEnabled(): boolean {
    return this.#ttl?.refreshOnRead !== false && !this.db.readonly;
  }

  #hasTtlItems(): boolean {
    return this.#statement<[], { found: number }>("SELECT EXISTS (SELECT 1 FROM store_items WHERE expires_at IS NOT NULL) AS found").get()!.found === 1;
  }

  #prepare(): void {
    if (this.#ready) return;
    applyMigrations(this.db, "store_migrations", STORE_MIGRATIONS);
    this.#indexes = settleIndexSettings(this.db, this.#wantedIndexes);
    checkKeywordSearch(this.#chosenSearchMode, this.#indexes.keywordIndex, "this store file was set up without one (keywordIndex: false)");
    this.#searchMode = this.#chosenSearchMode ?? (this.#index ? "vector" : "keyword");
    this.#fieldsIndexed = this.#indexes.filterIndex && this.#backfillFields();
    this.#ready = true;
  }

  /**
   * Adds the filter-index rows of items written before the index existed
   * (schema version 1). Returns whether the index is complete: a read-only
   * connection cannot add them, and then filters scan.
   */
  #backfillFields(): boolean {
    const pending = () => this.db.prepare("SELECT EXISTS (SELECT 1 FROM store_fields_backfill) AS pending").get() as { pending: number };
    if (pending().pending === 0) return true;
    if (this.db.readonly) return false;
    const page = this.db.prepare("SELECT id, namespace, value FROM store_items WHERE id > ? ORDER BY id LIMIT 1000");
    const insert = this.db.prepare(
      "INSERT INTO store_fields (path, value, namespace, item_id) SELECT f.value ->> 0, f.value ->> 1, f.value ->> 2, f.value ->> 3 FROM json_each(?) AS f",
    );
    this.db
      .transaction(() => {
        if (pending().pending === 0) return;
        for (let rows = page.all(0) as StoredRow[]; rows.length > 0; rows = page.all(rows.at(-1)!.id) as StoredRow[]) {
          const fields = rows.flatMap(({ id, namespace, value }) =>
            indexedFields(JSON.parse(value) as Record<string, unknown>).map(([path, scalar]) => [path, scalar, namespace, id]),
          );
          if (fields.length > 0) insert.run(JSON.stringify(fields));
        }
        this.db.prepare("DELETE FROM store_fields_backfill").run();
      })
      .immediate();
    return true;
  }

  /**
   * The prepared statement of `sql`, made once per connection and row shape:
   * rows as objects, as arrays (`raw`), or as their first column (`pluck`).
   */
  #statement<P extends unknown[], R = unknown>(sql: string, shape: RowShape = "object"): Statement<P, R> {
    const statements = this.#statements[shape];
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      if (shape === "raw") statement.raw(true);
      if (shape === "pluck") statement.pluck(true);
      statements.set(sql, statement);
    }
    return statement as unknown as Statement<P, R>;
  }

  /** One item by its key: the namespace and key are the caller's, so only the rest is read. */
  #get({ namespace, key }: GetOperation, now: number): Item | null {
    const row = this.#statement<[string, string, number], [number, string, string, string, number | null]>(
      `SELECT id, value, created_at, updated_at, ttl_minutes FROM store_items
       WHERE namespace = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)`,
      "raw",
    ).get(encodeNamespace(namespace), key, now);
    if (row === undefined) return null;
    const [id, value, createdAt, updatedAt, ttlMinutes] = row;
    if (ttlMinutes !== null) this.#refresh([{ id, ttl_minutes: ttlMinutes }], now);
    return { namespace: [...namespace], key, value: JSON.parse(value) as Record<string, unknown>, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt) };
  }

  #holds(condition: CheckedCondition, now: number): boolean {
    const row = this.#statement<[string, string, string, number], { field: string | null }>(
      `SELECT value -> ? AS field FROM store_items
       WHERE namespace = ? AND key = ? AND (expires_at IS NULL OR expires_at > ?)`,
    ).get(condition.jsonPath, condition.namespace, condition.key, now);
    return conditionHolds(condition, row?.field);
  }

  /** Validates a search and embeds its query; returns the read to run inside the transaction. */
  async #planSearch(operation: SearchOperation): Promise<(now: number) => SearchItem[]> {
    checkNamespace(operation.namespacePrefix, { allowEmpty: true });
    const filter = compileFilter(operation.filter);
    const limit = checkCount(operation.limit ?? 10, "limit");
    const offset = checkCount(operation.offset ?? 0, "offset");
    const range = prefixRange(operation.namespacePrefix);
    const scope = searched(range, filter);
    const terms = operation.query === undefined ? [] : queryTerms(operation.query);
    const keywords: KeywordQuery | undefined =
      terms.length === 0 || !this.#indexes.keywordIndex ? undefined : { terms, scope: range === undefined ? undefined : scopeToken(range.from) };
    const mode = this.#searchMode;
    const queryVector =
      operation.query !== undefined && mode !== "keyword" && this.#index !== undefined
        ? this.#checkedVector(await this.#index.embeddings.embedQuery(operation.query), "the search query")
        : undefined;
    return (now) => {
      const params = scope.params(now);
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
        return rows.map(({ row, score }) => toSearchItem(row, score));
      } else {
        const rows =
          (this.#fieldsIndexed && filter.indexed.length > 0
            ? this.#indexedListing(filter, range, now, limit, offset)
            : undefined) ??
          this.#statement<unknown[], ItemRow>(
            `SELECT i.id, i.namespace, i.key, i.value, i.created_at, i.updated_at, i.ttl_minutes
             FROM store_items AS i WHERE ${scope.sql} ORDER BY i.namespace, i.id LIMIT +? OFFSET +?`,
          ).all(...params, limit, offset);
        this.#refresh(rows, now);
        return rows.map((row) => toSearchItem(row, undefined));
      }
      const page = ranked.slice(offset, offset + limit);
      this.#refresh(page.map(({ row }) => row), now);
      return page.map(({ row, score }) => toSearchItem(row, score));
    };
  }

  /**
   * A filtered listing driven by the filter index: the items matching its
   * most selective indexed condition, in (namespace, id) order, checked
   * against the whole filter; nothing at once when one indexed condition
   * matches no item. Selectivity is probed with counts capped at
   * INDEX_PROBE_CAP (all in one statement), so a probe costs little however
   * common a value is; a range driver is sorted, so it drives only when it
   * is known to match fewer than INDEX_PROBE_CAP items. The driver answers
   * its own condition exactly, so only the rest of the filter is checked.
   * Undefined when the index would not help (only unselective ranges), and
   * the caller scans in order.
   */
  #indexedListing(
    filter: CompiledSearchFilter,
    range: { from: string; to: string } | undefined,
    now: number,
    limit: number,
    offset: number,
  ): ItemRow[] | undefined {
    let conditions = filter.indexed;
    const inRange = range ? " AND f.namespace >= ? AND f.namespace < ?" : "";
    const rangeParams = range ? [range.from, range.to] : [];
    // Equalities drive when there are any (a range probe reads entries of every namespace, so it is kept for filters without one).
    const equalities = conditions.filter((condition) => condition.ordered);
    if (equalities.length > 0) conditions = equalities;
    let driver: IndexedCondition | undefined = conditions.length === 1 && conditions[0]!.ordered ? conditions[0] : undefined;
    if (driver === undefined) {
      // An equality seeks straight to its namespace range and counts matches there. A range over numbers
      // cannot (its entries are ordered by value first), so it reads at most INDEX_PROBE_CAP entries and
      // counts those in the namespace range: exact when it read them all, "many" otherwise.
      const probes = conditions.map((condition) =>
        condition.ordered
          ? {
              sql: `(SELECT count(*) FROM (SELECT 1 FROM store_fields AS f WHERE ${condition.sql}${inRange} LIMIT +?))`,
              params: [...condition.params, ...rangeParams, INDEX_PROBE_CAP],
            }
          : {
              sql: `(SELECT CASE WHEN count(*) < ? THEN ${range ? "total(f.namespace >= ? AND f.namespace < ?)" : "count(*)"} ELSE ? END
                 FROM (SELECT f.namespace FROM store_fields AS f WHERE ${condition.sql} LIMIT +?) AS f)`,
              params: [INDEX_PROBE_CAP, ...rangeParams, INDEX_PROBE_CAP, ...condition.params, INDEX_PROBE_CAP],
            },
      );
      const counts = this.#statement<unknown[], number[]>(`SELECT ${probes.map((probe) => probe.sql).join(", ")}`, "raw").get(...probes.flatMap((probe) => probe.params))!;
      if (counts.includes(0)) return [];
      const fewest = Math.min(...counts);
      driver = fewest < INDEX_PROBE_CAP ? conditions[counts.indexOf(fewest)] : conditions.find((condition) => condition.ordered);
      if (driver === undefined) return undefined;
    }
    const rest = searched(range, filterWithout(filter, driver.check));
    return this.#statement<unknown[], ItemRow>(
      `SELECT i.id, i.namespace, i.key, i.value, i.created_at, i.updated_at, i.ttl_minutes
       FROM store_fields AS f CROSS JOIN store_items AS i ON i.id = f.item_id
       WHERE ${driver.sql}${inRange} AND ${rest.sql} ORDER BY f.namespace, f.item_id LIMIT +? OFFSET +?`,
    ).all(...driver.params, ...rangeParams, ...rest.params(now), limit, offset);
  }

  /**
   * BM25 over the indexed text; the score is `-bm25`, so higher is better.
   *
   * FTS5 scores every item that matches any term, at a cost per item, so a
   * term that matches tens of thousands of items would make every search
   * that names it slow. Terms matching more than COMMON_TERM_MATCHES items
   * within the searched scope are therefore common terms, as in Lucene's
   * common-terms query: the other (selective) terms rank alone, and only
   * when they leave the page short are all terms ranked too, over their
   * newest COMMON_TERM_MATCHES matches, the two rankings merged by score. A
   * query of selective terms only, which is every query on a store of fewer
   * items, ranks exactly.
   */
  #keywordRanked(where: string, params: unknown[], query: KeywordQuery, limit: number, offset: number) {
    const { terms, scope } = query;
    const probes = terms.map(() => "(SELECT count(*) FROM (SELECT 1 FROM store_fts WHERE store_fts MATCH ? LIMIT +?))");
    const counts = this.#statement<unknown[], number[]>(`SELECT ${probes.join(", ")}`, "raw")
      .get(...terms.flatMap((term) => [keywordExpression([term], scope), COMMON_TERM_MATCHES + 1]))!;
    const selective = terms.filter((_, i) => counts[i]! <= COMMON_TERM_MATCHES);
    if (selective.length === terms.length) return this.#rankedPage(where, params, keywordExpression(terms, scope), 0, limit, offset);
    const wanted = offset + limit;
    const ranked = selective.length > 0 ? this.#rankedPage(where, params, keywordExpression(selective, scope), 0, wanted, 0) : [];
    if (ranked.length === wanted) return ranked.slice(offset);
    const every = keywordExpression(terms, scope);
    const newest = this.#statement<[string, number], number>(
      "SELECT rowid FROM store_fts WHERE store_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET +?",
      "pluck",
    ).get(every, COMMON_TERM_MATCHES - 1);
    const best = new Map(ranked.map((entry) => [entry.row.id, entry]));
    for (const entry of this.#rankedPage(where, params, every, newest ?? 0, wanted, 0)) {
      if ((best.get(entry.row.id)?.score ?? -Infinity) < entry.score) best.set(entry.row.id, entry);
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.row.id - b.row.id).slice(offset, wanted);
  }

  /**
   * One page of the items matching an FTS5 expression (those from item id
   * `fromId` on), best BM25 first. FTS5 ranks its matches alone first, and
   * only the best candidates are joined to their items and checked against
   * the scope, expiry and filter: joining every match is what made a common
   * word slow. When too few candidates pass, the candidate set grows (x8)
   * until the page is full or the matches run out, so the result is the
   * same as ranking them all.
   */
  #rankedPage(where: string, params: unknown[], expression: string, fromId: number, limit: number, offset: number) {
    const wanted = offset + limit;
    const ranked = this.#statement<unknown[], ItemRow & { rank: number }>(
      `SELECT i.id, i.namespace, i.key, i.value, i.created_at, i.updated_at, i.ttl_minutes, c.rank
       FROM (SELECT rowid, bm25(store_fts, 1.0, 0.0) AS rank FROM store_fts WHERE store_fts MATCH ? AND rowid >= ? ORDER BY rank, rowid LIMIT +?) AS c
       CROSS JOIN store_items AS i ON i.id = c.rowid
       WHERE ${where} ORDER BY c.rank, c.rowid LIMIT +? OFFSET +?`,
    );
    const matches = this.#statement<[string, number, number], number>(
      "SELECT count(*) FROM (SELECT 1 FROM store_fts WHERE store_fts MATCH ? AND rowid >= ? LIMIT +?)",
      "pluck",
    );
    for (let candidates = Math.max(4 * wanted, KEYWORD_CANDIDATES); ; candidates *= 8) {
      const rows = ranked.all(expression, fromId, candidates, ...params, limit, offset);
      if (rows.length === limit || matches.get(expression, fromId, candidates)! < candidates) {
        return rows.map(({ rank, ...row }) => ({ row, score: -rank }));
      }
    }
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
    const prepared = puts.map((put) => this.#preparePut(put));
    if (this.#index !== undefined) await this.#embed(prepared);
    return prepared;
  }

  /** A put serialized, with its texts to index; no vectors yet. */
  #preparePut(put: SqlitePutOperation): PreparedPut {
    const fields = put.index === false ? [] : put.index ?? this.#index?.fields;
    return {
      namespace: encodeNamespace(put.namespace),
      scope: this.#scopeTokens(put.namespace),
      key: put.key,
      value: put.value === null ? null : serializeValue(put.key, put.value, this.#maxValueBytes),
      texts: put.value === null || put.index === false || !this.#indexesTexts ? [] : indexedTexts(put.value, fields),
      vectors: [],
      fields: put.value === null || !this.#indexes.filterIndex ? [] : indexedFields(put.value),
      ttlMinutes: put.ttl === undefined ? this.#ttl?.defaultTtl ?? null : put.ttl,
    };
  }

  /** Embeds the texts of prepared puts, checking the provider's answer. */
  async #embed(prepared: PreparedPut[]): Promise<void> {
    const toEmbed = prepared.filter((put) => put.texts.length > 0);
    const texts = toEmbed.flatMap((put) => put.texts.map(({ text }) => text));
    if (texts.length === 0) return;
    const vectors = await this.#index!.embeddings.embedDocuments(texts);
    if (!Array.isArray(vectors) || vectors.length !== texts.length) {
      throw new EmbeddingDimensionError(
        `The embeddings provider returned ${Array.isArray(vectors) ? vectors.length : "no"} vectors for ${texts.length} texts; nothing was written.`,
      );
    }
    let next = 0;
    for (const put of toEmbed) {
      put.vectors = put.texts.map(({ field }) => this.#checkedVector(vectors[next++], `field "${field}" of key "${put.key}"`));
    }
  }

  /** A provider's vector as stored, once its length is checked against `index.dims`. */
  #checkedVector(vector: unknown, what: string): Float32Array {
    const dims = this.#index!.dims;
    const length = Array.isArray(vector) || ArrayBuffer.isView(vector) ? (vector as ArrayLike<number>).length : undefined;
    if (length !== dims) {
      throw new EmbeddingDimensionError(
        `The embedding of ${what} has ${length ?? "no"} dimensions, but index.dims is ${dims}; nothing was written.`,
      );
    }
    return Float32Array.from(vector as ArrayLike<number>);
  }

  /**
   * Applies a batch's puts and deletes (one per key). Each step is one
   * statement over the whole batch, its rows bound as one JSON array read by
   * `json_each`: no read before the write, and no call per item into SQLite
   * but for vectors.
   */
  #writeAll(puts: readonly PreparedPut[], now: number): void {
    if (puts.length === 0) return;
    // What a put replaces or a delete removes leaves the keyword, vector and filter indexes first.
    if (this.#keepsItemIndexes()) {
      const replaced = this.#statement<[string], StoredRow>(`SELECT id, namespace, value FROM store_items WHERE id IN (${ITEM_IDS_OF_KEYS})`).all(JSON.stringify(puts.map((put) => [put.namespace, put.key])));
      this.#unindex(replaced);
    }
    const deletes = puts.filter((put) => put.value === null);
    if (deletes.length > 0) {
      this.#statement<[string]>(`DELETE FROM store_items WHERE id IN (${ITEM_IDS_OF_KEYS})`).run(JSON.stringify(deletes.map((put) => [put.namespace, put.key])));
    }
    const writes = puts.filter((put) => put.value !== null);
    if (writes.length === 0) return;
    const timestamp = new Date(now).toISOString();
    // An item that had expired is a new item: its creation time starts again.
    this.#statement<[string, string, string, number]>(
      `INSERT INTO store_items (namespace, key, value, created_at, updated_at, expires_at, ttl_minutes)
       SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, ?, ?, j.value ->> 3, j.value ->> 4 FROM json_each(?) AS j WHERE true
       ON CONFLICT (namespace, key) DO UPDATE SET
         value = excluded.value, updated_at = excluded.updated_at,
         created_at = CASE WHEN store_items.expires_at IS NOT NULL AND store_items.expires_at <= ?
           THEN excluded.created_at ELSE store_items.created_at END,
         expires_at = excluded.expires_at, ttl_minutes = excluded.ttl_minutes`,
    ).run(
      timestamp,
      timestamp,
      JSON.stringify(
        writes.map((put) => [put.namespace, put.key, put.value, put.ttlMinutes === null ? null : now + put.ttlMinutes * 60_000, put.ttlMinutes]),
      ),
      now,
    );
    const indexed = this.#indexes.keywordIndex ? writes.filter((put) => put.texts.length > 0) : [];
    if (indexed.length > 0) {
      this.#statement<[string]>(
        `INSERT INTO store_fts (rowid, text, scope)
         SELECT i.id, j.value ->> 2, j.value ->> 3 FROM json_each(?) AS j
         CROSS JOIN store_items AS i ON i.namespace = j.value ->> 0 AND i.key = j.value ->> 1`,
      ).run(JSON.stringify(indexed.map((put) => [put.namespace, put.key, put.texts.map(({ text }) => text).join("\n"), put.scope])));
    }
    const withFields = writes.filter((put) => put.fields.length > 0);
    if (withFields.length > 0) {
      this.#statement<[string]>(
        `INSERT INTO store_fields (path, value, namespace, item_id)
         SELECT f.value ->> 0, f.value ->> 1, i.namespace, i.id FROM json_each(?) AS j
         CROSS JOIN store_items AS i ON i.namespace = j.value ->> 0 AND i.key = j.value ->> 1
         CROSS JOIN json_each(j.value -> 2) AS f`,
      ).run(JSON.stringify(withFields.map((put) => [put.namespace, put.key, put.fields])));
    }
    const insertVector = this.#statement<[string, Buffer, string, string]>(
      "INSERT OR REPLACE INTO store_vectors (item_id, field, vector) SELECT id, ?, ? FROM store_items WHERE namespace = ? AND key = ?",
    );
    for (const put of writes) {
      put.vectors.forEach((vector, i) => insertVector.run(put.texts[i]!.field, Buffer.from(vector.buffer), put.namespace, put.key));
    }
  }

  /**
   * Whether items have rows in an index beside them: the keyword or filter
   * index, or vectors, which another store on the file may have written even
   * when this one has no embeddings.
   */
  #keepsItemIndexes(): boolean {
    return (
      this.#indexes.keywordIndex ||
      this.#indexes.filterIndex ||
      this.#statement<[], { found: number }>("SELECT EXISTS (SELECT 1 FROM store_vectors) AS found").get()!.found === 1
    );
  }

  /** Removes items' rows from the keyword, vector and filter indexes (the items themselves stay). */
  #unindex(rows: readonly StoredRow[]): void {
    if (rows.length === 0) return;
    const ids = JSON.stringify(rows.map(({ id }) => id));
    if (this.#indexes.keywordIndex) this.#statement<[string]>("DELETE FROM store_fts WHERE rowid IN (SELECT value FROM json_each(?))").run(ids);
    this.#statement<[string]>("DELETE FROM store_vectors WHERE item_id IN (SELECT value FROM json_each(?))").run(ids);
    if (!this.#indexes.filterIndex) return;
    const fields = rows.flatMap(({ id, namespace, value }) =>
      indexedFields(JSON.parse(value) as Record<string, unknown>).map(([path, scalar]) => [path, scalar, namespace, id]),
    );
    if (fields.length > 0) {
      this.#statement<[string]>(
        `DELETE FROM store_fields WHERE (path, value, namespace, item_id) IN
         (SELECT f.value ->> 0, f.value ->> 1, f.value ->> 2, f.value ->> 3 FROM json_each(?) AS f)`,
      ).run(JSON.stringify(fields));
    }
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

  /**
   * Extends the life of items just read that have a TTL, when the store
   * refreshes TTLs on read. Each update is one statement reading the item's
   * current TTL, so it is atomic without a surrounding transaction.
   */
  #refresh(rows: readonly Pick<ItemRow, "id" | "ttl_minutes">[], now: number): void {
    if (!this.#refreshEnabled) return;
    const refresh = this.#statement<[number, number]>(
      "UPDATE store_items SET expires_at = ? + ttl_minutes * 60000 WHERE id = ? AND ttl_minutes IS NOT NULL",
    );
    for (const row of rows) if (row.ttl_minutes !== null) refresh.run(now, row.id);
  }

}

/** What every item a search returns meets, over `store_items AS i`: under the prefix, not expired at `now`, and through the filter. */
function searched(range: { from: string; to: string } | undefined, filter: CompiledFilter): { sql: string; params: (now: number) => unknown[] } {
  return {
    sql: `${range ? "i.namespace >= ? AND i.namespace < ? AND " : ""}(i.expires_at IS NULL OR i.expires_at > ?) AND ${filter.sql}`,
    params: (now) => [...(range ? [range.from, range.to] : []), now, ...filter.params],
  };
}

/** The search result a row stands for. */
function toSearchItem(row: ItemRow, score: number | undefined): SearchItem {
  return {
    namespace: decodeNamespace(row.namespace),
    key: row.key,
    value: JSON.parse(row.value) as Record<string, unknown>,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    score,
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

/** The identity of a put within a batch: of several puts to one key, the last wins. */
function putKey(operation: PutOperation): string {
  return encodeNamespace(operation.namespace) + "\u0000" + operation.key;
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
