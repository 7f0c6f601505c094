import type { SqliteDatabase } from "./database.js";
import { DatabaseBusyError } from "./errors.js";

/** SQLITE_BUSY and its extended codes (e.g. SQLITE_BUSY_SNAPSHOT). */
const BUSY_CODE = /^SQLITE_BUSY/;

/**
 * Runs `write` (a synchronous transaction on `db`) and turns a lock wait that
 * timed out into a {@link DatabaseBusyError} naming the file and the timeout.
 * Every other error passes through unchanged.
 */
export function withBusyError<T>(db: SqliteDatabase, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!BUSY_CODE.test((error as { code?: unknown })?.code as string)) throw error;
    const timeout = db.open ? Number(db.pragma("busy_timeout", { simple: true })) : Number.NaN;
    throw new DatabaseBusyError(db.name, timeout, { cause: error });
  }
}
