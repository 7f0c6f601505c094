import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { namespacesOf, parseNamespace } from "./namespaces.js";
import { exactItems, liveIdsBeside } from "./prune.js";
import type { MemoryType } from "./record.js";
import { fromStoredValue, unwrapStore } from "./stored.js";

/** What a store holds, for a hygiene report. */
export interface MemoryCensus {
  /** Live records per memory type. */
  live: Partial<Record<MemoryType, number>>;
  /** Live records past their expiry, waiting for prune. */
  expired: number;
  /** Superseded versions kept as history. */
  superseded: number;
  /** Namespaces holding memories. */
  namespaces: number;
  /** Distinct users with memories of their own. */
  users: number;
}

/** Counts the memories of every scope in a store. */
export async function censusOf(store: BaseStore, now: Date = new Date()): Promise<MemoryCensus> {
  store = unwrapStore(store);
  const census: MemoryCensus = { live: {}, expired: 0, superseded: 0, namespaces: 0, users: 0 };
  const users = new Set<string>();
  for await (const namespace of namespacesOf(store, "all")) {
    const parts = parseNamespace(namespace)!;
    census.namespaces += 1;
    if (parts.userLabel !== undefined) users.add(parts.userLabel);
    const items = await exactItems(store, namespace);
    if (parts.kind === "history") {
      const liveIds = await liveIdsBeside(store, namespace);
      census.superseded += items.filter((item) => !liveIds.has(item.key)).length;
      continue;
    }
    for (const item of items) {
      const record = fromStoredValue(item.value);
      if (record === undefined) continue;
      if (record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime()) census.expired += 1;
      else census.live[record.memoryType] = (census.live[record.memoryType] ?? 0) + 1;
    }
  }
  census.users = users.size;
  return census;
}
