import { withBusyError } from "./busy.js";
import type { SqliteDatabase } from "./database.js";
import { SchemaVersionError } from "./errors.js";

const TABLE_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Brings a database up to date with `migrations`, an ordered list of SQL
 * scripts whose position is their version, recording each applied version in
 * `table`. Idempotent, and safe when several processes call it at once: the
 * whole check-and-apply runs in one `IMMEDIATE` transaction.
 *
 * On a read-only connection nothing is written: the schema must already be
 * current.
 *
 * @throws SchemaVersionError when the database is newer than `migrations`, or,
 *   read-only, older.
 * @throws DatabaseBusyError when another process holds the write lock longer
 *   than the connection's busy timeout.
 */
export function applyMigrations(
  db: SqliteDatabase,
  table: string,
  migrations: readonly string[],
): void {
  if (!TABLE_NAME.test(table)) {
    throw new TypeError(`Invalid migrations table name "${table}".`);
  }
  if (db.readonly) {
    checkVersion(db, table, migrations);
    return;
  }
  const migrate = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS ${table} (v INTEGER PRIMARY KEY)`);
    const { current } = db.prepare(`SELECT max(v) AS current FROM ${table}`).get() as {
      current: number | null;
    };
    const latest = migrations.length - 1;
    if (current !== null && current > latest) {
      throw new SchemaVersionError(table, current, latest);
    }
    const record = db.prepare(`INSERT INTO ${table} (v) VALUES (?)`);
    for (let version = (current ?? -1) + 1; version <= latest; version += 1) {
      db.exec(migrations[version]!);
      record.run(version);
    }
  });
  withBusyError(db, () => migrate.immediate());
}

function checkVersion(db: SqliteDatabase, table: string, migrations: readonly string[]): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
  const current = exists
    ? (db.prepare(`SELECT max(v) AS current FROM ${table}`).get() as { current: number | null }).current ?? -1
    : -1;
  if (current !== migrations.length - 1) throw new SchemaVersionError(table, current, migrations.length - 1);
}
