/** Raised for a search filter with an unknown operator, a malformed path or a value of the wrong shape. */
export class InvalidFilterError extends Error {
  override name = "InvalidFilterError";
}

/** Raised for store options that are missing, misspelled or contradictory. */
export class StoreOptionsError extends Error {
  override name = "StoreOptionsError";
}

/** Raised for a value the store will not hold: not a JSON object, not serializable, too large or too deeply nested. */
export class InvalidValueError extends Error {
  override name = "InvalidValueError";
}

/** Raised when the embeddings provider returns fewer or more vectors than texts, or vectors of another length than `index.dims`. */
export class EmbeddingDimensionError extends Error {
  override name = "EmbeddingDimensionError";
}
