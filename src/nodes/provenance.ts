import type { BaseMessage } from "@langchain/core/messages";
import { contentWords, spokenText, type MemoryCandidate } from "../memory/index.js";

/** A candidate refused because its evidence is not the user's own words. */
export interface ProvenanceRefusal {
  key: string;
  reason: string;
}

/**
 * Ties each candidate to the user's own words in the turn's messages.
 *
 * - Evidence quoted from the user's own words is kept, with the id of the
 *   message it is in.
 * - Evidence that is not in the user's own words but is in pasted material,
 *   the assistant's replies or tool output refuses the candidate: what
 *   others said is not what the user said about themself.
 * - Without evidence, or with evidence that is nowhere (a paraphrase), the
 *   candidate gets the user's own words of the turn as its evidence, so the
 *   promotion rules judge its scope, hedges and tense by what was said.
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
  const kept: MemoryCandidate[] = [];
  const refused: ProvenanceRefusal[] = [];
  for (const candidate of candidates) {
    const evidence = candidate.evidence?.trim();
    if (evidence === undefined || evidence === "") {
      kept.push(turn === "" ? candidate : { ...candidate, evidence: turn });
      continue;
    }
    const quoted = normalise(evidence);
    const source = spoken.find(({ words }) => normalise(words).includes(quoted) || mostlyIn(evidence, words));
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
