/** Raised for a search filter with an unknown operator, a malformed path or a value of the wrong shape. */
export class InvalidFilterError extends Error {
  override name = "InvalidFilterError";
}

/** Raised for store options that are missing, misspelled or contradictory. */
export class StoreOptionsError extends Error {
  override name = "StoreOptionsError";
}
