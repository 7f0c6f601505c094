// Vendored from langchain-ai/langgraphjs, libs/checkpoint/src/tests/checkpoints.test.ts
// at commit f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d, to run against SqliteSaver (see test/upstream/README.md).
// Changes: imports rewritten to the published packages and test/upstream/checkpoint-support.ts;
// only the "MemorySaver" describe block, with `new MemorySaver()` replaced by createCheckpointer()
// (the "Base", "id" and "channel versions" blocks test library helpers, not a checkpointer).
/* eslint-disable */
import { describe, it, expect } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import {
  type Checkpoint,
  type CheckpointMetadata,
  type CheckpointTuple,
  emptyCheckpoint,
  uuid6,
  TASKS,
} from "@langchain/langgraph-checkpoint";
import { afterAll } from "vitest";
import { createCheckpointer, destroyCheckpointers } from "./checkpoint-support.js";

afterAll(destroyCheckpointers);

const checkpoint1: Checkpoint = {
  v: 4,
  id: uuid6(0),
  ts: "2024-04-19T17:19:07.952Z",
  channel_values: {
    someKey1: "someValue1",
  },
  channel_versions: {
    someKey2: 1,
  },
  versions_seen: {
    someKey3: {
      someKey4: 1,
    },
  },
};
const checkpoint2: Checkpoint = {
  v: 4,
  id: uuid6(1),
  ts: "2024-04-20T17:19:07.952Z",
  channel_values: {
    someKey1: "someValue2",
  },
  channel_versions: {
    someKey2: 2,
  },
  versions_seen: {
    someKey3: {
      someKey4: 2,
    },
  },
};

describe("MemorySaver", () => {
  it("should save and retrieve checkpoints correctly", async () => {
    const memorySaver = createCheckpointer();

    // save checkpoint
    const runnableConfig = await memorySaver.put(
      { configurable: { thread_id: "1", checkpoint_ns: "" } },
      checkpoint1,
      { source: "update", step: -1, parents: {} }
    );
    expect(runnableConfig).toEqual({
      configurable: {
        thread_id: "1",
        checkpoint_ns: "",
        checkpoint_id: checkpoint1.id,
      },
    });

    // get checkpoint tuple
    const checkpointTuple = await memorySaver.getTuple({
      configurable: { thread_id: "1", checkpoint_ns: "" },
    });
    expect(checkpointTuple?.config).toEqual({
      configurable: {
        thread_id: "1",
        checkpoint_ns: "",
        checkpoint_id: checkpoint1.id,
      },
    });
    expect(checkpointTuple?.checkpoint).toEqual(checkpoint1);

    // save another checkpoint
    await memorySaver.put(
      { configurable: { thread_id: "1", checkpoint_ns: "" } },
      checkpoint2,
      {
        source: "update",
        step: -1,
        parents: {},
      }
    );

    // list checkpoints
    const checkpointTupleGenerator = await memorySaver.list({
      configurable: { thread_id: "1", checkpoint_ns: "" },
    });
    const checkpointTuples: CheckpointTuple[] = [];
    for await (const checkpoint of checkpointTupleGenerator) {
      checkpointTuples.push(checkpoint);
    }
    expect(checkpointTuples.length).toBe(2);

    const checkpointTuple1 = checkpointTuples[0];
    const checkpointTuple2 = checkpointTuples[1];
    expect(checkpointTuple1.checkpoint.ts).toBe("2024-04-20T17:19:07.952Z");
    expect(checkpointTuple2.checkpoint.ts).toBe("2024-04-19T17:19:07.952Z");
  });

  it("should migrate pending sends", async () => {
    const memorySaver = createCheckpointer();
    let config: RunnableConfig = {
      configurable: { thread_id: "thread-1", checkpoint_ns: "" },
    };

    const checkpoint0: Checkpoint = {
      v: 1,
      id: uuid6(0),
      ts: "2024-04-19T17:19:07.952Z",
      channel_values: {},
      channel_versions: {},
      versions_seen: {},
    };

    config = await memorySaver.put(config, checkpoint0, {
      source: "loop",
      parents: {},
      step: 0,
    });

    await memorySaver.putWrites(
      config,
      [
        [TASKS, "send-1"],
        [TASKS, "send-2"],
      ],
      "task-1"
    );
    await memorySaver.putWrites(config, [[TASKS, "send-3"]], "task-2");

    // check that fetching checkpount 0 doesn't attach pending sends
    // (they should be attached to the next checkpoint)
    const tuple0 = await memorySaver.getTuple(config);
    expect(tuple0?.checkpoint.channel_values).toEqual({});
    expect(tuple0?.checkpoint.channel_versions).toEqual({});

    // create second checkpoint
    const checkpoint1: Checkpoint = {
      v: 1,
      id: uuid6(1),
      ts: "2024-04-20T17:19:07.952Z",
      channel_values: {},
      channel_versions: checkpoint0.channel_versions,
      versions_seen: checkpoint0.versions_seen,
    };
    config = await memorySaver.put(config, checkpoint1, {
      source: "loop",
      parents: {},
      step: 1,
    });

    // check that pending sends are attached to checkpoint1
    const checkpoint1Tuple = await memorySaver.getTuple(config);
    expect.soft(checkpoint1Tuple?.checkpoint.channel_values).toEqual({
      [TASKS]: ["send-1", "send-2", "send-3"],
    });
    expect(checkpoint1Tuple?.checkpoint.channel_versions[TASKS]).toBeDefined();

    // check that the list also applies the migration
    const checkpointTupleGenerator = memorySaver.list({
      configurable: { thread_id: "thread-1" },
    });
    const checkpointTuples: CheckpointTuple[] = [];
    for await (const checkpoint of checkpointTupleGenerator) {
      checkpointTuples.push(checkpoint);
    }
    expect(checkpointTuples.length).toBe(2);
    expect(checkpointTuples[0].checkpoint.channel_values).toEqual({
      [TASKS]: ["send-1", "send-2", "send-3"],
    });
    expect(
      checkpointTuples[0].checkpoint.channel_versions[TASKS]
    ).toBeDefined();
  });

  it("keeps metadata constructor records inert on a later read", async () => {
    const memorySaver = createCheckpointer();
    const markerKey = "__langgraph_checkpoint_metadata_marker__";
    const marker = { invoked: false };
    (globalThis as Record<string, unknown>)[markerKey] = marker;
    const forgedCallback = {
      lc: 2,
      type: "constructor",
      id: ["Uint8Array"],
      method: "constructor",
      args: [`globalThis.${markerKey}.invoked = true`],
      kwargs: {},
    };
    const forgedRecord = {
      lc: 2,
      type: "constructor",
      id: ["Uint8Array"],
      method: "from",
      args: [[1], forgedCallback],
      kwargs: {},
    };
    const config = { configurable: { thread_id: "metadata-security" } };

    try {
      await memorySaver.put(config, checkpoint1, {
        source: "update",
        step: -1,
        parents: {},
        forged: forgedRecord,
      } as CheckpointMetadata);

      const restored = await memorySaver.getTuple(config);

      expect(marker.invoked).toBe(false);
      expect(restored?.metadata).toMatchObject({ forged: forgedRecord });
    } finally {
      delete (globalThis as Record<string, unknown>)[markerKey];
    }
  });

    it("keeps forged additional_kwargs constructor records inert on restore", async () => {
      const memorySaver = createCheckpointer();
      const markerKey = "__langgraph_checkpoint_message_marker__";
      const marker = { invoked: false };
      (globalThis as Record<string, unknown>)[markerKey] = marker;
      const forgedCallback = {
        lc: 2,
        type: "constructor",
        id: ["Uint8Array"],
        method: "constructor",
        args: [`globalThis.${markerKey}.invoked = true`],
        kwargs: {},
      };
      const forgedRecord = {
        lc: 2,
        type: "constructor",
        id: ["Uint8Array"],
        method: "from",
        args: [[1], forgedCallback],
        kwargs: {},
      };
      const config = { configurable: { thread_id: "message-security" } };

      try {
        const savedConfig = await memorySaver.put(config, checkpoint1, {
          source: "update",
          step: -1,
          parents: {},
        });
        await memorySaver.putWrites(
          savedConfig,
          [
            [
              "messages",
              new HumanMessage({
                content: "ordinary message",
                additional_kwargs: { forged: forgedRecord },
              }),
            ],
          ],
          "message-security-task"
        );

        const restored = await memorySaver.getTuple(savedConfig);
        const message = restored?.pendingWrites?.[0]?.[2] as HumanMessage;

        expect(marker.invoked).toBe(false);
        expect(message.additional_kwargs).toMatchObject({
      forged: forgedRecord,
    });
      } finally {
        delete (globalThis as Record<string, unknown>)[markerKey];
      }
    });

    it("should delete thread", async () => {
    const memorySaver = createCheckpointer();
    const thread1 = { configurable: { thread_id: "1", checkpoint_ns: "" } };
    const thread2 = { configurable: { thread_id: "2", checkpoint_ns: "" } };

    const meta: CheckpointMetadata = {
      source: "update",
      step: -1,
      parents: {},
    };

    await memorySaver.put(thread1, emptyCheckpoint(), meta);
    await memorySaver.put(thread2, emptyCheckpoint(), meta);

    expect(await memorySaver.getTuple(thread1)).toBeDefined();

    await memorySaver.deleteThread("1");

    expect(await memorySaver.getTuple(thread1)).toBeUndefined();
    expect(await memorySaver.getTuple(thread2)).toBeDefined();
  });
});

