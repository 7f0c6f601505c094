export { SqliteSaver, type PruneThreadOptions, type PruneThreadResult, type RetentionReport } from "./saver.js";
export { CheckpointSerializationError, InvalidCheckpointConfigError, SaverOptionsError } from "./errors.js";
export { RetentionSchema, SqliteSaverOptionsSchema, type RetentionOptions, type SqliteSaverOptions } from "./options.js";
export { MessageFastPathSerializer } from "./serde.js";
export {
  OfficialMigrationError,
  OfficialMigrationOptionsSchema,
  migrateFromOfficialSqlite,
  type MigrationConnection,
  type OfficialMigrationOptions,
  type OfficialMigrationReport,
  type RenamedVersion,
} from "./migrate-official.js";
