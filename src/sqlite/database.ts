import { existsSync, readFileSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod/v4";
import { withBusyError } from "./busy.js";
import { DatabaseBusyError, DatabaseOpenError } from "./errors.js";

/** A better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/**
 * How long a connection waits for another process's write lock before it
 * gives up, by default. Writers hold the lock for one short transaction, so a
 * few seconds means a caller never sees a busy error under ordinary contention.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

/**
 * Milliseconds a write waits for another process's write lock before it
 * fails with `DatabaseBusyError`. The one schema of this option, shared by
 * `openDatabase`, `SqliteSaver` and `SqliteStore`.
 */
export const BusyTimeoutSchema = z.number().int().min(0).max(2_147_483_647);

/** Options of {@link openDatabase}. */
export const OpenDatabaseOptionsSchema = z
  .object({
    /** See {@link BusyTimeoutSchema}; {@link DEFAULT_BUSY_TIMEOUT_MS} when omitted. */
    busyTimeoutMs: BusyTimeoutSchema.optional(),
    /**
     * Open a path read-only. A WAL database on read-only media (where SQLite
     * cannot create its `-shm` file) is then read from an in-memory copy of the
     * file; see {@link openDatabase}.
     */
    readonly: z.boolean().default(false),
    /** Refuse to create a file that does not exist. */
    fileMustExist: z.boolean().default(false),
  })
  .strict();

/** Options of {@link openDatabase}, as passed. */
export type OpenDatabaseOptions = z.input<typeof OpenDatabaseOptionsSchema>;

/** SQLite's result codes for "cannot create or write the WAL index next to the file". */
const READ_ONLY_MEDIA_CODES = /^SQLITE_(CANTOPEN|READONLY)/;
/** Bytes 18 and 19 of a database header: the read and write format versions, 2 in WAL mode. */
const HEADER_FORMAT_OFFSETS = [18, 19] as const;
const LEGACY_FORMAT = 1;
const WAL_FORMAT = 2;

/**
 * Opens `target` (a path or `":memory:"`), or adopts a connection the caller
 * already owns, and configures it for several processes sharing one file:
 * WAL, and a busy timeout of `busyTimeoutMs`.
 *
 * A WAL database needs a `-shm` file beside it even to be read. On read-only
 * media (a read-only directory, a mounted image, a backup volume) SQLite
 * cannot create it, and `immutable` URIs are not available (better-sqlite3 is
 * built without URI filenames). With `readonly: true`, a path that fails for
 * that reason is therefore read from an in-memory copy of the file, which is
 * exact when no `-wal` file with unmerged transactions lies beside it (a
 * cleanly closed database); when one does, the error says so, since the copy
 * would silently miss those transactions.
 *
 * @returns the connection, and whether the caller of this function owns it
 *   (and must close it).
 * @throws DatabaseOpenError naming the path and what was wrong.
 * @throws DatabaseBusyError when another process holds the write lock of a
 *   file not yet in WAL mode for longer than `busyTimeoutMs`.
 */
export function openDatabase(
  target: SqliteDatabase | string,
  options: OpenDatabaseOptions = {},
): { db: SqliteDatabase; owned: boolean } {
  const parsed = OpenDatabaseOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new TypeError(`Invalid openDatabase options: ${z.prettifyError(parsed.error)}`);
  }
  const { busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS, readonly, fileMustExist } = parsed.data;
  if (typeof target !== "string") {
    configureConnection(target, target.name, busyTimeoutMs);
    return { db: target, owned: false };
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(target, { readonly, fileMustExist });
    configureConnection(db, target, busyTimeoutMs);
    return { db, owned: true };
  } catch (error) {
    db?.close();
    if (readonly && existsSync(target) && onReadOnlyMedia(error)) return { db: openCopy(target, busyTimeoutMs, error), owned: true };
    throw error instanceof DatabaseOpenError || error instanceof DatabaseBusyError ? error : new DatabaseOpenError(target, { cause: error });
  }
}

function configureConnection(db: SqliteDatabase, path: string, busyTimeoutMs: number): void {
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // WAL lets readers run beside one writer; NORMAL sync is crash-safe in WAL
    // mode (a killed process loses no committed transaction). A read-only
    // connection changes nothing.
    if (!db.readonly) {
      if (!db.memory) withBusyError(db, () => switchToWal(db, busyTimeoutMs));
      db.pragma("synchronous = NORMAL");
    }
    // Reading the schema forces SQLite to read the header, so a file that is
    // not a database fails here rather than at the first query.
    db.prepare("SELECT count(*) FROM sqlite_schema").get();
  } catch (error) {
    if (error instanceof DatabaseBusyError) throw error;
    throw new DatabaseOpenError(path, { cause: error, hint: readOnlyMediaHint(db, error) });
  }
}

/** Pause between attempts to switch a file to WAL while another connection holds its write lock. */
const WAL_RETRY_MS = 5;

/**
 * Puts the file in WAL mode, waiting up to `busyTimeoutMs` for a connection
 * that holds its write lock. SQLite does not call its busy handler here when
 * another connection holds the reserved lock of a file still in rollback mode
 * (waiting could deadlock), and reports busy at once: what two processes
 * setting up one new file at the same moment meet.
 */
function switchToWal(db: SqliteDatabase, busyTimeoutMs: number): void {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "SQLITE_BUSY" || Date.now() >= deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAL_RETRY_MS);
    }
  }
}

function onReadOnlyMedia(error: unknown): boolean {
  const cause = error instanceof DatabaseOpenError ? error.cause : error;
  return READ_ONLY_MEDIA_CODES.test((cause as { code?: unknown })?.code as string);
}

function readOnlyMediaHint(db: SqliteDatabase, error: unknown): string | undefined {
  if (!onReadOnlyMedia(error)) return undefined;
  return db.readonly
    ? "The file is a WAL database on read-only media: SQLite must create a -shm file beside it even to read. Open it by path with { readonly: true } to read an in-memory copy, or copy it to writable storage."
    : "The file or its directory is read-only: SQLite must create -wal and -shm files beside a WAL database. Open it with { readonly: true }, or copy it to writable storage.";
}

/** The in-memory copy of a WAL database on read-only media (see {@link openDatabase}). */
function openCopy(path: string, busyTimeoutMs: number, failure: unknown): SqliteDatabase {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new DatabaseOpenError(path, {
      cause: failure instanceof DatabaseOpenError ? failure.cause : failure,
      hint: `A WAL database on read-only media, with transactions not yet merged into it in "${wal}": SQLite cannot read them without creating a -shm file, and a copy of the main file would silently miss them. Copy both files to writable storage and open the copy, or open the file once where it is writable and close it cleanly (which merges the WAL).`,
    });
  }
  const image = readFileSync(path);
  // SQLite reads an in-memory image in WAL format as needing a WAL index; the
  // image is a private copy, so mark it as a rollback-journal database.
  if (HEADER_FORMAT_OFFSETS.every((offset) => image[offset] === WAL_FORMAT)) {
    for (const offset of HEADER_FORMAT_OFFSETS) image[offset] = LEGACY_FORMAT;
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(image, { readonly: true });
    configureConnection(db, path, busyTimeoutMs);
    return db;
  } catch (error) {
    db?.close();
    throw error instanceof DatabaseOpenError ? error : new DatabaseOpenError(path, { cause: error });
  }
}
