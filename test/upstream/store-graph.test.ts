// @ts-nocheck -- upstream code, type-checked under upstream's compiler options, not our stricter ones.
// Vendored from langchain-ai/langgraphjs, libs/langgraph-core/src/tests/pregel.test.ts
// (its "Managed Values (context) can be passed through state" describe block, which runs graphs over a store)
// at commit f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d (CI cannot reach GitHub).
// Changes: imports rewritten to the published packages; `new InMemoryStore()` is `sqliteStore()`
// (test/upstream/store-support.ts), a SqliteStore on a file on disk, and upstream's `createCheckpointer()`
// (MemorySaver by default) is a SqliteSaver on a file on disk. The assertions are upstream's.
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { HumanMessage } from "@langchain/core/messages";
import { BaseStore, type BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import { Annotation, END, MessagesAnnotation, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { SqliteSaver, type SqliteStore } from "../../src/index.js";
import { sqliteStore } from "./store-support.js";

const checkpointDir = mkdtempSync(join(tmpdir(), "lsm-upstream-store-graph-"));
afterAll(() => rmSync(checkpointDir, { recursive: true, force: true }));
let checkpoints = 0;
async function createCheckpointer(): Promise<BaseCheckpointSaver> {
  return SqliteSaver.fromConnString(join(checkpointDir, `checkpoints-${(checkpoints += 1)}.db`));
}

describe("Managed Values (context) can be passed through state", () => {
  let store: SqliteStore;
  let checkpointer: BaseCheckpointSaver;
  let threadId = "";
  let iter = 0;

  beforeEach(async () => {
    iter += 1;
    threadId = iter.toString();
    store = sqliteStore();
    checkpointer = await createCheckpointer();
  });

  const AgentAnnotation = Annotation.Root(MessagesAnnotation.spec);

  it("Can access the store inside nodes", async () => {
    const nodeOne = async (
      _state: typeof AgentAnnotation.State,
      config: LangGraphRunnableConfig
    ) => {
      expect(config.store).toBeDefined();
      expect(config.store).toBeInstanceOf(BaseStore);
    };

    const app = new StateGraph(MessagesAnnotation)
      .addNode("nodeOne", nodeOne)
      .addEdge(START, "nodeOne")
      .addEdge("nodeOne", END)
      .compile({ store, checkpointer });

    // Invoke the first time to cause `nodeOne` to be executed.
    await app.invoke(
      { messages: [new HumanMessage({ content: "what is weather in sf" })] },
      { configurable: { thread_id: threadId, assistant_id: "a" } }
    );
  });

  it("Can write and read to the store inside nodes", async () => {
    const nodeOne = async (
      _state: typeof AgentAnnotation.State,
      config: LangGraphRunnableConfig
    ) => {
      const { store } = config;
      expect(store).toBeDefined();
      if (!store) {
        throw new Error("No store found");
      }

      expect(config.configurable?.assistant_id).toEqual("a");
      if (config.configurable?.assistant_id !== "a") {
        throw new Error("assistant_id is not 'a'");
      }
      // Write to the store
      const { assistant_id, namespace } = config.configurable;
      const value = { includeHashtags: true };
      await store.put(namespace, assistant_id, value);
    };

    const nodeTwo = async (
      _state: typeof AgentAnnotation.State,
      config: LangGraphRunnableConfig
    ) => {
      const { store } = config;
      expect(store).toBeDefined();
      if (!store) {
        throw new Error("No store found");
      }

      expect(config.configurable?.assistant_id).toEqual("a");
      if (config.configurable?.assistant_id !== "a") {
        throw new Error("assistant_id is not 'a'");
      }
      // Write to the store
      const { assistant_id, namespace } = config.configurable;

      const data = await store.get(namespace, assistant_id);
      expect(data).toBeDefined();
      expect(data?.value).toEqual({ includeHashtags: true });
    };

    const workflow = new StateGraph(MessagesAnnotation)
      .addNode("nodeOne", nodeOne)
      .addNode("nodeTwo", nodeTwo)
      .addEdge(START, "nodeOne")
      .addEdge("nodeOne", "nodeTwo")
      .addEdge("nodeTwo", END);

    const app = workflow.compile({
      store,
      checkpointer,
    });

    const config = {
      configurable: {
        thread_id: threadId,
        assistant_id: "a",
        namespace: ["rules", "style"],
      },
    };

    // Invoke the first time to cause `nodeOne` to be executed.
    await app.invoke(
      {
        messages: [
          new HumanMessage({
            content: "what is weather in sf",
          }),
        ],
      },
      config
    );
  });
});
