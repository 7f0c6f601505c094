import type { MemoryCandidate } from "./candidate.js";
import { announcesChange, saysItCorrects } from "./evidence.js";
import type { MemoryRecord } from "./record.js";
import { MONTHS, WEEKDAYS, contentWords, isCalendarWord, spelledAlike, stem } from "./words.js";

/** Free-text notes have no subject of their own: their keys are made of their words. */
const NOTE_PREFIX = "note.";

/** Words that announce or frame a change rather than say what changed. */
const FRAMING = new Set(
  [
    "note", "team", "everyone", "fyi", "heads", "now", "new", "moved", "move", "switched", "switch", "changed", "change",
    "correction", "typo", "instead", "update", "updated", "anymore", "relisted", "rescheduled", "postponed", "same",
    "actually", "because", "last", "week", "month", "year", "today", "from", "push", "pushed", "back", "brought", "forward",
    "delayed", "bumped", "shifted", "stays", "confirmed",
  ].map(stem),
);

/** A value that changes: a number, a time, a day or a month ("9:30", "2 April", "Wednesdays"). */
const VALUE = new RegExp(String.raw`\d+(?:[:.,]\d+)*(?:am|pm|st|nd|rd|th|k)?(?![A-Za-z])|\b${WEEKDAYS}s?\b|\b(?:${MONTHS})\b`, "gi");
/**
 * The value a change names as the old one: "from Xero to FreeAgent",
 * "ditched the Kindle for paper books", "it's 120, not 180", "we don't do
 * Thursdays anymore".
 */
const OLD_VALUE = [
  /\bfrom\s+([\p{L}\p{N}][\p{L}\p{N}.&'-]*)\s+(?:to|over to|onto)\s+[\p{L}\p{N}]/iu,
  /\b(?:ditched|swapped|traded(?: in)?|replaced|dropped|gave up)\s+(?:the\s+|my\s+|our\s+)?([\p{L}\p{N}][\p{L}\p{N}.&'-]*)(?:\s+(?:for|with)|,?\s+(?:and\s+)?(?:got|bought|now|went|switched))\s+[\p{L}\p{N}]/iu,
  /\bnot\s+([\p{N}][\p{N}.,:]*|\p{Lu}[\p{L}'-]*)\b/u,
  /\b(?:scratch|ignore|strike|forget)\s+(?:the\s+)?(\d[\p{L}\p{N}.:]*)/iu,
  /\b(?:sold(?: off)?|scrapped|got rid of|gave away|returned)\s+(?:the|my|our)\s+([\p{L}\p{N}][\p{L}\p{N}.&'-]*)/iu,
  /\b(?:off|away from)\s+([\p{L}\p{N}][\p{L}\p{N}.&'-]*)/iu,
  /\b(\p{Lu}[\p{L}'-]+?)(?:\s+[\p{L}\p{N}'-]+)?(?:['’]s| has| is)\s+(?:left|gone|retired|moved on|quit|closed)\b/u,
  /\b(?:don'?t|do not|no longer)\s+(?:do|have|use|go on|run)\s+([\p{L}\p{N}][\p{L}\p{N}.'-]*)\s+(?:any ?more|now)\b/iu,
];

/** The old value a message that says it corrects names anywhere in it: "I told you I was on the north bowl". */
const CORRECTED_OLD_VALUE = [
  /\b(?:told you|said)\s+(?:I was|I'm|it was|it's|we were|we're)\s+(?:on|at|in|with)?\s*(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}'-]*(?:\s+(?!(?:this|that|these|but|and|so|last|which|then|now|when|before|earlier)\b)[\p{L}\p{N}][\p{L}\p{N}'-]*){0,2})/iu,
];

/**
 * The live notes a new note updates (and a fact of another key that holds
 * the value the note names as the old one). It must announce a change ("we've moved
 * the daily huddle to 9:30", "switched from Xero to FreeAgent", "the freeze is
 * 19 June, the 12th was a typo"), and an older note must be about the same
 * thing with another value: it holds the value the new note names as the old
 * one ("from Xero", "not 180", "ditched the Kindle"), or it shares two topic
 * words with the new note (a name or an acronym written alike in both counts
 * twice: "FTP") and states a number, time, day or date the new note replaces
 * with its own. `liveRecords` (the level's live memories) is read
 * only for a note that announces a change.
 */
export async function notesUpdatedBy(candidate: MemoryCandidate, liveRecords: () => Promise<MemoryRecord[]>): Promise<MemoryRecord[]> {
  if (!candidate.key.startsWith(NOTE_PREFIX) || candidate.evidence === undefined || !announcesChange(candidate.evidence)) return [];
  const notes = await liveRecords();
  // A message that says it corrects may name the old value anywhere in it ("I told you I was on the north bowl").
  const corrects = saysItCorrects(candidate.evidence);
  const named =
    OLD_VALUE.map((pattern) => pattern.exec(candidate.text)?.[1]).find((value) => value !== undefined) ??
    (corrects ? CORRECTED_OLD_VALUE.map((pattern) => pattern.exec(`${candidate.text} ${candidate.evidence}`)?.[1]).find((value) => value !== undefined) : undefined);
  // A name of several words ("north bowl") is matched whole; one word by its stem.
  const replaced = named === undefined ? undefined : /\s/.test(named) ? named.toLowerCase() : stem(named.toLowerCase());
  const topic = topicOf(candidate.text);
  const names = namesOf(candidate.text);
  const inPlace = NOW_IN_PLACE.test(candidate.evidence);
  const values = valuesOf(candidate.text.replace(OLD_VALUE[2]!, " "));
  const commonWith = (note: MemoryRecord) => sharedTopic(topic, note.text);
  // A name or an acronym both notes write the same way ("FTP") says more than a common word.
  const sharedWith = (note: MemoryRecord) => {
    const common = commonWith(note);
    return common.length + common.filter((word) => names.has(word) && namesOf(note.text).has(word)).length;
  };
  const updated = notes.filter((note) => {
    if (note.key === candidate.key) return false;
    // "finally ditched the iphone, got a pixel 8": a fact of any key that holds the value named as the old one.
    // …a short one: a clause that holds it says more than the change does ("runs the dinghy courses …, fleet is all lasers").
    const common = commonWith(note);
    if (!note.key.startsWith(NOTE_PREFIX)) {
      const short = valueOf(note.text).split(/\s+/).length <= 8;
      // "rebuilds are £110/m" after "use £95 per metre for a full rebuild": the one amount of a rule or fact, about the same thing.
      if (common.length > 0 && soleQuantitiesDiffer(note.text, candidate.text)) return true;
      return note.memoryType === "fact" && short && replaced !== undefined && !isCalendarWord(replaced) && holds(note, replaced);
    }
    const shared = sharedWith(note);
    // A day or a month moved away from is in too many notes to name one alone ("from Mondays to Tuesdays for the standup").
    if (replaced !== undefined && holds(note, replaced)) return !isCalendarWord(replaced) || shared >= 1;
    // "Dragon Ride sold out so I've entered the Fred Whitton instead": what both name is what the new one replaces.
    if (INSTEAD.test(candidate.text) && shared >= 3) return true;
    // "my hourly rate went up to €60": one amount of the same kind as the note's one, about the same thing.
    if (common.length > 0 && soleQuantitiesDiffer(note.text, candidate.text)) return true;
    const old = valuesOf(note.text);
    // "opening is pushed back to 1 july" names nothing the hut's note does not: its one topic word is enough.
    const about = shared >= 2 || (common.length > 0 && common.length === topic.size);
    if (!about) return false;
    if (old.size > 0 && [...values].some((value) => !old.has(value)) && [...old].some((value) => !values.has(value))) return true;
    // "Dugdale Bros for the house tweeds now" after "our house tweeds all come from Holland & Sherry": one name for another.
    // …said as the way things are now, not as a request that starts "Now give …" nor a "new" something.
    const oldNames = namesOf(note.text);
    return shared >= 2 && inPlace && [...names].some((name) => !oldNames.has(name)) && [...oldNames].some((name) => !names.has(name));
  });
  if (updated.length > 0 || !corrects) return updated;
  // "Rowan gave you the wrong office: completed forms go to the Bala office" corrects without a number or a day: the
  // one note that shares most words with it (two at least) is the one it corrects.
  const ranked = notes
    .filter((note) => note.key !== candidate.key && note.key.startsWith(NOTE_PREFIX))
    .map((note) => ({ note, shared: sharedWith(note) }))
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = ranked;
  return best !== undefined && best.shared >= 2 && (next === undefined || next.shared < best.shared) ? [best.note] : [];
}

/**
 * The live rules and preferences a new "never" rule reverses: "stop doing bullets for the enquiry summaries"
 * retires "when you summarise client enquiries, use bullet points". They share two topic words at least, and the
 * old one says what to do, not what to avoid (a "never" rule, a dislike).
 */
export async function reversedBy(candidate: MemoryCandidate, liveRecords: () => Promise<MemoryRecord[]>): Promise<MemoryRecord[]> {
  if (!candidate.key.startsWith(AVOID_PREFIX)) return [];
  const topic = topicOf(valueOf(candidate.text));
  return (await liveRecords()).filter(
    (record) =>
      record.key !== candidate.key &&
      !record.key.startsWith(AVOID_PREFIX) &&
      !/^(?:Never|Dislikes):/.test(record.text) &&
      (record.memoryType === "rule" || record.memoryType === "preference") &&
      sharedTopic(topic, valueOf(record.text)).length >= 2,
  );
}

const AVOID_PREFIX = "rule.avoid.";

/** A statement of how things are now: "… for the house tweeds now", "lessons are off West Wittering this season". */
const NOW_IN_PLACE = /(?<=\S.*)\bnow\b|\b(?:these days|this (?:season|year|term)|instead|switched|moved|changed|from now on)\b/i;

/** A replacement said in so many words: "… instead", "change of plan". */
const INSTEAD = /\b(?:instead|change of plans?)\b/i;

/** Whether a record holds a word, or a word it begins ("Influx" in "InfluxDB"), or a name of several words. */
function holds(record: MemoryRecord, word: string): boolean {
  if (/\s/.test(word)) return record.text.toLowerCase().includes(word);
  return contentWords(record.text).some((held) => held === word || (word.length >= 4 && held.startsWith(word)));
}

/** Whether two texts each state one quantity of the same unit, and not the same one ("€55 an hour", "€60"). */
function soleQuantitiesDiffer(old: string, fresh: string): boolean {
  const [before, after] = [quantitiesIn(old), quantitiesIn(fresh)];
  return before.length === 1 && after.length === 1 && before[0]!.unit === after[0]!.unit && !sameQuantity(before[0]!, after[0]!);
}

/** Whether two quantities say the same thing, spaces aside ("22 °C", "22°C"). */
function sameQuantity(a: { said: string }, b: { said: string }): boolean {
  return a.said.replace(/\s/g, "") === b.said.replace(/\s/g, "");
}

/** A memory's text without its label: "Note: we open at 8am" → "we open at 8am". */
function valueOf(text: string): string {
  return text.slice(text.indexOf(": ") + 2);
}

/** A number with its unit: "-18°C", "15%", "30 minutes", "48 buses". */
const MEASURE = /(?<![\p{L}\p{N}.])[-−]?\d+(?:[.,]\d+)?\s?(°\s?[CF]|%|kg|g|mm|cm|km|m|ml|l|hours?|hrs?|minutes?|mins?|days?|weeks?|nights?|people|guests|staff|crew|buses|beds|seats|covers|dpi|ppi|gsm|px|mph|psi|rpm|kw|kwh)(?![\p{L}\p{N}])/giu;

/** A day of a month: "june 15", "1 July", "the 3rd of March". */
const DATE = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})|(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?)\b`, "gi");

/** A span of clock times: "10pm to 7am", "14:00–22:00", "2 till 10". */
const TIME_RANGE = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\s?(?:to|till|until|-|–)\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?(?![\p{L}\p{N}])/giu;

/** How often: "every 4 weeks", "fortnightly", "every other day". */
const FREQUENCY = /\bevery\s+(?:\d+|other|second|third)\s+(?:days?|weeks?|months?|years?)\b|\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biweekly)\b/giu;

/** An amount of money: "€55", "£1,200", "$9.50". */
const MONEY = /[£$€¥]\s?\d[\d,]*(?:\.\d+)?k?(?![\p{L}\p{N}])/giu;

/** The measures, dates, spans of time and amounts of money a text states, each with its unit ("°c", "hour", "date", "€"). */
function quantitiesIn(text: string): { said: string; unit: string }[] {
  // "every 4 weeks" says how often, not a length of time.
  const measures = [...text.replace(FREQUENCY, " ").matchAll(MEASURE)].map((found) => ({ said: found[0], unit: found[1]!.toLowerCase().replace(/\s/g, "").replace(/s$/, "") }));
  return [
    ...measures,
    ...[...text.matchAll(MONEY)].map(([said]) => ({ said, unit: said.charAt(0) })),
    ...[...text.matchAll(DATE)].map(([said]) => ({ said, unit: "date" })),
    ...[...text.matchAll(TIME_RANGE)].map(([said]) => ({ said, unit: "time range" })),
    ...[...text.matchAll(FREQUENCY)].map(([said]) => ({ said, unit: "frequency" })),
  ];
}

/**
 * The note a new note updates, with the new note's one measure (or date, or
 * span of time) put in place of the old one of the same unit, and the rest
 * kept: "set point is -18°C at 15% RH" updated by "we've taken Vault B down to
 * -20 °C" becomes "set point is -20 °C at 15% RH", where superseding it whole
 * would lose the 15%. Undefined unless the new note states one measure and the
 * old note one of its unit, and the new note's other values (a day, a number)
 * are the old note's too: "from next week it's Wednesdays 01:00 to 03:00" does
 * not keep the old note's Sundays.
 */
export function carriedOver(note: MemoryRecord, candidate: MemoryCandidate): MemoryCandidate | undefined {
  const fresh = quantitiesIn(candidate.text);
  if (fresh.length !== 1) return undefined;
  const old = quantitiesIn(note.text).filter(({ unit }) => unit === fresh[0]!.unit);
  if (old.length !== 1 || sameQuantity(old[0]!, fresh[0]!)) return undefined;
  // "from next week it's Wednesdays 01:00 to 03:00" changes the day too: the old note cannot keep its Sundays.
  const kept = valuesOf(note.text);
  if ([...valuesOf(candidate.text.replace(fresh[0]!.said, " "))].some((value) => !kept.has(value))) return undefined;
  const text = note.text.replace(old[0]!.said, fresh[0]!.said);
  return { ...candidate, text, content: { value: valueOf(text) } };
}

function topicOf(text: string): Set<string> {
  return new Set(contentWords(text.replace(VALUE, " ")).filter((word) => !FRAMING.has(word)));
}

/** The topic words of `text` that are in `topic` too. */
function sharedTopic(topic: Set<string>, text: string): string[] {
  return [...topicOf(text)].filter((word) => topic.has(word));
}

/** The topic words a text writes as a name or an acronym, after its first word: "FTP", "Dragon", "Ride". */
function namesOf(text: string): Set<string> {
  return new Set(contentWords([...text.matchAll(/(?<=\S\s+)(?:\p{Lu}{2,}\b|\p{Lu}\p{Ll}+)/gu)].map(([word]) => word).join(" ")));
}

function valuesOf(text: string): Set<string> {
  return new Set([...text.matchAll(VALUE)].map(([value]) => value.toLowerCase().replace(/(?:st|nd|rd|th)$|s$|,/g, "")));
}

/**
 * Whether a candidate corrects a memory from an earlier conversation, as the
 * extractor proposes one: a note whose content names the value it replaces
 * ("it's 120 references, not 180": `replaces`), or says it spells a word
 * another way ("it's Farouki, with an i": `respells`). The promotion rules
 * rewrite the live memory that holds the old value (see {@link correctionOf}).
 */
export function correctsEarlier(candidate: MemoryCandidate): boolean {
  const { replaces, respells } = candidate.content;
  return candidate.key.startsWith(NOTE_PREFIX) && ((typeof replaces === "string" && replaces.trim() !== "") || respells === true);
}

/**
 * The candidate that corrects the one of `records` that holds the replaced
 * value (or, for a respelling, a word spelt like the new one), sharing most
 * words with the correction, then the newest: that memory's key, its text and
 * value with the old value swapped for the new one (a number for a number:
 * "about 180 references" becomes "about 120 references"); undefined when no
 * live memory holds it.
 */
export function correctionOf(candidate: MemoryCandidate, records: readonly MemoryRecord[]): MemoryCandidate | undefined {
  const stated = String(candidate.content.value ?? "");
  const replaced = typeof candidate.content.replaces === "string" ? candidate.content.replaces : respelled(stated, records);
  if (replaced === undefined) return undefined;
  const old = new RegExp(`(?<![\\p{L}\\p{N}])${replaced.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu");
  // Of the memories that hold the old value, the one that shares most words with the correction, then the newest:
  // "it's 120 references, not 180" corrects the wine list, not "our street has 180 houses".
  const about = topicOf(`${candidate.evidence ?? ""} ${stated}`);
  const holders = records.filter((record) => record.key !== candidate.key && old.test(record.text));
  const overlap = (record: MemoryRecord) => [...topicOf(record.text)].filter((word) => about.has(word)).length;
  const note = holders.sort((a, b) => overlap(b) - overlap(a) || b.createdAt.localeCompare(a.createdAt))[0];
  if (note === undefined) return undefined;
  const number = /\d[\w.,:]*/.exec(stated)?.[0];
  const fresh = /^\d/.test(replaced) && number !== undefined ? number : stated;
  const swap = (text: string) => text.replace(old, fresh);
  const content = note.content !== null && typeof note.content === "object" && !Array.isArray(note.content) ? note.content : {};
  const value = content.value;
  return {
    ...candidate,
    key: note.key,
    memoryType: note.memoryType,
    text: swap(note.text),
    content: { ...content, ...(typeof value === "string" ? { value: swap(value) } : {}) },
  };
}

/** The word of the newest memory that `stated` respells ("Farouk" for "Farouki"), if one does. */
function respelled(stated: string, records: readonly MemoryRecord[]): string | undefined {
  for (const record of [...records].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const word = record.text.split(/[^\p{L}\p{N}_'.-]+/u).map((token) => token.replace(/^[.'-]+|[.'-]+$/g, "")).find((token) => spelledAlike(token, stated));
    if (word !== undefined) return word;
  }
  return undefined;
}
