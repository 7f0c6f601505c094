/**
 * What the user's own words say about a statement besides its value: whose
 * it is (theirs, their team's, their project's), how sure they are, whether
 * it is a story about the past, and whether it announces a change. The
 * extractor and the promotion rules read statements through these same
 * tests, so a model's candidate and the offline extractor's are judged alike.
 */

/** "our team", "we", "this repo": the statement is about more than the speaker. */
const TEAM = /\b(?:we|we're|we've|we'd|we'll|our|ours|us|team|teams|company|org|organi[sz]ation|everyone|everybody|whoever needs (?:it|this)|anyone who needs (?:it|this)|all of us|folks here|committee|crew|cast|staff|on-?call|rotation|sprints?|retros?|code freeze|release train|this (?:project|repo|repository|codebase|service|app|monorepo|matter|case|client|engagement|account|customer|deal)|the (?:project|repo|repository|codebase)|in here)\b/i;
const PROJECT = /\b(?:project|repo|repository|codebase|service|app|monorepo|this (?:code|package|library|matter|case|client|engagement|account|customer|deal))\b/i;
const ORG = /\b(?:company|org|organi[sz]ation|whole (?:[\w-]+ )?team|everyone at|across (?:the )?(?:company|org)|all (?:our )?teams|department)\b/i;
/** Words that span every project of an organisation, so they outrank a project word in the same sentence ("on every project"). */
const ORG_WIDE =
  /\b(?:(?:firm|company|org|organi[sz]ation|practice|business|club|school|trust|charity)-?wide|(?!(?:system|site|page|screen|world|window|file|repo|app|project)-)\p{L}{3,}-wide|company (?:policy|rule)|across (?:the )?(?:firm|company|business|organi[sz]ation|practice)|(?:every|all|each) (?:matters?|projects?|teams?|offices?|departments?|sites?|crews?|desks?|branch(?:es)?|shops?|stores?|wards?|clinics?)|(?:the|our) (?:whole |entire )?firm|(?:the|our) (?:whole|entire) (?:company|trust|org|organi[sz]ation|business|practice|club|school|charity))\b/iu;
/**
 * A statement framed by a named piece of work ("For Vertaal jobs:",
 * "Hargreaves matter:", "On the Acme account,", "For the textiles project:"): it
 * holds for the project that work is, not for everything its speaker does.
 */
const NAMED_WORK =
  /^(?:[Cc]ontext|[Bb]ackground|[Ii]nfo|[Dd]etails|[Ff]acts|(?:[Ss]tanding\s+)?[Rr]ules?|[Pp]olicy|[Rr]eminder|(?:[Hh]ouse\s+)?[Ss]tyle|[Cc]onventions|[Ff]ormat|[Gg]uidelines|[Pp]rocedure|[Pp]lanning(?: doc(?:ument)?)?|[Pp]lan|[Ss]chedule|[Tt]imeline|[Bb]rief)\s+(?:for|on|about)\s+(?:the\s+)?(?!(?:My|Our|Her|His|Their|Your)\b)\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&'.-]*){0,3}(?:\s+(?:season|series|phase|stage|part|round|volume|sprint)\s+\d+)?(?:\s+\p{Ll}[\p{L}-]+)?\s*[:,–—]|^(?:[Ff]or|[Oo]n|[Ii]n)\s+(?:this|the|our)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:matter|case|account|client|customer|job|project|engagement|deal|brief|contract|repo|repository|codebase|batch|tour|production|shoot|series|edition|survey|study|trial|campaign|audit|exhibition|festival)\b|^(?:(?:[Ff]or|[Oo]n|[Rr]e:?|[Aa]bout|[Ii]n)\s+)?(?:[Tt]he\s+)?(?!(?:My|Our|Her|His|Their|Your|Personal|Joint|Divorce|Custody|Mortgage|Bank|Savings|Pension|Family|Medical|Health|Private|Own)\b)\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'.-]*){0,3}\s+(?:(?:matter|case|account|client|customer|job|work|project|engagement|deal|brief|contract|file|tender|bid|study|trial|campaign|production|shoot|crew|listing)s?(?:\s+(?:setup|notes?|rules?|decisions?|details|info|update|team))?|(?:info|notes|update|details|schedule|timings|rota|matinees|shows|performances|rehearsals|tour|season|launch)(?:\s+for\s+(?:whoever|anyone|everyone|everybody|the\s+(?:team|crew|cast|company))[^:]{0,30})?)\s*(?:[:,–—]|-\s)/u;
const HEDGE =
  /\b(?:probably|maybe|perhaps|possibly|might|may be|i think|i guess|i believe|i suppose|not sure|unsure|kind of|sort of|thinking (?:about|of)|considering|could be|i'?d guess|i assume|presumably|if i remember|iirc|not certain|undecided|leaning towards?|seems? to|appears? to|likely|apparently|one day|some ?day|someday|toying with|nothing (?:is )?decided|(?:not|nothing) (?:yet )?(?:final|settled|decided)|thinking out loud|floating the idea)\b/i;
const NARRATIVE =
  /\b(?:back (?:when|then|in)|when (?:i|we) (?:lived|worked|was|were|used|had|studied|started)|(?:i|we) (?:lived|worked) (?:in|at|for)|used to|years ago|in (?:college|school|university|my (?:last|old|previous) (?:job|team|company))|at my (?:old|previous|last) (?:job|company|team)|once upon|when i was (?:young|a kid|a student|at)|was so (?:flaky|slow|bad|annoying|good)|in (?:19|20)\d\d\b|last (?:decade|century)|those days|reminds me of|remember when)\b/i;
const CHANGE =
  /\b(?:now|switched|switch(?:ing)? (?:back|over)|moved|(?:moving|switching|changing) (?:to|over)|migrated|changed|back to|again|anymore|any more|no longer|from now on|instead|these days|replaced|relocated|rescheduled|relisted|postponed|pushed back|brought forward|typo|got (?:that|it) wrong|misspoke|(?:made|make|making) (?:a |the )?mistake|my mistake|my bad|i told you|mixed (?:it|them|that|these|those) up|(?:gave|told|sent) you the wrong|the wrong \w+ earlier|ditched|swapped|knocked|reduced|raised|lowered|increased|decreased|upgraded|downgraded|bumped|(?:went|gone|going) (?:up|down)|(?:goes|going|gone|went) (?:up |down )?to|as of|turn(?:s|ed) out|this (?:season|year|term)|(?:taken|brought|turned|put) (?:\S+ ){0,3}?(?:down|up) to|cut|joined|quit|left|new|actually|correction|update|updated|starting (?:today|now)|going forward|(?:is|was|are|were) (?:wrong|incorrect|out of date|outdated))\b/i;

const SESSION_ONLY =
  /\b(?:(?:i'?m|i am)\s+(?:[\w'-]+\s+){0,6}?right now|right now,?\s+(?:i'?m|i am)\b|for now|today|tonight|(?:i'?m|i am|we'?re|we are)\s+(?:on|off|working|doing|covering|away|out)\b[^.,;]{0,30}?\bthis (?:week|weekend)|this time|just this once|for the moment|for this (?:chat|conversation|session|answer|reply|question|task|one|draft|email|e-mail|letter|message|document|post|time)(?: only)?|in this (?:chat|conversation|answer)|(?:for|in) the rest of (?:this|the) (?:chat|conversation|session)|this afternoon|this morning|while i'?m on (?:my )?(?:phone|mobile)|i'?m (?:driving|on the road|on the go|in a (?:hurry|rush|meeting)|on (?:my )?(?:phone|mobile))(?!\s+(?:a lot|usually|mostly|most of the time)))\b/i;

/**
 * Whether a statement limits itself to this conversation ("for now", "just this once"). Given the value it states,
 * only the words up to the end of that value's clause count: "for this chat, call me Bob" limits the name, "I'm the
 * relief mate on the islay run, so I need a handover note for tonight" does not limit the role.
 */
export function isSessionOnly(text: string, value?: string): boolean {
  const said = value === undefined ? text : upToClauseOf(text, value);
  return SESSION_ONLY.test(said) && !UNTIL_LATER.test(said);
}

function upToClauseOf(text: string, value: string): string {
  const at = value === "" ? -1 : text.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0) return text;
  const end = text.slice(at + value.length).search(/[,;]|\s+(?:so|but|which|because|and then)\s+/);
  return end < 0 ? text : text.slice(0, at + value.length + end);
}

/** A horizon beyond the conversation: "kiln 2 is out of action until April, so … for now". */
const UNTIL_LATER =
  /\buntil\s+(?:the\s+)?(?:(?:end|middle|start) of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d|next|mid|early|late|spring|summer|autumn|fall|winter|further notice|the new year)/i;

/** Whether the statement speaks for a team, a project or an organisation ("we", "our", "this repo"). */
export function speaksForTeam(text: string): boolean {
  return TEAM.test(text) || ORG_WIDE.test(text);
}

const SELF = /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b/i;

/** Whether the text says "I", "me" or "my" at all (a speech act included: see {@link speaksForSelf}). */
export function mentionsSelf(text: string): boolean {
  return SELF.test(text);
}

/** "I mean", "I think", "I told you", "I must correct my previous message": the speaker speaking, not speaking of themself. */
const SPEECH_ACTS = /\bi'?m (?:afraid|sorry)\b|\bi (?:must |need to |have to |want to |should )?correct\b|\bmy (?:previous|last|earlier) (?:message|statement|note|answer)\b|\bmy (?:bad|mistake)\b|\bi (?:made|make) (?:a )?mistake\b|\bi was wrong\b|\bi (?:meant|mean|said|say|think|thought|guess|believe|told you|gave you|sent you|forgot|know|knew|suppose|reckon|wrote|typed|misspoke|got (?:that|it) wrong|mixed (?:it|them|that|these|those) up|was (?:confusing|thinking of|looking at))\b/gi;

/** Whether the speaker speaks of themself ("I live…", "my editor"), not merely speaks ("I mean the 14th"). */
export function speaksForSelf(text: string): boolean {
  return mentionsSelf(text.replace(SPEECH_ACTS, " "));
}

/** Whether a question asks about the team ("what do we use?"); "which team do I support?" does not. */
export function asksForTeam(question: string): boolean {
  return /\b(?:we|we're|we've|our|ours|us)\b/i.test(question);
}

/** The shared scope a team statement names: the project ("this repo") or the organisation ("the company"); undefined when it only says "we". */
export function teamScopeNamed(text: string): "project" | "org" | undefined {
  if (ORG_WIDE.test(text)) return "org";
  if (PROJECT.test(text)) return "project";
  if (ORG.test(text)) return "org";
  return undefined;
}

/** Whether the statement is framed by a named piece of work ("For Vertaal jobs:", "Hargreaves matter:"), which a project stands for. */
export function namesWork(text: string): boolean {
  return NAMED_WORK.test(text);
}

/** "Strictly confidential", "between us", "off the record": never for anyone but the speaker. */
const PRIVATE =
  /\b(?:(?:strictly|highly|totally|completely|very|this is|it'?s|keep (?:this|it))\s+(?:confidential|private)|confidential(?:ly)?\s*[:,—]|in confidence|privately|between (?:you and me|us)|off the record|(?:don'?t|do not) (?:share|tell anyone)|not for (?:sharing|the team|anyone else))\b|^confidential\b/i;

/** Anyone's health: "Mum's chemo is on Thursdays", "I'm pregnant", "Dad's in hospital"; not "the hospital job". */
const HEALTH = /\b(?:pregnan\w*|therap(?:y|ist)|(?:in|into|to|from|out of) (?:the )?hospital|hospital (?:appointment|stay|visit|bed|treatment)|diagnos\w*|illness|cancer|chemo\w*|medication|meds|miscarriage|ivf)\b/i;
/** The speaker's family and home: "our rent goes up", "my divorce is final". */
const PRIVATE_LIFE =
  /\b(?:bab(?:y|ies)|divorce\w*|custody|surgery|gp|rent|mortgage|moving house|wedding|honeymoon|funeral|(?:my|our) (?:mum|mom|dad|mother|father|wife|husband|partner|kids?|children|son|daughter|family|house|flat|home|dogs?|cats?|pets?|puppy|kitten|horses?))\b/i;
const SPEAKER_OR_HOUSEHOLD = /\b(?:i|i'm|i've|me|my|mine|we|we're|our|us)\b/i;

/**
 * Whether the statement is private: said in confidence ("strictly
 * confidential", "between us"), of anyone's health ("heads up team: I'm
 * pregnant"), or of the speaker's own family or home ("our rent goes up in
 * July").
 */
export function isPrivate(text: string): boolean {
  return PRIVATE.test(text) || HEALTH.test(text) || (PRIVATE_LIFE.test(text) && SPEAKER_OR_HOUSEHOLD.test(text));
}

/** Whether the speaker hedges ("probably", "I think", "maybe"). */
export function isHedged(text: string): boolean {
  return HEDGE.test(text);
}

/** Whether the statement tells a story about the past rather than stating what holds now. */
export function isNarrative(text: string): boolean {
  return NARRATIVE.test(text);
}

/** What a message says when it corrects something said before: "I typed it wrong last time", "correction", "I mixed them up". */
const CORRECTS_EARLIER =
  /\b(?:correction|typo|my bad|(?:made|make|making) (?:a |the )?mistake|mistake (?:before|earlier|last time)|typed (?:it|that) wrong|got (?:it|that) wrong|mixed (?:them|it|that|these|those) up|misspoke|misspel\w*|wrong (?:last time|earlier|before)|i told you|last time|(?:gave|told|sent) you the wrong|(?:gave|told) you (?:is|was|are|were) (?:wrong|incorrect|off|out of date|outdated)|you'?ve got (?:is|are) (?:wrong|incorrect|off|out of date|outdated)|something i (?:told you|said)[^.]{0,30}\bwas wrong)\b/i;

/** Whether a statement says it corrects something said before ("Rowan gave you the wrong office", "I mixed them up"). */
export function saysItCorrects(text: string): boolean {
  return CORRECTS_EARLIER.test(text);
}

/** Whether the statement announces a change ("now", "switched", "no longer", "moved"). */
export function announcesChange(text: string): boolean {
  return CHANGE.test(text);
}
