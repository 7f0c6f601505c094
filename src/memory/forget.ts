import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { InvalidIdentityError } from "./errors.js";
import { memoryNamespaces, ownedBy, parseNamespace } from "./namespaces.js";
import { unwrapStore } from "./stored.js";
import { exactItems, remove } from "./prune.js";

/** Whose memories {@link forget} deletes: exactly one owner id. */
export const ForgetTargetSchema = z.union([
  z.object({ userId: z.string().min(1) }).strict(),
  z.object({ projectId: z.string().min(1) }).strict(),
  z.object({ orgId: z.string().min(1) }).strict(),
]);
export type ForgetTarget = z.infer<typeof ForgetTargetSchema>;

/**
 * The delete-my-data request: deletes every memory, live and superseded, of
 * one user, project or organisation, in every scope and namespace that holds
 * them, and reports how many records went.
 */
export async function forget(store: BaseStore, target: ForgetTarget): Promise<{ deleted: number; namespaces: number }> {
  const parsed = ForgetTargetSchema.safeParse(target);
  if (!parsed.success) {
  store = unwrapStore(store);
    throw new InvalidIdentityError("forget takes exactly one of { userId }, { projectId } or { orgId }.");
  }
  const targets: string[][] = [];
  for await (const namespace of memoryNamespaces(store)) {
    const parts = parseNamespace(namespace);
    if (parts !== undefined && ownedBy(parts, parsed.data)) targets.push(namespace);
  }
  // A live record also has a version entry in history: count records, not store items.
  const records = new Set<string>();
  for (const namespace of targets) {
    const items = await exactItems(store, namespace);
    for (const item of items) records.add(String(item.value.id));
    await remove(store, items);
  }
  return { deleted: records.size, namespaces: targets.length };
}
