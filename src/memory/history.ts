import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { parseIdentity, type IdentityContext } from "./identity.js";
import { belongsTo, historyNamespaceFor, namespaceFor, ownersAt, readableLevels } from "./namespaces.js";
import type { MemoryRecord } from "./record.js";
import { fromStoredValue, itemsIn, unwrapStore } from "./stored.js";

/**
 * The supersede chain of a key in every namespace an identity can read:
 * superseded records and the live one, oldest first.
 */
export async function history(store: BaseStore, identity: IdentityContext, key: string): Promise<MemoryRecord[]> {
  store = unwrapStore(store);
  const who = parseIdentity(identity);
  const records: MemoryRecord[] = [];
  for (const level of readableLevels(who)) {
    const owners = ownersAt(level, who);
    const live = namespaceFor(level, who);
    const past = historyNamespaceFor(level, who);
    const current = await store.get(live, key);
    const items = current === null ? [] : [{ item: current, namespace: live }];
    for await (const item of itemsIn(store, past, { key })) items.push({ item, namespace: past });
    for (const { item, namespace } of items) {
      const record = belongsTo(item, namespace, owners) ? fromStoredValue(item.value) : undefined;
      if (record !== undefined && record.key === key) records.push(record);
    }
  }
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
