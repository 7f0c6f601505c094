import { InvalidValueError } from "./errors.js";

/** Deeper values are refused: SQLite's JSON functions stop at 1,000 levels, and no memory needs 100. */
const MAX_VALUE_DEPTH = 100;

/**
 * A value as stored JSON, or an `InvalidValueError` naming the path of the
 * first part JSON cannot hold exactly: a BigInt, a function, a symbol, a
 * non-finite number, `undefined` (or a hole) inside an array, an object
 * that is not a plain object or an array (`Map`, `Set`, `Date`, a class
 * instance), a circular reference, more than 100 levels of nesting, or more
 * than `maxBytes` bytes of JSON in all. `undefined` object members are
 * omitted, as `JSON.stringify` and a read of a missing key agree on them.
 */
export function serializeValue(key: string, value: Record<string, unknown>, maxBytes: number): string {
  const problem = findUnstorable(value, "value", 0, new Set());
  if (problem !== undefined) {
    throw new InvalidValueError(`The value for key "${key}" cannot be stored as JSON: ${problem}.`);
  }
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json);
  if (bytes > maxBytes) {
    throw new InvalidValueError(`The value for key "${key}" is ${bytes} bytes as JSON, over the store's maxValueBytes of ${maxBytes}.`);
  }
  return json;
}

/** Where and why `node` cannot round-trip through JSON, or undefined when it can. */
function findUnstorable(node: unknown, path: string, depth: number, ancestors: Set<object>): string | undefined {
  switch (typeof node) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(node) ? undefined : `${path} is ${node}, which JSON would turn into null`;
    case "bigint":
      return `${path} is a BigInt, which JSON cannot hold`;
    case "function":
    case "symbol":
      return `${path} is a ${typeof node}, which JSON would drop`;
    case "undefined":
      return `${path} is undefined, which JSON would turn into null`;
  }
  if (node === null) return undefined;
  const object = node as object;
  if (depth > MAX_VALUE_DEPTH) return `${path} is nested deeper than ${MAX_VALUE_DEPTH} levels`;
  if (ancestors.has(object)) return `${path} is a circular reference`;
  ancestors.add(object);
  try {
    if (Array.isArray(object)) {
      for (let i = 0; i < object.length; i += 1) {
        const problem = findUnstorable(object[i], `${path}[${i}]`, depth + 1, ancestors);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) {
      const kind = (prototype as { constructor?: { name?: string } }).constructor?.name || "class instance";
      return `${path} is a ${kind}, which JSON would not keep as it is (use a plain object or an array)`;
    }
    if (Object.getOwnPropertySymbols(object).length > 0) return `${path} has symbol keys, which JSON would drop`;
    for (const [member, child] of Object.entries(object)) {
      if (child === undefined) continue;
      const problem = findUnstorable(child, `${path}.${member}`, depth + 1, ancestors);
      if (problem !== undefined) return problem;
    }
    return undefined;
  } finally {
    ancestors.delete(object);
  }
}
