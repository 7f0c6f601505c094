/**
 * Raised when a `RunnableConfig` given to the saver lacks what the operation
 * needs (a `configurable`, a `thread_id`, a `checkpoint_id`) or holds a value
 * of the wrong type.
 */
export class InvalidCheckpointConfigError extends Error {
  override name = "InvalidCheckpointConfigError";
}

/**
 * Raised when the serializer cannot serialize a checkpoint, its metadata or a
 * pending write. Nothing of the operation has been written when it is thrown.
 */
export class CheckpointSerializationError extends Error {
  override name = "CheckpointSerializationError";
}

/** Raised when the options given to `SqliteSaver` are invalid; the message names each wrong field. */
export class SaverOptionsError extends Error {
  override name = "SaverOptionsError";
}
