import { randomUUID } from "node:crypto";
import type { BaseStore, Item, PutOperation } from "@langchain/langgraph-checkpoint";
import { MAX_WRITE_ATTEMPTS, applyIf } from "./atomic.js";
import type { MemoryCandidate } from "./candidate.js";
import { equivalentContent } from "./equivalence.js";
import { announcesChange, isPrivate, speaksForSelf } from "./evidence.js";
import type { IdentityContext } from "./identity.js";
import { belongsTo, historyNamespaceFor, namespaceFor, ownersAt, readableLevels, type ScopeLevel } from "./namespaces.js";
import { carriedOver, correctionOf, correctsEarlier, notesUpdatedBy, reversedBy } from "./note-updates.js";
import { expiryFor, type MemoryPolicy } from "./policy.js";
import type { PromotionEntry } from "./promote.js";
import { exactItems } from "./prune.js";
import type { MemoryRecord, MemorySource } from "./record.js";
import { fromStoredValue, itemsIn, toStoredValue } from "./stored.js";
import { subjectOfKey } from "./subjects.js";


/** What {@link reconcile} needs besides the candidate. */
export interface ReconcileContext {
  policy: MemoryPolicy;
  source: MemorySource;
  now: Date;
}

/**
 * Writes a judged candidate against the live memories of its subject at its
 * level: the record under its key and any under the subject's other keys (for
 * a note, the notes it updates: see {@link notesUpdatedBy}; a correction of a
 * memory from an earlier conversation rewrites that memory: see {@link correctionOf}).
 * A user-level note that updates or corrects nothing at its level but a note
 * the team holds is written at the team's level instead (see
 * {@link sharedLevelUpdated}); a team note that updates the speaker's own
 * note retires it (see {@link retireOwnNotes}). Reads, decides (refresh, keep, supersede), and writes only if every slot
 * read still holds what the decision was made on; otherwise decides again on
 * the new state.
 */
export async function reconcile(
  store: BaseStore,
  candidate: MemoryCandidate,
  level: ScopeLevel,
  identity: IdentityContext,
  context: ReconcileContext,
): Promise<PromotionEntry> {
  const namespace = namespaceFor(level, identity);
  const history = historyNamespaceFor(level, identity);
  const owners = ownersAt(level, identity);
  // Read once, and only for a note that announces a change or a correction of an earlier conversation.
  let live: MemoryRecord[] | undefined;
  const liveRecords = async () => (live ??= await liveAt(store, level, identity));
  // "It's 120, not 180", said of a memory from an earlier conversation: the memory that holds 180, corrected.
  if (correctsEarlier(candidate)) {
    const corrected = correctionOf(candidate, await liveRecords());
    if (corrected === undefined) {
      return (
        (await atSharedLevel(store, candidate, level, identity, context)) ?? {
          outcome: "discarded",
          key: candidate.key,
          reason: `corrects "${candidate.content.replaces ?? candidate.content.value}", which no live memory holds`,
        }
      );
    }
    candidate = corrected;
  }
  const subject = subjectOfKey(candidate.key);
  // A note that announces a change ("we've moved the huddle to 9:30") retires the notes it updates, as a subject's other keys
  // are, and a "never" rule the rules and preferences it reverses.
  const updated = [...(await notesUpdatedBy(candidate, liveRecords)), ...(await reversedBy(candidate, liveRecords))];
  if (updated.length === 0) {
    const shared = await atSharedLevel(store, candidate, level, identity, context);
    if (shared !== undefined) return shared;
  }
  // One measure changed in a note that holds others: the note with that measure replaced, not the new words alone.
  if (updated.length === 1) candidate = carriedOver(updated[0]!, candidate) ?? candidate;
  const others = [...(subject === undefined ? [] : [subject.key, ...subject.aliases]), ...updated.map((note) => note.key)];
  const keys = [candidate.key, ...others.filter((key) => key !== candidate.key)];
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
    const items = (await store.batch(keys.map((key) => ({ namespace, key })))) as (Item | null)[];
    const records = items.map((item) => (item !== null && belongsTo(item, namespace, owners) ? fromStoredValue(item.value) : undefined));
    const [own, ...strays] = records;
    const reverts = await revertsHistory(store, history, candidate, own ?? strays.find(Boolean), context.now);
    const decision = decide(candidate, own, strays.filter((record): record is MemoryRecord => record !== undefined), reverts, {
      ...context,
      owners,
      history,
      namespace,
    });
    const conditions = keys.map((key, i) => ({ namespace, key, id: items[i] === null ? null : String(items[i]!.value.id) }));
    if (decision.writes.length === 0 || (await applyIf(store, conditions, decision.writes))) {
      if (updated.length === 0 && (level === "project" || level === "org") && decision.entry.recordId !== undefined) {
        await retireOwnNotes(store, candidate, decision.entry.recordId, identity, context.now);
      }
      return decision.entry;
    }
  }
  return { outcome: "refused", key: candidate.key, reason: `the live memory changed under ${MAX_WRITE_ATTEMPTS} concurrent writes in a row; not written` };
}

/**
 * The speaker's own notes that a team note just written updates ("we raised the cold-aisle setpoint to 25 °C across
 * DC-East" after the user's own "DC-East runs a setpoint of 22 °C"), retired into their history. Each retirement is
 * conditional on the note being unchanged; one changed meanwhile is left as it is.
 */
async function retireOwnNotes(store: BaseStore, candidate: MemoryCandidate, by: string, identity: IdentityContext, now: Date): Promise<void> {
  for (const level of readableLevels(identity).filter((found) => found === "user" || found === "user_in_project")) {
    const notes = await notesUpdatedBy(candidate, () => liveAt(store, level, identity));
    if (notes.length === 0) continue;
    const namespace = namespaceFor(level, identity);
    const history = historyNamespaceFor(level, identity);
    await applyIf(
      store,
      notes.map((note) => ({ namespace, key: note.key, id: note.id })),
      notes.flatMap((note) => [retiredInto(history, note, by, now), { namespace, key: note.key, value: null }]),
    );
  }
}

/** The live memories of one level, as records. */
async function liveAt(store: BaseStore, level: ScopeLevel, identity: IdentityContext): Promise<MemoryRecord[]> {
  const namespace = namespaceFor(level, identity);
  const owners = ownersAt(level, identity);
  return (await exactItems(store, namespace)).flatMap((item) => {
    const record = belongsTo(item, namespace, owners) ? fromStoredValue(item.value) : undefined;
    return record === undefined ? [] : [record];
  });
}

/**
 * The shared level (project, then org) whose note a user-level note updates or
 * corrects, once its own level has been found to hold none: a colleague's "The
 * 55% RH Ana gave you is wrong — the loan agreement specifies 50% RH" is the
 * team's new value, not a private one beside the team's old. Never for words
 * about the speaker or anything private.
 */
async function sharedLevelUpdated(
  store: BaseStore,
  candidate: MemoryCandidate,
  level: ScopeLevel,
  identity: IdentityContext,
): Promise<ScopeLevel | undefined> {
  const evidence = candidate.evidence;
  if ((level !== "user" && level !== "user_in_project") || !candidate.key.startsWith("note.") || evidence === undefined) return undefined;
  if (isPrivate(evidence) || speaksForSelf(evidence) || !(correctsEarlier(candidate) || announcesChange(evidence))) return undefined;
  for (const shared of readableLevels(identity).filter((found) => found === "project" || found === "org").reverse()) {
    const records = await liveAt(store, shared, identity);
    const updates = correctsEarlier(candidate) ? correctionOf(candidate, records) !== undefined : (await notesUpdatedBy(candidate, async () => records)).length > 0;
    if (updates) return shared;
  }
  return undefined;
}

/** The candidate reconciled at the shared level whose note it updates (see {@link sharedLevelUpdated}); undefined when none. */
async function atSharedLevel(
  store: BaseStore,
  candidate: MemoryCandidate,
  level: ScopeLevel,
  identity: IdentityContext,
  context: ReconcileContext,
): Promise<PromotionEntry | undefined> {
  const shared = await sharedLevelUpdated(store, candidate, level, identity);
  return shared === undefined ? undefined : reconcile(store, { ...candidate, scope: shared === "org" ? "org" : "project" }, shared, identity, context);
}

/**
 * The superseded value a candidate proposes again without announcing a
 * change in its evidence ("Travis was great" after "we moved to Buildkite"), if any: an
 * old value re-proposed from a story must not revert the current one.
 */
async function revertsHistory(
  store: BaseStore,
  history: string[],
  candidate: MemoryCandidate,
  live: MemoryRecord | undefined,
  now: Date,
): Promise<MemoryRecord | undefined> {
  if (live === undefined || isExpired(live, now) || equivalentContent(live.content, candidate.content)) return undefined;
  // Only an extractor's candidate carries evidence; a caller writing directly is taken at its word.
  if (candidate.evidence === undefined || announcesChange(candidate.evidence)) return undefined;
  for await (const item of itemsIn(store, history, { key: live.key })) {
    const record = fromStoredValue(item.value);
    if (record !== undefined && record.id !== live.id && record.supersededBy !== null && equivalentContent(record.content, candidate.content)) {
      return record;
    }
  }
  return undefined;
}

interface DecisionContext extends ReconcileContext {
  owners: Pick<MemoryRecord, "orgId" | "projectId" | "userId">;
  history: string[];
  namespace: string[];
}

/** The history entry of a record that `by` supersedes. */
function retiredInto(history: string[], record: MemoryRecord, by: string, now: Date): PutOperation {
  return { namespace: history, key: record.id, value: toStoredValue({ ...record, supersededBy: by }, now), index: false };
}

/** What a valid, writable candidate does to the live memories of its subject, and the writes that do it. */
function decide(
  candidate: MemoryCandidate,
  own: MemoryRecord | undefined,
  strays: readonly MemoryRecord[],
  reverts: MemoryRecord | undefined,
  { owners, source, policy, now, history, namespace }: DecisionContext,
): { entry: PromotionEntry; writes: PutOperation[] } {
  const { key } = candidate;
  const live = own ?? strays[0];
  const current = live !== undefined && !isExpired(live, now) ? live : undefined;
  const timestamp = now.toISOString();
  const expiresAt = expiryFor(policy, candidate.memoryType, now, candidate.ttlDays);
  const retire = (records: readonly MemoryRecord[], by: string): PutOperation[] =>
    records.flatMap((record) => [retiredInto(history, record, by, now), ...(record.key === key ? [] : [{ namespace, key: record.key, value: null }])]);

  if (current !== undefined && current.memoryType === candidate.memoryType && equivalentContent(current.content, candidate.content)) {
    const refreshed: MemoryRecord = { ...current, key, lastVerifiedAt: timestamp, expiresAt, confidence: Math.max(current.confidence, candidate.confidence) };
    const moved = current.key === key ? [] : [{ namespace, key: current.key, value: null }];
    return {
      entry: { outcome: "refreshed", key, reason: "same content as the live memory", recordId: current.id },
      writes: [{ namespace, key, value: toStoredValue(refreshed) }, ...moved, ...retire(strays.filter((record) => record !== current), current.id)],
    };
  }
  if (current !== undefined && candidate.confidence < current.confidence - policy.supersedeMargin) {
    return {
      entry: { outcome: "kept_existing", key, reason: `confidence ${candidate.confidence} is too far below the live memory's ${current.confidence}`, recordId: current.id },
      writes: [],
    };
  }
  if (current !== undefined && reverts !== undefined) {
    return {
      entry: {
        outcome: "kept_existing",
        key,
        reason: `re-proposes ${reverts.text}, which the live memory replaced, without saying it changed back`,
        recordId: current.id,
      },
      writes: [],
    };
  }
  const written: MemoryRecord = {
    id: randomUUID(),
    key,
    memoryType: candidate.memoryType,
    content: candidate.content,
    text: candidate.text,
    scope: candidate.scope,
    ...owners,
    source,
    confidence: candidate.confidence,
    createdAt: timestamp,
    lastVerifiedAt: timestamp,
    expiresAt,
    supersededBy: null,
    supersedes: live?.id ?? null,
  };
  const writes: PutOperation[] = [
    ...retire([...(own === undefined ? [] : [own]), ...strays], written.id),
    { namespace: history, key: written.id, value: toStoredValue(written), index: false },
    { namespace, key, value: toStoredValue(written) },
  ];
  if (live === undefined) return { entry: { outcome: "written", key, recordId: written.id }, writes };
  return {
    entry: {
      outcome: "superseded",
      key,
      reason: current === undefined ? "replaces an expired memory" : live.key === key ? "replaces the live memory" : `replaces the live memory under ${live.key}`,
      recordId: written.id,
      replacedId: live.id,
    },
    writes,
  };
}

/** Whether a record's expiry has passed at `now`. */
export function isExpired(record: MemoryRecord, now: Date): boolean {
  return record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime();
}
