import type { BaseStore, Item, PutOperation } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { InvalidMemoryError } from "./errors.js";
import type { IdentityContext } from "./identity.js";
import { historyNamespaceFor, namespaceFor, namespacesOf, parseNamespace, type NamespaceTarget, type ScopeLevel } from "./namespaces.js";
import { exactItems, liveIdsBeside } from "./prune.js";
import { MemoryRecordSchema, type MemoryRecord } from "./record.js";
import { fromStoredValue, toStoredValue, unwrapStore } from "./stored.js";

/** One line of an export: a record, and whether it is live or superseded (and since when). */
export const MemoryExportLineSchema = z
  .object({
    status: z.enum(["live", "superseded"]),
    supersededAt: z.iso.datetime({ offset: true }).optional(),
    record: MemoryRecordSchema,
  })
  .strict();
export type MemoryExportLine = z.infer<typeof MemoryExportLineSchema>;

/**
 * Exports the memories an identity can read (those of one owner filter with
 * `{ owner }`, or every memory with `"all"`) as JSON Lines, one
 * {@link MemoryExportLine} per line, history included.
 */
export async function* exportMemories(store: BaseStore, target: NamespaceTarget): AsyncGenerator<string> {
  store = unwrapStore(store);
  for await (const namespace of namespacesOf(store, target)) {
    const superseded = parseNamespace(namespace)?.kind === "history";
    // History holds a version entry of each live record too; the live line stands for it.
    const liveIds = superseded ? await liveIdsBeside(store, namespace) : new Set<string>();
    for (const item of await exactItems(store, namespace)) {
      const record = fromStoredValue(item.value);
      if (record === undefined || liveIds.has(record.id)) continue;
      yield JSON.stringify(toLine(record, superseded, item));
    }
  }
}

/**
 * Imports JSON Lines written by {@link exportMemories}. Every line is
 * validated before anything is written: an invalid line throws an
 * `InvalidMemoryError` naming its line number, and nothing is imported.
 * Each record goes to the namespace its scope and owner ids name.
 */
export async function importMemories(
  store: BaseStore,
  jsonLines: string | Iterable<string>,
): Promise<{ live: number; superseded: number }> {
  const lines = typeof jsonLines === "string" ? jsonLines.split("\n") : [...jsonLines];
  const puts: PutOperation[] = [];
  let superseded = 0;
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const entry = parseLine(line, index + 1);
    const { level, identity } = placementOf(entry.record, index + 1);
    if (entry.status === "superseded") {
  store = unwrapStore(store);
      superseded += 1;
      const at = entry.supersededAt === undefined ? undefined : new Date(entry.supersededAt);
      puts.push({ namespace: historyNamespaceFor(level, identity), key: entry.record.id, value: toStoredValue(entry.record, at), index: false });
    } else {
      puts.push({ namespace: namespaceFor(level, identity), key: entry.record.key, value: toStoredValue(entry.record) });
      puts.push({ namespace: historyNamespaceFor(level, identity), key: entry.record.id, value: toStoredValue(entry.record), index: false });
    }
  });
  if (puts.length > 0) await store.batch(puts);
  return { live: (puts.length - superseded) / 2, superseded };
}

function toLine(record: MemoryRecord, superseded: boolean, item: Item): MemoryExportLine {
  if (!superseded) return { status: "live", record };
  const at = item.value.supersededAtMs;
  return { status: "superseded", ...(typeof at === "number" ? { supersededAt: new Date(at).toISOString() } : {}), record };
}

function parseLine(line: string, number: number): MemoryExportLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    throw new InvalidMemoryError(`line ${number}: not JSON (${(error as Error).message})`);
  }
  const parsed = MemoryExportLineSchema.safeParse(json);
  if (!parsed.success) throw new InvalidMemoryError(`line ${number}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The level and identity a record's scope and owner ids name. */
function placementOf(record: MemoryRecord, number: number): { level: ScopeLevel; identity: IdentityContext } {
  const { scope, orgId, projectId, userId } = record;
  const level: ScopeLevel | undefined =
    scope === "global" ? "global"
    : scope === "org" ? (orgId !== undefined && projectId === undefined && userId === undefined ? "org" : undefined)
    : scope === "project" ? (projectId !== undefined && userId === undefined ? "project" : undefined)
    : userId === undefined ? undefined
    : projectId === undefined ? "user"
    : "user_in_project";
  if (level === undefined || (level === "global" && (orgId ?? projectId ?? userId) !== undefined)) {
    throw new InvalidMemoryError(`line ${number}: the owner ids do not fit scope "${scope}"`);
  }
  // Only `userId` is needed to build a namespace, and levels above the user ignore it.
  return { level, identity: { userId: userId ?? "-", ...(orgId ? { orgId } : {}), ...(projectId ? { projectId } : {}) } };
}
