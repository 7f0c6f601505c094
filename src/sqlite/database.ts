import Database from "better-sqlite3";
import { DatabaseOpenError } from "./errors.js";

/** A better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/**
 * How long a connection waits for another process's write lock before it
 * gives up. Writers hold the lock for one short transaction, so a few seconds
 * means a caller never sees `SQLITE_BUSY` under ordinary contention.
 */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens `target` (a path or `":memory:"`), or adopts a connection the caller
 * already owns, and configures it for several processes sharing one file.
 *
 * @returns the connection, and whether the caller of this function owns it
 *   (and must close it).
 */
export function openDatabase(target: SqliteDatabase | string): {
  db: SqliteDatabase;
  owned: boolean;
} {
  if (typeof target !== "string") {
    configureConnection(target, target.name);
    return { db: target, owned: false };
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(target);
    configureConnection(db, target);
    return { db, owned: true };
  } catch (error) {
    db?.close();
    throw error instanceof DatabaseOpenError ? error : new DatabaseOpenError(target, { cause: error });
  }
}

function configureConnection(db: SqliteDatabase, path: string): void {
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL lets readers run beside one writer; NORMAL sync is crash-safe in WAL
    // mode (a killed process loses no committed transaction). A read-only
    // connection changes nothing.
    if (!db.readonly) {
      if (!db.memory) db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    // Reading the schema forces SQLite to read the header, so a file that is
    // not a database fails here rather than at the first query.
    db.prepare("SELECT count(*) FROM sqlite_schema").get();
  } catch (error) {
    throw new DatabaseOpenError(path, { cause: error });
  }
}
