/**
 * Step 3 of the rule-based extractor: the general forms a sentence about no
 * known subject can take (standing rules, preferences, "my X is Y", team
 * facts, habits, task state), and otherwise a plain statement of fact.
 */
import { MONTHS, WEEKDAYS, announcesChange, isPrivate, mentionsSelf, namesWork, speaksForTeam, teamScopeNamed } from "../../memory/index.js";
import type { RuleScope } from "./extract.js";
import { TASK_VERBS } from "./sentences.js";
import { clauseOf, tidy, type Reading } from "./readers.js";

/** The shared scope a team subject goes to when the identity has one; the gate checks the words. */
export function teamScope(scopes: readonly RuleScope[]): RuleScope {
  return scopes.includes("project") ? "project" : scopes.includes("org") ? "org" : "user";
}

type General = Reading & { scope?: RuleScope };

/** Step 3: the general forms, for sentences about no known subject; then a plain statement of fact. */
export function general(sentence: string, scopes: readonly RuleScope[]): General[] {
  // Under a header ("Standing rule on Copper Sky: any fall over 6 metres goes onto the airbag, anything under that
  // we use crash mats"), a form counts only where the statement starts ("For the Riverside job: we're on NEC4"); one
  // found in its middle ("we use crash mats") leaves the statement a note.
  const header = HEADER.exec(sentence)?.[0].length ?? 0;
  for (const [pattern, build] of GENERAL) {
    // A form anchored at the start may start the statement instead ("personal thing: I get carsick …").
    const whole = pattern.exec(sentence);
    const found = whole !== null && (header === 0 || whole.index <= header) ? whole : header > 0 ? pattern.exec(sentence.slice(header)) : null;
    if (found === null || (found !== whole && found.index > 0)) continue;
    const reading = build(found.slice(1).map((group) => group ?? ""), scopes);
    // "For future reference all our FRA1 storage nodes are bonded LACP": a rule said in the team's words is the team's.
    if (reading !== undefined && reading.scope === undefined && reading.memoryType === "rule" && speaksForTeam(sentence) && !mentionsSelf(sentence)) {
      return [{ ...reading, scope: teamScope(scopes) }];
    }
    if (reading !== undefined) return [reading];
  }
  const fact = statedFact(sentence, scopes);
  return fact === undefined ? [] : [fact];
}

/** A header before the statement: "Standing rule on Copper Sky:", "Fleet basics for Kingsway:". */
const HEADER = /^[^:]{3,60}:\s+(?=\S)/;

/** Something concrete: a name or product (capitalised inside the sentence), a number, a time, an address. */
const ANCHOR = /\b(?:dr|mr|mrs|ms|prof)\.?\s+\p{L}{3,}|(?<=\s['"‘“(]?)(?:\p{Lu}[\p{L}\p{N}_.+-]*[\p{L}\p{N}]|[£$€¥]?\d[\w:.,%/-]*)|(?<=\p{L}-)\d+s?\b|\b\w+\.(?:dev|com|io|org|net|app)\b/u;
/** A day, a month or a time of day typed in lower case ("every second friday", "by tuesday noon"); not "may" nor "march", which are verbs too. */
const CALENDAR_ANCHOR = new RegExp(
  String.raw`\b(?:${WEEKDAYS}s?|${MONTHS.replace(/\|?\b(?:may|march)\b/g, "")}|noon|midnight|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|biweekly)\b`,
  "i",
);

/**
 * The team stating how things are now, in any case: "we're currently running out of the fenwick road depot",
 * "for the spring concert we're closing with the rutter magnificat"; not a plan, a wish or a story.
 */
const TEAM_PRESENT =
  /^(?:(?:for|on|at|in)\s+[^,:]{3,40}?[\s,]+)?(?:we(?:'re| are)?|our\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are))\s+(?:(?:currently|now|always|usually|normally|still|only|all)\s+)?(?!(?:are|is|am|be|was|were|had|did|went|got|just|should|could|might|may|will|would|need|needs|want|wants|hope|think|guess|feel|gonna|going|trying|so|very|really|not|driving|having|getting|doing)\b)(?!\w+ed\b)\w+/i;

/** What the user does at work, in any case: "I do all the croissant lamination", "I'm the only one here who does the layering". */
const OWN_DUTY =
  /^I(?:'m| am)?\s+(?:(?:usually|always|mostly|only|also|still)\s+)?(?:do|handle|cover|run|manage|look after|take care of|coordinate|book|order|maintain|sort(?: out)?)\s+(?:all|the|most|every|our)\b|^I(?:'m| am) the (?:only )?one (?:here |there )?who\s+\w+/;

/** Where the user has been put: "this year they've got me on east ridge", "they moved me to nights". */
const ASSIGNED = /^(?:they'?ve|they have|they) (?:got|put|moved|assigned) me (?:on|to|onto)\s+\S/i;

/** A statement whose verb tells what happened once: "my neighbour Pat came over", "the florist ghosted us". */
const EVENT =
  /^(?:(?:my|our|the|a|an|this|that)\s+)?(?:[\w'-]+\s+){0,3}?(?<!(?:\b(?:is|are|was|were|be|been|being|get|gets|got|have|has)|'ve|'s)\s)(?:came|went|got|asked|told|said|called|rang|dropped|turned|showed|brought|took|ran|tried|ghosted|complained|forgot|broke|fell|spilled|spilt|crashed|arrived|happened|turned up|died|packed up|flooded|burst|leaked|collapsed)\b(?!\s+(?:to be|out to be)\b)/i;

/** How something was, in a word: "night shift was brutal", "the gig was dead because of the rain"; not "the invoice was INV-0387". */
const PAST_STATE =
  /^(?:(?:the|my|our|this|that|last|a|an)\s+)?(?:[\w'-]+\s+){0,3}?(?:was|were)\s+(?:so\s+|really\s+|pretty\s+|absolutely\s+|a bit\s+|very\s+)?[a-z]+(?=\s*(?:[,.!;]|$)|\s+(?:because|and|but|so|cos|as)\b)/;

/** Something the speaker will do now: "we'll do the low-level loop", "I'll grab a burrito". */
const PLAN = /\b(?:we|I)(?:'ll| will)\s+(?:just\s+)?(?:do|go|take|try|head|grab|get|have|see|call|make|check|pick|pop|swing|stick)\b/i;

/**
 * Where a fixture of a place is: "the key safe for the drill tower is on the left of the roller door", "key's under
 * the second plant pot"; not where something is for now ("… right now", "today").
 */
const PLACED =
  /^(?:the|our)?\s*(?:[\w'-]+\s+){0,5}?[\w-]+(?:'s|\s+(?:is|are|lives?|sits?|hangs?|stays?|is kept|are kept))\s+(?:on the (?:left|right)(?: of| side of)?|to the (?:left|right) of|under(?:neath)?|behind|beside|next to|round the back of|inside|above|below|opposite)\s+(?:the|a|our)\b(?![^.]*\b(?:now|today|tonight|again|still|at the moment|for now|this (?:morning|afternoon|evening|week))\b)/i;

/**
 * A rule of a place said of no one in particular: "The power hammer is off limits to anyone who hasn't done the
 * induction", "skate hire is no longer included", "Nitrox isn't free for course students anymore".
 */
const HOUSE_RULE =
  /\b(?:off limits|(?:not |isn'?t |aren'?t )?allowed|mandatory|required|no longer (?:included|free|allowed|available|offered)|(?:isn'?t|aren'?t) (?:free|included|allowed|available)(?: \w+){0,4} (?:any ?more|now)|must|(?:is|are) for [\w -]{2,30} only)\b/i;

/** "no dogs on any of our tours": a thing kept out of a place (said in the team's words). */
const NO_THING = /\bno \w+ (?:on|in|at|inside|near|past|after|before)\b/i;

/** What must or must not be done: "porters can't move a patient on oxygen without a cylinder check". */
const OBLIGATION = /\b(?:can'?t|cannot|must(?:n'?t)?|have to|has to|(?:is|are) required to|(?:is|are) not allowed to|always|never|only)\b/i;

/** A header that says what the message is, or asks for something: "Posting the team rules:", "tell them:". */
const MESSAGE_HEADER = /^(?:posting|sharing|pasting|attaching|sending|here (?:are|is)|tell|ask|let|remind|inform|thank|warn|can|could|would|will|please)\b/i;

/** A header that says a record follows: "team procedure for school routes going forward:", "note for the hut team:". */
const RECORD_HEADER = /^[^:]{0,60}\b(?:rules?|procedures?|polic(?:y|ies)|standards?|process|protocol|conventions?|notes?|reminders?|basics|info|specs?|specification)\b[^:]{0,80}:\s+\S/i;

/**
 * How people talk about the moment, themselves or the assistant, not about
 * facts worth keeping; what a message is ("Posting the team rules…"), and what
 * to tell someone else in a draft ("Tell them the delivery was short"), and a one-off task.
 */
/** "I want swap my shift on friday": something to do now, not a taste nor a fact. */
const WANTS_TO_DO = new RegExp(String.raw`^(?:to\s+)?(?:${TASK_VERBS}|swap|change|get|go|do|see|try|ask|know|learn|buy|sell|cancel|move|switch|take|have|sort|finish|start|book|order|apply|print|update|tell|talk|speak|visit|leave|quit)\b`, "i");
const NOT_A_FACT = new RegExp(
  String.raw`^(?:it|this|that|there(?!(?:'s|\s+is|\s+are)\s+(?:always|never|only)\b|\s+(?:must|has to|have to)\b)|these|those|thanks|thank you|you|please|let'?s|let me|maybe|ok|okay|so|well|anyway)\b|^(?:ugh+|argh+|phew|sigh|meh|oof)\b(?![^.]*\b(?:now|from now on|any ?more|moved|shifted|switched|changed|no longer)\b)|\bused to\b|^(?:posting|sharing|pasting|attaching|sending|here (?:are|is))\b|\b[\w.]+\s*=\s*[\w'"[{(]|\w\.\w+\(|^[\d\s%.,+\-*/x×÷()]+(?:of\s+[\d.,]+)?$|\bdon'?t get (?:me|us) started\b|^(?:my|our)\s+(?:[\w'-]+\s+){0,2}(?:is|are)\s+(?:just\s+)?(?:reading|watching|sitting|standing|looking|shouting|sleeping|eating|waiting|calling|texting|asking|helping|listening)\b|^(?:tell|ask|let|remind|inform|thank|warn)\s+(?:them|him|her|everyone|the\s+\w+)\b|^(?:many|most|some|a lot of) people (?:think|say|believe|find|reckon)\b|^(?:can|could|would|will) you\s+(?:please\s+)?(?:${TASK_VERBS})\b|^(?:please\s+)?(?:${TASK_VERBS})\s+(?:the|a|an|my|our|me|us|them|it|this|that|these|those|some|all|any)\b|\b(?:i|we) (?:told|said to|mentioned to|gave) you\b|\b(?:is|was|are|were) (?:(?:still|now)\s+)?(?:wrong|incorrect|off|out of date|outdated|correct|right|fine|unchanged)$|\b(?:feel|feeling|tired|confused|stuck|happy|sad|annoyed|frustrated|excited|worried|mad|nuts|knackered|exhausted|hope|wish|wonder|need help|trying to|want to know|looking for|figure out|can'?t figure|help me|any idea)\b`,
  "i",
);

/** Someone the user works for or with, and what they want: "the client wants contact by post only". */
const STAKEHOLDER =
  /^(?:the|our|this)\s+(?:client|customer|buyer|tenant|patient|supplier|vendor|landlord|publisher|venue|couple|court|insurer|agency|employer|funder)s?\s+(?:wants?|prefers?|needs?|requires?|insists?|expects?|only|never|always|can'?t|cannot|won'?t|hates?|likes?|uses?|pays?|bills?)\b/i;

/**
 * What belongs to the speaker's life, not their work, even said without "my": family, birthdays, the gym, trips,
 * their own doctor's ("The clinic is closed on Mondays", "Paris trip notes: the hotel is near Bastille"), or that
 * they are new here.
 */
const OWN_LIFE =
  /\b(?:mum|mom|mam|mother|dad|father|parents?|wife|husband|partner|boyfriend|girlfriend|son|daughter|kids?|children|baby|nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|aunt|auntie|uncle|cousin|niece|nephew|birthday|anniversary|gym|holidays?|vacation|trip|clinic|doctor|dentist|gp|appointment|new here)\b/i;

/** A thing said to be a number, an amount or how often: "rebuilds are £110/m", "thornbury's fortnightly now". */
const SAID_TO_BE = new RegExp(String.raw`^[\p{L}'’-]+(?:['’]s|\s+(?:is|are))\s+(?:[£$€¥]?\d|${CALENDAR_ANCHOR.source.slice(2, -2)})`, "iu");

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
function statedFact(said: string, scopes: readonly RuleScope[]): General | undefined {
  const sentence = leadingClauses(said, MAX_FACT_WORDS);
  const words = sentence.split(/\s+/);
  // Without a name or a number, a statement about "my …" that is not a story still says something durable.
  // …but not an anecdote: something that just happened, in the past tense, with an emoji.
  const anecdote = /\b(?:was|were|had|did|just|yesterday|earlier|\w+ed|drew|went|got|made|took|saw|came|ate|broke|fell|bought|spent|forgot)\b|\p{Extended_Pictographic}/iu;
  // After a header ("team note for the implant line: our scan bodies are the elos ones"), the statement is what counts.
  // …and a time it holds from ("this year they've got me on east ridge") is no part of its subject.
  const stated = sentence.replace(/^[^:]{3,120}:\s+(?=\S)/, "").replace(/^(?:this|next) (?:year|season|term|month|week|winter|summer|spring|autumn),?\s+(?=\S)/i, "");
  // A reason told after the fact ("our standard is medentika ti-bases, the clinicians complained last time") is no story.
  const opening = stated.split(/,\s+(?=(?:the|and|but|so|because|since|as|we|they|he|she|it)\b)|[;—–]/)[0]!;
  const possessive = /^(?:my|our)\b/i.test(stated) && words.length >= 6 && !anecdote.test(opening);
  // A team's standing practice, typed in lower case ("we run plain systemd units on the edge fleet"), is durable too.
  const practice = PRACTICE.test(stated) && words.length >= 5 && !anecdote.test(stated);
  // "the bride's uncle tried to grab the mic AGAIN 🙄": a story told with an emoji, however concrete.
  // …but not a change told with one ("They changed the spec AGAIN 🙄 back to 300 dpi").
  if (/\p{Extended_Pictographic}/u.test(sentence) && anecdote.test(sentence.replace(/\p{Extended_Pictographic}/gu, "")) && !announcesChange(sentence.replace(/\bagain\b/gi, ""))) return undefined;
  // "the whole bootcamp house was screaming at 1am", "night shift was brutal": something going on then, told as a story.
  if (/\b(?:was|were)\s+\w+ing\b|\blast night\b/i.test(sentence) || PAST_STATE.test(stated)) return undefined;
  // Three words are enough for a team's state with a name in it ("We're closed Mondays").
  // …and for a thing said to be a value ("rebuilds are £110/m", "thornbury's fortnightly now").
  const shortest = (/^we(?:'re| are)\s/i.test(sentence) && ANCHOR.test(sentence)) || SAID_TO_BE.test(stated) ? 3 : 4;
  const concrete =
    ANCHOR.test(sentence) || CALENDAR_ANCHOR.test(sentence) || namesWork(sentence) || STAKEHOLDER.test(sentence) || SWITCH.test(sentence) ||
    RECORD_HEADER.test(sentence) || ASSIGNED.test(stated) || PLACED.test(stated) || ((TEAM_PRESENT.test(stated) || OWN_DUTY.test(stated)) && words.length >= 6 && !anecdote.test(opening)) ||
    (OBLIGATION.test(stated) && teamScopeNamed(sentence) !== undefined) ||
    ((HOUSE_RULE.test(stated) || (NO_THING.test(stated) && speaksForTeam(sentence))) && !mentionsSelf(sentence) && words.length >= 5);
  // A header ("Site rule for the whole crew, please keep it for everyone:") does not count towards the length.
  const length = stated.split(/\s+/).length;
  const wanted = /\bI (?:just |really )?want\s+(.+)$/.exec(sentence)?.[1];
  if (wanted !== undefined && WANTS_TO_DO.test(wanted)) return undefined;
  // "my neighbour Pat came over and asked a hundred questions": something that happened, not something that holds.
  // "we'll do the low-level loop round Loch Morlich": a plan for now, unless it replaces something ("… instead").
  if ((EVENT.test(stated) || PLAN.test(stated)) && !announcesChange(stated)) return undefined;
  // After a header ("so you know who does what here: dr okafor does all the exotics") the statement is judged, but a
  // header that says what the message is ("Posting the team rules:", "tell them:") still makes it no fact.
  // A quotation after a header ("First: 'Bordet är tillverkat av massiv ek.'") is material to work on.
  const notAFact = NOT_A_FACT.test(stated) || (stated !== sentence && (MESSAGE_HEADER.test(sentence) || /^['"‘“]/.test(stated)));
  if (words.length < shortest || length > MAX_FACT_WORDS || notAFact || !(concrete || possessive || practice)) return undefined;
  // Shared in a team's words ("we rotate API keys"), or said of no one in particular ("Drill night for the watch is
  // Tuesdays at 19:00", "Hartley's Bakery is VAT registered"); the user's when they speak of themself or of their own
  // life ("gym day is Thursday now", "Mum's birthday is 3 May"). The gate keeps a shared one the user's when they have
  // no team.
  const own = mentionsSelf(sentence) || isPrivate(sentence) || OWN_LIFE.test(sentence);
  const scope: RuleScope = speaksForTeam(sentence) || !own ? teamScope(scopes) : "user";
  return { key: `note.${slug(stated)}`, memoryType: "fact", label: "Note", value: clauseOf(sentence), clause: true, scope };
}

/** A statement that opens with the user or their team in the present: "I keep …", "we run …", "On the cheese side, we've gone …". */
const PRESENT_SELF = /^(?:(?:on|for|at|in|as for)\s+[^,]{2,40},\s+)?(?:I|we|my|our)(?:'ve|'re|'d|'ll|'m)?\s+(?!(?:was|were|had|did|went|got|just)\b|\w+ed\b)(?:\w+\s+)?(?!(?:was|were|had|did|went|got)\b|\w+ed\b)\w+/i;

/** Words of a statement kept as a note: a longer one is a story, or a document. */
const MAX_FACT_WORDS = 30;

/**
 * A long run-on sentence cut after its last comma or bracket that keeps it
 * within `max` words ("I keep about 40 hives outside Castelo Branco, mostly
 * Iberian black bees (…), they're feisty but …"); a shorter one whole.
 */
function leadingClauses(sentence: string, max: number): string {
  // Only a statement about the present by the user or their team; a long story stays whole, and is not kept.
  if (sentence.split(/\s+/).length <= max || !PRESENT_SELF.test(sentence)) return sentence;
  const ends = [...sentence.matchAll(/[,)](?=\s)/g)].map((found) => found.index! + 1).filter((end) => sentence.slice(0, end).split(/\s+/).length <= max);
  const end = ends.at(-1);
  return end === undefined || sentence.slice(0, end).split(/\s+/).length < 6 ? sentence : sentence.slice(0, end).replace(/,$/, "");
}

const GENERAL: readonly [RegExp, (groups: string[], scopes: readonly RuleScope[]) => General | undefined][] = [
  [/^(?:from now on|going forward|from here on|in (?:the )?future|henceforth|for future reference)[,:]?\s+(.+)$/i, ([body]) => rule(body!, false)],
  // …not an idiom: "don't get me started on Inverness Caley Thistle".
  [/^(?:please\s+)?(?:never|don'?t ever|do not ever|don'?t|do not|stop|quit|no more|enough with|avoid)\s+(?!get (?:me|us) started\b)(.+)$/i, ([body]) => rule(body!, true)],
  [/^(?:please,?\s+)?(?:always|every time,?)\s+(.+)$/i, ([body]) => rule(body!, false)],
  // Said of oneself without a verb: "For me: coffee black, no sugar", "Oat flat white for me, always".
  [/^for me(?: personally)?[:,]\s+(.{3,80})$/i, ([body]) => preference(body!, false)],
  [/^(.{3,60}?),?\s+for me,?\s+(?:always|please|every time|thanks)$/i, ([body]) => preference(body!, false)],
  // …and said the other way round: "when you give me drug doses ALWAYS give mg and the ml", "please when you write me
  // times use 24 hour clock".
  [
    /^(?:please,?\s+)?(?:when|whenever|if)\s+(you\s+.{3,80}?)[,\s]+(?:please\s+)?(?:always\s+)?((?:give|show|write|put|quote|express|list|round|convert|use|include|add|keep|spell|format|send)\b.+)$/i,
    // …without the reason given after it ("…, the am/pm is confusing me").
    ([when, body]) => rule(`${body!.replace(/,\s+(?:the|because|as|since|coz|cos|it'?s|that'?s)\b.*$/i, "")} when ${when}`, false),
  ],
  // …or after a colon: "When you make pickup lists for me: timestamp first, then the line in quotes".
  [/^(?:please,?\s+)?(?:when|whenever|if)\s+(you\s+[^:]{3,80}?)\s*:\s+(.{3,})$/i, ([when, body]) => rule(`${body} when ${when}`, false)],
  // An instruction with its condition is a standing one: "give me doses in micrograms when they're under a milligram".
  [/^(?:please\s+)?((?:give|show|write|put|quote|express|list|round|convert)\s+(?:me\s+)?\S.*?\s(?:when|whenever|if|unless)\s+\S.*)$/i, ([body]) => rule(body!, false)],
  // The user's own standing rule: "I never take on two weddings in one weekend", "i always avoid toll roads".
  // …not a habit of mind ("I always forget my keys").
  [/^i\s+(never|always|only)\s+(?!(?:know|knew|forget|forgot|feel|felt|think|thought|get|got|seem|understand|remember|manage|wonder|struggle|end up|lose|fail|mess|panic|worry|stress|cry|laugh|freak|overthink|overdo|regret)\b)(.+)$/i, ([when, body]) => rule(when!.toLowerCase() === "only" ? `only ${body}` : body!, when!.toLowerCase() === "never")],
  [/\bi(?:'d| would)?\s+(?:really\s+)?(prefer|rather have|rather|like|love|enjoy|want)\s+(.+)$/i, ([verb, body]) => (/^want$/i.test(verb!) && WANTS_TO_DO.test(body!) ? undefined : preference(body!, false))],
  [/\bi\s+(?:really\s+)?(?:don'?t like|do not like|hate|dislike|can'?t stand|cannot stand|detest)\s+(.+)$/i, ([body]) => preference(body!, true)],
  // What the user no longer takes on: "I don't take on medical device texts anymore".
  [/^I\s+(?:don'?t|do not|won'?t)\s+((?:take on|accept|translate|handle|cover|teach|travel to|do)\b.+)$/i, ([body]) => rule(body!, true)],
  [/\b(?:our|my|the)\s+(?:team|company|org|organi[sz]ation|department)\s+(?:uses|is using|runs on|relies on|is on|works in)\s+(.+)$/i, ([body]) => teamFact(body!, "org")],
  [/\b(?:we|this project|the project|this repo|our project)\s+(?:use|uses|are using|is using|run on|runs on|rely on|relies on|are on|is on|work in|write)\s+(.+)$/i, ([body], scopes) => teamFact(body!, scopes.includes("project") ? "project" : "org")],
  [/\b(?:we'?re|we are)\s+(?:on|using|running)\s+(.+)$/i, ([body], scopes) => teamFact(body!, scopes.includes("project") ? "project" : "org")],
  [/\bwe\s+(?:publish|ship|release|build|test|lint|format|document|deploy|write)\s+(?:\w+\s+){0,3}?(?:with|in|using|on|to)\s+(.+)$/i, ([body], scopes) => teamFact(body!, scopes.includes("project") ? "project" : "org")],
  [/^(?:for|in|on) this (?:project|repo|repository|codebase|service|matter|case|client|engagement|account|workspace)(?: only)?,?\s+(.+)$/i, ([body]) => {
    const found = rule(body!, false);
    return found && { ...found, scope: "project" };
  }],
  [/^(?:our|the) (?:team|company|org|organi[sz]ation|department)'?s\s+(.+?)\s+(?:is|are)\s+(.+)$/i, ([what, value], scopes) => ({ key: `team.${slug(what!)}`, memoryType: "fact", label: capitalise(tidy(what!)), value: tidy(value!), scope: teamScope(scopes) })],
  [/\bI(?:'m| am)\s+(?:on|in|part of)\s+the\s+(.+?)\s+(team|shift|squad|crew|rotation|rota|group)\b/, ([name, group]) => ({ key: `user.${group!.toLowerCase()}`, memoryType: "fact", label: capitalise(group!.toLowerCase()), value: tidy(name!) })],
  [/^I(?:'m| am)? (?:the one who )?(?:own|owns|maintain|maintains|run|runs|lead|leads|look after|looks after|(?:am |'m )?responsible for)\s+(.+)$/, ([what]) => ({ key: `user.owns.${slug(what!)}`, memoryType: "fact", label: "Owns", value: clauseOf(what!) })],
  [/^(?:this|the|our) project'?s\s+(.+?)\s+(?:is|are)\s+(.+)$/i, ([what, value]) => ({ key: `project.${slug(what!)}`, memoryType: "fact", label: capitalise(tidy(what!)), value: tidy(value!), scope: "project" })],
  [/\bI(?:'m| am)\s+(?:firmly\s+|definitely\s+|really\s+|more of\s+|a big\s+)?(?:an?\s+)?(.+?)\s+(?:person|fan)\b/, ([what]) => preference(what!, false)],
  [/^I(?:'ve| have)?\s+(?:have|own|got)\s+((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+.+)$/, ([what]) => possession(what!)],
  // A lasting trait of the user's body or life, said in passing ("Since I'm left-handed, …").
  [/^I(?:'m| am| get)\s+(?:also\s+)?(?:\w+ly\s+)?(?:an?\s+)?(left-handed|right-handed|colou?r-?blind|deaf|hard of hearing|dyslexic|dyspraxic|autistic|neurodivergent|(?:type [12] )?diabetic|epileptic|asthmatic|pregnant|coeliac|celiac|(?:lactose|gluten)[- ]intolerant|blind|partially sighted|immunocompromised|a wheelchair user|insomniac|(?:car|sea|air|travel)[- ]?sick|migraines)\b(.*)$/i, ([trait, rest]) => ({ key: `user.trait.${slug(trait!)}`, memoryType: "fact", label: "About the user", value: clauseOf(`I'm ${trait}${rest}`), clause: true })],
  // …and what the user lives with: "I wear hearing aids in both ears", "I use a wheelchair".
  [/^I\s+(wear|use|have|rely on)\s+((?:an?\s+)?(?:hearing aids?|cochlear implants?|glasses|contact lenses|wheelchair|walking stick|cane|pacemaker|insulin pump|guide dog|prosthetic \w+|CPAP machine))\b(.*)$/i, ([verb, aid, rest]) => ({ key: `user.trait.${slug(aid!)}`, memoryType: "fact", label: "About the user", value: clauseOf(`I ${verb} ${aid}${rest}`), clause: true })],
  // "I'm colorblind, so don't rely on colour alone": a fact about the user that comes with a standing instruction.
  // …but not something the user is doing right now ("I'm driving, so keep it short").
  [/^(I(?:'m| am)\s+(?!\w+ing(?:\s*,|\s+(?:so|this|that|now|right now|at the moment|while)\b))(.{2,40}?),?\s+so\s+.{4,})$/, ([all, what]) => ({ key: `user.${slug(what!)}`, memoryType: "fact", label: "About the user", value: clauseOf(all!), clause: true })],
  [/^my\s+([a-z][a-z' ]{1,30}?)(?:'s| is| are| was changed to| is now| are now)\s+(.+)$/i, ([what, value]) => userFact(what!, value!)],
  // When the user works: "mostly I am working the night shifts (22-07)", "I work weekends".
  [/^I(?:'m| am)?\s+(?:usually\s+|mostly\s+|mainly\s+|normally\s+|now\s+|currently\s+)?(?:work|working|on)\s+((?:the\s+|a\s+)?(?:nights?|days|weekends|evenings|mornings|earlies|lates|(?:night|day|early|late|evening|morning|weekend|split|rotating|\d+-hour)\s+(?:shifts?|rotas?|blocks?))\b.*)$/i, ([when]) => ({ key: "user.shifts", memoryType: "fact", label: "Works", value: tidy(when!) })],
  [/^I\s+(?:\w+ly\s+|now\s+|still\s+)?(drive|support|play|speak|listen to|drink|eat|ride|follow|cook|practi[cs]e|collect|haul|deliver|transport|teach|tutor|sell|bake|brew|grow|farm|breed|translate|groom|sing|cycle|walk|commute|swim|speciali[sz]e in)\s+(.+)$/i, ([verb, value]) => habit(verb!, value!)],
  [/^I(?:'m| am)\s+(?:currently\s+|now\s+)?(learning|studying|reading|training for|saving for|building|writing|renovating)\s+(.+)$/, ([verb, value]) => habit(verb!, value!)],
  [/\b(?:we|i)(?:'ve| have)?\s+(?:just\s+)?(?:shipped|launched|released|finished|completed|deployed|merged|closed)\s+(.+)$/i, ([task]) => taskState(task!, "done")],
  // …not a routine: "the balance check is done every Tuesday", "backups are done by hand".
  [/^(.+?)\s+(?:is|are|has been|have been)\s+(?:now\s+)?(done|finished|complete|completed|shipped|merged|live|deployed)\b(?!\s+(?:every|each|on|at|by|in|to|weekly|daily|monthly|nightly|twice|once|before|after|when|whenever|with|using|via|through|manually|first|last|from)\b)/i, ([task]) => taskState(task!, "done")],
  [/^(.+?)\s+(?:is|are)\s+(?:now\s+)?(blocked|on hold|in progress|in review)\b/i, ([task, status]) => taskState(task!, status!.toLowerCase().replace(/\s+/g, "_"))],
  [/\b(?:i'?m|i am|we'?re|we are)\s+(?:now\s+)?(?:working on|starting on|starting)\s+(.+)$/i, ([task]) => taskState(task!, "in_progress")],
];

/** A verb whose object is a pronoun for something said elsewhere ("accept them"); "keep it short" says how, not what. */
const ABOUT_SOMETHING_ELSE =
  /^\S+\s+(?:it|them|that|this|those|these)\b(?!\s+(?:short|simple|brief|concise|formal|casual|light|clean|tight|plain|friendly|professional|polite|quick|basic)\b)/i;

function rule(body: string, avoid: boolean): General | undefined {
  // "I don't accept them", "never do it on principle": a rule about a thing named elsewhere says nothing alone.
  if (ABOUT_SOMETHING_ELSE.test(body)) return undefined;
  const value = clauseOf(body);
  return { key: `rule.${avoid ? "avoid." : ""}${slug(body)}`, memoryType: "rule", label: avoid ? "Never" : "Always", value, clause: true };
}

function preference(body: string, negative: boolean): General | undefined {
  const value = tidy(body);
  if (value.split(/\s+/).length > 12 || /^(?:to know|to ask|you to|some|a|an|that|it|this)\b/i.test(value) || ABOUT_SOMETHING_ELSE.test(value)) return undefined;
  return { key: `preference.${slug(body)}`, memoryType: "preference", label: negative ? "Dislikes" : "Prefers", value: clauseOf(body), clause: true };
}

function teamFact(body: string, scope: RuleScope): General {
  return { key: `${scope}.uses.${slug(body)}`, memoryType: "fact", label: scope === "org" ? "Team uses" : "Project uses", value: tidy(body), scope };
}

function userFact(said: string, value: string): General | undefined {
  // "my main game right now is …" is the main game.
  const what = said.replace(/\s+(?:right now|currently|at the moment|these days|now)$/i, "");
  const attribute = slug(what);
  if (/^(?:question|point|guess|bad|problem|issue|concern|thought|idea)$/.test(attribute)) return undefined;
  // "my son is 9 and he asked me yesterday what a holding pattern is": the value ends where a story about it begins
  // ("my grandson is coming to stay and he's allergic to sesame" keeps both).
  const stated = value.replace(/\s+(?:and|but|so)\s+(?:he|she|they|it|we|i)\b(?=.*\b(?:yesterday|last (?:night|week)|this morning|ask(?:ed)? me|told me|said)\b).*$/i, "");
  // "my mum is reading over my shoulder": what someone is doing now.
  if (/^[a-z]+ing\b/.test(stated)) return undefined;
  return { key: `user.${attribute}`, memoryType: "fact", label: capitalise(tidy(what)), value: tidy(stated) };
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

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
