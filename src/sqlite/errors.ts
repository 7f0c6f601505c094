/**
 * Raised when a database file cannot be opened or is not a SQLite database
 * (a truncated file, a text file, a directory, a WAL file on read-only media).
 */
export class DatabaseOpenError extends Error {
  override name = "DatabaseOpenError";

  constructor(
    /** The path that was being opened. */
    readonly path: string,
    options?: { cause?: unknown; hint?: string | undefined },
  ) {
    super(
      `Cannot open "${path}" as a SQLite database: ${describeCause(options?.cause)}${options?.hint ? `. ${options.hint}` : ""}`,
      options,
    );
  }
}

/**
 * Raised when a write waited `busyTimeoutMs` for the database's write lock
 * and another connection (usually another process) still held it: a long
 * transaction, or a process stopped inside one. Nothing of the write was
 * applied; retrying later, or a longer `busyTimeoutMs`, can succeed.
 */
export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";

  constructor(
    /** The database file. */
    readonly path: string,
    /** How long the write waited, in milliseconds. */
    readonly busyTimeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      `"${path}" is locked: another process (or connection) holds its write lock and did not release it within ${busyTimeoutMs} ms, so nothing was written. Retry when that transaction has ended, or raise the busyTimeoutMs option.`,
      options,
    );
  }
}

/**
 * Raised when a database records a schema version newer than this version of
 * the package knows (opening it with older code could corrupt it), or when a
 * read-only connection finds a schema that needs migrating.
 */
export class SchemaVersionError extends Error {
  override name = "SchemaVersionError";

  constructor(
    /** The migrations table that records the version. */
    readonly table: string,
    /** The newest version recorded in the database. */
    readonly found: number,
    /** The newest version this code knows. */
    readonly known: number,
  ) {
    super(
      found > known
        ? `The database's "${table}" schema is at version ${found}, newer than version ${known} that this version of langgraph-sqlite-memory knows. Upgrade the package instead of opening the file with older code.`
        : `The database's "${table}" schema is at version ${found} and needs version ${known}; open it once read-write (any write, or setup()) to migrate it.`,
    );
  }
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
