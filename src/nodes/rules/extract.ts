import { canonicalKey, isSessionOnly, namesWork, speaksForSelf, speaksForTeam, spokenText, subjectOfKey, subjectOfValue, subjectsNamedIn } from "../../memory/index.js";
import { READERS, clauseOf, forReaders, tidy, type Reading } from "./readers.js";
import { correctedValue, intentOf, sentencesOf, stripCorrection, type Intent } from "./sentences.js";

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
  // "Sorry, typo — it's Sacha": a correction whose value comes in the next sentence.
  let correcting = false;
  for (const { sentence, addressed } of input.userTexts.flatMap(sentencesWithAddress)) {
    const value = correctedValue(sentence);
    const intent: Intent = correcting && value !== undefined ? "correction" : intentOf(sentence);
    correcting = intent === "correction" && value === undefined;
    if (intent === "correction") {
      // "It's Fly.io" corrects the statement about hosting, wherever it is in the turn; otherwise the last one.
      const named = value === undefined ? undefined : subjectOfValue(value);
      const target = candidates.find((candidate) => candidate.key === named?.key) ?? previous;
      // "Actually, I prefer light mode" states a subject of its own: it corrects nothing else.
      const own = readingsOf(stripCorrection(sentence));
      const corrected = own.some((reading) => canonicalKey(reading.key) !== target?.key) ? undefined : correct(sentence, target, own, value);
      if (corrected !== undefined) {
        // A correction replaces what it corrects within the turn: no mix of both values.
        const replaced = candidates.findIndex((candidate) => candidate === target);
        if (replaced >= 0) candidates.splice(replaced, 1);
        candidates.push(corrected);
        previous = corrected;
        continue;
      }
      // A correction lead that corrected nothing is read only for a subject of its own ("no more exclamation marks").
      if (own.length === 0) continue;
    }
    if (intent === "forget") {
      const forget = forgetCandidate(sentence);
      if (forget !== undefined) candidates.push(forget);
      continue;
    }
    if (intent !== "statement" && intent !== "request" && intent !== "correction") continue;
    // A correction lead that corrected nothing ("no more exclamation marks") is read whole.
    for (const found of read(sentence, sentence, input.scopes)) {
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

/** How a message opens when it speaks to the whole team: "For the team:", "Heads up team", "Posting the team rules…". */
const TEAM_ADDRESS =
  /^team\b|\b(?:for (?:the )?(?:whole )?team|for every(?:one|body)|team (?:note|rules?|update|reminder|announcement)|(?:hi|hey|hello|fyi|psa|heads[- ]up|attention|morning)[,!]?(?: for)? (?:the )?(?:team|every(?:one|body)|all|folks|y'?all))\b/i;

/** The sentences of one message, each with whether the message opened by addressing the team. */
function sentencesWithAddress(text: string): { sentence: string; addressed: boolean }[] {
  const sentences = sentencesOf(spokenText(text));
  const addressed = sentences.length > 0 && TEAM_ADDRESS.test(sentences[0]!);
  return sentences.map((sentence) => ({ sentence, addressed }));
}

/** Every subject reading of a text, in the readers' order, but for a personal subject said of someone else. */
function readingsOf(text: string): Reading[] {
  return READERS.flatMap((reader) => reader(forReaders(text)) ?? []).filter((reading) => !ofSomeoneElse(text, reading));
}

/**
 * "my wife's name", "Mia's birthday", "her timezone", "my daughter Chiamaka is
 * allergic to…": a personal subject whose owner is named is not the user's.
 */
function ofSomeoneElse(text: string, reading: Reading): boolean {
  const subject = subjectOfKey(reading.key);
  if (subject?.personal !== true) return false;
  const at = text.search(subject.words);
  if (at <= 0) return false;
  const before = text.slice(0, at);
  return /(?:(?<![\p{L}'])(?!my\b)\p{L}+'s|\b(?:his|her|their|your))\s+$/iu.test(before) || RELATIVE_SUBJECT.test(before);
}

/** A sentence whose subject is one of the user's people or pets: "my daughter Chiamaka is …", "our dog gets …". */
const RELATIVE_SUBJECT =
  /^(?:also\s+|and\s+|plus\s+)?(?:my|our)\s+(?:\w+\s+)?(?:wife|husband|partner|spouse|son|daughter|kids?|child(?:ren)?|baby|toddler|mum|mom|mother|dad|father|parents?|brother|sister|siblings?|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|niece|nephew|friend|boss|manager|colleague|co-?worker|client|customer|tenant|landlord|flatmate|roommate|boyfriend|girlfriend|fianc[eé]e?|dog|cat|pet|puppy|kitten)\b(?:\s+\p{Lu}\p{L}+)?\s+(?:is|are|has|have|was|gets|can'?t|cannot|doesn'?t|does not|hates|loves|needs|prefers|only|never)\b/iu;

/** Steps 2 to 4 for one sentence. */
function read(body: string, sentence: string, scopes: readonly RuleScope[]): RuleCandidate[] {
  const readings = readingsOf(body);
  const unique = [...new Map(readings.map((reading) => [reading.key, reading])).values()];
  const found = unique.length > 0 ? unique : general(body, scopes);
  const sessionOnly = isSessionOnly(sentence);
  return found.map((reading) => toCandidate(reading, sentence, sessionOnly, scopes));
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

/** The shared scope a team subject goes to when the identity has one; the gate checks the words. */
function teamScope(scopes: readonly RuleScope[]): RuleScope {
  return scopes.includes("project") ? "project" : scopes.includes("org") ? "org" : "user";
}

/** `Label: value`, so that a correction can replace the value and recall can match the label. */
function render(reading: Reading): string {
  const label = capitalise(reading.label);
  if (reading.clause === true) return `${label}: ${reading.value}`;
  return `${label}: ${reading.negative === true ? `no longer ${reading.value}` : reading.value}`;
}

/** Two statements about one subject in one turn: a retraction or a new value wins; more detail is kept together. */
function merge(earlier: RuleCandidate, later: RuleCandidate): RuleCandidate {
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

/** "Oops, I meant the 14th": the previous statement with its value replaced, whole. */
function correct(sentence: string, previous: RuleCandidate | undefined, restatements: readonly Reading[], bare: string | undefined): RuleCandidate | undefined {
  if (previous === undefined || previous.bucket === "forget") return undefined;
  const restated = restatements.find((reading) => canonicalKey(reading.key) === previous.key);
  const stated = restated?.value ?? bare;
  if (stated === undefined) return undefined;
  const value = withinClause(String(previous.content.value ?? ""), stated, sentence);
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

/** "carla" and "Karla", "Sacha" and "Sasha": one word, spelt another way (at most one edit in four letters). */
function closeSpelling(word: string, stated: string): boolean {
  const [a, b] = [word.toLowerCase(), stated.toLowerCase()];
  if (a === b || /\s/.test(b) || b.length < 4 || /\d/.test(b) || Math.abs(a.length - b.length) > 1) return false;
  // Levenshtein distance, one row at a time.
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]! <= Math.max(1, Math.floor(b.length / 4));
}

/**
 * A correction of one part of a longer statement replaces that part only:
 * a word spelt another way replaces that word ("its karla with a k"), "not 500" names it, or a number corrects the statement's one number. The
 * words after a new number replace as many words after the old one when
 * the old statement lacks them ("30 June" + "31 July"), and are its own
 * unit otherwise ("500 requests per minute" + "300 per minute" changes the
 * number). Without either, the correction is the whole new value.
 */
function withinClause(old: string, stated: string, sentence: string): string {
  const misspelt = old.split(/[^\p{L}\p{N}'-]+/u).find((word) => closeSpelling(word, stated));
  if (misspelt !== undefined) return old.replace(misspelt, stated);
  if (old.split(/\s+/).length <= 8) return stated;
  const named = /\bnot\s+([\w.:/-]+)/i.exec(sentence)?.[1];
  if (named !== undefined && old.includes(named)) return old.replace(named, stated.split(/\s+/)[0]!);
  const olds = old.match(/\d[\d.,:]*/g) ?? [];
  const fresh = /\d[\d.,:]*/.exec(stated);
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
function forgetCandidate(sentence: string): RuleCandidate | undefined {
  // "forget my gym times lol not going anymore": what follows the object gives a reason, it names nothing more.
  const request = /\b(?:forget|scrub|strike|delete|remove|erase|wipe|purge|expunge|bin|ditch|trash|chuck|junk)\b.*?(?=\s+(?:lol|lmao|haha|because|since|cos|cuz|coz|as i|i'?m|i am|not going|no longer)\b|[;?—–]|$)/i.exec(sentence)?.[0];
  return forgetRequest(sentence, request) ?? (request === undefined ? undefined : forgetRequest(sentence, undefined));
}

function forgetRequest(sentence: string, request: string | undefined): RuleCandidate | undefined {
  // What is left once the request's own words are taken away, wherever they stand in the sentence.
  const topic = (request ?? sentence)
    .replace(/\b(?:forget|forgot|scratch|scrub|strike|delete|remove|erase|wipe|purge|expunge|disregard|unlearn|let go of|get rid of|bin|ditch|trash|chuck|junk|take|out of (?:your )?(?:memory|notes|records)|remember|retain|store|stored|keep|kept|save|saved|track|hold on to)(?:ing)?\b/gi, " ")
    .replace(/\b(?:what i (?:told|said to) you|what i said|the (?:thing|bit|part|fact|stuff)|thing|stuff|record|on file|around|everything|anything|you know|you remember|you have|you can|you|no need to|don'?t|do not|didn'?t|not|rather|would prefer|prefer|that|anywhere|any|of|about|it|from (?:your )?(?:memory|notes|records)|please|pls|plz|kindly|just|anymore|any more|can|could|would|be|my|me|i'?d|i|told|said|on reflection)\b/gi, " ")
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

type General = Reading & { scope?: RuleScope };

/** Step 3: the general forms, for sentences about no known subject; then a plain statement of fact. */
function general(sentence: string, scopes: readonly RuleScope[]): General[] {
  for (const [pattern, build] of GENERAL) {
    const found = pattern.exec(sentence);
    if (found === null) continue;
    const reading = build(found.slice(1).map((group) => group ?? ""), scopes);
    if (reading !== undefined) return [reading];
  }
  const fact = statedFact(sentence, scopes);
  return fact === undefined ? [] : [fact];
}

/** Something concrete: a name or product (capitalised inside the sentence), a number, a time, an address. */
const ANCHOR = /(?<=\s)(?:[A-Z][\w.+-]*[A-Za-z0-9]|\d[\w:.,%/-]*)|\b\w+\.(?:dev|com|io|org|net|app)\b/;
/**
 * How people talk about the moment, themselves or the assistant, not about
 * facts worth keeping; what a message is ("Posting the team rules…"), and what
 * to tell someone else in a draft ("Tell them the delivery was short").
 */
const NOT_A_FACT =
  /^(?:it|this|that|there|these|those|thanks|thank you|you|please|let'?s|let me|maybe|ok|okay|so|well|anyway)\b|^(?:posting|sharing|pasting|attaching|sending|here (?:are|is))\b|^(?:tell|ask|let|remind|inform|thank|warn)\s+(?:them|him|her|everyone|the\s+\w+)\b|\b(?:i|we) (?:told|said to|mentioned to|gave) you\b|\b(?:feel|feeling|tired|confused|stuck|happy|sad|annoyed|frustrated|excited|worried|hope|wish|wonder|need help|trying to|want to know|looking for|figure out|can'?t figure|help me|any idea)\b/i;

/** Someone the user works for or with, and what they want: "the client wants contact by post only". */
const STAKEHOLDER =
  /^(?:the|our|this)\s+(?:client|customer|buyer|tenant|patient|supplier|vendor|landlord|publisher|venue|couple|court|insurer|agency|employer|funder)s?\s+(?:wants?|prefers?|needs?|requires?|insists?|expects?|only|never|always|can'?t|cannot|won'?t|hates?|likes?|uses?|pays?|bills?)\b/i;

/** A change said in passing, in any case: "we switched from xero to freeagent". */
const SWITCH = /\b(?:switched|moved|migrated|changed|converted|went)\s+(?:[\w']+\s+){0,3}?from\s+\S+\s+(?:to|over to|onto)\s+\S/i;

/** How a team states a standing practice: "we run …", "we test against …", "we keep … in …". */
const PRACTICE = /^we\s+(?:always\s+|usually\s+|only\s+|never\s+)?(?:run|host|keep|store|deploy|ship|release|build|test|package|manage|track|review|version|pin|lint|format|rotate|back up|mirror)\s+\S/i;

/**
 * A plain statement of fact about the user or their team ("We never deploy on
 * Fridays", "Password reset emails go out through Postmark", "I keep my
 * passwords in 1Password"): short, declarative, and naming something
 * concrete, so that small talk ("the weather is lovely") is not kept.
 */
function statedFact(sentence: string, scopes: readonly RuleScope[]): General | undefined {
  const words = sentence.split(/\s+/);
  // Without a name or a number, a statement about "my …" that is not a story still says something durable.
  // …but not an anecdote: something that just happened, in the past tense, with an emoji.
  const anecdote = /\b(?:was|were|had|did|just|yesterday|earlier|\w+ed|drew|went|got|made|took|saw|came|ate|broke|fell|bought|spent|forgot)\b|\p{Extended_Pictographic}/iu;
  const possessive = /^my\b/i.test(sentence) && words.length >= 6 && !anecdote.test(sentence);
  // A team's standing practice, typed in lower case ("we run plain systemd units on the edge fleet"), is durable too.
  const practice = PRACTICE.test(sentence) && words.length >= 5 && !anecdote.test(sentence);
  // Three words are enough for a team's state with a name in it ("We're closed Mondays").
  const shortest = /^we(?:'re| are)\s/i.test(sentence) && ANCHOR.test(sentence) ? 3 : 4;
  const concrete = ANCHOR.test(sentence) || namesWork(sentence) || STAKEHOLDER.test(sentence) || SWITCH.test(sentence);
  if (words.length < shortest || words.length > 30 || NOT_A_FACT.test(sentence) || !(concrete || possessive || practice)) return undefined;
  // Shared only in a team's words ("we rotate API keys"); "gym day is Thursday now" is the user's.
  const scope: RuleScope = speaksForTeam(sentence) ? teamScope(scopes) : "user";
  return { key: `note.${slug(sentence)}`, memoryType: "fact", label: "Note", value: clauseOf(sentence), clause: true, scope };
}

const GENERAL: readonly [RegExp, (groups: string[], scopes: readonly RuleScope[]) => General | undefined][] = [
  [/^(?:from now on|going forward|from here on|in (?:the )?future|henceforth|for future reference)[,:]?\s+(.+)$/i, ([body]) => rule(body!, false)],
  [/^(?:please\s+)?(?:never|don'?t ever|do not ever|don'?t|do not|stop|quit|no more|enough with|avoid)\s+(.+)$/i, ([body]) => rule(body!, true)],
  [/^(?:please\s+)?(?:always|every time,?)\s+(.+)$/i, ([body]) => rule(body!, false)],
  // An instruction with its condition is a standing one: "give me doses in micrograms when they're under a milligram".
  [/^(?:please\s+)?((?:give|show|write|put|quote|express|list|round|convert)\s+(?:me\s+)?.+?\s+(?:when|whenever|if|unless)\s+.+)$/i, ([body]) => rule(body!, false)],
  // The user's own standing rule: "I never take on two weddings in one weekend", "i always avoid toll roads".
  // …not a habit of mind ("I always forget my keys").
  [/^i\s+(never|always|only)\s+(?!(?:know|knew|forget|forgot|feel|felt|think|thought|get|got|seem|understand|remember|manage|wonder|struggle|end up|lose|fail|mess)\b)(.+)$/i, ([when, body]) => rule(when!.toLowerCase() === "only" ? `only ${body}` : body!, when!.toLowerCase() === "never")],
  [/\bi(?:'d| would)?\s+(?:really\s+)?(?:prefer|rather have|rather|like|love|enjoy|want)\s+(.+)$/i, ([body]) => preference(body!, false)],
  [/\bi\s+(?:really\s+)?(?:don'?t like|do not like|hate|dislike|can'?t stand|cannot stand|detest)\s+(.+)$/i, ([body]) => preference(body!, true)],
  [/\b(?:our|my|the)\s+(?:team|company|org|organi[sz]ation|department)\s+(?:uses|is using|runs on|relies on|is on|works in)\s+(.+)$/i, ([body]) => teamFact(body!, "org")],
  [/\b(?:we|this project|the project|this repo|our project)\s+(?:use|uses|are using|is using|run on|runs on|rely on|relies on|are on|is on|work in|write)\s+(.+)$/i, ([body], scopes) => teamFact(body!, scopes.includes("project") ? "project" : "org")],
  [/\b(?:we'?re|we are)\s+(?:on|using|running)\s+(.+)$/i, ([body], scopes) => teamFact(body!, scopes.includes("project") ? "project" : "org")],
  [/\bwe\s+(?:publish|ship|release|build|test|lint|format|document|deploy|write)\s+(?:\w+\s+){0,3}?(?:with|in|using|on|to)\s+(.+)$/i, ([body], scopes) => teamFact(body!, scopes.includes("project") ? "project" : "org")],
  [/^(?:for|in|on) this (?:project|repo|repository|codebase|service|matter|case|client|engagement|account|workspace)(?: only)?,?\s+(.+)$/i, ([body]) => ({ ...rule(body!, false), scope: "project" })],
  [/^(?:our|the) (?:team|company|org|organi[sz]ation|department)'?s\s+(.+?)\s+(?:is|are)\s+(.+)$/i, ([what, value], scopes) => ({ key: `team.${slug(what!)}`, memoryType: "fact", label: capitalise(tidy(what!)), value: tidy(value!), scope: teamScope(scopes) })],
  [/\bI(?:'m| am)\s+(?:on|in|part of)\s+the\s+(.+?)\s+(team|shift|squad|crew|rotation|rota|group)\b/, ([name, group]) => ({ key: `user.${group!.toLowerCase()}`, memoryType: "fact", label: capitalise(group!.toLowerCase()), value: tidy(name!) })],
  [/^I(?:'m| am)? (?:the one who )?(?:own|owns|maintain|maintains|run|runs|lead|leads|look after|looks after|(?:am |'m )?responsible for)\s+(.+)$/, ([what]) => ({ key: `user.owns.${slug(what!)}`, memoryType: "fact", label: "Owns", value: clauseOf(what!) })],
  [/^(?:this|the|our) project'?s\s+(.+?)\s+(?:is|are)\s+(.+)$/i, ([what, value]) => ({ key: `project.${slug(what!)}`, memoryType: "fact", label: capitalise(tidy(what!)), value: tidy(value!), scope: "project" })],
  [/\bI(?:'m| am)\s+(?:firmly\s+|definitely\s+|really\s+|more of\s+|a big\s+)?(?:an?\s+)?(.+?)\s+(?:person|fan)\b/, ([what]) => preference(what!, false)],
  [/^I\s+(?:have|own|got)\s+((?:a|an|one|two|three|four|five|\d+)\s+.+)$/, ([what]) => possession(what!)],
  // A lasting trait of the user's body or life, said in passing ("Since I'm left-handed, …").
  [/^I(?:'m| am)\s+(?:also\s+)?(?:an?\s+)?(left-handed|right-handed|colou?r-?blind|deaf|hard of hearing|dyslexic|dyspraxic|autistic|neurodivergent|(?:type [12] )?diabetic|epileptic|asthmatic|pregnant|coeliac|celiac|(?:lactose|gluten)[- ]intolerant|blind|partially sighted|immunocompromised|a wheelchair user)\b(.*)$/i, ([trait, rest]) => ({ key: `user.trait.${slug(trait!)}`, memoryType: "fact", label: "About the user", value: clauseOf(`I'm ${trait}${rest}`), clause: true })],
  // "I'm colorblind, so don't rely on colour alone": a fact about the user that comes with a standing instruction.
  // …but not something the user is doing right now ("I'm driving, so keep it short").
  [/^(I(?:'m| am)\s+(?!\w+ing(?:\s*,|\s+(?:so|this|that|now|right now|at the moment|while)\b))(.{2,40}?),?\s+so\s+.{4,})$/, ([all, what]) => ({ key: `user.${slug(what!)}`, memoryType: "fact", label: "About the user", value: clauseOf(all!), clause: true })],
  [/^my\s+([a-z][a-z' ]{1,30}?)(?:'s| is| are| was changed to| is now| are now)\s+(.+)$/i, ([what, value]) => userFact(what!, value!)],
  [/^I\s+(?:usually\s+|often\s+|mostly\s+|mainly\s+|now\s+|still\s+|currently\s+)?(drive|support|play|speak|listen to|drink|eat|ride|follow|cook|practi[cs]e|collect|haul|deliver|transport|teach|tutor|sell|bake|brew|grow|farm|breed|translate|groom)\s+(.+)$/i, ([verb, value]) => habit(verb!, value!)],
  [/^I(?:'m| am)\s+(?:currently\s+|now\s+)?(learning|studying|reading|training for|saving for|building|writing|renovating)\s+(.+)$/, ([verb, value]) => habit(verb!, value!)],
  [/\b(?:we|i)(?:'ve| have)?\s+(?:just\s+)?(?:shipped|launched|released|finished|completed|deployed|merged|closed)\s+(.+)$/i, ([task]) => taskState(task!, "done")],
  [/^(.+?)\s+(?:is|are|has been|have been)\s+(?:now\s+)?(done|finished|complete|completed|shipped|merged|live|deployed)\b/i, ([task]) => taskState(task!, "done")],
  [/^(.+?)\s+(?:is|are)\s+(?:now\s+)?(blocked|on hold|in progress|in review)\b/i, ([task, status]) => taskState(task!, status!.toLowerCase().replace(/\s+/g, "_"))],
  [/\b(?:i'?m|i am|we'?re|we are)\s+(?:now\s+)?(?:working on|starting on|starting)\s+(.+)$/i, ([task]) => taskState(task!, "in_progress")],
];

function rule(body: string, avoid: boolean): General {
  const value = clauseOf(body);
  return { key: `rule.${avoid ? "avoid." : ""}${slug(body)}`, memoryType: "rule", label: avoid ? "Never" : "Always", value, clause: true };
}

function preference(body: string, negative: boolean): General | undefined {
  const value = tidy(body);
  if (value.split(/\s+/).length > 12 || /^(?:to know|to ask|you to|some|a|an|that|it|this)\b/i.test(value)) return undefined;
  return { key: `preference.${slug(body)}`, memoryType: "preference", label: negative ? "Dislikes" : "Prefers", value: clauseOf(body), clause: true };
}

function teamFact(body: string, scope: RuleScope): General {
  return { key: `${scope}.uses.${slug(body)}`, memoryType: "fact", label: scope === "org" ? "Team uses" : "Project uses", value: tidy(body), scope };
}

function userFact(what: string, value: string): General | undefined {
  const attribute = slug(what);
  if (/^(?:question|point|guess|bad|problem|issue|concern|thought|idea)$/.test(attribute)) return undefined;
  return { key: `user.${attribute}`, memoryType: "fact", label: capitalise(tidy(what)), value: tidy(value) };
}

/** "I have two cats, Miso and Tofu": keyed by the thing, never a question or a meeting. */
function possession(what: string): General | undefined {
  const thing = slug(what.replace(/^(?:a|an|one|two|three|four|five|\d+)\s+/i, ""));
  if (/^(?:question|meeting|problem|issue|bug|idea|call|doubt|feeling|minute|second|lot|few|couple)/.test(thing)) return undefined;
  return { key: `user.${thing.split("_")[0]}`, memoryType: "fact", label: "Has", value: tidy(what) };
}

/** "I drive a Tesla", "I'm learning Japanese": a habit keyed by its verb, so "I now drive a Polestar" replaces it. */
function habit(verb: string, value: string): General {
  const what = verb.toLowerCase().replace(/\s+/g, "_");
  return { key: `user.${what}`, memoryType: "fact", label: capitalise(verb.toLowerCase()), value: tidy(value) };
}

function taskState(task: string, status: string): General | undefined {
  const name = tidy(task).replace(/^(?:the|our|my)\s+/i, "");
  if (/^(?:it|that|this|i|we|you|everything|all)$/i.test(name) || name.split(/\s+/).length > 6) return undefined;
  return { key: `task.${slug(name)}`, memoryType: "task_state", label: `Task "${name}"`, value: status.replace(/_/g, " ") };
}

/** A key segment from free text: lower case, words joined by `_`, at most four words. */
export function slug(text: string): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  return words.slice(0, 4).join("_") || "general";
}

const STOP_WORDS = new Set([
  "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "my", "our", "your", "me", "i", "you", "we",
  "is", "are", "be", "it", "that", "this", "with", "please", "always", "never", "ever", "dont", "don", "t",
  "do", "not", "use", "using", "s", "m", "ve", "ll", "d", "re",
  // Fillers that say nothing of the subject: "I prefer plain text anyway" is the plain-text preference.
  "anyway", "anyways", "tbh", "lol", "haha", "btw",
]);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
