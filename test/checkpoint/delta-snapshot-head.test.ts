import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeltaSnapshot, emptyCheckpoint, JsonPlusSerializer, uuid6, type Checkpoint } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteSaver } from "../../src/index.js";
import { BLOB_HEAD_BYTES, encodeValue, isDeltaSnapshotValue } from "../../src/checkpoint/codec.js";

/** A message list far larger than the head that is read to recognise a snapshot. */
const history = Array.from({ length: 400 }, (_, i) => ({ role: i % 2 === 0 ? "user" : "assistant", content: `message ${i}: ${"lorem ipsum ".repeat(i % 9)}` }));

let dir: string;
let saver: SqliteSaver;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "delta-head-"));
  saver = SqliteSaver.fromConnString(join(dir, "checkpoints.db"));
});

afterEach(() => {
  saver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("DeltaChannel snapshots told from a blob's head", () => {
  it("recognises a deflated snapshot from its first bytes alone, and nothing else", async () => {
    const serde = new JsonPlusSerializer();
    const snapshot = await encodeValue(serde, new DeltaSnapshot(history));
    const plain = await encodeValue(serde, history);
    expect(snapshot.type).toBe("json+deflate");
    expect(snapshot.data.byteLength).toBeGreaterThan(BLOB_HEAD_BYTES);
    expect(isDeltaSnapshotValue(snapshot.type, snapshot.data.subarray(0, BLOB_HEAD_BYTES))).toBe(true);
    expect(isDeltaSnapshotValue(plain.type, plain.data.subarray(0, BLOB_HEAD_BYTES))).toBe(false);
    const small = await encodeValue(serde, new DeltaSnapshot([]));
    expect(small.type).toBe("json");
    expect(isDeltaSnapshotValue(small.type, small.data)).toBe(true);
  });

  it("leaves out a snapshot the checkpoint did not take, and returns a whole value it stored", async () => {
    const config = { configurable: { thread_id: "t", checkpoint_ns: "" } };
    const write = async (value: unknown) => {
      const checkpoint: Checkpoint = { ...emptyCheckpoint(), id: uuid6(0), channel_values: { messages: value, turns: 3 } };
      checkpoint.channel_versions = { messages: `v-${checkpoint.id}`, turns: `t-${checkpoint.id}` };
      const metadata = { source: "loop" as const, step: 1, parents: {}, counters_since_delta_snapshot: { messages: [0, 2] as [number, number] } };
      return saver.put(config, checkpoint, metadata, checkpoint.channel_versions);
    };
    const skipped = (await saver.getTuple(await write(new DeltaSnapshot(history))))!;
    expect(skipped.checkpoint.channel_values).toEqual({ turns: 3 });
    const kept = (await saver.getTuple(await write(history)))!;
    expect(kept.checkpoint.channel_values).toEqual({ messages: history, turns: 3 });
  });
});
