import type { MemoryCandidate } from "./candidate.js";
import { announcesChange, isHedged, isNarrative, isPrivate, isSessionOnly, namesWork, speaksForSelf, speaksForTeam, teamScopeNamed } from "./evidence.js";
import type { IdentityContext } from "./identity.js";
import { levelFor, type ScopeLevel } from "./namespaces.js";
import type { MemoryPolicy } from "./policy.js";
import type { MemoryScope } from "./record.js";
import { findSecretsInMemory } from "./secrets.js";
import { pastedKindOf } from "./speech.js";
import { canonicalKey, subjectOfKey } from "./subjects.js";

/** What the gate decided for one candidate before anything is read or written. */
export type GateVerdict =
  | { kind: "reject"; outcome: "discarded" | "refused"; reason: string }
  | { kind: "session"; candidate: MemoryCandidate; reason: string }
  | { kind: "forget"; candidate: MemoryCandidate }
  | { kind: "write"; candidate: MemoryCandidate; level: ScopeLevel; notes: string[] };

/**
 * The checks that need only the candidate, its identity and the policy, in
 * the order `promote` documents them. The candidate that comes out carries
 * the subject's stable key and the scope its evidence supports, never just
 * what the extractor proposed.
 */
export function judge(candidate: MemoryCandidate, identity: IdentityContext, policy: MemoryPolicy): GateVerdict {
  if (candidate.bucket === "discard") return { kind: "reject", outcome: "discarded", reason: candidate.reason ?? "discard bucket" };
  if (candidate.text.length > policy.maxTextLength) {
    return { kind: "reject", outcome: "refused", reason: `text is ${candidate.text.length} characters, over maxTextLength ${policy.maxTextLength}` };
  }
  const contentLength = JSON.stringify(candidate.content).length;
  if (contentLength > policy.maxContentLength) {
    return { kind: "reject", outcome: "refused", reason: `content is ${contentLength} characters of JSON, over maxContentLength ${policy.maxContentLength}` };
  }
  // Secrets are refused even for the session: session memories reach the prompt.
  const secrets = findSecretsInMemory(candidate, policy.neverStore, candidate.evidence);
  if (secrets.length > 0 && candidate.bucket !== "forget") return { kind: "reject", outcome: "refused", reason: `never stored: looks like a ${secrets.join(", ")}` };
  const pasted = candidate.evidence === undefined ? undefined : pastedKindOf(candidate.evidence);
  if (pasted !== undefined) return { kind: "reject", outcome: "refused", reason: `its evidence is pasted ${pasted}, not the user's own words` };

  const words = candidate.evidence ?? candidate.text;
  const subject = subjectOfKey(candidate.key);
  const normalised: MemoryCandidate = { ...candidate, key: canonicalKey(candidate.key) };
  if (candidate.bucket === "forget") return { kind: "forget", candidate: normalised };
  if (isNarrative(words) && !announcesChange(words)) {
    return { kind: "reject", outcome: "discarded", reason: "a story about the past, not something that holds now" };
  }
  // A guess reads as one in the user's words or in the extractor's own ("seems to live in Berlin").
  if (isHedged(words) || isHedged(candidate.text)) return { kind: "session", candidate: normalised, reason: "hedged: not a settled fact, kept for this conversation only" };
  if (candidate.bucket === "session") return { kind: "session", candidate: normalised, reason: candidate.reason ?? "session bucket" };
  if (isSessionOnly(words, statedValue(candidate))) return { kind: "session", candidate: normalised, reason: "said for this conversation only" };
  if (candidate.confidence < policy.minConfidence) {
    return { kind: "reject", outcome: "refused", reason: `confidence ${candidate.confidence} is below ${policy.minConfidence}` };
  }
  // A key under `user.` that the subject table does not know ("user.trait.carsick", "user.daughter_mia") is the user's too.
  const scope = scopeFor(candidate, subject?.personal ?? (normalised.key.startsWith("user.") || undefined), identity, candidate.evidence);
  if (scope === "missing") {
    return { kind: "session", candidate: normalised, reason: `speaks for a ${candidate.scope === "org" ? "organisation" : "project"} this identity has none of; kept for this conversation only` };
  }
  if (scope === "global" && !policy.allowGlobalWrites) {
    return { kind: "reject", outcome: "refused", reason: "global memories need policy.allowGlobalWrites" };
  }
  const level = levelFor(scope, candidate.memoryType, identity);
  if (level === undefined) return { kind: "reject", outcome: "refused", reason: `scope "${scope}" is not part of this identity` };
  const notes = [
    ...(normalised.key !== candidate.key ? [`key ${candidate.key} is subject ${normalised.key}`] : []),
    ...(scope !== candidate.scope ? [`scope ${candidate.scope} -> ${scope}`] : []),
  ];
  return { kind: "write", candidate: { ...normalised, scope }, level, notes };
}

/** The value a candidate states, when it is short enough to be found in the user's words ("Bob", "relief mate"). */
function statedValue(candidate: MemoryCandidate): string | undefined {
  const value = candidate.content.value;
  return typeof value === "string" && value.length <= 80 ? value : undefined;
}

/**
 * Scope follows type and evidence: a personal subject (name, theme, language,
 * answer style, units…) is the user's; a shared scope needs the words of a
 * team ("we", "our team", "this repo"), and "this repo" means the project,
 * "the company" the organisation; a confidential one stays the user's; a statement framed by a named piece of
 * work ("Hargreaves matter: …") is the project's. A team statement whose project or
 * organisation the identity lacks gives `"missing"`. Without evidence (a
 * caller writing a memory directly) the proposed scope stands, but a
 * personal subject is still the user's.
 */
function scopeFor(candidate: MemoryCandidate, personal: boolean | undefined, identity: IdentityContext, words: string | undefined): MemoryScope | "missing" {
  // "Strictly confidential: …" is shared with no one.
  if (words !== undefined && candidate.scope !== "global" && isPrivate(words)) return "user";
  // "For Vertaal jobs: British spelling" holds for that client's project, even for a subject that is otherwise
  // personal; "My case: I have type 1 diabetes" speaks of its speaker.
  if (words !== undefined && candidate.scope !== "global" && namesWork(words) && !speaksForSelf(words) && has(identity, "project")) return "project";
  if (personal === true) return "user";
  if (candidate.scope === "global") return "global";
  if (words === undefined) return has(identity, candidate.scope) ? candidate.scope : "missing";
  // Stated impersonally ("the deadline is March 3", "the office door needs a badge"), a subject that
  // is not personal keeps a shared scope; "I use Postgres" is the user's.
  // "I always avoid toll roads, my company won't pay them": the user's own rule, whatever their company does.
  const forTeam = speaksForTeam(/^i\b/i.test(words) ? words.replace(/\bmy (?:company|team|org|organi[sz]ation|department|employer|firm)\b/gi, " ") : words);
  const team = forTeam || (!speaksForSelf(words) && (personal === false || candidate.scope !== "user"));
  if (!team) return "user";
  // Said impersonally by a user with no project or organisation ("moved Streakly off Heroku to Fly.io"), a
  // shared subject is theirs to keep; "our company uses …" still needs the organisation it speaks for.
  if (!forTeam && !has(identity, "project") && !has(identity, "org")) return "user";
  const named = teamScopeNamed(words) ?? (candidate.scope === "user" ? undefined : candidate.scope);
  if (named !== undefined) {
    if (has(identity, named)) return named;
    // "Our team" said in an org without a project, or "this repo" with no project: the nearest shared scope.
    const other = named === "project" ? "org" : "project";
    return named === "org" && has(identity, other) ? other : "missing";
  }
  // "We use Buildkite", proposed at user scope: shared by default with the nearest team the identity has, only for team subjects.
  if (personal === false || candidate.scope !== "user") return has(identity, "project") ? "project" : has(identity, "org") ? "org" : "missing";
  return "user";
}

/** Whether the identity has the owner a scope needs (its project, its org): `levelFor` decides. */
function has(identity: IdentityContext, scope: MemoryScope): boolean {
  return levelFor(scope, "fact", identity) !== undefined;
}
