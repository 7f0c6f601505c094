import * as messageClasses from "@langchain/core/messages";
import { DeltaSnapshot, JsonPlusSerializer } from "@langchain/langgraph-checkpoint";

type MessageClass = new (fields: Record<string, unknown>) => messageClasses.BaseMessage;

/** Marks a value the fast path does not decode; the whole value then takes the official path. */
const SLOW_PATH: unique symbol = Symbol("slow path");
type Revived = unknown | typeof SLOW_PATH;

/** Deeper values are rare enough to leave to the official reviver and its depth guard. */
const MAX_FAST_DEPTH = 64;

/** kwargs keys whose camel-case form is unambiguous (`tool_call_id` → `toolCallId`). */
const SNAKE_CASE_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

const MESSAGE_CLASSES = new Map<string, { create: MessageClass; aliases: Record<string, string> }>(
  Object.entries(messageClasses)
    // Not `instanceof`: BaseMessage overrides it to duck-type instances.
    .filter(([, value]) => typeof value === "function" && messageClasses.BaseMessage.prototype.isPrototypeOf(value.prototype))
    .map(([name, value]) => [name, { create: value as MessageClass, aliases: invertedAliases(value as MessageClass) }]),
);

/**
 * LangGraph's `JsonPlusSerializer`, with a synchronous fast path for reading
 * the values that dominate long threads: lists of chat messages.
 *
 * It writes exactly what `JsonPlusSerializer` writes. On read, a value takes
 * the fast path only when it is plain JSON whose only LangChain records are
 * current `@langchain/core/messages` classes with plain JSON arguments, possibly
 * inside a DeltaChannel's snapshot; the message is then constructed directly,
 * as `load()` would construct it, but without one async call per JSON node.
 * Any other value (Sets, Maps, secrets, escaped objects, other LangChain
 * classes, legacy ids)
 * is decoded by `JsonPlusSerializer` itself, so results are identical.
 */
export class MessageFastPathSerializer extends JsonPlusSerializer {
  /**
   * Refuses values that `JsonPlusSerializer` would silently replace or drop:
   * it writes a placeholder string instead of a value JSON cannot hold (a
   * BigInt, a throwing `toJSON`), `"[Circular]"` instead of a circular
   * reference, and nothing at all for a function or a symbol (an empty blob
   * when it is the whole value, which no reader can parse back).
   */
  override async dumpsTyped(value: unknown): Promise<[string, Uint8Array]> {
    const unwritable = findFunctionOrSymbol(value, "", new Set());
    if (unwritable !== undefined) {
      throw new TypeError(`the value holds ${unwritable.what} at ${unwritable.path || "its root"}; JSON cannot hold it`);
    }
    const [type, data] = await super.dumpsTyped(value);
    if (type === "json") assertWrittenFaithfully(value, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return [type, data];
  }

  protected override async _loads(data: string): Promise<unknown> {
    const revived = reviveFast(JSON.parse(data), 0, true);
    return revived === SLOW_PATH ? super._loads(data) : revived;
  }
}

/**
 * @param allowMessages false inside a message's arguments: a message nested
 *   there is left to `load()` as a whole.
 */
const UNSERIALIZABLE_TEXT = "[unable to serialize, circular reference is too complex to analyze]";
const UNSERIALIZABLE_PLACEHOLDER = Buffer.from(JSON.stringify(UNSERIALIZABLE_TEXT));
const CIRCULAR_PLACEHOLDER = Buffer.from(JSON.stringify("[Circular]"));

function assertWrittenFaithfully(value: unknown, written: Buffer): void {
  if (written.equals(UNSERIALIZABLE_PLACEHOLDER) && value !== UNSERIALIZABLE_TEXT) {
    throw new TypeError(`the value cannot be written as JSON: ${jsonFailure(value)}`);
  }
  if (written.includes(CIRCULAR_PLACEHOLDER) && hasCycle(value, new Set())) {
    throw new TypeError("the value contains a circular reference");
  }
}

/**
 * The first function or symbol that JSON.stringify would drop from `value`,
 * looked for the way it walks: through `toJSON()` results, own enumerable
 * keys and array items (and, as `JsonPlusSerializer` writes them, the entries
 * of Maps and Sets). A LangChain `Serializable` (a message) is walked through
 * the fields its `toJSON()` writes, without building that JSON twice.
 */
function findFunctionOrSymbol(value: unknown, path: string, ancestors: Set<object>): { what: string; path: string } | undefined {
  const found = findUnwritable(value, ancestors);
  return found === undefined ? undefined : { what: found.what, path: [path, ...found.path.reverse()].filter(Boolean).join(".") };
}

/** {@link findFunctionOrSymbol}'s walk; the path is built innermost first, only on a find. */
function findUnwritable(value: unknown, ancestors: Set<object>): { what: string; path: string[] } | undefined {
  if (typeof value === "function" && typeof (value as { toJSON?: unknown }).toJSON !== "function") return { what: "a function", path: [] };
  if (typeof value === "symbol") return { what: "a symbol", path: [] };
  if (value === null || (typeof value !== "object" && typeof value !== "function") || ancestors.has(value)) return undefined;
  ancestors.add(value);
  try {
    return findInChildren(value, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function findInChildren(value: object, ancestors: Set<object>): { what: string; path: string[] } | undefined {
  const within = (key: string | number, child: unknown) => {
    const found = findUnwritable(child, ancestors);
    if (found !== undefined) found.path.push(String(key));
    return found;
  };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = within(i, value[i]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const fields = record.lc_kwargs;
  if (record.lc_serializable === true && fields !== null && typeof fields === "object" && !Array.isArray(fields)) {
    // What Serializable.toJSON writes: each lc_kwargs key, read from the object where it has it.
    for (const key of Object.keys(fields)) {
      const found = within(key, key in record ? record[key] : (fields as Record<string, unknown>)[key]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof record.toJSON === "function") return within("", (record.toJSON as (key: string) => unknown)(""));
  if (value instanceof Map || value instanceof Set) return within("", [...value]);
  for (const key of Object.keys(record)) {
    const found = within(key, record[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function jsonFailure(value: unknown): string {
  try {
    JSON.stringify(value);
    return "unsupported value";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function hasCycle(value: unknown, path: Set<object>): boolean {
  if (value === null || typeof value !== "object") return false;
  if (path.has(value)) return true;
  path.add(value);
  const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
  const cyclic = children.some((child) => hasCycle(child, path));
  path.delete(value);
  return cyclic;
}

function reviveFast(value: unknown, depth: number, allowMessages: boolean): Revived {
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_FAST_DEPTH) return SLOW_PATH;
  if (Array.isArray(value)) {
    const revived: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const item = reviveFast(value[i], depth + 1, allowMessages);
      if (item === SLOW_PATH) return SLOW_PATH;
      revived[i] = item;
    }
    return revived;
  }
  const record = value as Record<string, unknown>;
  if ("lc" in record) {
    if (isDeltaSnapshotRecord(record)) return reviveDeltaSnapshot(record, depth, allowMessages);
    return allowMessages ? reviveMessage(record, depth) : SLOW_PATH;
  }
  if ("__lc_escaped__" in record) return SLOW_PATH;
  return reviveObject(record, depth, allowMessages);
}

function reviveObject(record: Record<string, unknown>, depth: number, allowMessages: boolean): Revived {
  const revived: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const item = reviveFast(record[key], depth + 1, allowMessages);
    if (item === SLOW_PATH) return SLOW_PATH;
    revived[key] = item;
  }
  return revived;
}

/** `{lc: 2, type: "delta_snapshot", value}`: how LangGraph writes a DeltaChannel's periodic full value. */
function isDeltaSnapshotRecord(record: Record<string, unknown>): boolean {
  return record.lc === 2 && record.type === "delta_snapshot" && Object.keys(record).length === 3 && Object.hasOwn(record, "value");
}

function reviveDeltaSnapshot(record: Record<string, unknown>, depth: number, allowMessages: boolean): Revived {
  const value = reviveFast(record.value, depth + 1, allowMessages);
  return value === SLOW_PATH ? SLOW_PATH : new DeltaSnapshot(value);
}

function reviveMessage(record: Record<string, unknown>, depth: number): Revived {
  const { lc, type, id, kwargs } = record;
  if (lc !== 1 || type !== "constructor" || !Array.isArray(id) || id.length !== 3) return SLOW_PATH;
  if (id[0] !== "langchain_core" || id[1] !== "messages") return SLOW_PATH;
  const messageClass = MESSAGE_CLASSES.get(String(id[2]));
  if (messageClass === undefined || kwargs === null || typeof kwargs !== "object" || Array.isArray(kwargs)) {
    return SLOW_PATH;
  }
  const fields: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(kwargs)) {
    if (!SNAKE_CASE_KEY.test(key)) return SLOW_PATH;
    const item = reviveFast(raw, depth + 2, false);
    if (item === SLOW_PATH) return SLOW_PATH;
    fields[messageClass.aliases[key] ?? camelCase(key)] = item;
  }
  return new messageClass.create(fields);
}

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, char: string) => char.toUpperCase());
}

/** The serialized-name → field-name map that `load()` applies to a class's arguments. */
function invertedAliases(messageClass: MessageClass): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (let current = messageClass; current?.prototype; current = Object.getPrototypeOf(current)) {
    Object.assign(aliases, Reflect.get(current.prototype, "lc_aliases"));
  }
  return Object.fromEntries(Object.entries(aliases).map(([field, serialized]) => [serialized, field]));
}
