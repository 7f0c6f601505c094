export { SqliteSaver, type PruneThreadOptions, type PruneThreadResult } from "./saver.js";
export { CheckpointSerializationError, InvalidCheckpointConfigError } from "./errors.js";
export { MessageFastPathSerializer } from "./serde.js";
