import { mentionsSelf, speaksForTeam } from "./evidence.js";

/**
 * Who is speaking inside a user's message. Only the user's own words become
 * the user's memories: code, quotes, chat transcripts, stack traces, logs,
 * JSON and pasted documents are material the user shows, not things the user
 * says about themself.
 */

/** What a pasted span is. */
export type PastedKind = "code" | "quote" | "transcript" | "trace" | "log" | "json" | "document";

/** A run of a message: the user's own words, or pasted material of some kind. */
export type SpeechSpan = { text: string; pasted: false } | { text: string; pasted: true; kind: PastedKind };

const FENCE = /(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$))/;
const QUOTE_LINE = /^\s*>/;
/** `[14:02] dmitri: hi`, `<dmitri> hi`, `Dmitri (10:32): hi`, `dmitri: hi`. */
const SPEAKER_LINE = /^\s*(?:\[[^\]]{1,25}\]\s*)?(?:<([^>]{1,30})>|@?([\p{L}][\p{L}\p{N}._'-]*(?: [\p{L}][\p{L}\p{N}._'-]*)?)\s*(?:\([^)]{1,25}\)\s*)?:)\s*\S/u;
const TIMESTAMPED = /^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?\]?\)?\s/i;
/** Labels a user writes before their own words; never speakers. */
const LABELS = new Set(["from", "to", "cc", "bcc", "subject", "sent", "date", "re", "fw", "fwd", "note", "edit", "update", "ps", "p.s", "tl;dr", "tldr", "context", "question", "answer", "q", "a", "summary", "background", "goal", "problem", "issue", "fyi", "todo", "reminder", "also", "btw", "example", "e.g", "i.e", "thanks", "me", "i", "user"]);
const TRACE_LINE =
  /^\s*(?:at\s+(?:async\s+)?[\w$.<>[\]/\\-]*\s*\(?[^()\s]*:\d+(?::\d+)?\)?\s*$|File ".*", line \d+|Traceback \(most recent call last\)|Caused by:|(?:[\w.$]+(?:Error|Exception)|panic|fatal error|Segmentation fault)\b.*|\.\.\. \d+ more|#\d+\s+0x[0-9a-f]+)/i;
const LOG_LINE =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]?\d{0,2}|\[?\d{2}:\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|CRITICAL)\b|\$ |npm (?:ERR|WARN)|\S+=\S+ \S+=\S+|(?:GET|POST|PUT|DELETE|PATCH) \/\S*|\d{1,3}(?:\.\d{1,3}){3} )/;
const JSON_START = /^\s*[[{]\s*(?:$|"|\{|\[)/;
/** A forwarded or quoted e-mail: its header block starts pasted material. */
const EMAIL_HEADER = /^\s*(?:-{3,}\s*(?:forwarded|original) message\s*-{3,}|(?:from|to|cc|subject|sent|date):\s+\S|on .{3,160} wrote:\s*$|begin forwarded message:?)/i;
const SEPARATOR = /^\s*(?:-{2,}|_{3,}|={3,})\s*$/;
/** A shell prompt: the lines after it, up to a blank line, are the command's output. */
const PROMPT = /^\s*(?:\$|PS [A-Z]:\\[^>]*>|[A-Z]:\\[^>]*>|[\w.-]+@[\w.-]+:[^$#]*[$#])\s+\S/;
/** A Markdown or ASCII table row. */
const TABLE_LINE = /^\s*\|.*\|\s*$|^\s*\+[-=+]{3,}\+?\s*$/;
/** Code pasted without a fence: declarations, imports, SQL, markup, lines that end a statement or a block. */
const CODE_LINE =
  /^\s*(?:import\s+[\w{*"']|from\s+[\w.]+\s+import\b|def\s+\w+\(|class\s+\w+[\s:({]|function\s+\w*\(|(?:const|let|var)\s+\w+\s*=|(?:public|private|protected|static)\s+\w|#include\b|package\s+[\w.]+;?$|(?:SELECT|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM|CREATE TABLE)\b|<\/?[a-z][\w-]*(?:\s[^>]*)?>|return\b.*;$|}\s*(?:else\b.*)?$)|[;{]\s*$/;
const INLINE_JSON = /\{\s*"[^"\n]+"\s*:[^\n]*\}/g;
const LEAD_IN =
  /(?::\s*$|\?\s*$|\b(?:below|as follows|pasted|copied|here(?:'s| is| are)|this (?:article|post|doc(?:ument)?|page|posting|job|listing|email|thread|log|output|snippet|text|message|review|readme))\b.*:\s*$)/i;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|edu|gov|app|info)\b(?:\s+›|\/)/i;
const BREADCRUMB = /\S\s›\s\S/;
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s+/;
const RESULT_ITEM = /\s[—–·|›-]\s|★|\(\d[\d,]* (?:reviews?|ratings?|votes?)\)|\bhttps?:/;
/** An INI section or a key=value line of a config file (a systemd unit, an .env, a .ini). */
const CONFIG_LINE = /^\s*\[[\w .:-]+\]\s*$|^\s*[A-Za-z_][\w.-]*=\S/;
const QUOTED = /["“]([^"”\n]{12,})["”]/g;

/**
 * Splits a message into the user's own words and pasted material, in order.
 * Deliberately conservative on the user's side: when in doubt a long,
 * impersonal block is treated as pasted, because a fact that is not
 * remembered costs less than a stranger's words stored as the user's.
 */
export function splitSpeech(message: string): SpeechSpan[] {
  const spans: SpeechSpan[] = [];
  for (const part of message.split(FENCE)) {
    if (part === "") continue;
    if (FENCE.test(part) && /^(?:```|~~~)/.test(part)) spans.push({ text: part, pasted: true, kind: "code" });
    else spans.push(...classifyProse(part));
  }
  return merge(spans.flatMap((span) => (span.pasted ? [span] : splitQuotes(span.text))));
}

/** The user's own words in a message, pasted material left out. */
export function spokenText(message: string): string {
  return splitSpeech(message)
    .filter((span) => !span.pasted)
    .map((span) => span.text)
    .join("\n")
    .trim();
}

/**
 * What kind of pasted material `text` is, if it is any: for checking the
 * evidence a candidate quotes, which must be the user's own words.
 */
export function pastedKindOf(text: string): PastedKind | undefined {
  const spans = splitSpeech(text);
  const spoken = spans.filter((span) => !span.pasted && span.text.trim() !== "");
  // Quoted alone, a timestamped or <nick> line in another speaker's name is still someone else's.
  if (spoken.length === 1 && spans.length === 1 && /^\s*(?:\[[^\]]{1,25}\]|<[^>]{1,30}>|\(?\d{1,2}:\d{2})/.test(spoken[0]!.text) && speakerOf(spoken[0]!.text.replace(TIMESTAMPED, "")) !== undefined) {
    return "transcript";
  }
  if (spoken.length > 0) return undefined;
  return spans.find((span) => span.pasted)?.kind;
}

/** Renders a message for a model with pasted material replaced by a marker, so it is not read as the user's words. */
export function markPasted(message: string): string {
  return splitSpeech(message)
    .map((span) => (span.pasted ? `[pasted ${span.kind}, ${span.text.length} characters: not the user's words]` : span.text))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function classifyProse(text: string): SpeechSpan[] {
  const lines = text.split("\n");
  // Two different speakers, or one with a timestamp: a user's "Quick update: …" is not a transcript.
  const speakers = new Set(lines.flatMap((line) => speakerOf(line) ?? []));
  const transcript = speakers.size >= 2 || lines.some((line) => TIMESTAMPED.test(line) && speakerOf(line.replace(TIMESTAMPED, "")) !== undefined);
  const kinds: (PastedKind | undefined)[] = lines.map((line) => (transcript && speakerOf(line) !== undefined ? "transcript" : lineKind(line)));
  markJsonBlocks(lines, kinds);
  markEmails(lines, kinds);
  markTerminalOutput(lines, kinds);
  markLeadIns(lines, kinds);
  markImpersonalParagraphs(lines, kinds);
  return lines.map((line, i): SpeechSpan => {
    const kind = kinds[i];
    return kind === undefined ? { text: line, pasted: false } : { text: line, pasted: true, kind };
  });
}

function speakerOf(line: string): string | undefined {
  const found = SPEAKER_LINE.exec(line);
  const speaker = (found?.[1] ?? found?.[2])?.toLowerCase();
  return speaker === undefined || LABELS.has(speaker) ? undefined : speaker;
}

function lineKind(line: string): PastedKind | undefined {
  if (QUOTE_LINE.test(line)) return "quote";
  if (TABLE_LINE.test(line)) return "document";
  if (CONFIG_LINE.test(line)) return "code";
  if (CODE_LINE.test(line)) return "code";
  if (TRACE_LINE.test(line)) return "trace";
  if (LOG_LINE.test(line)) return "log";
  if (JSON_START.test(line) && /[":]/.test(line)) return "json";
  return undefined;
}

/** A line that opens `{` or `[` starts JSON until its brackets close. */
function markJsonBlocks(lines: string[], kinds: (PastedKind | undefined)[]): void {
  for (let i = 0; i < lines.length; i += 1) {
    if (!/^\s*[[{]\s*$/.test(lines[i]!) && !JSON_START.test(lines[i]!)) continue;
    let depth = 0;
    let end = i;
    for (; end < lines.length; end += 1) {
      for (const char of lines[end]!) depth += char === "{" || char === "[" ? 1 : char === "}" || char === "]" ? -1 : 0;
      if (depth <= 0) break;
    }
    if (end === i && depth !== 0) continue;
    for (let j = i; j <= Math.min(end, lines.length - 1); j += 1) kinds[j] = "json";
    i = end;
  }
}

/**
 * From an e-mail's header, or a document's header block ("Status: Draft" and
 * "Author: platform team" on consecutive lines), to a separator line (or the
 * end): the e-mail or the document, not the user.
 */
function markEmails(lines: string[], kinds: (PastedKind | undefined)[]): void {
  let inside = false;
  const field = (line: string | undefined) => {
    const name = /^\s*([A-Z][\w -]{1,24}):\s+\S/.exec(line ?? "")?.[1]?.toLowerCase();
    return name !== undefined && !LABELS.has(name);
  };
  // The user speaking again after the block, in a last short paragraph, ends it.
  const lastBlank = lines.findLastIndex((line) => line.trim() === "");
  // A closing separator ("---" after the sign-off) is not the user speaking.
  const tailSpeaks = lastBlank >= 0 && speaksAgain(lines.slice(lastBlank + 1).filter((line) => !SEPARATOR.test(line)).join(" "));
  lines.forEach((line, i) => {
    if (tailSpeaks && i > lastBlank) inside = false;
    else if (!inside && (EMAIL_HEADER.test(line) || (field(line) && lines.slice(i + 1, i + 4).some(field)))) inside = true;
    else if (kinds[i] !== undefined) return;
    else if (inside && SEPARATOR.test(line)) {
      kinds[i] = "document";
      inside = false;
      return;
    }
    if (inside) kinds[i] = "document";
  });
}

/** The output under a shell prompt, up to a blank line, is the terminal's. */
function markTerminalOutput(lines: string[], kinds: (PastedKind | undefined)[]): void {
  let output = false;
  lines.forEach((line, i) => {
    if (line.trim() === "") output = false;
    else if (PROMPT.test(line)) {
      kinds[i] = "log";
      output = true;
    } else if (output) kinds[i] = "log";
  });
}

/**
 * A short line of the user's ending in ":" ("here's the posting:") introduces
 * pasted material: what follows is pasted, up to a final short paragraph in
 * which the user speaks again (in the first person, or asking).
 */
function markLeadIns(lines: string[], kinds: (PastedKind | undefined)[]): void {
  // A question leads in only when a blank line and a block follow it ("does this fit me?\n\n<posting>").
  // "Quick context on me:" introduces the user's own words, not a paste.
  const leadIn = lines.findIndex(
    (line, i) =>
      kinds[i] === undefined &&
      LEAD_IN.test(line) &&
      !/\b(?:about|on) (?:me|myself)\b|\bmy (?:preferences|details|info|background|context|notes)\b/i.test(line) &&
      !introducesOwnList(lines, i) &&
      line.trim().split(/\s+/).length <= 20 &&
      i < lines.length - 1 &&
      (!line.trim().endsWith("?") || (lines[i + 1]!.trim() === "" && lines.slice(i + 2).some((next) => next.trim() !== ""))),
  );
  if (leadIn < 0 || lines.slice(leadIn + 1).every((line) => line.trim() === "")) return;
  let end = lines.length;
  const lastBlank = lines.findLastIndex((line, i) => i > leadIn && line.trim() === "");
  if (lastBlank > leadIn && speaksAgain(lines.slice(lastBlank + 1).join(" "))) end = lastBlank;
  let afterMarked = false;
  for (let i = leadIn + 1; i < end; i += 1) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (kinds[i] !== undefined) {
      afterMarked = true;
      continue;
    }
    // After a block recognised on its own (a trace, a log), a short first-person line is the user again.
    if (afterMarked && speaksAgain(line)) return;
    kinds[i] = "document";
  }
}

/** A lead-in that names the user's own list: rules, info or notes given to the assistant ("team rules for installs:"). */
const OWN_LIST_LEAD_IN = /\b(?:rules|info|information|notes|reminders|policies|facts|basics|essentials)\b(?!.*\b(?:from|by|in|of) (?:the|this|that|their|his|her)\b)|\bfor (?:the |my |our )?(?:assistant|bot|ai|you)\b/i;

/**
 * "Salon info for the assistant:" over a short bulleted list ("- we close 4pm on
 * Sundays", "- I'm off every Monday") is the user's own list, not pasted
 * material: every line up to a blank one is a short item, and the lead-in names
 * the list as theirs or half the items speak as the user or the team.
 */
function introducesOwnList(lines: string[], leadIn: number): boolean {
  if (!/:\s*$/.test(lines[leadIn]!) || /\b(?:below|as follows|pasted|copied|forwarded|here(?:'s| is| are))\b/i.test(lines[leadIn]!)) return false;
  const end = lines.findIndex((line, i) => i > leadIn && line.trim() === "");
  const items = lines.slice(leadIn + 1, end < 0 ? lines.length : end);
  if (items.length === 0 || items.length > 12 || !items.every((line) => LIST_ITEM.test(line) && line.trim().split(/\s+/).length <= 30)) return false;
  return OWN_LIST_LEAD_IN.test(lines[leadIn]!) || 2 * items.filter((line) => mentionsSelf(line) || speaksForTeam(line)).length >= items.length;
}

/** A letter's salutation or sign-off: someone else's words, even in the first person. */
const LETTER = /^\s*(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey|[Gg]ood (?:morning|afternoon))\s+[\p{Lu}][\p{L}-]*\s*,|(?:^|\s)(?:[Bb]est|[Rr]egards|[Kk]ind regards|[Bb]est regards|[Tt]hanks|[Cc]heers|[Ss]incerely|[Ww]armly),?\s+[\p{Lu}][\p{L}-]*\s*$/u;

function speaksAgain(text: string): boolean {
  return text.length < 240 && !LETTER.test(text) && (mentionsSelf(text) || text.trim().endsWith("?"));
}

/**
 * A long paragraph in which nobody says "I" or "my", or a list of links, is a
 * pasted document (an article, a job posting, search results), not the user
 * speaking, even without a lead-in.
 */
function markImpersonalParagraphs(lines: string[], kinds: (PastedKind | undefined)[]): void {
  const paragraphs: number[][] = [[]];
  lines.forEach((line, i) => (line.trim() === "" ? paragraphs.push([]) : paragraphs.at(-1)!.push(i)));
  const spokenParagraphs = paragraphs.filter((indexes) => indexes.some((i) => kinds[i] === undefined));
  for (const indexes of spokenParagraphs) {
    const own = indexes.filter((i) => kinds[i] === undefined);
    const text = own.map((i) => lines[i]).join(" ");
    const whole = indexes.map((i) => lines[i]).join(" ");
    // Links, or list items shaped like results ("Trattoria — Rome · ★★★★", "(2,314 reviews)").
    const links = own.filter((i) => URL.test(lines[i]!) || (LIST_ITEM.test(lines[i]!) && RESULT_ITEM.test(lines[i]!))).length;
    const impersonal = whole.length > 280 && !mentionsSelf(text) && spokenParagraphs.length + lines.length > 2;
    const linkList = links >= 2 && links >= own.length / 2;
    // "studyninja.io › hacks", "Reddit › r/GetStudying": a search engine's breadcrumb, which nobody types.
    const searchResult = own.some((i) => BREADCRUMB.test(lines[i]!));
    if (impersonal || linkList || searchResult) for (const i of own) kinds[i] = "document";
  }
}

/** Quoted words of at least a few words, and inline JSON, inside the user's own text are not the user speaking. */
function splitQuotes(text: string): SpeechSpan[] {
  const spans: SpeechSpan[] = [];
  let last = 0;
  const found = [
    ...[...text.matchAll(INLINE_JSON)].map((match) => ({ match, kind: "json" as const })),
    ...[...text.matchAll(QUOTED)].filter((match) => match[1]!.trim().split(/\s+/).length >= 3).map((match) => ({ match, kind: "quote" as const })),
  ].sort((a, b) => a.match.index! - b.match.index!);
  for (const { match, kind } of found) {
    if (match.index! < last) continue;
    spans.push({ text: text.slice(last, match.index), pasted: false }, { text: match[0], pasted: true, kind });
    last = match.index! + match[0].length;
  }
  spans.push({ text: text.slice(last), pasted: false });
  return spans.filter((span) => span.text.length > 0);
}

function merge(spans: SpeechSpan[]): SpeechSpan[] {
  const merged: SpeechSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last !== undefined && last.pasted === span.pasted && (!last.pasted || (span.pasted && last.kind === span.kind))) {
      last.text = `${last.text}\n${span.text}`;
    } else merged.push({ ...span });
  }
  return merged;
}
