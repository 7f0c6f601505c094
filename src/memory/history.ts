import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { parseIdentity, type IdentityContext } from "./identity.js";
import { belongsTo, historyNamespaceFor, namespaceFor, ownersAt, readableLevels } from "./namespaces.js";
import type { MemoryRecord } from "./record.js";
import { canonicalKey } from "./subjects.js";
import { fromStoredValue, itemsIn, unwrapStore } from "./stored.js";

/**
 * The supersede chain of a key in every namespace an identity can read:
 * superseded records and the live one, oldest first.
 */
export async function history(store: BaseStore, identity: IdentityContext, subjectKey: string): Promise<MemoryRecord[]> {
  store = unwrapStore(store);
  // The subject's stable key: `ui.appearance` asks for the history of `ui.theme`.
  const key = canonicalKey(subjectKey);
  const who = parseIdentity(identity);
  const records: MemoryRecord[] = [];
  for (const level of readableLevels(who)) {
    const owners = ownersAt(level, who);
    const live = namespaceFor(level, who);
    const past = historyNamespaceFor(level, who);
    const current = await store.get(live, key);
    const items = current === null ? [] : [{ item: current, namespace: live }];
    for await (const item of itemsIn(store, past, { key })) items.push({ item, namespace: past });
    const byId = new Map<string, MemoryRecord>();
    for (const { item, namespace } of items) {
      const record = belongsTo(item, namespace, owners) ? fromStoredValue(item.value) : undefined;
      // The live copy wins over its own version entry: it carries the latest verification.
      if (record !== undefined && record.key === key && (namespace === live || !byId.has(record.id))) byId.set(record.id, record);
    }
    records.push(...byId.values());
  }
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
