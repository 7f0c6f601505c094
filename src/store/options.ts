import type { Embeddings } from "@langchain/core/embeddings";
import Database from "better-sqlite3";
import { z } from "zod/v4";
import { BusyTimeoutSchema } from "../sqlite/database.js";
import { StoreOptionsError } from "./errors.js";

/** Semantic search: the standard LangGraph index config. */
export const StoreIndexSchema = z
  .object({
    /** Dimensions of the embedding vectors. */
    dims: z.number().int().positive(),
    /** Any LangChain `Embeddings`. */
    embeddings: z.custom<Embeddings>(
      (value) => typeof (value as Embeddings)?.embedDocuments === "function" && typeof (value as Embeddings)?.embedQuery === "function",
      "embeddings must be a LangChain Embeddings (embedDocuments and embedQuery)",
    ),
    /** JSON paths of the text to embed and index; the whole value (`$`) by default. */
    fields: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** Time-to-live for items, in minutes. */
export const StoreTtlSchema = z
  .object({
    /** Minutes an item lives unless its put says otherwise; no expiry when omitted. */
    defaultTtl: z.number().positive().optional(),
    /** Whether a get or search that returns an item extends its life by its TTL. */
    refreshOnRead: z.boolean().default(true),
    /** How often `start()`'s sweeper deletes expired items; no sweeper when omitted. */
    sweepIntervalMinutes: z.number().positive().optional(),
  })
  .strict();

/** An open better-sqlite3 connection, as the `db` option takes it (an interface, so declarations can name it). */
export interface StoreConnection extends Database.Database {}

/**
 * An open better-sqlite3 connection. `z.custom`, not `z.instanceof`: zod
 * 3.25's `zod/v4` declares no `ZodInstanceOf`, and the declarations we ship
 * must compile with zod 3.25 and zod 4 alike.
 */
const DatabaseSchema = z.custom<StoreConnection>(
  (value) => value instanceof Database,
  "expected an open better-sqlite3 Database",
);

/** Options of `new SqliteStore(...)`. */
export const SqliteStoreOptionsSchema = z
  .object({
    /** A file path or `":memory:"`; the store opens it and `stop()` closes it. */
    path: z.string().min(1).optional(),
    /** An open better-sqlite3 connection; the caller keeps ownership. */
    db: DatabaseSchema.optional(),
    index: StoreIndexSchema.optional(),
    ttl: StoreTtlSchema.optional(),
    /**
     * How a search with a `query` ranks: `keyword` (FTS5 BM25), `vector`
     * (cosine, needs `index`) or `hybrid` (reciprocal-rank fusion of both;
     * only items that match a keyword or have a vector are returned, and
     * scores are fused ranks, not similarities). `vector` when an index is
     * configured, as `InMemoryStore` ranks; `keyword` otherwise.
     */
    searchMode: z.enum(["hybrid", "vector", "keyword"]).optional(),
    /** Milliseconds a write waits for another process's write lock before `DatabaseBusyError`; 5,000 by default. */
    busyTimeoutMs: BusyTimeoutSchema.optional(),
    /** Values larger than this (as JSON) are refused: memory items are facts, not documents. 1 MiB by default. */
    maxValueBytes: z.number().int().positive().default(1_048_576),
    /**
     * Whether puts keep the FTS5 keyword index (about half of a put's pages).
     * Without it, a search's `query` ranks by vectors when `index` is set and
     * is otherwise ignored, as `InMemoryStore` ignores it. A property of the
     * file: see {@link StoreIndexSettings}.
     */
    keywordIndex: z.boolean().optional(),
    /**
     * Whether puts keep the filter index (a row per scalar leaf of a value),
     * which makes equality filters index lookups. Without it, filters scan the
     * searched namespaces, as `InMemoryStore` does. A property of the file: see
     * {@link StoreIndexSettings}.
     */
    filterIndex: z.boolean().optional(),
  })
  .strict();

/** Options of `new SqliteStore(...)`, as passed. */
export type SqliteStoreOptions = z.input<typeof SqliteStoreOptionsSchema>;
/** The index config. */
export type StoreIndexConfig = z.infer<typeof StoreIndexSchema>;
/** The TTL config. */
export type StoreTtlConfig = z.input<typeof StoreTtlSchema>;

/**
 * Refuses a search mode that ranks by keywords ("keyword", "hybrid") on a
 * store without the keyword index, saying `why` the store has none.
 */
export function checkKeywordSearch(searchMode: string | undefined, keywordIndex: boolean | undefined, why: string): void {
  if (keywordIndex === false && (searchMode === "keyword" || searchMode === "hybrid")) {
    throw new StoreOptionsError(`searchMode "${searchMode}" needs the keyword index, and ${why}.`);
  }
}

/** Validates options, and those of them that contradict each other. */
export function parseStoreOptions(options: SqliteStoreOptions) {
  const parsed = SqliteStoreOptionsSchema.safeParse(options);
  if (!parsed.success) throw new StoreOptionsError(`Invalid SqliteStore options: ${z.prettifyError(parsed.error)}`);
  const { path, db, index, ttl, searchMode, maxValueBytes, busyTimeoutMs, keywordIndex, filterIndex } = parsed.data;
  if ((path === undefined) === (db === undefined)) {
    throw new StoreOptionsError("SqliteStore needs exactly one of `path` (a file or \":memory:\") and `db` (an open connection).");
  }
  if (searchMode !== undefined && searchMode !== "keyword" && index === undefined) {
    throw new StoreOptionsError(`searchMode "${searchMode}" needs an \`index\` with embeddings.`);
  }
  checkKeywordSearch(searchMode, keywordIndex, "keywordIndex is false");
  return {
    target: (db ?? path)!,
    index,
    ttl,
    /** As chosen; the default depends on the file's keyword index, known once the store has opened it. */
    searchMode,
    maxValueBytes,
    busyTimeoutMs,
    indexes: { keywordIndex, filterIndex },
  } as const;
}
