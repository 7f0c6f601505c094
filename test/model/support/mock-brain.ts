/**
 * What the mock chat models "think": a deterministic stand-in for a language
 * model, so the tests can assert on what went through the real clients.
 */

/** One candidate in the wire shape the extract node asks for (EXTRACTION_JSON_SCHEMA). */
export interface WireCandidate {
  bucket: "discard" | "session" | "promote";
  memoryType: string;
  key: string;
  content: { name: string; value: string }[];
  text: string;
  confidence: number;
  scope: "user" | "project" | "org";
  ttlDays: number | null;
  reason: string | null;
}

/** The answer: the remembered lines of the system prompt (`- …`), quoted. */
export function answerFor(systemText: string): string {
  const remembered = systemText
    .split("\n")
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2));
  return remembered.length === 0 ? "Nothing remembered yet." : `I remember: ${remembered.join("; ")}.`;
}

/** The extraction: each `user:` line saying "I prefer X" or "call me X" becomes a candidate. */
export function candidatesFor(transcript: string): WireCandidate[] {
  const candidates: WireCandidate[] = [];
  for (const line of transcript.split("\n")) {
    if (!line.startsWith("user: ")) continue;
    for (const said of line.slice("user: ".length).split(/(?<=[.!?])\s+/)) candidates.push(...sentenceCandidates(said));
  }
  return candidates;
}

function sentenceCandidates(said: string): WireCandidate[] {
  const preference = /\bI prefer (.+?)[.!]?$/i.exec(said);
  if (preference) {
    const value = preference[1]!;
    const key = /\b(mode|theme)\b/i.test(value) ? "ui.theme" : `preference.${value.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 40)}`;
    return [candidate(key, value, `Prefers ${value}`)];
  }
  const name = /\bcall me (\p{Lu}\p{L}*)/iu.exec(said);
  return name ? [candidate("user.preferred_name", name[1]!, `Wants to be called ${name[1]}`)] : [];
}

function candidate(key: string, value: string, text: string): WireCandidate {
  return {
    bucket: "promote",
    memoryType: "preference",
    key,
    content: [{ name: "value", value }],
    text,
    confidence: 0.9,
    scope: "user",
    ttlDays: null,
    reason: "stated preference",
  };
}

/** A candidate no memory schema accepts: its text is far over the 1,000-character limit. */
export const OVERSIZED_CANDIDATE: WireCandidate = { ...candidate("notes.long", "x", "x".repeat(1_500)), memoryType: "fact" };
