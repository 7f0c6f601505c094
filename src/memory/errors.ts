/** Raised when the identity a memory operation acts for is missing or malformed. */
export class InvalidIdentityError extends Error {
  override name = "InvalidIdentityError";
}

/** Raised when memory data (a candidate, a record, an import line) fails its schema. */
export class InvalidMemoryError extends Error {
  override name = "InvalidMemoryError";
}
