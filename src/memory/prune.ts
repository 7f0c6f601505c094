import type { BaseStore, Item } from "@langchain/langgraph-checkpoint";
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
    const items = await exactItems(store, namespace);
    if (parseNamespace(namespace)?.kind === "history") {
      // A version entry of the live record is not history; anything else past retention goes.
      const liveIds = await liveIdsBeside(store, namespace);
      const retainedFrom = now - rules.supersededRetentionDays * 86_400_000;
      const old = items.filter((item) => !liveIds.has(item.key) && supersededAt(item) < retainedFrom);
      report.superseded += await remove(store, old);
      continue;
    }
    const live: { item: Item; record: MemoryRecord }[] = [];
    const expired: Item[] = [];
    for (const item of items) {
      const record = fromStoredValue(item.value);
      if (record === undefined) continue;
      if (record.expiresAt !== null && Date.parse(record.expiresAt) <= now) expired.push(item);
      else live.push({ item, record });
    }
    // An expired or capped record goes with its version entry.
    const history = [...namespace.slice(0, -1), "history"];
    const withVersions = (items: Item[]) => [
      ...items,
      ...items.map((item) => ({ ...item, namespace: history, key: String(item.value.id) })),
    ];
    const capped = overCap(live, rules).map(({ item }) => item);
    await remove(store, withVersions([...expired, ...capped]));
    report.expired += expired.length;
    report.capped += capped.length;
  }
  return report;
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
