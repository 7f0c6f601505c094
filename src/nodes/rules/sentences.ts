import { mentionsSelf } from "../../memory/index.js";

/**
 * How a sentence of the user's speaks: a statement, a request phrased as a
 * question, a real question, a correction of what was just said, a request
 * to forget, someone else's words reported, or chatter.
 */
export type Intent = "statement" | "request" | "question" | "correction" | "forget" | "reported" | "hypothetical" | "chatter";

const CHATTER = /^(?:hi|hey|hello|hiya|yo|thanks|thank you|thx|ty|cool|ok|okay|k|great|nice|awesome|perfect|lol|haha|bye|cheers|good (?:morning|night|evening|afternoon)|got it|sounds good|sure|yes|yep|yeah|no worries|np)\b[\s!.,:)(-]*$/i;
/** Reassurance is talk, not an instruction: "don't worry about it" asks the assistant to avoid nothing. */
const REASSURANCE = /^(?:(?:don'?t|do not|no need to) worry|no worries)\b/i;
const HYPOTHETICAL = /^(?:if|suppose|supposing|imagine|what if|say|let'?s say|hypothetically|in theory|assuming)\b/i;
/** Someone else's words reported at the start: "my manager said we should…"; "nobody says kayden" at the end is not. */
/** Someone else's words: "Dmitri said …"; "expense claims have to be in by the 25th" is a noun, not a report. */
const REPORTED = /\b(?!i\b)(?!(?:client|customer|buyer|publisher|venue|insurer|funder|landlord|tenant)s?\s+(?:insists?|wants?|requires?|prefers?|needs?)\b)(?!(?:permit|policy|contract|agreement|licen[cs]e|rules?|sign|manual|handbook|spec|docs?|documentation|schedule|rota|brief|guidelines|terms|lease|law|regulations?|label|form|website|system)\s)[\p{L}]+\s+(?:said|says|told me|tells me|mentioned|wrote|writes|claims|claimed|thinks|thought|reckons|insists|asked me|suggested)\b(?!\s+(?:have|has|are|were|is|was|must|need|needs|should|go|get|will|can|do|does)\b)/iu;
/** The verbs of a request to forget; `FORGET` says in which contexts they ask it. */
export const FORGET_VERBS = "forget|scrap|scrub|strike|take back|unremember|drop|hold on to|delete|remove|erase|wipe|purge|expunge|bin|ditch|trash|chuck|junk";
const FORGET =
  /\b(?:forget|forgot about|scratch (?:that|this|it|the|what|my|everything|all)\b|take back (?:what|that|everything)|disregard|unlearn|un-?remember|drop (?:what (?:you|i)|everything (?:you|i)|all (?:you|i))|let go of|get rid of|(?:scrub|delete|remove|erase|wipe|purge|expunge)(?= (?:my|that|this|it|the|what|all|everything|anything|whatever|any|those|these|his|her|our|their|from (?:your |the )?memory)\b)|(?:scrap|strike|bin|ditch|trash|chuck|junk)(?= (?:my|what (?:i|you)|everything|all (?:that|of it)|(?:the|that) (?:[\w'-]+ ){0,3}(?:bit|part|thing|stuff|note|rule)s?)\b|[^.?!]*\b(?:memory|memories|notes|records|what you know|what you have)\b)|drop(?=[^.?!]*\b(?:memory|memories|notes|records|what you know|what you have)\b)|(?:take|keep|leave)\b[^.?!]{0,60}\bout of (?:your )?(?:memory|notes|records)|(?:not|never) be (?:stored|kept|saved|remembered)|(?:can|could|would|will) you not (?:keep|store|save|remember|hold on to)|no need (?:to )?(?:keep|remember|hold on to)|(?:don'?t|do not) need (?:to )?(?:keep|remember|store|save)|(?:not|don'?t|do not|didn'?t|did not|wouldn'?t|would not) (?:retain|hold on to)|l[oö]sch\w*|vergiss|vergessen|oublie[rz]?|efface[rz]?|olvida|borra|esquece|apaga|dimentica|cancella|(?:don'?t|do not|didn'?t|did not|stop|no longer|quit) (?:remember|keep|store|save|track)(?:ing)?|no need to remember)\b/i;
const FORGET_OBJECT =
  /(?<=^(?:(?:actually|ok|okay|so|oh|and|also|wait|hmm|right)[,!]?\s+)?(?:please\s+)?forget\s+)(?:the\s|i (?:ever )?(?:said|mentioned|asked|told you)\b)|\b(?:about|that|it|what i|ce que|sur (?:mon|ma|mes)|lo que|sobre (?:mi|mis)|where i|who i|when i|(?:from|out of) (?:your |the |our |the team'?s )?(?:memory|notes|records)|my|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:thing|bit|part|fact|stuff|info|details?|rule|note)|everything|you know|you remember|you have)\b/i;
const CORRECTION_LEAD =
  /^(?:oops|whoops|sorry|wait|hold on|actually|correction|no|nope|my bad|my mistake|err|erm|um|ugh|sorry,? i mean|scratch that|(?:scrap|strike|ignore) that(?=\s*(?:[,;:.!—–-]|$))|i mis(?:spoke|typed)|that'?s (?:wrong|not right|incorrect)|that was (?:wrong|a typo|incorrect)|i was wrong|i got (?:that|it) wrong(?: earlier| before| last time)?|typo|(?:stupid |damn )?autocorrect|misspelled|misspelt|spelling|my b|mb|nvm|never ?mind|i must correct my previous (?:message|statement)|to correct my previous (?:message|statement)|perd[oó]n|me equivoqu[eé]|lo siento|pardon|d[eé]sol[eé]|entschuldigung|desculpa|scusa)(?![\p{L}\p{N}])[,!.\s:-]*/iu;
/** Leads that only ever announce a slip, unlike "no" or "actually", which also start plain statements. */
const SLIP_LEAD = /^(?:wait|hold on|oops|whoops|sorry|my bad|my b|mb|my mistake|correction|typo|i mis(?:spoke|typed)|(?:i must |to )?correct my previous (?:message|statement))\b/i;
/** "no walk-ins", "No pleats ever": "no" before a noun, not before a pronoun, an article or another lead ("no the 14th"). */
const PROHIBITION =
  /^no\s+(?!(?:wait|sorry|sry|actually|i|i'?m|it|it'?s|its|that|that'?s|thats|the|a|an|and|but|so|or|because|for|we|we'?re|you|you'?re|he|he'?s|she|she'?s|they|they'?re|my|our|his|her|their|this|these|those|not|no|nope|never ?mind|nvm|hold on|correction|i meant|i mean|scratch that|longer|more|worries|problems?|probs?|rush|hurry|idea|clue|thanks|thank|way|kidding|joke|biggie|bother|matter|doubt|pressure|offen[cs]e|luck|comment|need|wonder|chance|stress|sweat|big deal|one|body|pun|shit|sir|ma'?am|ok|okay|yes|yeah)\b)\p{L}/iu;
/** An apology or shrug after a corrected value: "march 13th my b", "300, sorry". */
const SLIP_TAIL = /[,\s]+(?:my bad|my b|mb|my mistake|sorry|oops|lol|haha)\W*$/i;
/** Why a word came out wrong: "the voice thing messed that up", "autocorrect", "typo". */
const SLIP_CAUSE = /\b(?:voice(?: to text| typing| thing)?|dictation|speech to text|auto-?correct\w*|typo|misheard|mistyped|misspel\w*|spelling (?:mistake|error)|(?:spelt|spelled) (?:it|that) wrong|messed (?:that|it) up|got (?:that|it) wrong)\b/i;
const MEANT = /\b(?:i meant|i mean|make (?:it|that)|should (?:be|have been|say)|it'?s actually|it is actually|not .{1,30}?,?\s*but)\b/i;
const REQUEST = /^(?:(?:can|could|would|will)\s+you\b|please\b|pls\b|kindly\b)|\bplease\b|\bfrom now on\b|\bgoing forward\b/i;

/** Verbs of a one-off task for the assistant: "Can you find …", "write me a notice …", "search the 2022 report …". */
export const TASK_VERBS =
  "find|check|look up|search|pull|fetch|get me|give|send|draft|write|compose|make|turn|put together|prepare|redo|rewrite|proofread|show me|book|call|plan|summari[sz]e|translate|fix|create|generate|design|build|compare|calculate|work out|convert|fill(?: in| out)?|explain|suggest|recommend|list|outline|delete|open|put|include|insert|mention|shorten|tweak|edit|tidy(?: up)?";
/**
 * A request for one thing now, not a standing instruction: a task verb for
 * the assistant, with what to make ("can you help me write a short label for
 * my honey?", "make them a notice for the company board pls").
 */
const ONE_OFF_TASK = new RegExp(
  String.raw`^(?:(?:ok|okay|so|and|also|now|first|next|then|quick one|first task|last one)[:,]?\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|plz\s+|kindly\s+)*(?:(?:help|assist)\s+(?:me|us|them|him|her)\s+(?:to\s+)?)?(?:${TASK_VERBS})(?:\s+(?:me|us|them|him|her))?\s+(?:a|an|the|my|our|their|his|her|this|that|these|those|some|all|any|up|out|\d+)\b`,
  "i",
);
/** What makes a request a standing one: "… from now on", "always …", "whenever …". */
const STANDING = /\b(?:from now on|going forward|in future|in the future|always|never|every time|each time|(?:every|each) (?:answer|reply|response|message|email)|whenever|by default|anything you|everything you|for all|for every|(?:your|all) (?:answers|replies|responses|messages|emails))\b/i;

/**
 * A question asking the assistant to do something that is not a way of answering: "can you sketch out a rota
 * template for …", "could you tell them what … should have been coded to". "Can you keep it short", "could you
 * reply in French", "can you remember …" ask for a way of answering, or for memory.
 */
const POLITE_TASK =
  /^(?:(?:ok|okay|so|and|also|now|first|next|then|quick one|right)[:,]?\s+)*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+|quickly\s+)*(?!(?:keep|remember|note|memori[sz]e|always|never|stop|quit|use|call|address|answer|reply|respond|speak|talk|avoid|be|make|start|switch|format|include|stick|refer|spell|write|give|put|add|show|tell me|let me|default|go|bear|mention|say|sign|mark|number|cite|quote|round|convert|not|try|skip|drop|cut|leave|assume|treat|consider|ask|explain|forget|delete|remove|erase|wipe|scrap|bin|ditch|unlearn|disregard|drop)\b)[a-z]+\b/i;

/** Whether a sentence asks for one task now ("write me a notice saying …"): what it says is the task's, not a fact to keep. */
export function asksForTask(sentence: string): boolean {
  return (ONE_OFF_TASK.test(sentence) || POLITE_TASK.test(sentence)) && !STANDING.test(sentence);
}
/** A question, with or without its mark; "when you give me doses, always …" and "if I ask …" are conditions, not questions. */
const QUESTION = /\?\s*$|^(?:what|which|who|whom|whose|where|when(?!\s+(?:you|I)\s)|why|how|is|are|am|do|does|did|can|could|would|will|should|shall|have|has)\b/i;

/** Contractions typed without their apostrophe ("im", "dont"), restored so the tables read them. */
const BARE_CONTRACTIONS: Readonly<Record<string, string>> = {
  im: "I'm", ive: "I've", ill: "I'll", dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't",
  isnt: "isn't", arent: "aren't", wasnt: "wasn't", thats: "that's", whats: "what's", youre: "you're", theyre: "they're", lets: "let's",
};

/**
 * Splits the user's own words into statements: sentences, and within a
 * sentence the clauses that each have their own speaker ("I'm Alex, I'm the
 * designer here, I prefer Figma links"), with greetings and openers ("hi,",
 * "and", "btw", "please remember:") taken off and apostrophe-less contractions restored. A
 * question keeps its "?" so it can be recognised.
 */
export function sentencesOf(text: string): string[] {
  return punctuateDictation(underRecordHeaders(text).replace(/[ \t\u00a0]{2,}/g, " "))
    .replace(/\b(im|ive|ill|dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|thats|whats|youre|theyre|lets)\b/gi, (word) => BARE_CONTRACTIONS[word.toLowerCase()] ?? word)
    .replace(/\b(?:pls|plz|plse)\b/gi, "please")
    // "I *think* it's 5012387": emphasis marks are no part of the words.
    .replace(/(^|[\s(])([*_]{1,2})(?=\S)([^*_\n]+?)\2(?=[\s.,;:!?)]|$)/g, "$1$3")
    // "i run the bakery", typed in lower case, is "I run the bakery" to every rule that reads the speaker.
    .replace(/(?<![\p{L}\p{N}'’.-])i(?=(?:['’](?:m|ve|d|ll))?\s(?!\d))/gu, "I")
    .split(/(?<=[.!?;])(?!(?<=\b[Nn]o\.)\s+\d)\s+|(?<=\S)[—–](?=(?:scratch|scrap|sorry|no wait|wait|actually|oops|correction)\b)|\n+|,\s+(?=(?:can|could|would|will) you\b)|\s+(?=(?:anyway|anyways|anyhow)\s)|[,;:]?\s+(?=\d{1,2}\)\s)|\s+[-–—]\s+(?!(?:it'?s|it is|it was|which|now|no(?!\s+(?:wait|sorry|actually|hang on|hold on|scratch)\b))\s|[A-Z]{2,}\s+\S*\d)|,\s+(?=(?:sorry|oops|wait|i mean|i meant|typo|no wait|correction)\b)|(?<=\b(?:[Ss]cratch|[Ss]crap|[Ss]trike|[Ii]gnore) that),\s+(?=(?:[Ww]e|[Ii]|[Oo]ur|[Mm]y|[Tt]he|[Ii]t)\b)|,(?<=(?:^|[.!?;\n]\s*)(?:[Pp]lease\s+)?(?:[Ss]top|[Dd]on'?t|[Dd]o not|[Nn]ever|[Aa]void|[Qq]uit)\b[^,;.!?\n]*,)\s+(?=[Ww]e\s)|,\s+(?:(?:and|but|also|mostly|usually|normally|generally|mainly|currently|often)\s+)?(?=(?:[Ii]|[Ii]'m|[Ii]'ve|[Ii]'d)\s)|,\s+(?=that'?s (?:my|our)\s)|,?\s+(?:and|but|n|&)\s+(?=(?:I|I'm|I've|I'd)\s)/)
    .map((sentence) =>
      sentence
        .trim()
        .replace(/^(?:[-*•>]|\d{1,2}\))\s*/, "")
        // "🐩✨ I run a lil grooming salon": emoji before the words are no part of them.
        .replace(/^[\p{Extended_Pictographic}\u200d\ufe0f\s]+(?=\S)/u, "")
        .replace(/^(?:(?:hi|hey|hello|hiya|yo|ok|okay|so|oh|and|also|plus|btw|by the way|anyway|well|fyi|heads up|just so you know|(?:so )?you know for later|so you know|for later|for context|for (?:me|myself)(?: personally)?(?=[,:]?\s+I\b)|personally|at work|at home|ngl|tbh|honestly|fr|lol|omg)\b[,!.:]?\s+)+(?=\S)/i, "")
        // "please remember: I only translate from Dutch", "make a note that we close at 6": the note is what follows.
        .replace(/^(?:please\s+)?(?:remember|make a note|note|take note|keep in mind|bear in mind|for the record)(?:\s+that)?(?:\s*[:,]\s*|\s+(?=(?:I|I'm|my|we|we're|our)\b))(?=\S)/i, "")
        .replace(/[.!;]+$/, "")
        // "use simple words, ok?" asks nothing: a tag question after a statement.
        .replace(/,\s*(?:ok|okay|alright|please|pls|thanks)\s*\?$/i, "")
        .trim(),
    )
    .filter((sentence) => sentence.length > 0)
    // "please keep these: my mare's passport number is …, the burner is part number …": each item is a statement.
    .flatMap((sentence) => {
      const list = LIST_HEADER.exec(sentence);
      if (list === null) return [sentence];
      const items = list[2]!.split(/,\s+(?:and\s+)?|\s+and\s+(?=(?:my|our|the|his|her|their)\b)/i).filter((item) => item.split(/\s+/).length >= 3);
      return [list[1]!, ...items];
    })
    .flatMap(introduction)
    .flatMap((sentence) => {
      // "Since I'm left-handed, which nib smudges least?": the premise is a statement of its own.
      const premise = /\?\s*$/.test(sentence) ? PREMISE.exec(sentence) : null;
      if (premise === null) return [sentence.replace(PREMISE_LEAD, "")];
      const stated = (premise[1] ?? premise[2]!).replace(/^(?:an?\s)/i, "I'm $&");
      return [...sentencesOf(stated), sentence.slice(premise[0].length)];
    });
}

/** "I'm Harold, retired civil engineer": a name, then what the user is, without a verb of its own. */
const INTRODUCTION = /^((?:I'm|I am)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+(?!(?:so|because|and|but|which|who|as|since|though|if|when|I|my|we|our|you|they|he|she|it)\b)((?:been\s+)?(?:an?\s+|the\s+)?\p{Ll}.{2,})$/u;

/** An introduction cut in two, its second half given back its verb: "I'm Harold" and "I'm retired civil engineer". */
function introduction(sentence: string): string[] {
  const found = INTRODUCTION.exec(sentence);
  if (found === null) return [sentence];
  const rest = found[2]!;
  return [found[1]!, /^been\b/.test(rest) ? `I've ${rest}` : `I'm ${rest}`];
}

/** A header that announces a list of statements: "For my records, please keep these:", "two things:". */
const LIST_HEADER =
  /^(.{0,60}?\b(?:these|the following|this list|(?:a few|two|three|four|some) things(?: (?:you should|to) know(?: about (?:me|us))?)?|(?:a few|few|two|three|four|five|some|the|our|my)\s+(?:[\w-]+\s+)?(?:rules|basics|facts|details)\b[^:,]{0,50}?))\s*:\s+(.+)$/i;

/** How a premise opens: "since", "as", "given that". Before "I…" it leads no clause of its own. */
const PREMISE_LEAD = /^(?:since|as|because|given(?: that)?|seeing as)\s+(?=(?:I|I'm|I am|I've|my)\s[^,]*$)/i;
/**
 * What a question takes as given: "Since I'm left-handed, …?", "As a type 1
 * diabetic on nights, how …?", "I mostly write with iron gall ink, which nib
 * …?" (its lead split off with the clause before it).
 */
const PREMISE =
  /^(?:(?:since|as|because|given(?: that)?|seeing as|being)\s+((?:I|I'm|I am|I've|my|an?)\s.{3,}?)|((?:I|I'm|I am|I've|my)\s.{3,}?)),\s+(?=(?:what|which|who|how|where|when|why|is|are|can|could|should|would|do|does|any|anything)\b[^?]*\?$)/i;

/** Words after which "I" carries on the same clause ("while I drive", "because I teach"). */
const BINDS_NEXT_CLAUSE =
  /^(?:while|because|cause|cuz|when|whenever|if|unless|that|so|and|but|or|than|as|what|where|wherever|how|why|who|since|until|after|before|though|although|can|could|would|should|will|did|do|am|think|guess|hope|know|wish|said)$/i;

/**
 * Dictated text comes without punctuation: "…my name is Marguerite I teach
 * third grade in Duluth…" is two statements. In a long message with no
 * punctuation at all, "I …" and "my name …" start a new sentence unless the
 * word before binds them to its clause.
 */
/** A line that names what the list under it holds: "team rules for installs:", "Salon info for the assistant:". */
const LIST_RECORD_HEADER = /^[^:\n]{0,60}\b(?:rules|procedures|polic(?:y|ies)|standards|protocols?|conventions|guidelines|reminders|basics|info|information)\b[^:\n]{0,60}:\s*$/i;
const LIST_ITEM_LINE = /^\s*(?:[-*•]|\d{1,2}[.)])\s+/;

/**
 * "team rules for installs:\n• nothing above two storeys without full scaffold": an item of a list under a
 * record's header is said under that header, as if on one line; an item in the speaker's own name stands alone.
 */
function underRecordHeaders(text: string): string {
  let header: string | undefined;
  return text
    .split("\n")
    .map((line) => {
      if (header !== undefined && LIST_ITEM_LINE.test(line)) return mentionsSelf(line) ? line : `${header} ${line.replace(LIST_ITEM_LINE, "")}`;
      header = LIST_RECORD_HEADER.test(line) ? line.trim() : undefined;
      return line;
    })
    .join("\n");
}

function punctuateDictation(text: string): string {
  if (/[.!?;,:\n]/.test(text) || text.split(/\s+/).length < 25) return text;
  return text.replace(/(\S+) (?=I(?:'m|'ve|'d|'ll)?\s|[Mm]y name\b)/g, (whole, before: string) => (BINDS_NEXT_CLAUSE.test(before) ? whole : `${before}. `));
}

/** How a sentence speaks; the first that fits wins. */
export function intentOf(sentence: string): Intent {
  if (CHATTER.test(sentence) || REASSURANCE.test(sentence)) return "chatter";
  // "Wait, what did I say about 2024?" asks; a correction states.
  const asks = /\?\s*$/.test(sentence);
  if (!asks && VALUE_ACTUALLY.test(sentence)) return "correction";
  // "it's 3 tonnes, not 3.5": a number put in place of another.
  if (!asks && /^(?:it'?s|it is|that'?s|that is)\s+[^,]{1,40}?,?\s+not\s+\p{N}/iu.test(sentence)) return "correction";
  // "Scratch that, it's 300" corrects, and a lead alone ("actually, scratch that") says the next sentence does: neither asks to forget.
  if (!asks && /\b(?:scratch that|(?:scrap|strike|ignore) that(?=\s*(?:[,;:.!—–-]|$))|i mean|i meant|typo)\b/i.test(sentence) && correctedValue(sentence) !== undefined) return "correction";
  if (!asks && CORRECTION_LEAD.test(sentence) && stripCorrection(sentence) === "") return "correction";
  // "I always forget my keys" tells of the speaker's memory, not of the assistant's.
  if (FORGET.test(sentence) && FORGET_OBJECT.test(sentence) && !/\b(?:(?:don'?t|never) forget|i (?:always |often |sometimes |usually |keep |tend to |might |may |will )?forget)\b/i.test(sentence)) return "forget";
  if (!asks && correctsByLead(sentence)) return "correction";
  if (HYPOTHETICAL.test(sentence)) return "hypothetical";
  // Reported before any comma: "the customer says her name is…"; a trailing "…, nobody says kayden" is a remark.
  if (REPORTED.test(sentence.split(",")[0]!) && !/^(?:i|we)\b/i.test(sentence)) return "reported";
  // "How I work, for future reference: I tag notes in Dovetail" is a header and a statement, not a question.
  const body = asks ? sentence : sentence.replace(/^[^:]{3,80}:\s+(?=\S)/, "");
  if (QUESTION.test(body)) return REQUEST.test(sentence) ? "request" : "question";
  return "statement";
}

/** Whether a sentence that opens like a correction is one: by its cue ("I meant"), a comma, or the value it states. */
function correctsByLead(sentence: string): boolean {
  // "wait no march 13th": a lead that only ever corrects, then a number or a date, with no comma needed.
  if (SLIP_LEAD.test(sentence) && /\d/.test(correctedValue(sentence) ?? "")) return true;
  // "sorry the voice thing messed that up its karla with a k": the slip's cause, then the value.
  if (SLIP_CAUSE.test(sentence) && /\b(?:it'?s|it is|should be)\s+\S/i.test(sentence) && correctedValue(sentence) !== undefined) return true;
  // "No pleats ever unless the client begs": "no" before a noun forbids; it leads no correction.
  if (PROHIBITION.test(sentence)) return false;
  if (CORRECTION_LEAD.test(sentence)) {
    // "ugh, the hall got double-booked, so we've shifted to wednesdays" sighs: a filler and a comma correct nothing.
    const comma = /,/.test(sentence) && !/^(?:ugh|um+|erm+|err+)\b/i.test(sentence);
    return MEANT.test(sentence) || /^(?:\W*\w+\W+){0,3}(?:it'?s|it is|that'?s|that is)\b/i.test(stripCorrection(sentence)) || comma;
  }
  return MEANT.test(sentence) && /^(?:oops|sorry|wait|no|actually|i meant|i mean)/i.test(sentence);
}

/** The sentence without its correction lead ("oops, ", "wait, no, "). */
export function stripCorrection(sentence: string): string {
  let rest = sentence;
  for (let previous = ""; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(CORRECTION_LEAD, "");
  }
  return rest.trim();
}

/** "four, actually, how could I forget Alfie": a short value, then "actually", corrects the one just said. */
const VALUE_ACTUALLY =
  /^((?:\p{N}[\p{N}.:]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?!(?:That|This|It|She|He|They|We|I|You|There|Which|What|Who)\b)\p{Lu}[\p{L}'-]*)(?:\s+[\p{L}\p{N}.:-]+)?),\s+actually\b/u;

/** The new value a bare correction states ("I meant the 14th" → "the 14th"; "it's Fly.io" → "Fly.io"), if it states one. */
export function correctedValue(sentence: string): string | undefined {
  const valueFirst = VALUE_ACTUALLY.exec(sentence)?.[1];
  if (valueFirst !== undefined) return valueFirst;
  const rest = stripCorrection(sentence.replace(/^.*?\b(?:scratch|scrap|strike|ignore) that\b[,;:]?\s*/i, ""));
  // "Not the 22nd": only what it replaces; the value comes next.
  if (/^not\b/i.test(rest)) return undefined;
  const found =
    /(?:\b(?:i meant|i mean|make (?:it|that)|should (?:be|have been|say)|it'?s actually|it is actually|is in fact|was in fact|is actually|it'?s|it is|that'?s|that is|they'?re|they are|he'?s|she'?s|not .{1,30}?,?\s*but)|(?:^|,)\s*is)\s+(?:actually\s+)?(.+)$/i.exec(rest);
  // Without a cue ("sorry, Initech, not Initrode"), a short remainder is the value itself.
  const stated = found?.[1] ?? (rest.split(/\s+/).length <= 6 && !/^(?:i|we|my|our|you|it|this|that)\b/i.test(rest) ? rest : "");
  const value = stated
    .replace(SLIP_TAIL, "")
    // "in the orchard now, the walled garden was last year": what the old value was is not the new one.
    .replace(/,\s+[^,]*\b(?:was|were)\b.*$/i, "")
    // "Karla with a K": how it is spelt is not part of it.
    .replace(/,?\s+(?:with an? \w\b|spelt|spelled)\b.*$/i, "")
    .replace(/,?\s+(?:not|instead of|rather than)\b.*$/i, "")
    // "amoxicillin I'm allergic to": the value, before a clause of the speaker's.
    .replace(/\s+(?:(?:since|because|as)\s+)?(?:I|I'm|I am|we|that's|which)\b.*$/, "")
    // "Fenna, two n's": a short value, then a remark about it.
    .replace(/^((?:\S+\s+){0,2}\S+?)\s*[,;—]\s+\S.*$/i, "$1")
    .replace(/[.,!]+$/, "")
    // "they're 6:45 now": when it holds from is not part of it.
    .replace(/\s+(?:now|these days|from now on|instead)$/i, "")
    .trim();
  return value.length > 0 && value.split(/\s+/).length <= 8 ? value : undefined;
}
