export { SqliteSaver, type PruneThreadOptions, type PruneThreadResult } from "./saver.js";
export { CheckpointSerializationError, InvalidCheckpointConfigError } from "./errors.js";
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
