import { canonicalKey, findSecrets, isHedged, isSessionOnly, saysItCorrects, speaksForSelf, spokenText, subjectOfKey, subjectOfValue, subjectsNamedIn } from "../../memory/index.js";
import { MONTHS, WEEKDAYS, isCalendarWord, spelledAlike } from "../../memory/words.js";
import { capitalise, general, slug, teamScope } from "./general.js";
import { READERS, forReaders, tidy, type Reading } from "./readers.js";
import { FORGET_VERBS, asksForTask, correctedValue, intentOf, sentencesOf, stripCorrection, type Intent } from "./sentences.js";

/** The scope levels a candidate can name (see the memory contract). */
export type RuleScope = "user" | "project" | "org" | "global";

/** What the rule-based extractor proposes; a subset of the memory candidate schema. */
export interface RuleCandidate {
  bucket: "discard" | "session" | "promote" | "forget";
  memoryType: "preference" | "fact" | "rule" | "task_state";
  key: string;
  content: Record<string, string | boolean>;
  text: string;
  confidence: number;
  scope: RuleScope;
  reason: string;
  /** The user's sentence it came from. */
  evidence: string;
}

/** Input of {@link extractWithRules}. */
export interface RuleExtractionInput {
  /** The text of each new user message, oldest first; pasted material in them is skipped. */
  userTexts: readonly string[];
  /** Scope levels the current identity can write; a team statement outside them is left to the promotion rules. */
  scopes: readonly RuleScope[];
  /** The last candidate of earlier turns, which "oops, I meant …" corrects. */
  previous?: RuleCandidate;
}

/**
 * The built-in offline extractor. It reads only the user's own words (code,
 * quotes, transcripts, logs, JSON and pasted documents are skipped; see
 * `splitSpeech`) sentence by sentence, in four steps, each with its own table:
 *
 * 1. How the sentence speaks (`intentOf`): statements and requests ("could you
 *    reply in French from now on?") are read; real questions, hypotheticals,
 *    other people's reported words and chatter are not; corrections ("oops, I
 *    meant the 14th", "wait, no, it's Fly.io") replace the value of the
 *    statement they correct, in this turn or the last; forget requests become
 *    `forget` candidates.
 * 2. Which subjects it is about and what value it states (`READERS`: name,
 *    location, employer, theme, answer language and style, units, editor, CI,
 *    hosting, database, deadline…), the current value picked over the old
 *    one ("from Travis to Buildkite", "quit Umbrella and joined Hooli"), a
 *    statement that only retires a value marked negative ("I no longer…").
 * 3. Otherwise, general forms: standing rules ("from now on…", "always…",
 *    "never…", "stop…", "no more…"), preferences ("I prefer…", "I can't
 *    stand…"), "my X is Y", team facts ("we use X"), task state.
 * 4. Whether it holds for this conversation only ("for now", "today").
 *
 * Scope, hedges and stories about the past are judged by the promotion rules
 * from the sentence kept as evidence, as they judge any extractor's output.
 */
export function extractWithRules(input: RuleExtractionInput): RuleCandidate[] {
  const candidates: RuleCandidate[] = [];
  let previous = input.previous;
  // "Sorry, typo — it's Sacha": a correction whose value comes in the next sentence, after this lead.
  let lead: string | undefined;
  // The topic the last sentence named alone, if it did ("About my birthday — …").
  let topicAlone: string | undefined;
  // How many candidates there were before the last sentence, so "don't keep that" takes back only what it said.
  let beforeLast = 0;
  let before = 0;
  for (const { sentence, addressed, correction } of input.userTexts.flatMap(sentencesOfMessage)) {
    [beforeLast, before] = [before, candidates.length];
    const corrects = correction !== undefined;
    const value = correctedValue(sentence);
    let body = sentence;
    // "Oh wait, sorry — scrap the Fresh Plate bit": after a correction's lead, a request to forget is still one.
    const own: Intent = intentOf(sentence);
    const intent: Intent = lead !== undefined && value !== undefined && own !== "forget" ? "correction" : own;
    const evidence = lead === undefined ? sentence : `${lead} ${sentence}`;
    const topic = topicAlone;
    topicAlone = TOPIC_LEAD.exec(sentence)?.[1];
    lead = intent === "correction" && value === undefined ? sentence : undefined;
    if (intent === "correction") {
      // "It's Fly.io" corrects the statement about hosting, wherever it is in the turn; otherwise the last one.
      const named = value === undefined ? undefined : subjectOfValue(value);
      // "it's 3 tonnes, not 3.5" corrects what holds 3.5: not the statement before, when that one does not.
      const replaced = NOT_A_NAME_OR_NUMBER.exec(sentence)?.[1];
      const heldBefore = replaced === undefined || previous === undefined || String(previous.content.value ?? "").includes(replaced);
      const target = candidates.find((candidate) => candidate.key === named?.key) ?? (heldBefore ? previous : undefined);
      // "Actually, I prefer light mode" states a subject of its own: it corrects nothing else.
      const restated = stripCorrection(sentence);
      const own = readingsOf(restated);
      const corrected = own.some((reading) => canonicalKey(reading.key) !== target?.key) ? undefined : correct(sentence, target, own, value);
      if (corrected !== undefined) {
        // A correction replaces what it corrects within the turn: no mix of both values.
        const replaced = candidates.findIndex((candidate) => candidate === target);
        if (replaced >= 0) candidates.splice(replaced, 1);
        candidates.push(corrected);
        previous = corrected;
        continue;
      }
      // Nothing in this conversation to correct: an earlier one's note ("it's 120, not 180"), which the promotion
      // rules find by the value it replaces.
      const earlier = target === undefined ? earlierCorrection(sentence, value, corrects ? correction : undefined) : undefined;
      if (earlier !== undefined) {
        candidates.push(earlier);
        continue;
      }
      // A correction lead that corrected nothing is read only for a subject of its own ("no more exclamation marks"),
      // after a lead of its own ("I got that wrong earlier — Hartley's year end is 30 April") as a statement, or as
      // the statement that follows the lead when it is one ("my bad, launch field is Cowley Meadow").
      if (own.length === 0 && restated !== sentence && general(restated, input.scopes).length > 0) body = restated;
      else if (own.length === 0 && (target !== undefined || evidence === sentence)) continue;
    }
    if (intent === "forget") {
      // "my daughter starts school next week — actually no, don't keep that, forget I mentioned her": what was
      // just said in this turn is taken back, and names nothing else to forget.
      if (TAKES_BACK.test(sentence) && before > beforeLast) {
        const [said] = candidates.splice(beforeLast, before - beforeLast);
        previous = undefined;
        // "You can stop calling me Doc. Forget I ever asked": a value taken back is forgotten, with its history.
        if (said?.content.negative === true) candidates.push({ ...said, bucket: "forget", text: `Forget: ${said.content.value}`, reason: "asked to forget" });
        before = candidates.length;
        continue;
      }
      const forget = forgetCandidate(sentence, topic);
      if (forget !== undefined) candidates.push(forget);
      continue;
    }
    if (intent !== "statement" && intent !== "request" && intent !== "correction") continue;
    // "skate hire is no longer included!! it's £3.50 on top", "… painted black. Due 14 March.": an amount or a date
    // said right after a note, in a sentence of its own, belongs to that note.
    const last = candidates.at(-1);
    if (intent === "statement" && AMOUNT_AFTER.test(sentence) && before > beforeLast && last !== undefined && last.key.startsWith("note.") && last.bucket === "promote") {
      candidates[candidates.length - 1] = { ...last, content: { ...last.content, value: `${last.content.value}, ${sentence}` }, text: `${last.text}, ${sentence}`, evidence: `${last.evidence} ${sentence}` };
      continue;
    }
    // "my surname is MacLeod, not McLeod", in a message that says it corrects: the old value's memory is rewritten too.
    const earlier = intent === "statement" && corrects ? earlierCorrection(sentence, value, correction) : undefined;
    if (earlier !== undefined) candidates.push(earlier);
    // A correction lead that corrected nothing ("no more exclamation marks") is read whole; in a message that says it
    // corrects, its statements carry that saying ("I told you 28 beds before… 4B has 24 beds"), which announces a change.
    for (const found of read(body, correction === undefined || evidence.includes(correction) ? evidence : `${correction} ${evidence}`, input.scopes)) {
      // In a message addressed to the team, an impersonal statement is the team's ("Release candidate is v0.14").
      const candidate = addressed && found.scope === "user" && !speaksForSelf(sentence) && subjectOfKey(found.key)?.personal !== true ? { ...found, scope: teamScope(input.scopes) } : found;
      const same = candidates.findIndex((known) => known.key === candidate.key);
      if (same >= 0) candidates.splice(same, 1, merge(candidates[same]!, candidate));
      else candidates.push(candidate);
      previous = candidate;
    }
  }
  return candidates;
}

/** A sentence that only gives an amount or a date: "it's £3.50 on top since the price review", "£5 a fill", "Due 14 March". */
const AMOUNT_AFTER = new RegExp(
  String.raw`^(?:(?:it'?s|it is|that'?s|now)\s+)?[£$€¥]\d|^(?:due|deadline|by|until|till|from)\s+(?:on\s+|the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})|(?:${MONTHS})\s+\d{1,2}|${WEEKDAYS})\b[^.!?]{0,30}$`,
  "i",
);

/**
 * How a message opens when it speaks to the whole team: "For the team:", "Heads up team", "Posting the team rules…",
 * or a header over a place's rules or information ("Kiln room rules for the studio:", "Salon info for the assistant:").
 */
const TEAM_ADDRESS =
  /^(?!my\b)(?:[\p{L}'’-]+\s+){0,3}(?:rules|info|information|policies|guidelines|procedures)(?:\s+(?:for|of|at|in)\s+(?:the|our)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?\s*:|^(?:(?:hi|hey|hello|ok|okay|so|quick|fyi|psa|heads[- ]up|attention|morning|note|reminder|posting|sharing)\b[\s,!:-]*)*(?:(?:the\s+)?team\b|(?:for|to) (?:the )?(?:whole )?team\b|(?:for|to) every(?:one|body)\b|(?:the\s+)?team (?:note|rules?|update|reminder|announcement)|(?:\w+\s+){0,3}team (?:note|rules?|update|reminder|announcement)\b|every(?:one|body)\b|folks\b|y'?all\b)/iu;

/**
 * The sentences of one message, each with whether the message opened by
 * addressing the team, and the sentence that says it corrects an earlier
 * conversation ("I typed it wrong last time"), if one does.
 */
function sentencesOfMessage(text: string): { sentence: string; addressed: boolean; correction: string | undefined }[] {
  const sentences = withAnnouncedChanges(sentencesOf(spokenText(text)).flatMap(aroundSecrets));
  const addressed = sentences.length > 0 && TEAM_ADDRESS.test(sentences[0]!);
  const correction = saysItCorrects(text) ? sentences.find(saysItCorrects) ?? text : undefined;
  return sentences.map((sentence) => ({ sentence, addressed, correction }));
}

/**
 * A sentence that holds a secret, cut into its clauses, so the secret's clause
 * alone is refused: "base door code is 4821, the Land Rover keys live in the
 * key safe by the garage, kit room's upstairs" keeps the key safe and the kit room.
 */
function aroundSecrets(sentence: string): string[] {
  if (findSecrets(sentence).length === 0) return [sentence];
  return sentence.split(/,\s+(?:and\s+)?|\s+and\s+(?=(?:the|our|my|their)\s)/i).filter((clause) => clause.split(/\s+/).length >= 3);
}

/** A change announced with no value: "the maintenance window has moved", "Henrik's left for the season", "prices went up in jan". */
const CHANGE_WITHOUT_VALUE =
  /^(?:(?:[Ff]yi|FYI|[Hh]eads up|[Ss]o|[Aa]nd|[Bb]ut)[,:]?\s+)?(?:(?:[Tt]he|[Oo]ur|[Mm]y)\s+[^,;:]{2,40}?\s+(?:has|have|'s|is|are)\s+(?:been\s+)?(?:moved|changed|shifted|switched|rescheduled|updated|different)(?:\s+(?:again|now))?|[A-Z][\w'-]+(?:'s| has| is)\s+(?:left|gone|retired|moved on|quit)(?:\s+for\s+[\w ]{2,20})?|(?:[Tt]he\s+|[Oo]ur\s+)?(?:[Pp]rices?|[Rr]ates?|[Ff]ees?|[Cc]osts?|[Cc]harges?)\s+(?:have\s+|has\s+)?(?:went|gone|go|are going)\s+(?:up|down)(?:\s+(?:in|from|on|this|last)\s+[\w ]{2,20})?)$/;

/**
 * A change announced alone joined to the sentence that gives its value ("the maintenance window has moved — from
 * next week it's Wednesdays 01:00 to 03:00"), so the note says what changed and to what.
 */
function withAnnouncedChanges(sentences: string[]): string[] {
  return sentences.flatMap((sentence, i) => {
    if (i > 0 && CHANGE_WITHOUT_VALUE.test(sentences[i - 1]!)) return [`${sentences[i - 1]}: ${sentence}`];
    return CHANGE_WITHOUT_VALUE.test(sentence) && i + 1 < sentences.length ? [] : [sentence];
  });
}

/** Every subject reading of a text, in the readers' order, but for a personal subject said of someone else. */
function readingsOf(text: string): Reading[] {
  return READERS.flatMap((reader) => reader(forReaders(text)) ?? []).filter((reading) => !ofSomeoneElse(text, reading));
}

/**
 * "my wife's name", "Mia's birthday", "her timezone", "my daughter Chiamaka is
 * allergic to…", "the vendor lives in Dubai": a personal subject whose owner
 * is named is not the user's.
 */
function ofSomeoneElse(text: string, reading: Reading): boolean {
  const subject = subjectOfKey(reading.key);
  if (subject?.personal !== true) return false;
  const at = text.search(subject.words);
  if (at <= 0) return false;
  const before = text.slice(0, at);
  // "my wife name is…", as a learner may write "my wife's name is…".
  const relation = new RegExp(String.raw`\b(?:my|our)\s+(?:${RELATIONS})\s+$`, "i");
  return /(?:(?<![\p{L}'])(?!my\b)\p{L}+'s|\b(?:his|her|their|your))\s+$/iu.test(before) || relation.test(before) || RELATIVE_SUBJECT.test(before) || THIRD_PERSON_CLAUSE.test(before);
}

/** The clause a subject is said in opens with someone else: "For Mill House: the vendor lives in …", "Noah is 6 and has …". */
const THIRD_PERSON_CLAUSE =
  /(?:^|[:;—–]\s*)(?![^:;—–]*\b(?:I|I'm|my|me)\b)(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir)\s+[\p{L}-]+|[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+(?=\s+(?:is|has|was|lives|works|gets|needs|can'?t|cannot|doesn'?t)\b))\s+[^:;—–]*$/u;

/** The user's people and pets, named by their relation. */
const RELATIONS = "wife|husband|partner|spouse|son|daughter|kids?|child(?:ren)?|baby|toddler|mum|mom|mother|dad|father|parents?|brother|sister|siblings?|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|niece|nephew|friend|boss|manager|colleague|co-?worker|client|customer|tenant|landlord|flatmate|roommate|boyfriend|girlfriend|fianc[eé]e?|dog|cat|pet|puppy|kitten";
/** A sentence whose subject is one of the user's people or pets: "my daughter Chiamaka is …", "our dog gets …". */
const RELATIVE_SUBJECT = new RegExp(
  String.raw`^(?:[Aa]lso\s+|[Aa]nd\s+|[Pp]lus\s+)?(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(?:${RELATIONS})\b(?:\s+\p{Lu}\p{L}+|\s+name)?\s+(?:is|are|has|have|was|gets|can'?t|cannot|doesn'?t|does not|hates|loves|needs|prefers|only|never)\b`,
  "u",
);

/** Steps 2 to 4 for one sentence; nothing of a one-off task ("write me a notice saying the old one stops working at 18:00"). */
function read(body: string, sentence: string, scopes: readonly RuleScope[]): RuleCandidate[] {
  if (asksForTask(body)) return [];
  const readings = readingsOf(body);
  const unique = [...new Map(readings.map((reading) => [reading.key, reading])).values()];
  const found = unique.length > 0 ? unique : general(body, scopes);
  return found.map((reading) => toCandidate(reading, sentence, isSessionOnly(sentence, reading.clause === true ? undefined : reading.value), scopes));
}

function toCandidate(reading: Reading & { scope?: RuleScope }, evidence: string, sessionOnly: boolean, scopes: readonly RuleScope[]): RuleCandidate {
  const team = subjectOfKey(reading.key)?.personal === false ? teamScope(scopes) : "user";
  return {
    bucket: sessionOnly ? "session" : "promote",
    memoryType: reading.memoryType,
    key: canonicalKey(reading.key),
    content: { value: reading.value, ...(reading.negative ? { negative: true } : {}) },
    text: render(reading),
    confidence: 0.9,
    scope: reading.scope ?? team,
    reason: `${reading.label.toLowerCase()}${sessionOnly ? " (this conversation only)" : ""}`,
    evidence,
  };
}

/** `Label: value`, so that a correction can replace the value and recall can match the label. */
function render(reading: Reading): string {
  const label = capitalise(reading.label);
  if (reading.clause === true) return `${label}: ${reading.value}`;
  return `${label}: ${reading.negative === true ? `no longer ${reading.value}` : reading.value}`;
}

/**
 * Two statements about one subject in one turn: a retraction or a new value wins, but not a value only floated
 * ("runs on Postgres 14. Someone floated maybe trying DynamoDB"); more detail is kept together.
 */
function merge(earlier: RuleCandidate, later: RuleCandidate): RuleCandidate {
  if (isHedged(later.evidence) && !isHedged(earlier.evidence)) return earlier;
  if (earlier.content.negative !== later.content.negative || earlier.text.length > 400) return later;
  const clause = (candidate: RuleCandidate) => candidate.text.slice(candidate.text.indexOf(": ") + 2);
  if (!/(?:style|headings|exclamation|emoji|tone|diet|indentation)/.test(later.key)) return later;
  return {
    ...later,
    content: { value: `${earlier.content.value}; ${later.content.value}` },
    text: `${later.text}; ${clause(earlier)}`,
    evidence: `${earlier.evidence} ${later.evidence}`,
  };
}

/** "Oops, I meant the 14th": the previous statement with its value replaced (see {@link withinClause} for how much of it). */
function correct(sentence: string, previous: RuleCandidate | undefined, restatements: readonly Reading[], bare: string | undefined): RuleCandidate | undefined {
  if (previous === undefined || previous.bucket === "forget") return undefined;
  const restated = restatements.find((reading) => canonicalKey(reading.key) === previous.key);
  const stated = restated?.value ?? bare;
  if (stated === undefined) return undefined;
  // "sorry, brain is fried", "sorry, two different products": a remark, not a value of the kind just said.
  if (restated === undefined && (/\b(?:is|are|was|were|am)\b/i.test(stated) || (/\d/.test(String(previous.content.value ?? "")) && !/\d/.test(stated)))) return undefined;
  // A note or a rule is a clause: a correction changes its part, never the whole ("opens at 8 on Saturdays" + "9").
  const value = withinClause(String(previous.content.value ?? ""), stated, sentence, /^(?:note|rule)\./.test(previous.key));
  const label = previous.text.slice(0, previous.text.indexOf(": "));
  return {
    ...previous,
    bucket: "promote",
    content: { value },
    text: `${label}: ${value}`,
    reason: `correction of ${previous.key}: "${sentence.slice(0, 200)}"`,
    // The corrected statement's words still say whose it is (scope) and how sure.
    evidence: `${previous.evidence} ${sentence}`,
  };
}

/**
 * A correction of something said in an earlier conversation, named by the
 * value it replaces: a bare "it's 120 references, not 180", or, in a message
 * that says it corrects ("I typed it wrong last time"), "my surname is
 * MacLeod, not McLeod" (the new value is the last one of the same kind, a
 * number or a name, before "not").
 */
function earlierCorrection(sentence: string, value: string | undefined, cue: string | undefined): RuleCandidate | undefined {
  const corrects = cue !== undefined;
  const said = sentence.replace(/^.*:\s(?=\S)/, "").trim();
  // "I told you 6 hours for callout, it's 4 hours": the number told before, then the one it is.
  const told = TOLD_THEN_IS.exec(said);
  if (told !== null) return correctionNote(sentence, told[2]!, { replaces: told[1]! }, `Correction: ${told[2]}, not ${told[1]}`);
  // In a message that says it corrects, a word in lower case is a value too ("the north pit is limestone, not granite").
  const not = (corrects ? NOT_ANY_WORD : NOT_A_NAME_OR_NUMBER).exec(said);
  const replaced = not?.[1];
  // "I misspelled her name before: it's Farouki": a name spelt anew, whose old spelling the promotion rules find.
  if (replaced === undefined) {
    return cue !== undefined && SPELLING.test(`${cue} ${sentence}`) && value !== undefined && NAME_LIKE.test(value) ? correctionNote(sentence, value, { respells: true }, `Correction: spelt ${value}`) : undefined;
  }
  const bare = value !== undefined && /^(?:\W*\w+\W+){0,2}?(?:it'?s|it is|that'?s|that is|make it|should be)\b/i.test(stripCorrection(said));
  const stated = bare ? value : corrects ? sameKindBefore(said.slice(0, not!.index), replaced) : undefined;
  return stated === undefined ? undefined : correctionNote(sentence, stated, { replaces: replaced }, `Correction: ${stated}, not ${replaced}`);
}

const TOLD_THEN_IS = /\b(?:told you|said)\s+(?:it was\s+|it'?s\s+)?(\p{N}[\p{N}.,:]*)(?:\s+[\p{L}'’-]+){0,4},?\s+(?:but\s+|actually\s+)?(?:it'?s|it is|should be|it should be)\s+(\p{N}[\p{N}.,:]*(?:\s?[\p{L}%°]+)?)/iu;

/** The value a correction says it replaces: ", not 180", ", not Initrode", or any word ("limestone, not granite"). */
const notReplaced = (first: string) => new RegExp(String.raw`,?\s+(?:not|instead of|rather than)\s+(?:the\s+|a\s+|an\s+)?(\p{N}[\p{L}\p{N}.,:'-]*?|${first}[\p{L}\p{N}.,:'-]*?)[.,!]?(?=\s|$)`, "u");
const NOT_A_NAME_OR_NUMBER = notReplaced(String.raw`\p{Lu}`);
const NOT_ANY_WORD = notReplaced(String.raw`\p{L}`);

/** The note that carries a correction of an earlier conversation to the promotion rules (see `correctionOf`). */
function correctionNote(sentence: string, value: string, names: { replaces: string } | { respells: true }, text: string): RuleCandidate {
  return {
    bucket: "promote",
    memoryType: "fact",
    key: `note.correction_${slug(value)}`,
    content: { value, ...names },
    text,
    confidence: 0.9,
    scope: "user",
    reason: `${"respells" in names ? "spelling corrected from" : "correction of"} an earlier conversation: "${sentence.slice(0, 200)}"`,
    evidence: sentence,
  };
}

/** A month or a day of the week. */
const CALENDAR_WORD = new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS})\\b`, "gi");

/** What a message says when what it corrects is a spelling. */
const SPELLING = /\b(?:misspel\w*|spelt|spelled|spelling|typo|typed|autocorrect\w*)\b/i;

/** A number, in digits or in words up to twelve. */
const NUMBER = /\d[\d.,:]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;

/** One to three words that name something: capitalised, or written like a handle ("vexed_out", "twitch.tv/…"). */
const NAME_LIKE = /^(?=\S*(?:\p{Lu}|[_.@/]))[\p{L}\p{N}_.@/'-]+(?:\s+[\p{L}\p{N}_.@/'-]+){0,2}$/u;

/** The last number (for a number) or name (for a name) in `text`: the value a "…, not X" correction states. */
function sameKindBefore(text: string, replaced: string): string | undefined {
  const kind = /^\d/.test(replaced) ? /\d[\d.,:]*/g : /^\p{Lu}/u.test(replaced) ? /(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu : /(?<=\s)\p{Ll}[\p{L}'’-]{2,}/gu;
  // A name spelt out letter by letter ("M-A-C") repeats it; "I" names no one.
  return kind === undefined ? undefined : [...` ${text}`.matchAll(kind)].map(([found]) => found).filter((found) => !/^(?:\p{Lu}-)+\p{Lu}$|^I$/u.test(found)).at(-1);
}

/**
 * A correction of one part of a longer statement replaces that part only:
 * a word spelt another way replaces that word ("its karla with a k"), "not 500" names it, or a number corrects the statement's one number. The
 * words after a new number replace as many words after the old one when
 * the old statement lacks them ("30 June" + "31 July"), and are its own
 * unit otherwise ("500 requests per minute" + "300 per minute" changes the
 * number). Without either, the correction is the whole new value.
 */
function withinClause(old: string, stated: string, sentence: string, clause: boolean): string {
  const misspelt = old.split(/[^\p{L}\p{N}'-]+/u).find((word) => spelledAlike(word, stated));
  if (misspelt !== undefined) return old.replace(misspelt, stated);
  // "birthday is in May" + "June": a month for the month.
  const months = old.match(CALENDAR_WORD) ?? [];
  if (months.length === 1 && isCalendarWord(stated.trim())) return old.replace(months[0]!, stated.trim());
  const olds = old.match(NUMBER) ?? [];
  const fresh = new RegExp(NUMBER.source, "i").exec(stated);
  // A short value is replaced whole ("Lisbon" by "Porto"), unless only its number was corrected ("three grandchildren", "four").
  if (!clause && old.split(/\s+/).length <= 8 && fresh?.[0] !== stated.trim()) return stated;
  const named = /\bnot\s+([\w.:/-]+)/i.exec(sentence)?.[1];
  if (named !== undefined && old.includes(named)) return old.replace(named, stated.split(/\s+/)[0]!);
  if (fresh === null || olds.length !== 1) return stated;
  const after = fresh.index === 0 ? stated.slice(fresh[0].length).split(/\s+/).filter((word) => word.length > 0) : [];
  const known = old.toLowerCase().split(/[\s,;]+/);
  if (after.length === 0 || after.every((word) => known.includes(word.toLowerCase()))) return old.replace(olds[0]!, fresh[0]);
  const start = old.indexOf(olds[0]!);
  const replaced = /^\S+(?:\s+[^\s,;]+)*/.exec(old.slice(start))![0].split(/\s+/).slice(0, after.length + 1).join(" ");
  return old.slice(0, start) + stated + old.slice(start + replaced.length);
}

/**
 * "Forget what I told you about my allergies": the subject named (by a key's
 * words or the subject table's), or the words left once the request is taken
 * away; a bare "forget it" names nothing and is not a request to forget.
 */
function forgetCandidate(sentence: string, lead: string | undefined): RuleCandidate | undefined {
  // "forget my gym times lol not going anymore": what follows the object gives a reason, it names nothing more.
  const request = FORGET_REQUEST.exec(sentence)?.[0];
  // "About my birthday — please do not keep it anymore": the topic came first, on its own.
  return (
    forgetRequest(sentence, request) ??
    (lead === undefined ? undefined : forgetRequest(`forget ${lead}`, undefined)) ??
    forgetRequest(sentence, undefined)
  );
}

/** The verbs that ask to forget, from the request's start to where its reason begins ("lol not going anymore", ", it…"). */
const FORGET_REQUEST = new RegExp(
  String.raw`\b(?:${FORGET_VERBS}|take|keep|leave)\b.*?(?=\s+(?:lol|lmao|haha|because|since|cos|cuz|coz|as i|i'?m|i am|not going|no longer)\b|,\s+(?:it|that|this|because|as|since|so|she|he|they|we|not)\b|[;?—–]|$)`,
  "i",
);
/** The words of a forget request that are not its topic: its verbs, and what it forgets from. */
const REQUEST_WORDS = new RegExp(
  String.raw`\b(?:${FORGET_VERBS}|forgot|scratch|un-remember|disregard|unlearn|let go of|get rid of|take|out of (?:your |the |our |the team'?s )?(?:memory|notes|records)|remember|retain|store|stored|keep|kept|save|saved|track)(?:ing)?\b`,
  "gi",
);

/** A forget request that points back at what was just said: "don't keep that", "forget I mentioned her", "scratch that bit". */
const TAKES_BACK = /\b(?:(?:don'?t|do not|no need to) (?:keep|store|save|remember) (?:that|this|it)|forget (?:i (?:ever )?(?:said|mentioned|asked)(?: (?:that|it|this|her|him|them))?|(?:that|this|it)(?:\s+(?:bit|part|one))?)(?:\s*$|[,.;!]))/i;

/** A topic named on its own before what is said of it: "About my birthday — …", "earlier I mentioned my camera — …". */
const TOPIC_LEAD = /^(?:about|re:?|regarding|as for|on the subject of|(?:earlier |before |last time )?I (?:mentioned|told you about|said something about))\s+(.{2,60})$/i;

function forgetRequest(sentence: string, request: string | undefined): RuleCandidate | undefined {
  // What is left once the request's own words are taken away, wherever they stand in the sentence.
  const topic = (request ?? sentence)
    .replace(REQUEST_WORDS, " ")
    .replace(/\b(?:i (?:ever )?(?:mentioned|said|asked)(?: (?:her|him|them|it|that|this))?|(?:all )?what i (?:told|said to) you|(?:all )?what i (?:said|say)|(?:from )?what you (?:know|have|'ve got)|ce que je t'ai dit|lo que te dije|the (?:thing|bit|part|fact|stuff)|thing|stuff|record|on file|around|everything|anything|you know|you remember|you have|you can|you|no need to|don'?t|do not|didn'?t|not|rather|would prefer|prefer|that|anywhere|any|of|about|it|from (?:your |the |our |the team'?s )?(?:memory|notes|records)|entirely|completely|altogether|for good|actually|no|pretend|say|obviously|of course|clearly|definitely|please|pls|plz|stp|svp|por favor|oublie|sur|mon|ma|mes|sobre|mi|mis|kindly|just|anymore|any more|can|could|would|be|my|me|i'?d|i|told|said|on reflection)\b/gi, " ")
    .replace(/[.,!?]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const reading = readingsOf(topic)[0];
  const named = subjectsNamedIn(sentence.replace(/\b(?:forget|remember|remove|delete|keep|store)\b/gi, " "));
  const subject = reading?.key ?? subjectKeyNamedIn(topic) ?? (named.length === 1 ? named[0]!.key : undefined);
  if (subject === undefined && slug(topic) === "general") return undefined;
  return {
    bucket: "forget",
    memoryType: reading?.memoryType ?? "fact",
    key: subject ?? `topic.${slug(topic)}`,
    content: { topic: tidy(topic) || sentence },
    text: `Forget: ${tidy(topic) || sentence}`,
    confidence: 0.9,
    scope: "user",
    reason: "asked to forget",
    evidence: sentence,
  };
}

function subjectKeyNamedIn(text: string): string | undefined {
  const words = text.toLowerCase().split(/\W+/).filter(Boolean);
  for (let size = Math.min(3, words.length); size >= 1; size -= 1) {
    for (let start = 0; start + size <= words.length; start += 1) {
      const subject = subjectOfKey(words.slice(start, start + size).join("_"));
      if (subject !== undefined) return subject.key;
    }
  }
  return undefined;
}
