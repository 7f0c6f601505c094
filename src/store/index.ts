export { SqliteStore, type SqlitePutOperation } from "./store.js";
export type { StoreCondition } from "./conditions.js";
export type { StoreIndexSettings } from "./settings.js";
export {
  SqliteStoreOptionsSchema,
  StoreIndexSchema,
  StoreTtlSchema,
  type SqliteStoreOptions,
  type StoreConnection,
  type StoreIndexConfig,
  type StoreTtlConfig,
} from "./options.js";
export { EmbeddingDimensionError, InvalidFilterError, InvalidValueError, StoreOptionsError } from "./errors.js";
