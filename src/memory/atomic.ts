import type { BaseStore, PutOperation } from "@langchain/langgraph-checkpoint";
import type { StoreCondition } from "../store/index.js";

/** Rounds of read-decide-write (`applyIf` failing each time) before a write gives way to concurrent writers. */
export const MAX_WRITE_ATTEMPTS = 8;

/** That the item at (namespace, key) is the record `id`, or, with `null`, that there is no item. */
export interface SlotCondition {
  namespace: string[];
  key: string;
  id: string | null;
}

/** A store with an atomic compare-and-write, as `SqliteStore.conditionalBatch`. */
interface ConditionalStore {
  conditionalBatch(conditions: readonly StoreCondition[], operations: readonly PutOperation[]): Promise<boolean>;
}

function isConditional(store: BaseStore): store is BaseStore & ConditionalStore {
  return typeof (store as Partial<ConditionalStore>).conditionalBatch === "function";
}

/**
 * Applies `operations` only if every slot still holds the record it was read
 * with; returns whether they were applied. This is what keeps a refresh from
 * writing a superseded record back and a prune from deleting a version
 * promoted after it looked.
 *
 * On a store with `conditionalBatch` (SqliteStore) the check and the writes
 * are one transaction, so nothing can come between them, across processes
 * too. On any other `BaseStore` the slots are re-read just before one `batch`:
 * the contract has no conditional write, so a writer landing between that
 * read and the batch (one round trip) can still be overwritten.
 */
export async function applyIf(store: BaseStore, conditions: readonly SlotCondition[], operations: readonly PutOperation[]): Promise<boolean> {
  if (isConditional(store)) {
    return store.conditionalBatch(
      conditions.map(({ namespace, key, id }) => ({ namespace, key, field: "id", equals: id })),
      operations,
    );
  }
  const current = await store.batch(conditions.map(({ namespace, key }) => ({ namespace, key })));
  const holds = conditions.every(({ id }, i) => ((current[i] as { value?: { id?: unknown } } | null)?.value?.id ?? null) === id);
  if (holds && operations.length > 0) await store.batch([...operations]);
  return holds;
}
