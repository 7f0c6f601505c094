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
 * A free-text query as an FTS5 expression: its words, each quoted, joined by
 * OR. Quotes, `*`, `NEAR`, parentheses and column filters in the input are
 * plain text, never FTS5 syntax. Undefined when the query has no words.
 */
export function toKeywordQuery(query: string): string | undefined {
  const terms = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_QUERY_TERMS);
  return terms.length === 0 ? undefined : terms.map((term) => `"${term}"`).join(" OR ");
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
