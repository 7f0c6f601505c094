import { createHash } from "node:crypto";
import { textsAtPath } from "./paths.js";

/**
 * The texts of a value to index: the given fields (JSON paths such as
 * `title`, `meta.summary`, `chapters[*].content`, or `$` for the whole
 * value), or every string in the value when no field is given.
 */
export function indexedTexts(value: Record<string, unknown>, fields: readonly string[] | undefined): { field: string; text: string }[] {
  if (fields === undefined) return [{ field: "$", text: stringLeaves(value).join("\n") }].filter(({ text }) => text !== "");
  return fields.flatMap((field) =>
    textsAtPath(value, field)
      .filter((text) => text !== "")
      .map((text, i, all) => ({ field: all.length > 1 ? `${field}#${i}` : field, text })),
  );
}

function stringLeaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringLeaves);
  return [];
}

/** The keyword-index token of one namespace prefix: alphanumeric, so no tokenizer splits it. */
export function scopeToken(encodedPrefix: string): string {
  return `ns${createHash("sha256").update(encodedPrefix).digest("hex").slice(0, 20)}`;
}

/** Most terms a keyword query keeps, so a pasted document cannot make one search arbitrarily slow. */
const MAX_QUERY_TERMS = 32;

/**
 * The words of a free-text query, lower-cased and unique, without English
 * stopwords (unless the query has nothing else): "what is my deadline" ranks
 * by "deadline", and FTS5 need not read the document list of every "is".
 * Quotes, `*`, `NEAR`, parentheses and column filters are plain text, never
 * FTS5 syntax.
 */
export function queryTerms(query: string): string[] {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_QUERY_TERMS);
}

const STOPWORDS = new Set(
  ("a about above after again all am an and any are as at be been before being below between both but by can could " +
    "did do does doing down during each few for from further had has have having he her here hers him his how i if in " +
    "into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own " +
    "same she should so some such than that the their theirs them then there these they this those through to too under " +
    "until up very was we were what when where which while who whom why will with would you your yours").split(" "),
);

/** The words of a keyword search, and the keyword-index token of the namespace prefix it searches under, if any. */
export interface KeywordQuery {
  terms: string[];
  scope: string | undefined;
}

/** Terms as an FTS5 expression over the text column (each quoted, joined by OR), within a scope token when given. */
export function keywordExpression(terms: readonly string[], scope: string | undefined): string {
  const text = `text : (${terms.map((term) => `"${term}"`).join(" OR ")})`;
  return scope === undefined ? text : `scope : "${scope}" AND ${text}`;
}

/** Cosine similarity of two vectors of equal length. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
