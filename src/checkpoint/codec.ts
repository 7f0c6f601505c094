import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import type { SerializerProtocol } from "@langchain/langgraph-checkpoint";

/** A serialized value as stored in a `type` and a `blob` column. */
export interface StoredValue {
  type: string;
  data: Uint8Array;
}

/**
 * Values at least this large are deflated: serialized message lists are
 * repetitive JSON that shrinks several-fold, and inflating is cheaper than
 * reading the extra pages.
 */
const DEFLATE_FROM_BYTES = 512;
const DEFLATED = "+deflate";

/** Serializes `value` with `serde` and deflates it when that pays. */
export async function encodeValue(
  serde: SerializerProtocol,
  value: unknown,
): Promise<StoredValue> {
  const [type, serialized] = await serde.dumpsTyped(value);
  const data = typeof serialized === "string" ? new TextEncoder().encode(serialized) : serialized;
  if (data.byteLength < DEFLATE_FROM_BYTES) return { type, data };
  return { type: type + DEFLATED, data: deflateRawSync(data, { level: 1 }) };
}

/** Reverses {@link encodeValue}. */
export async function decodeValue<T>(
  serde: SerializerProtocol,
  type: string,
  data: Uint8Array | string,
): Promise<T> {
  if (type.endsWith(DEFLATED)) {
    return (await serde.loadsTyped(type.slice(0, -DEFLATED.length), inflateRawSync(data))) as T;
  }
  return (await serde.loadsTyped(type, data)) as T;
}

/** How LangGraph's serializer starts a `DeltaSnapshot` (`{lc: 2, type: "delta_snapshot", value}`). */
const DELTA_SNAPSHOT_PREFIX = Buffer.from('{"lc":2,"type":"delta_snapshot"');

/**
 * Bytes of a stored value that {@link isDeltaSnapshotValue} needs: a deflate
 * stream's block header takes at most about 300, and the prefix is 31 more.
 */
export const BLOB_HEAD_BYTES = 1_024;

/**
 * Whether a stored value is a DeltaChannel snapshot, told from its first
 * bytes (the whole value or its head of BLOB_HEAD_BYTES), without parsing
 * or inflating the rest.
 */
export function isDeltaSnapshotValue(type: string, data: Uint8Array): boolean {
  if (type !== "json" && type !== "json" + DEFLATED) return false;
  const head = data.subarray(0, BLOB_HEAD_BYTES);
  // A truncated deflate stream inflates as far as it goes with a sync flush, instead of failing.
  const text = type === "json" ? head : inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.from(text.buffer, text.byteOffset, text.byteLength).subarray(0, DELTA_SNAPSHOT_PREFIX.length).equals(DELTA_SNAPSHOT_PREFIX);
}
