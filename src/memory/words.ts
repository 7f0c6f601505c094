/** Words that carry no topic in English prose. */
const STOP_WORDS = new Set(
  "a an the and or but if of to in on at by for with from as is are was were be been being am do does did have has had i me my mine you your we our us they them their he she his her it its this that these those what which who whom how why when where there here not no yes so too very can could should would will shall may might must just also than then about into over under up down out off again please thanks thank".split(
    " ",
  ),
);

/**
 * The content words of a text: lower case, stop words dropped, a plural or
 * verb ending folded ("allergies" and "allergy", "deploys" and "deploy"), for
 * matching a question or a request against memories' keys and texts.
 */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

/** A light English stemmer: enough to match "allergies" with "allergy" and "deployed" with "deploy". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Whether `head` is the last word of a compound: "gym" of "puregym", "day" of "monday" (at least three letters before it). */
export function isHeadOf(head: string, whole: string): boolean {
  return head.length >= 3 && whole.length >= head.length + 3 && whole.endsWith(head);
}

/** The months, for patterns (lower case: match them case-insensitively). */
export const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
/** The days of the week, for patterns (lower case: match them case-insensitively). */
export const WEEKDAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const CALENDAR = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, "i");

/** Whether a word is a month or a day of the week: a value of its own, never a misspelt name ("June" is not "Jane"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.test(word);
}

/** "carla" and "Karla", "Farouk" and "Farouki": one word, spelt another way (at most one edit in four letters). */
export function spelledAlike(word: string, stated: string): boolean {
  const [a, b] = [word.toLowerCase(), stated.toLowerCase()];
  if (a === b || /\s/.test(b) || b.length < 4 || /^\d+$/.test(b) || Math.abs(a.length - b.length) > 1 || isCalendarWord(b)) return false;
  // Levenshtein distance, one row at a time.
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]! <= Math.max(1, Math.floor(b.length / 4));
}
