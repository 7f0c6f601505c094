export { SqliteSaver, type PruneThreadOptions, type PruneThreadResult } from "./saver.js";
export { CheckpointSerializationError, InvalidCheckpointConfigError, SaverOptionsError } from "./errors.js";
export { SqliteSaverOptionsSchema, type SqliteSaverOptions } from "./options.js";
export { MessageFastPathSerializer } from "./serde.js";
