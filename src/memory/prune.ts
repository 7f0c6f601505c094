import type { BaseStore, Item } from "@langchain/langgraph-checkpoint";
import { applyIf } from "./atomic.js";
import type { IdentityContext } from "./identity.js";
import { liveNamespaceBeside, namespacesOf, parseNamespace } from "./namespaces.js";
import { resolvePolicy, type MemoryPolicy, type MemoryPolicyInput } from "./policy.js";
import { compareByImportance } from "./recall.js";
import type { MemoryRecord } from "./record.js";
import { fromStoredValue, itemsIn, unwrapStore } from "./stored.js";

/** What {@link prune} deleted. */
export interface PruneReport {
  /** Live records past their expiry. */
  expired: number;
  /** Superseded records older than the retention period. */
  superseded: number;
  /** Live records over the per-scope, per-type cap. */
  capped: number;
  /** Namespaces examined. */
  namespaces: number;
}

/**
 * Deletes expired records, superseded records older than
 * `policy.supersededRetentionDays` (younger history stays, so `history` can
 * show the chain), and live records over `policy.maxLivePerScopeAndType`
 * (least confident first, then least recently verified), in the namespaces an
 * identity can read, or in every memory namespace with `"all"`.
 */
export async function prune(
  store: BaseStore,
  target: IdentityContext | "all",
  policy?: MemoryPolicyInput | MemoryPolicy,
  options: { now?: Date } = {},
): Promise<PruneReport> {
  store = unwrapStore(store);
  const rules = resolvePolicy(policy);
  const now = (options.now ?? new Date()).getTime();
  const report: PruneReport = { expired: 0, superseded: 0, capped: 0, namespaces: 0 };
  for await (const namespace of namespacesOf(store, target)) {
    report.namespaces += 1;
    if (parseNamespace(namespace)?.kind === "history") {
      // Live ids first: a record superseded after this read is marked with a fresh supersededAtMs below.
      const liveIds = await liveIdsBeside(store, namespace);
      const retainedFrom = now - rules.supersededRetentionDays * 86_400_000;
      const old = (await exactItems(store, namespace)).filter((item) => !liveIds.has(item.key) && supersededAt(item) < retainedFrom);
      report.superseded += await remove(store, old);
      continue;
    }
    const live: { item: Item; record: MemoryRecord }[] = [];
    const expired: Item[] = [];
    for (const item of await exactItems(store, namespace)) {
      const record = fromStoredValue(item.value);
      if (record === undefined) continue;
      if (record.expiresAt !== null && Date.parse(record.expiresAt) <= now) expired.push(item);
      else live.push({ item, record });
    }
    const history = [...namespace.slice(0, -1), "history"];
    report.expired += await removeLive(store, expired, history);
    report.capped += await removeLive(store, overCap(live, rules).map(({ item }) => item), history);
  }
  return report;
}

/**
 * Deletes live records with their version entries, each only if its key
 * still holds the record that was read: a version promoted after prune
 * looked is never deleted by it. Returns how many went.
 */
async function removeLive(store: BaseStore, items: readonly Item[], history: string[]): Promise<number> {
  if (items.length === 0) return 0;
  const conditions = (group: readonly Item[]) => group.map((item) => ({ namespace: item.namespace, key: item.key, id: String(item.value.id) }));
  const deletes = (group: readonly Item[]) =>
    group.flatMap((item) => [
      { namespace: item.namespace, key: item.key, value: null },
      { namespace: history, key: String(item.value.id), value: null },
    ]);
  if (await applyIf(store, conditions(items), deletes(items))) return items.length;
  let removed = 0;
  for (const item of items) if (await applyIf(store, conditions([item]), deletes([item]))) removed += 1;
  return removed;
}

function overCap(live: { item: Item; record: MemoryRecord }[], policy: MemoryPolicy) {
  const byType = new Map<string, typeof live>();
  for (const entry of live) byType.set(entry.record.memoryType, [...(byType.get(entry.record.memoryType) ?? []), entry]);
  return [...byType.values()].flatMap((group) =>
    group.sort((a, b) => compareByImportance(a.record, b.record)).slice(policy.maxLivePerScopeAndType),
  );
}

/** When a history entry stopped being live: marked superseded, or (for a record that lost a race for its key) written. */
function supersededAt(item: Item): number {
  return typeof item.value.supersededAtMs === "number" ? item.value.supersededAtMs : Date.parse(String(item.value.createdAt));
}

/** Ids of the live records beside a history namespace. */
export async function liveIdsBeside(store: BaseStore, historyNamespace: readonly string[]): Promise<Set<string>> {
  return new Set((await exactItems(store, liveNamespaceBeside(historyNamespace))).map((item) => String(item.value.id)));
}

/** The items of exactly this namespace (a store whose prefix match leaks is not trusted). */
export async function exactItems(store: BaseStore, namespace: readonly string[]): Promise<Item[]> {
  const items: Item[] = [];
  for await (const item of itemsIn(store, [...namespace])) {
    if (item.namespace.length === namespace.length && item.namespace.every((label, i) => label === namespace[i])) {
      items.push(item);
    }
  }
  return items;
}

/** Deletes items in one batch and returns how many. */
export async function remove(store: BaseStore, items: readonly Item[]): Promise<number> {
  if (items.length === 0) return 0;
  await store.batch(items.map((item) => ({ namespace: item.namespace, key: item.key, value: null })));
  return items.length;
}
