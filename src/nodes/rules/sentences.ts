/**
 * How a sentence of the user's speaks: a statement, a request phrased as a
 * question, a real question, a correction of what was just said, a request
 * to forget, someone else's words reported, or chatter.
 */
export type Intent = "statement" | "request" | "question" | "correction" | "forget" | "reported" | "hypothetical" | "chatter";

const CHATTER = /^(?:hi|hey|hello|hiya|yo|thanks|thank you|thx|ty|cool|ok|okay|k|great|nice|awesome|perfect|lol|haha|bye|cheers|good (?:morning|night|evening|afternoon)|got it|sounds good|sure|yes|yep|yeah|no worries|np)\b[\s!.,:)(-]*$/i;
const HYPOTHETICAL = /^(?:if|suppose|supposing|imagine|what if|say|let'?s say|hypothetically|in theory|assuming)\b/i;
const REPORTED = /\b(?!i\b)(?:[\p{L}]+)\s+(?:said|says|told me|tells me|mentioned|wrote|writes|claims|claimed|thinks|thought|reckons|insists|asked me|suggested)\b/iu;
const FORGET =
  /\b(?:forget|forgot about|scratch|delete|remove|erase|wipe|purge|disregard|unlearn|(?:don'?t|do not|didn'?t|did not|stop|no longer|quit) (?:remember|keep|store|save|track)(?:ing)?|no need to remember)\b/i;
const FORGET_OBJECT = /\b(?:about|that|it|what i|where i|who i|when i|from (?:your )?memory|my|the (?:thing|bit|part|fact|stuff)|everything|you know|you remember|you have)\b/i;
const CORRECTION_LEAD =
  /^(?:oops|whoops|sorry|wait|hold on|actually|correction|no|nope|my bad|my mistake|err|erm|um|sorry,? i mean|scratch that|i mis(?:spoke|typed)|that'?s (?:wrong|not right|incorrect)|that was (?:wrong|a typo|incorrect)|i was wrong|typo)\b[,!.\s:-]*/i;
const MEANT = /\b(?:i meant|i mean|make (?:it|that)|should (?:be|have been|say)|it'?s actually|it is actually|not .{1,30}?,?\s*but)\b/i;
const REQUEST = /^(?:(?:can|could|would|will)\s+you\b|please\b|pls\b|kindly\b)|\bplease\b|\bfrom now on\b|\bgoing forward\b/i;
const QUESTION = /\?\s*$|^(?:what|which|who|whom|whose|where|when|why|how|is|are|am|do|does|did|can|could|would|will|should|shall|have|has)\b/i;

/** Splits the user's own words into sentences, keeping a question's "?" so it can be recognised. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+|\s+[-–—]\s+/)
    .map((sentence) => sentence.trim().replace(/^[-*•>]\s*/, "").replace(/[.!;]+$/, "").trim())
    .filter((sentence) => sentence.length > 0);
}

/** How a sentence speaks; the first that fits wins. */
export function intentOf(sentence: string): Intent {
  if (CHATTER.test(sentence)) return "chatter";
  // "Scratch that, it's 300" corrects; it does not ask to forget.
  if (/\b(?:scratch that|i mean|i meant|typo)\b/i.test(sentence) && correctedValue(sentence) !== undefined) return "correction";
  if (FORGET.test(sentence) && FORGET_OBJECT.test(sentence) && !/\b(?:don'?t|never) forget\b/i.test(sentence)) return "forget";
  if (CORRECTION_LEAD.test(sentence) && (MEANT.test(sentence) || /^(?:\W*\w+\W+){0,3}(?:it'?s|it is|that'?s|that is)\b/i.test(stripCorrection(sentence)) || /,/.test(sentence))) {
    return "correction";
  }
  if (MEANT.test(sentence) && /^(?:oops|sorry|wait|no|actually|i meant|i mean)/i.test(sentence)) return "correction";
  if (HYPOTHETICAL.test(sentence)) return "hypothetical";
  if (REPORTED.test(sentence) && !/^(?:i|we)\b/i.test(sentence)) return "reported";
  if (QUESTION.test(sentence)) return REQUEST.test(sentence) ? "request" : "question";
  return "statement";
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

/** The new value a bare correction states ("I meant the 14th" → "the 14th"; "it's Fly.io" → "Fly.io"), if it states one. */
export function correctedValue(sentence: string): string | undefined {
  const rest = stripCorrection(sentence.replace(/^.*?\bscratch that\b[,;:]?\s*/i, ""));
  const found =
    /\b(?:i meant|i mean|make (?:it|that)|should (?:be|have been|say)|it'?s actually|it is actually|it'?s|it is|that'?s|that is|not .{1,30}?,?\s*but)\s+(?:actually\s+)?(.+)$/i.exec(rest);
  // Without a cue ("sorry, Initech, not Initrode"), a short remainder is the value itself.
  const stated = found?.[1] ?? (rest.split(/\s+/).length <= 6 && !/^(?:i|we|my|our|you|it|this|that)\b/i.test(rest) ? rest : "");
  const value = stated
    .replace(/,?\s+(?:not|instead of|rather than)\b.*$/i, "")
    .replace(/^([^,;—]{1,40}?)\s*[,;—]\s*(?:with|as in|like|spelled|spelt|the)\b.*$/i, "$1")
    .replace(/[.,!]+$/, "")
    .trim();
  return value.length > 0 && value.split(/\s+/).length <= 8 ? value : undefined;
}
