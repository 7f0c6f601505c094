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
  const problem = findUnstorable(value, 0, new Set());
  if (problem !== undefined) {
    throw new InvalidValueError(`The value for key "${key}" cannot be stored as JSON: ${describe(problem)}.`);
  }
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json);
  if (bytes > maxBytes) {
    throw new InvalidValueError(`The value for key "${key}" is ${bytes} bytes as JSON, over the store's maxValueBytes of ${maxBytes}.`);
  }
  return json;
}

/** Why a part of a value cannot round-trip through JSON, and where: the members and indexes from the value down to it. */
interface Unstorable {
  steps: (string | number)[];
  why: string;
}

/** The path of an unstorable part as written in messages (`value.a.b[2]`), then why. */
function describe({ steps, why }: Unstorable): string {
  const path = steps.reduceRight<string>((path, step) => (typeof step === "number" ? `${path}[${step}]` : `${path}.${step}`), "value");
  return `${path} ${why}`;
}

/**
 * What of `node` cannot round-trip through JSON, or undefined when all can.
 * The path is collected only on the way back from a failure, so a valid
 * value (every put's) costs one walk and no strings.
 */
function findUnstorable(node: unknown, depth: number, ancestors: Set<object>): Unstorable | undefined {
  switch (typeof node) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(node) ? undefined : { steps: [], why: `is ${node}, which JSON would turn into null` };
    case "bigint":
      return { steps: [], why: "is a BigInt, which JSON cannot hold" };
    case "function":
    case "symbol":
      return { steps: [], why: `is a ${typeof node}, which JSON would drop` };
    case "undefined":
      return { steps: [], why: "is undefined, which JSON would turn into null" };
  }
  if (node === null) return undefined;
  const object = node as object;
  if (depth > MAX_VALUE_DEPTH) return { steps: [], why: `is nested deeper than ${MAX_VALUE_DEPTH} levels` };
  if (ancestors.has(object)) return { steps: [], why: "is a circular reference" };
  ancestors.add(object);
  try {
    if (Array.isArray(object)) {
      for (let i = 0; i < object.length; i += 1) {
        const problem = findUnstorable(object[i], depth + 1, ancestors);
        if (problem !== undefined) return { steps: [...problem.steps, i], why: problem.why };
      }
      return undefined;
    }
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) {
      const kind = (prototype as { constructor?: { name?: string } }).constructor?.name || "class instance";
      return { steps: [], why: `is a ${kind}, which JSON would not keep as it is (use a plain object or an array)` };
    }
    if (Object.getOwnPropertySymbols(object).length > 0) return { steps: [], why: "has symbol keys, which JSON would drop" };
    for (const member of Object.keys(object)) {
      const child = (object as Record<string, unknown>)[member];
      if (child === undefined) continue;
      const problem = findUnstorable(child, depth + 1, ancestors);
      if (problem !== undefined) return { steps: [...problem.steps, member], why: problem.why };
    }
    return undefined;
  } finally {
    ancestors.delete(object);
  }
}
