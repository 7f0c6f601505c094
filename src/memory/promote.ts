import { randomUUID } from "node:crypto";
import type { BaseStore, PutOperation } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { MemoryCandidateSchema, type MemoryCandidate } from "./candidate.js";
import { applyIf } from "./atomic.js";
import { equivalentContent } from "./equivalence.js";
import { parseIdentity, type IdentityContext } from "./identity.js";
import { belongsTo, historyNamespaceFor, levelFor, namespaceFor, ownersAt } from "./namespaces.js";
import { expiryFor, resolvePolicy, type MemoryPolicy, type MemoryPolicyInput } from "./policy.js";
import { MemorySourceSchema, type MemoryRecord, type MemorySource } from "./record.js";
import { findSecretsInMemory } from "./secrets.js";
import { fromStoredValue, toStoredValue, unwrapStore } from "./stored.js";

/** What happened to one candidate. */
export type PromotionOutcome =
  | "written"
  | "refreshed"
  | "superseded"
  | "kept_existing"
  | "kept_in_session"
  | "discarded"
  | "refused";

/** One line of a {@link PromotionReport}. */
export interface PromotionEntry {
  outcome: PromotionOutcome;
  /** The candidate's key, or `"?"` when the candidate was not even valid. */
  key: string;
  /** Why, for every outcome but `written`. */
  reason?: string;
  /** The record written or refreshed. */
  recordId?: string;
  /** The record a `superseded` outcome replaced. */
  replacedId?: string;
}

/** What `promote` did with each candidate, in order, and the session-only candidates. */
export interface PromotionReport {
  entries: PromotionEntry[];
  counts: Record<PromotionOutcome, number>;
  /** Candidates of the `session` bucket, for the caller to keep in thread state. */
  session: MemoryCandidate[];
}

/** Options of {@link promote}. */
export interface PromoteOptions {
  /** Where the candidates came from; `{ kind: "manual" }` by default. */
  source?: MemorySource;
  /** The time of the write; now by default. */
  now?: Date;
}

/**
 * Applies the write rules to candidates, in order, and reports what happened
 * to each; nothing is dropped without a line in the report:
 *
 * 1. `discard` and `session` candidates are not written (session ones are returned).
 * 2. A candidate that fails its schema, holds a secret (see `findSecrets`), is below
 *    `policy.minConfidence`, or names a scope the identity cannot write is refused.
 * 3. The same key with equivalent content refreshes the live record's `lastVerifiedAt`,
 *    expiry and confidence (the higher one wins) instead of adding a copy.
 * 4. The same key with different content supersedes the live record, unless the
 *    candidate is less confident than it by more than `policy.supersedeMargin`
 *    (then the live record is kept). The old record is marked `supersededBy`
 *    in the history namespace, the new one gets `supersedes`.
 *
 * The live record of a key is stored under the key itself, so a namespace never
 * holds two live records for one key, even with concurrent writers; every
 * version is also kept under its id in the history namespace, written in the
 * same `batch` (one transaction on SQLite), so no promoted record is lost when
 * two writers race for one key.
 */
export async function promote(
  store: BaseStore,
  candidates: readonly unknown[],
  identity: IdentityContext,
  policy?: MemoryPolicyInput | MemoryPolicy,
  options: PromoteOptions = {},
): Promise<PromotionReport> {
  store = unwrapStore(store);
  const who = parseIdentity(identity);
  const rules = resolvePolicy(policy);
  const source = MemorySourceSchema.parse(options.source ?? { kind: "manual" });
  const now = options.now ?? new Date();
  const report: PromotionReport = { entries: [], counts: emptyCounts(), session: [] };
  const record = (entry: PromotionEntry) => {
    report.entries.push(entry);
    report.counts[entry.outcome] += 1;
  };
  for (const raw of candidates) {
    const parsed = MemoryCandidateSchema.safeParse(raw);
    if (!parsed.success) {
      record({ outcome: "refused", key: keyOf(raw), reason: `invalid candidate: ${z.prettifyError(parsed.error)}` });
      continue;
    }
    try {
      record(await promoteOne(store, parsed.data, who, rules, source, now, report));
    } catch (error) {
      // One candidate that cannot be written never stops the others.
      record({ outcome: "refused", key: parsed.data.key, reason: `could not be written: ${(error as Error).message}` });
    }
  }
  return report;
}

async function promoteOne(
  store: BaseStore,
  candidate: MemoryCandidate,
  identity: IdentityContext,
  policy: MemoryPolicy,
  source: MemorySource,
  now: Date,
  report: PromotionReport,
): Promise<PromotionEntry> {
  const { key } = candidate;
  if (candidate.bucket === "discard") return { outcome: "discarded", key, reason: candidate.reason ?? "discard bucket" };
  // Secrets are refused even for the session: session memories reach the prompt.
  const secrets = findSecretsInMemory(candidate, policy.neverStore);
  if (secrets.length > 0) return { outcome: "refused", key, reason: `never stored: looks like a ${secrets.join(", ")}` };
  if (candidate.bucket === "session") {
    report.session.push(candidate);
    return { outcome: "kept_in_session", key, reason: candidate.reason ?? "session bucket" };
  }
  if (candidate.confidence < policy.minConfidence) {
    return { outcome: "refused", key, reason: `confidence ${candidate.confidence} is below ${policy.minConfidence}` };
  }
  const level = levelFor(candidate.scope, candidate.memoryType, identity);
  if (level === undefined) {
    return { outcome: "refused", key, reason: `scope "${candidate.scope}" is not part of this identity` };
  }
  if (level === "global" && !policy.allowGlobalWrites) {
    return { outcome: "refused", key, reason: "global memories need policy.allowGlobalWrites" };
  }
  const slot = { namespace: namespaceFor(level, identity), key };
  const history = historyNamespaceFor(level, identity);
  const owners = ownersAt(level, identity);
  // Read, decide, then write only if the live slot still holds what was read; a concurrent
  // writer in between makes the decision stale, so it is taken again on the new state.
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const existing = await store.get(slot.namespace, key);
    const live =
      existing !== null && belongsTo(existing, slot.namespace, owners) ? fromStoredValue(existing.value) : undefined;
    const decision = decide(candidate, live, { owners, source, policy, now, history, slot });
    const applied =
      decision.writes.length === 0 || (await applyIf(store, [{ ...slot, id: existing === null ? null : String(existing.value.id) }], decision.writes));
    if (applied) return decision.entry;
  }
  return { outcome: "refused", key, reason: `the live memory changed under ${MAX_ATTEMPTS} concurrent writes in a row; not written` };
}

/** Rounds of read-decide-write before a candidate gives way to concurrent writers. */
const MAX_ATTEMPTS = 8;

interface DecisionContext {
  owners: Pick<MemoryRecord, "orgId" | "projectId" | "userId">;
  source: MemorySource;
  policy: MemoryPolicy;
  now: Date;
  history: string[];
  slot: { namespace: string[]; key: string };
}

/** Rules 3 and 4: what a valid, writable candidate does to the live record of its key, and the writes that does it. */
function decide(
  candidate: MemoryCandidate,
  live: MemoryRecord | undefined,
  { owners, source, policy, now, history, slot }: DecisionContext,
): { entry: PromotionEntry; writes: PutOperation[] } {
  const { key } = candidate;
  const current = live !== undefined && !isExpired(live, now) ? live : undefined;
  const timestamp = now.toISOString();
  const expiresAt = expiryFor(policy, candidate.memoryType, now, candidate.ttlDays);

  if (current !== undefined && current.memoryType === candidate.memoryType && equivalentContent(current.content, candidate.content)) {
    const refreshed: MemoryRecord = {
      ...current,
      lastVerifiedAt: timestamp,
      expiresAt,
      confidence: Math.max(current.confidence, candidate.confidence),
    };
    return {
      entry: { outcome: "refreshed", key, reason: "same content as the live memory", recordId: current.id },
      writes: [{ ...slot, value: toStoredValue(refreshed) }],
    };
  }
  if (current !== undefined && candidate.confidence < current.confidence - policy.supersedeMargin) {
    return {
      entry: {
        outcome: "kept_existing",
        key,
        reason: `confidence ${candidate.confidence} is too far below the live memory's ${current.confidence}`,
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
  // Every version is kept under its id in the history namespace, written with the live slot;
  // the old live record is marked superseded there.
  const writes: PutOperation[] = [
    ...(live === undefined ? [] : [{ namespace: history, key: live.id, value: toStoredValue({ ...live, supersededBy: written.id }, now), index: false as const }]),
    { namespace: history, key: written.id, value: toStoredValue(written), index: false },
    { ...slot, value: toStoredValue(written) },
  ];
  if (live === undefined) return { entry: { outcome: "written", key, recordId: written.id }, writes };
  return {
    entry: {
      outcome: "superseded",
      key,
      reason: current === undefined ? "replaces an expired memory" : "replaces the live memory",
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

function emptyCounts(): Record<PromotionOutcome, number> {
  return { written: 0, refreshed: 0, superseded: 0, kept_existing: 0, kept_in_session: 0, discarded: 0, refused: 0 };
}

function keyOf(raw: unknown): string {
  const key = (raw as { key?: unknown } | null)?.key;
  return typeof key === "string" ? key : "?";
}
