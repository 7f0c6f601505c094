import { PREFERENCE_SUBJECTS, STACK_SUBJECTS, findSubject, slug, type Subject } from "./lexicon.js";

/** The scope levels a candidate can name (see the memory contract). */
export type RuleScope = "user" | "project" | "org" | "global";

/** What the rule-based extractor proposes; a subset of the memory candidate schema. */
export interface RuleCandidate {
  bucket: "discard" | "session" | "promote";
  memoryType: "preference" | "fact" | "rule" | "task_state";
  key: string;
  content: Record<string, string | boolean>;
  text: string;
  confidence: number;
  scope: RuleScope;
  reason: string;
}

/** Input of {@link extractWithRules}. */
export interface RuleExtractionInput {
  /** The text of each new user message, oldest first. */
  userTexts: readonly string[];
  /** Scope levels the current identity can write; others fall back to `user`. */
  scopes: readonly RuleScope[];
  /** The last candidate of earlier turns, which "no, it's X" corrects. */
  previous?: RuleCandidate;
}

type Draft = Omit<RuleCandidate, "bucket" | "reason" | "scope"> & { scope?: RuleScope; why: string };
type Rule = (sentence: string) => Draft | undefined;

const CORRECTION = /^(?:actually|correction|sorry|wait|oops|no|nope)\b[,:!\s-]*(.*)$/i;
const BARE_CORRECTION = /^(?:(?:no|nope|actually|sorry|wait|oops)[,\s]+)?(?:it'?s|it is|that'?s|that is|make (?:it|that))\s+(?:actually\s+)?(.+)$/i;
const SESSION_ONLY = /\b(?:right now|for now|today|this time|just this once|for this (?:chat|conversation|session|answer))\b/i;

/**
 * The sentence rules, tried in order; the first that matches wins. Each
 * captures the smallest value worth keeping, so that a later statement about
 * the same subject lands on the same key and supersedes it.
 */
const RULES: readonly Rule[] = [
  // Standing rules.
  match(/^(?:from now on|going forward|from here on|in (?:the )?future|henceforth),?\s+(.+)$/i, ([body]) =>
    standingRule(body!, 0.9, "standing rule")),
  match(/^(?:please\s+)?(?:never|don'?t ever|do not ever)\s+(.+)$/i, ([body]) => ({
    memoryType: "rule",
    key: `rule.avoid.${slug(body!)}`,
    content: { value: clean(body!), avoid: true },
    text: `Never ${clean(body!)}`,
    confidence: 0.9,
    why: "prohibition",
  })),
  match(/^(?:please\s+)?always\s+(.+)$/i, ([body]) => standingRule(body!, 0.85, "always-rule")),
  // Preferences.
  match(/\b[Cc]all me\s+([\p{Lu}][\p{L}'-]*(?:\s+[\p{Lu}][\p{L}'-]*)?)/u, ([name]) => ({
    memoryType: "preference",
    key: "user.preferred_name",
    content: { value: name! },
    text: `Wants to be called ${name}`,
    confidence: 0.9,
    why: "preferred name",
  })),
  match(/\bi(?:'d| would)?\s+(?:prefer|rather have|like|love|want)\s+(.+)$/i, ([body]) => preference(body!, false)),
  match(/\bi\s+(?:don'?t|do not|hate|dislike)\s+(?:like\s+|want\s+)?(.+)$/i, ([body]) => preference(body!, true)),
  match(/\bmy favou?rite\s+([\w\s]{2,30}?)\s+is\s+(.+)$/i, ([thing, value]) => ({
    memoryType: "preference",
    key: `preference.favorite_${slug(thing!)}`,
    content: { value: clean(value!) },
    text: `Favorite ${clean(thing!)}: ${clean(value!)}`,
    confidence: 0.85,
    why: "favorite",
  })),
  // Facts about the org, the project and the user.
  match(/\b(?:our|my|the)\s+(?:team|company|org|organi[sz]ation)\s+(?:uses|is using|runs on|relies on|switched to|moved to|migrated to|standardi[sz]ed on)\s+(.+)$/i,
    ([body]) => stackFact(body!, "org", "Team uses")),
  match(/\b(?:this|the|our)\s+project\s+(?:uses|is using|runs on|is built (?:with|on)|switched to|moved to|migrated to)\s+(.+)$/i,
    ([body]) => stackFact(body!, "project", "Project uses")),
  match(/\b(?:the|our|project)\s+deadline\s+(?:is|was moved to|moved to|got moved to|is now)\s+(.+)$/i, ([when]) => ({
    memoryType: "fact",
    key: "project.deadline",
    content: { value: clean(when!) },
    text: `Project deadline: ${clean(when!)}`,
    confidence: 0.85,
    scope: "project",
    why: "deadline",
  })),
  match(/\b(?:the\s+)?project(?:'s)?\s+(?:name is|is called|is named)\s+(.+)$/i, ([name]) => ({
    memoryType: "fact",
    key: "project.name",
    content: { value: clean(name!) },
    text: `Project name: ${clean(name!)}`,
    confidence: 0.85,
    scope: "project",
    why: "project name",
  })),
  match(/\bi\s+(?:work at|work for|am employed by)\s+(.+)$/i, ([employer]) => userFact("employer", employer!, "Works at")),
  match(/\bi\s+(?:live in|am based in|'m based in)\s+(.+)$/i, ([place]) => userFact("location", place!, "Lives in")),
  match(/\bi(?:'m| am)\s+based in\s+(.+)$/i, ([place]) => userFact("location", place!, "Lives in")),
  match(/\bi\s+work as\s+(?:an?\s+)?(.+)$/i, ([role]) => userFact("role", role!, "Works as")),
  match(/^my\s+([a-z][a-z ]{1,30}?)\s+is\s+(.+)$/i, ([what, value]) =>
    userFact(slug(what!), value!, `${capitalise(clean(what!))}:`)),
  // Task state.
  match(/\b(?:we|i)(?:'ve| have)?\s+(?:just\s+)?(?:shipped|launched|released|finished|completed|deployed|merged|closed)\s+(.+)$/i,
    ([task]) => taskState(task!, "done")),
  match(/^(.+?)\s+(?:is|are|has been|have been)\s+(?:now\s+)?(done|finished|complete|completed|shipped|merged|live|deployed)\b/i,
    ([task]) => taskState(task!, "done")),
  match(/^(.+?)\s+(?:is|are)\s+(?:now\s+)?(blocked|on hold|in progress|in review)\b/i, ([task, status]) =>
    taskState(task!, status!.toLowerCase().replace(/\s+/g, "_"))),
  match(/\b(?:i'?m|i am|we'?re|we are)\s+(?:now\s+)?(?:working on|starting on|starting)\s+(.+)$/i, ([task]) =>
    taskState(task!, "in_progress")),
];

/**
 * The built-in offline extractor: reads the new user messages sentence by
 * sentence and proposes memory candidates.
 *
 * Coverage (each line is tested with a table of sentences):
 * - preferences: "I prefer…", "I'd rather have…", "I like/love/want…", "I don't like…", "please always…",
 *   "call me…", "my favorite X is…";
 * - standing rules: "from now on…", "going forward…", "always…", "never…", "don't ever…";
 * - facts: "our team/company uses…", "this project uses…", "the deadline is…", "the project is called…",
 *   "I work at…", "I live in…", "I work as…", "my X is…";
 * - task state: "we shipped X", "X is done", "X is blocked", "I'm working on X";
 * - corrections: "actually, …" and "no, it's …" (which corrects the previous candidate's subject);
 * - session-only: a statement limited to "right now", "for now", "today", "this time" is kept in the thread only;
 * - discarded: questions, hypotheticals ("if…"), greetings, thanks and other chatter produce no candidate.
 *
 * Keys come from a small lexicon of subjects (theme, answer style, language, units, stack…), so a changed
 * preference replaces the old one. Secrets are not this function's business: the promote step refuses them.
 */
export function extractWithRules(input: RuleExtractionInput): RuleCandidate[] {
  const candidates: RuleCandidate[] = [];
  let previous = input.previous;
  for (const sentence of input.userTexts.flatMap(sentences)) {
    const candidate = extractSentence(sentence, previous, input.scopes);
    if (candidate === undefined) continue;
    candidates.push(candidate);
    if (candidate.bucket !== "discard") previous = candidate;
  }
  return candidates;
}

function extractSentence(
  sentence: string,
  previous: RuleCandidate | undefined,
  scopes: readonly RuleScope[],
): RuleCandidate | undefined {
  if (sentence.endsWith("?") || /^(?:if|suppose|imagine|what if)\b/i.test(sentence)) return undefined;
  const bare = BARE_CORRECTION.exec(sentence);
  if (bare !== null && previous !== undefined && !matchesAnyRule(bare[1]!)) {
    const value = clean(bare[1]!);
    return {
      ...previous,
      bucket: "promote",
      content: { ...previous.content, value },
      text: `${previous.text.replace(/:\s.*$|\s\S+$/, "")}${previous.text.includes(":") ? ": " : " "}${value}`,
      confidence: Math.min(1, previous.confidence + 0.05),
      reason: `correction of ${previous.key}`,
    };
  }
  const correction = CORRECTION.exec(sentence);
  const body = correction?.[1] ? correction[1] : sentence;
  for (const rule of RULES) {
    const draft = rule(body);
    if (draft === undefined) continue;
    const { why, scope = "user", ...rest } = draft;
    const sessionOnly = SESSION_ONLY.test(sentence);
    return {
      ...rest,
      bucket: sessionOnly ? "session" : "promote",
      scope: scopes.includes(scope) ? scope : "user",
      confidence: correction?.[1] ? Math.min(1, rest.confidence + 0.05) : rest.confidence,
      reason: `${correction?.[1] ? "correction: " : ""}${why}${sessionOnly ? " (this session only)" : ""}`,
    };
  }
  return undefined;
}

function matchesAnyRule(text: string): boolean {
  return RULES.some((rule) => rule(text) !== undefined);
}

function match(pattern: RegExp, build: (groups: (string | undefined)[]) => Draft | undefined): Rule {
  return (sentence) => {
    const found = pattern.exec(sentence);
    return found === null ? undefined : build(found.slice(1));
  };
}

function standingRule(body: string, confidence: number, why: string): Draft {
  const subject = findSubject(PREFERENCE_SUBJECTS, body);
  return {
    memoryType: "rule",
    key: subject?.key ?? `rule.${slug(body)}`,
    content: { value: clean(body) },
    text: `Always ${clean(body).replace(/^always\s+/i, "")}`,
    confidence,
    why,
  };
}

function preference(body: string, negative: boolean): Draft {
  const subject: Subject | undefined = findSubject(PREFERENCE_SUBJECTS, body);
  const value = clean(body);
  return {
    memoryType: "preference",
    key: subject?.key ?? `preference.${slug(body)}`,
    content: negative ? { value, negative: true } : { value },
    text: `${negative ? "Dislikes" : "Prefers"} ${value}`,
    confidence: 0.85,
    why: subject ? `preference about ${subject.label}` : "preference",
  };
}

function stackFact(body: string, scope: RuleScope, prefix: string): Draft {
  const subject = findSubject(STACK_SUBJECTS, body);
  return {
    memoryType: "fact",
    key: subject?.key ?? `${scope}.uses.${slug(body)}`,
    content: { value: clean(body) },
    text: `${prefix} ${clean(body)}`,
    confidence: 0.8,
    scope,
    why: subject ? `${subject.label} of the ${scope}` : `tool of the ${scope}`,
  };
}

function userFact(attribute: string, value: string, prefix: string): Draft {
  return {
    memoryType: "fact",
    key: `user.${attribute}`,
    content: { value: clean(value) },
    text: `${prefix} ${clean(value)}`,
    confidence: 0.8,
    why: `fact about the user (${attribute})`,
  };
}

function taskState(task: string, status: string): Draft | undefined {
  const name = clean(task).replace(/^(?:the|our|my)\s+/i, "");
  if (/^(?:it|that|this|i|we|you)$/i.test(name)) return undefined;
  return {
    memoryType: "task_state",
    key: `task.${slug(name)}`,
    content: { task: name, status },
    text: `Task "${name}": ${status.replace(/_/g, " ")}`,
    confidence: 0.8,
    why: "task state change",
  };
}

/** Splits a message into sentences, keeping a question's "?" so it can be recognised. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().replace(/[.!]+$/, "").trim())
    .filter((sentence) => sentence.length > 0);
}

function clean(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/[.,;:!]+$/, "").replace(/\s+(?:please|thanks|thank you)$/i, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
