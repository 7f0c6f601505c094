export { DatabaseBusyError, DatabaseOpenError, SchemaVersionError } from "./errors.js";
export {
  BusyTimeoutSchema,
  DEFAULT_BUSY_TIMEOUT_MS,
  OpenDatabaseOptionsSchema,
  openDatabase,
  type OpenDatabaseOptions,
  type SqliteDatabase,
} from "./database.js";
