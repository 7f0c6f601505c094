import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { MemoryCandidateSchema, type MemoryCandidate } from "./candidate.js";
import { forgetMatching } from "./forget.js";
import { judge } from "./gate.js";
import { parseIdentity, type IdentityContext } from "./identity.js";
import { resolvePolicy, type MemoryPolicy, type MemoryPolicyInput } from "./policy.js";
import { reconcile } from "./reconcile.js";
import { MemorySourceSchema, type MemorySource } from "./record.js";
import { unwrapStore } from "./stored.js";

/** What happened to one candidate. */
export type PromotionOutcome =
  | "written"
  | "refreshed"
  | "superseded"
  | "kept_existing"
  | "kept_in_session"
  | "discarded"
  | "refused"
  | "forgotten";

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
  /** The records a `forgotten` outcome deleted, every version. */
  deletedIds?: string[];
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
 * 1. `discard` candidates, and stories about the past ("back when I used
 *    Perl…") that announce no change, are discarded.
 * 2. A candidate is refused when it fails its schema, is larger than
 *    `policy.maxTextLength` / `policy.maxContentLength` (never truncated),
 *    holds a secret (see `findSecrets`: shapes, and fields named like a
 *    secret at any depth), quotes pasted material (code, a transcript, a
 *    log…) as its evidence, or is below `policy.minConfidence`.
 * 3. Subject: the key becomes its subject's stable key (`ui.appearance` and
 *    `display.mode` are `ui.theme`), so one subject has one live memory.
 * 4. Scope follows type and evidence: a personal subject is the user's,
 *    whatever was proposed; a shared scope needs a team's words ("we", "our
 *    team", "this repo"). A team statement whose project or organisation the
 *    identity lacks is kept for the session, as are hedged statements
 *    ("probably", "I think") and `session` candidates.
 * 5. `forget` candidates delete the identity's live memory of that subject
 *    and every version of it (see `forgetMatching`).
 * 6. The same subject with equivalent content refreshes the live record's
 *    `lastVerifiedAt`, expiry and confidence instead of adding a copy.
 * 7. Different content supersedes the live record (and any live record of
 *    the subject under an older key), unless it is less confident by more
 *    than `policy.supersedeMargin`, or re-proposes a value the live one
 *    replaced without announcing a change: then the live record is kept.
 *    The old record is marked `supersededBy` in history, the new one gets
 *    `supersedes`.
 *
 * The live record of a key is stored under the key itself, and every write
 * happens only if the live slots still hold what the decision was made on
 * (see `applyIf`), so concurrent writers never resurrect a superseded value
 * nor lose a version; every version is kept under its id in history.
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
      record(await promoteOne(store, parsed.data, who, rules, sourceOf(source, parsed.data), now, report));
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
  const verdict = judge(candidate, identity, policy);
  switch (verdict.kind) {
    case "reject":
      return { outcome: verdict.outcome, key: candidate.key, reason: verdict.reason };
    case "session":
      report.session.push({ ...verdict.candidate, bucket: "session" });
      return { outcome: "kept_in_session", key: verdict.candidate.key, reason: verdict.reason };
    case "forget":
      return forgetMatching(store, identity, verdict.candidate);
    case "write": {
      const entry = await reconcile(store, verdict.candidate, verdict.level, identity, { policy, source, now });
      const notes = verdict.notes.join("; ");
      return notes === "" ? entry : { ...entry, reason: entry.reason === undefined ? notes : `${entry.reason} (${notes})` };
    }
  }
}

/** The candidate's own message, when it names one, as the record's source. */
function sourceOf(source: MemorySource, candidate: MemoryCandidate): MemorySource {
  return source.kind === "thread" && candidate.messageId !== undefined ? { ...source, messageIds: [candidate.messageId] } : source;
}

function emptyCounts(): Record<PromotionOutcome, number> {
  return { written: 0, refreshed: 0, superseded: 0, kept_existing: 0, kept_in_session: 0, discarded: 0, refused: 0, forgotten: 0 };
}

function keyOf(raw: unknown): string {
  const key = (raw as { key?: unknown } | null)?.key;
  return typeof key === "string" ? key : "?";
}
