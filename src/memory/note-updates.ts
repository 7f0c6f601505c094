import type { MemoryCandidate } from "./candidate.js";
import { announcesChange } from "./evidence.js";
import type { MemoryRecord } from "./record.js";
import { contentWords, stem } from "./words.js";

/** Free-text notes have no subject of their own: their keys are made of their words. */
export const NOTE_PREFIX = "note.";

/** Words that announce or frame a change rather than say what changed. */
const FRAMING = new Set(
  [
    "note", "team", "everyone", "fyi", "heads", "now", "new", "moved", "move", "switched", "switch", "changed", "change",
    "correction", "typo", "instead", "update", "updated", "anymore", "relisted", "rescheduled", "postponed", "same",
    "actually", "because", "last", "week", "month", "year", "today", "from",
  ].map(stem),
);

/** A value that changes: a number, a time or a date ("9:30", "2 April", "19 June"). */
const VALUE = /\d+(?:[:.]\d+)?(?:am|pm|st|nd|rd|th)?/gi;

/**
 * The live notes a new note updates. It must announce a change ("we've moved
 * the daily huddle to 9:30", "switched from Xero to FreeAgent", "the freeze is
 * 19 June, the 12th was a typo"), and an older note must be about the same
 * thing with another value: it holds the value the new note moved away from
 * ("from Xero"), or it shares two topic words with the new note and states a
 * number, time or date the new note replaces with its own. `liveNotes` is
 * read only for a note that announces a change.
 */
export async function notesUpdatedBy(candidate: MemoryCandidate, liveNotes: () => Promise<MemoryRecord[]>): Promise<MemoryRecord[]> {
  if (!candidate.key.startsWith(NOTE_PREFIX) || candidate.evidence === undefined || !announcesChange(candidate.evidence)) return [];
  const notes = await liveNotes();
  const from = /\bfrom\s+([\p{L}\p{N}][\p{L}\p{N}.&'-]*)\s+(?:to|over to|onto)\s+([\p{L}\p{N}][\p{L}\p{N}.&'-]*)/iu.exec(candidate.text);
  const topic = topicOf(candidate.text);
  const values = valuesOf(candidate.text);
  return notes.filter((note) => {
    if (note.key === candidate.key || !note.key.startsWith(NOTE_PREFIX)) return false;
    const words = new Set(contentWords(note.text));
    if (from !== null) return words.has(stem(from[1]!.toLowerCase())) && !words.has(stem(from[2]!.toLowerCase()));
    const shared = [...topicOf(note.text)].filter((word) => topic.has(word)).length;
    const old = valuesOf(note.text);
    return shared >= 2 && old.size > 0 && [...values].some((value) => !old.has(value)) && [...old].some((value) => !values.has(value));
  });
}

function topicOf(text: string): Set<string> {
  return new Set(contentWords(text.replace(VALUE, " ")).filter((word) => !FRAMING.has(word)));
}

function valuesOf(text: string): Set<string> {
  return new Set([...text.matchAll(VALUE)].map(([value]) => value.toLowerCase().replace(/(?:st|nd|rd|th)$/, "")));
}
