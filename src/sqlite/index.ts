export { DatabaseOpenError, SchemaVersionError } from "./errors.js";
export type { SqliteDatabase } from "./database.js";
