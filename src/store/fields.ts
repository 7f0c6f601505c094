/**
 * The filter index: which scalar leaves of a value `store_fields` holds, so
 * that an equality filter is an index lookup instead of a `json_extract`
 * scan. One place decides, for writes and for searches alike.
 */

/** Strings longer than this are not indexed: equality filters on long text are rare, and they stay exact by scan. */
export const MAX_INDEXED_TEXT = 64;

/** A scalar a filter can look up in the index. */
export type IndexedScalar = string | number;

/** Whether an equality operand can be looked up in the index (a short string or a finite number). */
export function isIndexedScalar(value: unknown): value is IndexedScalar {
  return (typeof value === "string" && value.length <= MAX_INDEXED_TEXT) || (typeof value === "number" && Number.isFinite(value));
}

/**
 * The `[path, value]` pairs indexed for a value: every short string and
 * finite number reached through object keys only (never inside arrays), at
 * the dotted path a filter names it by. Keys a filter cannot name (empty, or
 * with `.`, `"` or `\`) are skipped.
 */
export function indexedFields(value: Record<string, unknown>): [string, IndexedScalar][] {
  const fields: [string, IndexedScalar][] = [];
  const visit = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, child] of Object.entries(node)) {
      if (key === "" || /[."\\]/.test(key)) continue;
      const path = prefix === "" ? key : `${prefix}.${key}`;
      if (isIndexedScalar(child)) fields.push([path, child]);
      else if (child !== null && typeof child === "object" && !Array.isArray(child)) visit(child as Record<string, unknown>, path);
    }
  };
  visit(value, "");
  return fields;
}

/**
 * A filter condition the index answers: SQL over `store_fields AS f` with
 * its parameters. `ordered` when its rows come in (namespace, item) order,
 * as an equality's do.
 */
export interface IndexCondition {
  sql: string;
  params: unknown[];
  ordered: boolean;
}

const RANGES: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" };

/**
 * The index condition for one filter condition, or undefined when the index
 * cannot answer it exactly: equality with a short string or a finite number,
 * or a range over numbers (every finite number is indexed; `f.value < ''`
 * keeps text out, which sorts after every number).
 */
export function indexCondition(path: string, operator: string, operand: unknown): IndexCondition | undefined {
  if (operator === "$eq" && isIndexedScalar(operand)) return { sql: "f.path = ? AND f.value = ?", params: [path, operand], ordered: true };
  const range = RANGES[operator];
  if (range !== undefined && typeof operand === "number" && Number.isFinite(operand)) {
    return { sql: `f.path = ? AND f.value ${range} ? AND f.value < ''`, params: [path, operand], ordered: false };
  }
  return undefined;
}
