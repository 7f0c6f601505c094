import type { BaseStore, Item } from "@langchain/langgraph-checkpoint";
import { MemoryRecordSchema, type MemoryRecord } from "./record.js";

/**
 * Fields stored beside a record so that stores can filter on them at the top
 * level (all official stores filter top-level keys): expiry as a number, and
 * for superseded records the moment they were superseded.
 */
interface IndexFields {
  expiresAtMs: number;
  supersededAtMs?: number;
}

/** Stands for "never expires" in `expiresAtMs`, so one `$gt` filter covers every record. */
export const NEVER_EXPIRES_MS = Number.MAX_SAFE_INTEGER;

/** The store value for a record. */
export function toStoredValue(record: MemoryRecord, supersededAt?: Date): MemoryRecord & IndexFields {
  return {
    ...record,
    expiresAtMs: record.expiresAt === null ? NEVER_EXPIRES_MS : Date.parse(record.expiresAt),
    ...(supersededAt === undefined ? {} : { supersededAtMs: supersededAt.getTime() }),
  };
}

/** The record in a store value, or undefined if the value is not a valid record. */
export function fromStoredValue(value: Record<string, unknown>): MemoryRecord | undefined {
  const { expiresAtMs: _expires, supersededAtMs: _superseded, ...record } = value;
  const parsed = MemoryRecordSchema.safeParse(record);
  return parsed.success ? parsed.data : undefined;
}

const PAGE = 500;

/** Every item of one namespace (and, for stores that match prefixes, below it), page by page, from `from` on. */
export async function* itemsIn(
  store: BaseStore,
  namespace: string[],
  filter?: Record<string, unknown>,
  from = 0,
): AsyncGenerator<Item> {
  for (let offset = from; ; offset += PAGE) {
    const page = await store.search(namespace, { filter, limit: PAGE, offset });
    yield* page;
    if (page.length < PAGE) return;
  }
}

/**
 * The store itself. Inside a graph, LangGraph hands nodes an
 * `AsyncBatchedStore`: its `batch` throws, and each of its calls waits for a
 * timer tick to be flushed with others. It wraps the real store as `.store`
 * (as LangGraph itself unwraps it), and the memory layer works on that, so a
 * supersede stays one transaction and a recall one round trip.
 */
export function unwrapStore(store: BaseStore): BaseStore {
  const wrapped = store as BaseStore & { lg_name?: string; store?: BaseStore };
  return wrapped.lg_name === "AsyncBatchedStore" && wrapped.store !== undefined ? wrapped.store : store;
}
