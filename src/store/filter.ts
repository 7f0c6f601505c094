import { InvalidFilterError } from "./errors.js";
import { indexCondition, type IndexCondition } from "./fields.js";

/** A filter compiled to a SQL condition over the `value` JSON column of `store_items AS i`, with its parameters. */
export interface CompiledFilter {
  sql: string;
  params: unknown[];
}

/** A filter condition the filter index answers exactly, with the JSON check it stands for. */
export interface IndexedCondition extends IndexCondition {
  check: CompiledFilter;
}

/** A compiled search filter: its conditions one by one, and those the filter index (`store_fields`) can answer. */
export interface CompiledSearchFilter extends CompiledFilter {
  checks: CompiledFilter[];
  /** Equalities on short strings and finite numbers, and ranges over numbers. */
  indexed: IndexedCondition[];
}

const OPERATORS = new Set(["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin"]);
const MAX_PATH_LENGTH = 512;

/**
 * Compiles a search filter to SQL. Keys are dotted paths into the value
 * (`"meta.source"`); conditions are a value (equality) or an object of
 * operators `$eq $ne $gt $gte $lt $lte $in $nin`. Numbers compare as numbers,
 * strings as strings (never across types), booleans, null, objects and arrays
 * by value. Paths and values travel as bound parameters; nothing from the
 * filter is written into the SQL text.
 *
 * @throws InvalidFilterError for an unknown operator, a malformed path, or an
 *   operand of the wrong type.
 */
export function compileFilter(filter: Record<string, unknown> | undefined): CompiledSearchFilter {
  const checks: CompiledFilter[] = [];
  const indexed: IndexedCondition[] = [];
  for (const [path, condition] of Object.entries(filter ?? {})) {
    const jsonPath = toJsonPath(path);
    for (const [operator, operand] of conditions(path, condition)) {
      const check = compileCondition(jsonPath, operator, operand, path);
      checks.push(check);
      const index = indexCondition(path, operator, operand);
      if (index !== undefined) indexed.push({ ...index, check });
    }
  }
  return { ...allOf(checks), checks, indexed };
}

/** The filter without one of its checks: what is left to test of the items an index lookup found. */
export function filterWithout(filter: CompiledSearchFilter, answered: CompiledFilter): CompiledFilter {
  return allOf(filter.checks.filter((check) => check !== answered));
}

function allOf(checks: readonly CompiledFilter[]): CompiledFilter {
  return { sql: checks.length === 0 ? "1" : checks.map((check) => check.sql).join(" AND "), params: checks.flatMap((check) => check.params) };
}

function conditions(path: string, condition: unknown): [string, unknown][] {
  if (!isPlainObject(condition)) return [["$eq", condition]];
  const keys = Object.keys(condition);
  const operators = keys.filter((key) => key.startsWith("$"));
  if (operators.length === 0) return [["$eq", condition]];
  if (operators.length !== keys.length) {
    throw new InvalidFilterError(`Filter on "${path}" mixes operators and plain keys: ${JSON.stringify(keys)}.`);
  }
  for (const operator of operators) {
    if (!OPERATORS.has(operator)) {
      throw new InvalidFilterError(
        `Unknown filter operator "${operator}" on "${path}"; use one of ${[...OPERATORS].join(", ")}.`,
      );
    }
  }
  return Object.entries(condition);
}

function compileCondition(jsonPath: string, operator: string, operand: unknown, path: string): CompiledFilter {
  switch (operator) {
    case "$eq":
      return equals(jsonPath, operand, path);
    case "$ne":
      return negate(equals(jsonPath, operand, path));
    case "$in":
    case "$nin": {
      if (!Array.isArray(operand)) throw new InvalidFilterError(`${operator} on "${path}" takes an array.`);
      const any = oneOf(jsonPath, operand, path);
      return operator === "$in" ? any : negate(any);
    }
    default:
      return compare(jsonPath, operator, operand, path);
  }
}

function equals(jsonPath: string, operand: unknown, path: string): CompiledFilter {
  switch (typeof operand) {
    case "number":
      return numberCompare(jsonPath, "=", operand, path);
    case "string":
      return { sql: "(json_type(i.value, ?) = 'text' AND json_extract(i.value, ?) = ?)", params: [jsonPath, jsonPath, operand] };
    case "boolean":
      return { sql: "json_type(i.value, ?) = ?", params: [jsonPath, operand ? "true" : "false"] };
    case "undefined":
      return { sql: "json_type(i.value, ?) IS NULL", params: [jsonPath] };
    case "object":
      if (operand === null) return { sql: "json_type(i.value, ?) = 'null'", params: [jsonPath] };
      return {
        sql: "(json_type(i.value, ?) IN ('object', 'array') AND (i.value -> ?) = json(?))",
        params: [jsonPath, jsonPath, JSON.stringify(operand)],
      };
    default:
      throw new InvalidFilterError(`Filter value on "${path}" must be JSON, got ${typeof operand}.`);
  }
}

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" };

function compare(jsonPath: string, operator: string, operand: unknown, path: string): CompiledFilter {
  const sqlOperator = COMPARISONS[operator]!;
  if (typeof operand === "number") return numberCompare(jsonPath, sqlOperator, operand, path);
  if (typeof operand === "string") {
    return { sql: `(json_type(i.value, ?) = 'text' AND json_extract(i.value, ?) ${sqlOperator} ?)`, params: [jsonPath, jsonPath, operand] };
  }
  throw new InvalidFilterError(`${operator} on "${path}" takes a number or a string, got ${JSON.stringify(operand)}.`);
}

function numberCompare(jsonPath: string, sqlOperator: string, operand: number, path: string): CompiledFilter {
  if (!Number.isFinite(operand)) throw new InvalidFilterError(`Filter value on "${path}" must be a finite number.`);
  return {
    sql: `(json_type(i.value, ?) IN ('integer', 'real') AND json_extract(i.value, ?) ${sqlOperator} ?)`,
    params: [jsonPath, jsonPath, operand],
  };
}

function negate(condition: CompiledFilter): CompiledFilter {
  return { sql: `NOT coalesce(${condition.sql}, 0)`, params: condition.params };
}

/**
 * Equality with any of `operands`, with the same meaning as an `OR` of
 * `equals`, but with each kind of operand bound as one JSON array read by
 * `json_each`: the SQL has the same size for 3 values or 50,000.
 */
function oneOf(jsonPath: string, operands: unknown[], path: string): CompiledFilter {
  const kinds = { text: [] as string[], number: [] as number[], literal: [] as string[], composite: [] as string[], missing: false };
  for (const operand of operands) {
    if (typeof operand === "string") kinds.text.push(operand);
    else if (typeof operand === "number") {
      if (!Number.isFinite(operand)) throw new InvalidFilterError(`Filter value on "${path}" must be a finite number.`);
      kinds.number.push(operand);
    } else if (typeof operand === "boolean") kinds.literal.push(operand ? "true" : "false");
    else if (operand === null) kinds.literal.push("null");
    else if (operand === undefined) kinds.missing = true;
    else if (typeof operand === "object") kinds.composite.push(JSON.stringify(operand));
    else throw new InvalidFilterError(`Filter value on "${path}" must be JSON, got ${typeof operand}.`);
  }
  const parts: CompiledFilter[] = [];
  if (kinds.text.length > 0) {
    parts.push({
      sql: "(json_type(i.value, ?) = 'text' AND json_extract(i.value, ?) IN (SELECT value FROM json_each(?)))",
      params: [jsonPath, jsonPath, JSON.stringify(kinds.text)],
    });
  }
  if (kinds.number.length > 0) {
    parts.push({
      sql: "(json_type(i.value, ?) IN ('integer', 'real') AND json_extract(i.value, ?) IN (SELECT value FROM json_each(?)))",
      params: [jsonPath, jsonPath, JSON.stringify(kinds.number)],
    });
  }
  if (kinds.literal.length > 0) {
    parts.push({ sql: "json_type(i.value, ?) IN (SELECT value FROM json_each(?))", params: [jsonPath, JSON.stringify(kinds.literal)] });
  }
  if (kinds.composite.length > 0) {
    parts.push({
      sql: "(json_type(i.value, ?) IN ('object', 'array') AND (i.value -> ?) IN (SELECT json(value) FROM json_each(?)))",
      params: [jsonPath, jsonPath, JSON.stringify(kinds.composite)],
    });
  }
  if (kinds.missing) parts.push({ sql: "json_type(i.value, ?) IS NULL", params: [jsonPath] });
  if (parts.length === 0) return { sql: "0", params: [] };
  return { sql: `(${parts.map((part) => part.sql).join(" OR ")})`, params: parts.flatMap((part) => part.params) };
}

/** A dotted path as a SQLite JSON path with every label quoted. */
function toJsonPath(path: string): string {
  const labels = path.split(".");
  // SQLite's JSON path syntax has no escape for a quote inside a quoted label, and reads a backslash as one.
  if (path.length === 0 || path.length > MAX_PATH_LENGTH || labels.some((label) => label.length === 0 || /["\\]/.test(label))) {
    throw new InvalidFilterError(
      `Malformed filter path ${JSON.stringify(path.slice(0, 80))}: use dotted keys ("meta.source") without empty parts, double quotes or backslashes.`,
    );
  }
  return `$${labels.map((label) => `."${label}"`).join("")}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
