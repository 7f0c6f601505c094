/**
 * Reading a scenario's store through the memory library only (recall and
 * exportMemories), the way a user of the package would.
 */
import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { exportMemories, MemoryExportLineSchema, recall, type IdentityContext, type MemoryExportLine, type MemoryRecord } from "../../src/index.js";

/** What a regular expression of a scenario is tested against: the record's text and its content as JSON. */
export function recordText(record: MemoryRecord): string {
  return `${record.text}\n${JSON.stringify(record.content)}`;
}

/**
 * Everything a record holds that came from words (its key, text, content, owners, a manual source's note), without
 * its generated ids and timestamps: a code of four digits turns up in a random UUID or an ISO time often enough to
 * fail a run that stored no secret.
 */
export function storedWords(record: MemoryRecord): string {
  const { id: _id, createdAt: _created, lastVerifiedAt: _verified, expiresAt: _expires, supersededBy: _by, supersedes: _of, source, ...words } = record;
  return JSON.stringify({ ...words, ...(source.kind === "manual" ? { source } : {}) });
}

/** Whether a record matches a pattern (the pattern's own flags, `lastIndex` never carried over). */
export function matches(record: MemoryRecord, pattern: RegExp): boolean {
  return new RegExp(pattern.source, pattern.flags.replace("g", "")).test(recordText(record));
}

/** The live, unexpired memories an identity can read. */
export async function visibleTo(store: BaseStore, identity: IdentityContext): Promise<MemoryRecord[]> {
  return recall(store, identity, { limit: 1_000 });
}

/** Every record an identity can read, live or superseded, or every record of everyone with `"all"`. */
export async function everyRecord(store: BaseStore, target: IdentityContext | "all"): Promise<MemoryExportLine[]> {
  const lines: MemoryExportLine[] = [];
  for await (const line of exportMemories(store, target)) lines.push(MemoryExportLineSchema.parse(JSON.parse(line)));
  return lines;
}

/** A short description of an identity, for failure messages. */
export function who(identity: IdentityContext): string {
  return [identity.userId, identity.projectId && `project ${identity.projectId}`, identity.orgId && `org ${identity.orgId}`]
    .filter(Boolean)
    .join(", ");
}

/** The records' texts, for failure messages. */
export function listed(records: readonly MemoryRecord[], max = 8): string {
  if (records.length === 0) return "(none)";
  const shown = records.slice(0, max).map((record) => `${record.key} [${record.scope}]: ${record.text.slice(0, 80)}`);
  return shown.join(" | ") + (records.length > max ? ` | … ${records.length - max} more` : "");
}
