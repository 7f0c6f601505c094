export { SqliteStore, type SqlitePutOperation } from "./store.js";
export {
  SqliteStoreOptionsSchema,
  StoreIndexSchema,
  StoreTtlSchema,
  type SqliteStoreOptions,
  type StoreConnection,
  type StoreIndexConfig,
  type StoreTtlConfig,
} from "./options.js";
export { InvalidFilterError, InvalidValueError, StoreOptionsError } from "./errors.js";
