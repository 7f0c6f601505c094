import type { BaseMessage } from "@langchain/core/messages";
import { canonicalKey, contentWords, madeUpSecretValues, repeatsAny, splitSpeech, spokenText, type MemoryCandidate } from "../memory/index.js";

/** A candidate refused because its evidence is not the user's own words. */
export interface ProvenanceRefusal {
  key: string;
  reason: string;
}

/**
 * Ties each candidate to the user's own words in the turn's messages (all of
 * them: the user's, the assistant's and tool output, whatever the extractor
 * was shown).
 *
 * - Evidence quoted from the user's own words is kept, with the id of the
 *   message it is in.
 * - Evidence that is not in the user's own words but is in pasted material,
 *   the assistant's replies or tool output refuses the candidate: what
 *   others said is not what the user said about themself.
 * - Without evidence, or with evidence that is nowhere (a paraphrase), the
 *   candidate gets the user's own words of the turn as its evidence, so the
 *   promotion rules judge its scope, hedges and tense by what was said.
 * - A candidate that repeats a secret said anywhere in the turn is refused:
 *   "we rotate the wifi password at every port call — current one is
 *   Albatross-77-Kelp" names the secret in one sentence and says it in the
 *   next, so no single sentence shows it.
 */
export function tieToUserWords(
  candidates: readonly MemoryCandidate[],
  messages: readonly BaseMessage[],
): { candidates: MemoryCandidate[]; refused: ProvenanceRefusal[] } {
  const spoken = messages
    .filter((message) => message.getType() === "human")
    .map((message) => ({ id: message.id, words: spokenText(message.text) }));
  const everything = normalise(messages.map((message) => message.text).join("\n"));
  const turn = spoken.map(({ words }) => words).filter((words) => words.length > 0).join("\n").slice(0, 2_000);
  const userWords = new Set(contentWords(turn));
  // Pasted material and tool output; the assistant's replies echo memories and the user's own words.
  const shown = messages
    .filter((message) => message.getType() !== "ai")
    .map((message) => (message.getType() === "human" ? pastedText(message.text) : message.text))
    .join("\n");
  const otherWords = new Set(contentWords(shown).filter((word) => !userWords.has(word)));
  const secrets = madeUpSecretValues(messages.map((message) => message.text).join("\n"));
  const kept: MemoryCandidate[] = [];
  const refused: ProvenanceRefusal[] = [];
  for (const candidate of settleContradictions(candidates, turn, refused)) {
    if (candidate.bucket !== "forget" && repeatsAny(candidate, secrets)) {
      refused.push({ key: candidate.key, reason: "it repeats a secret said in this turn" });
      continue;
    }
    const value = contentWords(stringsIn(candidate.content).join(" "));
    const fromUser = value.filter((word) => userWords.has(word)).length;
    const fromOthers = value.filter((word) => otherWords.has(word)).length;
    if (value.length > 0 && fromUser < value.length / 2 && fromOthers > value.length / 2) {
      refused.push({ key: candidate.key, reason: "its value comes from pasted material, the assistant or tool output, not from the user's words" });
      continue;
    }
    const evidence = candidate.evidence?.trim();
    if (evidence === undefined || evidence === "") {
      kept.push(turn === "" ? candidate : { ...candidate, evidence: turn });
      continue;
    }
    const quoted = normalise(evidence);
    // Quoted from the user's words, or quoting one of their sentences with the statement it corrects.
    const source = spoken.find(
      ({ words }) => words !== "" && (normalise(words).includes(quoted) || sentencesIn(words).some((sentence) => quoted.includes(sentence)) || mostlyIn(evidence, words)),
    );
    if (source !== undefined) {
      kept.push({ ...candidate, ...(source.id === undefined || candidate.messageId !== undefined ? {} : { messageId: source.id }) });
    } else if (everything.includes(quoted) || mostlyIn(evidence, everything)) {
      refused.push({ key: candidate.key, reason: "its evidence is pasted material, the assistant's words or tool output, not the user's own words" });
    } else {
      kept.push(turn === "" ? candidate : { ...candidate, evidence: turn });
    }
  }
  return { candidates: kept, refused };
}

/**
 * Two statements of one subject in one turn contradict each other: the one
 * the user said last wins ("we deploy with Heroku. Wait, no, it's Fly.io"),
 * and a value that mixes a statement with its correction ("Sasha / Sacha")
 * is refused when the user corrected themself.
 */
function settleContradictions(candidates: readonly MemoryCandidate[], turn: string, refused: ProvenanceRefusal[]): MemoryCandidate[] {
  const said = turn.toLowerCase();
  const corrected = CORRECTION.test(turn);
  const lastSaid = (candidate: MemoryCandidate) =>
    Math.max(-1, ...contentWords(stringsIn(candidate.content).join(" ")).map((word) => said.lastIndexOf(word)));
  const winners = new Map<string, MemoryCandidate>();
  for (const candidate of candidates) {
    if (candidate.bucket !== "promote") continue;
    if (corrected && stringsIn(candidate.content).some((value) => ALTERNATIVES.test(value))) {
      refused.push({ key: candidate.key, reason: "its value mixes a statement with the user's correction of it" });
      continue;
    }
    const subject = canonicalKey(candidate.key);
    const known = winners.get(subject);
    if (known === undefined || lastSaid(candidate) > lastSaid(known)) winners.set(subject, candidate);
  }
  const kept = new Set(winners.values());
  return candidates.filter((candidate) => {
    if (candidate.bucket !== "promote" || kept.has(candidate)) return candidate.bucket !== "promote" || kept.has(candidate);
    if (!refused.some((entry) => entry.key === candidate.key)) {
      refused.push({ key: candidate.key, reason: `contradicted later in the same turn (${winners.get(canonicalKey(candidate.key))!.text})` });
    }
    return false;
  });
}

const CORRECTION = /\b(?:sorry|oops|wait|i mean|i meant|typo|actually|no,|correction|my bad|scratch that)\b/i;
const ALTERNATIVES = /\s(?:\/|or)\s|\(or\s/i;

/** Every string in a JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

function pastedText(text: string): string {
  return splitSpeech(text)
    .filter((span) => span.pasted)
    .map((span) => span.text)
    .join("\n");
}

function sentencesIn(text: string): string[] {
  return text
    .split(/[.!?;,\n—]+/)
    .map(normalise)
    .filter((sentence) => sentence.length >= 8);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[“”"'`]/g, "").replace(/\s+/g, " ").trim();
}

/** Whether most content words of `evidence` (at least three, and 80% of them) are in `text`. */
function mostlyIn(evidence: string, text: string): boolean {
  const wanted = contentWords(evidence);
  if (wanted.length < 3) return false;
  const words = new Set(contentWords(text));
  return wanted.filter((word) => words.has(word)).length >= wanted.length * 0.8;
}
