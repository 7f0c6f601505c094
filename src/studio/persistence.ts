import type { SqliteDatabase } from "../sqlite/database.js";
import { applyMigrations } from "../sqlite/migrations.js";
import type { OfficialPersistence, OfficialServer } from "./official.js";

const STUDIO_MIGRATIONS: readonly string[] = [
  // v0: the thread table of the first studio server, replaced by v1 and v2.
  `CREATE TABLE studio_threads (thread_id TEXT PRIMARY KEY, metadata TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE studio_state (name TEXT PRIMARY KEY, data TEXT NOT NULL)`,
  `DROP TABLE studio_threads`,
];

/** The bookkeeping's empty state: the official server's own default. */
const EMPTY = () => ({ runs: {}, threads: {}, assistants: {}, assistant_versions: [], retry_counter: {} });

/**
 * The official server's bookkeeping (assistants and their versions, threads,
 * runs) persisted in the user's SQLite file, in one `studio_state` row written
 * in the official serialization, instead of in a JSON file of the working
 * directory. Assistants created in Studio and threads' metadata therefore
 * live beside the checkpoints and memories they describe.
 */
export async function openSqlitePersistence(official: OfficialServer, db: SqliteDatabase): Promise<OfficialPersistence> {
  applyMigrations(db, "studio_migrations", STUDIO_MIGRATIONS);
  const name = ".langgraphjs_ops.json";
  const row = db.prepare("SELECT data FROM studio_state WHERE name = ?").get(name) as { data: string } | undefined;
  const data = row === undefined ? EMPTY() : await official.deserialize(row.data);
  const write = db.prepare("INSERT INTO studio_state (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data");
  const Persistence = class extends (official.FileSystemPersistence as new (name: string, schema: () => unknown) => object) {
    // The base class reads and writes these two fields; the file path only marks it initialized.
    filepath = `sqlite:${name}`;
    data = data;
    declare flushTimeout: ReturnType<typeof setTimeout> | undefined;

    async persist(): Promise<void> {
      clearTimeout(this.flushTimeout);
      write.run(name, official.serialize(this.data));
    }
  };
  return new Persistence(name, EMPTY) as unknown as OfficialPersistence;
}
