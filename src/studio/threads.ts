import type { SqliteDatabase } from "../sqlite/database.js";
import { applyMigrations } from "../sqlite/migrations.js";

/** The thread metadata the LangGraph API server keeps beside the checkpoints. */
export interface StudioThread {
  thread_id: string;
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

const THREAD_MIGRATIONS: readonly string[] = [
  `CREATE TABLE studio_threads (
    thread_id TEXT PRIMARY KEY,
    metadata TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
];

/**
 * The thread store of `createEmbedServer` (its `ThreadSaver` interface), in the
 * same SQLite file as the checkpoints and memories, so that threads created in
 * Studio survive a restart beside their state.
 */
export class SqliteThreadSaver {
  readonly #db: SqliteDatabase;

  constructor(db: SqliteDatabase) {
    this.#db = db;
    applyMigrations(db, "studio_migrations", THREAD_MIGRATIONS);
  }

  /** @throws Error for an unknown thread, which the server reports as missing. */
  async get(id: string): Promise<StudioThread> {
    const row = this.#db.prepare("SELECT * FROM studio_threads WHERE thread_id = ?").get(id) as (Omit<StudioThread, "metadata"> & { metadata: string }) | undefined;
    if (row === undefined) throw new Error(`Thread ${id} not found`);
    return { ...row, metadata: JSON.parse(row.metadata) as Record<string, unknown> };
  }

  /** Creates (`put`) or merges metadata into (`patch`) a thread. */
  async set(id: string, { kind, metadata = {} }: { kind: "put" | "patch"; metadata?: Record<string, unknown> }): Promise<StudioThread> {
    const now = new Date().toISOString();
    const existing = await this.get(id).catch(() => undefined);
    const merged = kind === "patch" && existing !== undefined ? { ...existing.metadata, ...metadata } : metadata;
    this.#db
      .prepare(`INSERT INTO studio_threads (thread_id, metadata, created_at, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (thread_id) DO UPDATE SET metadata = excluded.metadata, updated_at = excluded.updated_at`)
      .run(id, JSON.stringify(merged), now, now);
    return this.get(id);
  }

  async delete(id: string): Promise<void> {
    this.#db.prepare("DELETE FROM studio_threads WHERE thread_id = ?").run(id);
  }

  /** Threads whose metadata contains every given key and value, sorted and paged. */
  async *search(options: {
    metadata?: Record<string, unknown>;
    limit: number;
    offset: number;
    sortBy: "created_at" | "updated_at";
    sortOrder: "asc" | "desc";
  }): AsyncGenerator<{ thread: StudioThread; total: number }> {
    const column = options.sortBy === "updated_at" ? "updated_at" : "created_at";
    const order = options.sortOrder === "asc" ? "ASC" : "DESC";
    const rows = this.#db.prepare(`SELECT thread_id FROM studio_threads ORDER BY ${column} ${order}`).all() as { thread_id: string }[];
    const wanted = Object.entries(options.metadata ?? {});
    const threads: StudioThread[] = [];
    for (const { thread_id } of rows) {
      const thread = await this.get(thread_id);
      if (wanted.every(([key, value]) => JSON.stringify(thread.metadata[key]) === JSON.stringify(value))) threads.push(thread);
    }
    for (const thread of threads.slice(options.offset, options.offset + options.limit)) yield { thread, total: threads.length };
  }
}
