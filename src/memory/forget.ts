import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { OwnerIdSchema, parseIdentity, parseOwnerIds, type IdentityContext } from "./identity.js";
import {
  belongsTo,
  decodeId,
  historyNamespaceFor,
  memoryNamespaces,
  namespaceFor,
  ownedByPath,
  ownersAt,
  parseNamespace,
  readableLevels,
  type ScopeLevel,
} from "./namespaces.js";
import { exactItems, remove } from "./prune.js";
import type { MemoryScope } from "./record.js";
import { itemsIn, unwrapStore } from "./stored.js";

/**
 * Whose memories {@link forget} deletes, named by the full owner path: a user
 * (within `orgId`, or outside every organisation when it is absent), a
 * project (likewise), or a whole organisation.
 */
export const ForgetTargetSchema = z.union([
  z.object({ userId: OwnerIdSchema, orgId: OwnerIdSchema.optional() }).strict(),
  z.object({ projectId: OwnerIdSchema, orgId: OwnerIdSchema.optional() }).strict(),
  z.object({ orgId: OwnerIdSchema }).strict(),
]);
export type ForgetTarget = z.infer<typeof ForgetTargetSchema>;

/**
 * The delete-my-data request: deletes every memory, live and superseded, of
 * one owner, in every scope and namespace that holds them, and reports how
 * many records went. A user is deleted with the memories they hold within
 * projects; a project with its users' memories within it; an organisation
 * with everything under it. The same ids under another organisation are
 * never touched.
 *
 * @throws InvalidIdentityError when the target is not one of the three shapes.
 */
export async function forget(store: BaseStore, target: ForgetTarget): Promise<{ deleted: number; namespaces: number }> {
  store = unwrapStore(store);
  const owner = parseOwnerIds(ForgetTargetSchema, { ...target }, "forget target (pass { userId, orgId? }, { projectId, orgId? } or { orgId })");
  const targets = (await memoryNamespaces(store)).filter((namespace) => {
    const parts = parseNamespace(namespace);
    return parts !== undefined && ownedByPath(parts, owner);
  });
  // A live record also has a version entry in history: count records, not store items.
  const records = new Set<string>();
  for (const namespace of targets) {
    const items = await exactItems(store, namespace);
    for (const item of items) records.add(String(item.value.id));
    await remove(store, items);
  }
  return { deleted: records.size, namespaces: targets.length };
}

/**
 * The organisations under which a user or project id holds memories (`null`:
 * outside every organisation), so that a caller naming only the id can be
 * asked which one it means.
 */
export async function orgsHolding(store: BaseStore, owner: { userId: string } | { projectId: string }): Promise<Array<string | null>> {
  store = unwrapStore(store);
  const orgs = new Set<string | null>();
  for (const namespace of await memoryNamespaces(store)) {
    const parts = parseNamespace(namespace);
    if (parts === undefined || parts.level === "global") continue;
    const org = parts.orgLabel === undefined ? null : decodeId(parts.orgLabel);
    if (ownedByPath(parts, { ...owner, ...(org === null ? {} : { orgId: org }) })) orgs.add(org);
  }
  return [...orgs];
}

/** Options of {@link forgetMemory}. */
export interface ForgetMemoryOptions {
  /**
   * The scope to forget the key in. By default only the identity's own
   * memories (user scope, within the project too) are forgotten: a user's
   * request never deletes what their team remembers unless it says so.
   */
  scope?: Exclude<MemoryScope, "global">;
}

/**
 * Forgets one memory: the live record under `key` and every version of it in
 * history, for exactly this identity, so neither recall nor history returns
 * it again. Returns the ids of the records deleted.
 */
export async function forgetMemory(
  store: BaseStore,
  identity: IdentityContext,
  key: string,
  options: ForgetMemoryOptions = {},
): Promise<{ deleted: string[] }> {
  store = unwrapStore(store);
  const who = parseIdentity(identity);
  const levels = readableLevels(who).filter((level) => LEVELS_OF[options.scope ?? "user"].includes(level));
  const deleted = new Set<string>();
  for (const level of levels) {
    const owners = ownersAt(level, who);
    const live = namespaceFor(level, who);
    const past = historyNamespaceFor(level, who);
    const items = [];
    const current = await store.get(live, key);
    if (current !== null && belongsTo(current, live, owners)) items.push(current);
    for await (const item of itemsIn(store, past, { key })) if (belongsTo(item, past, owners) && item.value.key === key) items.push(item);
    for (const item of items) deleted.add(String(item.value.id));
    await remove(store, items);
  }
  return { deleted: [...deleted] };
}

const LEVELS_OF: Record<Exclude<MemoryScope, "global">, readonly ScopeLevel[]> = {
  user: ["user", "user_in_project"],
  project: ["project"],
  org: ["org"],
};
