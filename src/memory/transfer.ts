import type { BaseStore, Item, PutOperation } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { MAX_WRITE_ATTEMPTS, applyIf } from "./atomic.js";
import { InvalidMemoryError } from "./errors.js";
import type { IdentityContext } from "./identity.js";
import { historyNamespaceFor, namespaceFor, namespacesOf, parseNamespace, type NamespaceTarget, type ScopeLevel } from "./namespaces.js";
import { exactItems, liveIdsBeside } from "./prune.js";
import { resolvePolicy, type MemoryPolicy, type MemoryPolicyInput } from "./policy.js";
import { MemoryRecordSchema, type MemoryRecord } from "./record.js";
import { findSecretsInMemory } from "./secrets.js";
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

/** What {@link importMemories} did. */
export interface ImportReport {
  /** Records imported as the live record of their key. */
  live: number;
  /** Records imported into history only: superseded in the file, or older than the live record already stored. */
  superseded: number;
  /** Keys whose newer live record in the store was kept over the file's older one. */
  kept: { key: string; keptId: string; importedId: string }[];
}

/** Options of {@link importMemories}. */
export interface ImportOptions {
  /** The never-store rules to apply, as `promote` does; the defaults otherwise. */
  policy?: MemoryPolicyInput | MemoryPolicy;
}

/**
 * Imports JSON Lines written by {@link exportMemories}, all or nothing.
 *
 * 1. Every line is validated first: a line that is not a record, whose owner
 *    ids do not fit its scope, or that holds a secret (the never-store rules
 *    of `promote`) throws an `InvalidMemoryError` naming its line, and
 *    nothing is imported.
 * 2. Each record goes to the namespace its scope and owner ids name; every
 *    version is kept in history.
 * 3. A live record never reverts a newer one: when the store's live record of
 *    the key was verified later, it stays live, the imported one goes to
 *    history as superseded by it, and the report names the key.
 */
export async function importMemories(
  store: BaseStore,
  jsonLines: string | Iterable<string>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  store = unwrapStore(store);
  const policy = resolvePolicy(options.policy);
  const lines = typeof jsonLines === "string" ? jsonLines.split("\n") : [...jsonLines];
  const entries = lines.flatMap((line, index) => {
    if (line.trim() === "") return [];
    const entry = parseLine(line, index + 1);
    const secrets = findSecretsInMemory(entry.record, policy.neverStore);
    if (secrets.length > 0) throw new InvalidMemoryError(`line ${index + 1}: never stored: looks like a ${secrets.join(", ")}`);
    return [{ entry, ...placementOf(entry.record, index + 1) }];
  });
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
    const plan = await planImport(store, entries);
    if (await applyIf(store, plan.conditions, plan.writes)) return plan.report;
  }
  throw new InvalidMemoryError(`import: the live memories changed under ${MAX_WRITE_ATTEMPTS} concurrent writes in a row; nothing was imported`);
}


type PlacedEntry = { entry: MemoryExportLine; level: ScopeLevel; identity: IdentityContext };

/** The writes of an import against the live records the store holds now, and the conditions they rest on. */
async function planImport(store: BaseStore, entries: readonly PlacedEntry[]) {
  const slots = new Map<string, { namespace: string[]; key: string }>();
  for (const { entry, level, identity } of entries) {
    if (entry.status === "live") slots.set(slotId(namespaceFor(level, identity), entry.record.key), { namespace: namespaceFor(level, identity), key: entry.record.key });
  }
  const slotList = [...slots.values()];
  const stored = await store.batch(slotList.map(({ namespace, key }) => ({ namespace, key })));
  const current = new Map<string, MemoryRecord>();
  const conditions = slotList.map((slot, i) => {
    const item = stored[i] as Item | null;
    const record = item === null ? undefined : fromStoredValue(item.value);
    if (record !== undefined) current.set(slotId(slot.namespace, slot.key), record);
    return { ...slot, id: item === null ? null : String(item.value.id) };
  });
  const writes: PutOperation[] = [];
  const report: ImportReport = { live: 0, superseded: 0, kept: [] };
  const toHistory = (namespace: string[], record: MemoryRecord, supersededAt?: Date) =>
    writes.push({ namespace, key: record.id, value: toStoredValue(record, supersededAt), index: false });
  for (const { entry, level, identity } of entries) {
    const { record } = entry;
    const history = historyNamespaceFor(level, identity);
    if (entry.status === "superseded") {
      report.superseded += 1;
      toHistory(history, record, entry.supersededAt === undefined ? undefined : new Date(entry.supersededAt));
      continue;
    }
    const namespace = namespaceFor(level, identity);
    const id = slotId(namespace, record.key);
    const existing = current.get(id);
    if (existing !== undefined && existing.id !== record.id && isNewer(existing, record)) {
      report.superseded += 1;
      report.kept.push({ key: record.key, keptId: existing.id, importedId: record.id });
      toHistory(history, { ...record, supersededBy: existing.id }, new Date(existing.createdAt));
      continue;
    }
    if (existing !== undefined && existing.id === record.id && isNewer(existing, record)) {
      report.kept.push({ key: record.key, keptId: existing.id, importedId: record.id });
      continue;
    }
    if (existing !== undefined && existing.id !== record.id) toHistory(history, { ...existing, supersededBy: record.id }, new Date(record.createdAt));
    report.live += 1;
    current.set(id, record);
    writes.push({ namespace, key: record.key, value: toStoredValue(record) });
    toHistory(history, record);
  }
  return { conditions, writes, report };
}

/** Whether `a` is a later word on its key than `b`: verified later, or as recently and created later. */
function isNewer(a: MemoryRecord, b: MemoryRecord): boolean {
  const verified = Date.parse(a.lastVerifiedAt) - Date.parse(b.lastVerifiedAt);
  return verified !== 0 ? verified > 0 : Date.parse(a.createdAt) > Date.parse(b.createdAt);
}

function slotId(namespace: readonly string[], key: string): string {
  return JSON.stringify([namespace, key]);
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
