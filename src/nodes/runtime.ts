import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { getStore, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { parseIdentity, type IdentityContext } from "../memory/index.js";

/**
 * Raised by a memory node that runs without a store: compile the graph with
 * `compile({ store })`, or run it on a LangGraph server, which injects one.
 */
export class MissingStoreError extends Error {
  override name = "MissingStoreError";

  constructor(node: string) {
    super(
      `The ${node} memory node needs a store, and the graph has none. Compile it with ` +
        "`graph.compile({ checkpointer, store })` (for example `new SqliteStore({ path })`), " +
        "or run it on a LangGraph server, which provides one.",
    );
  }
}

/** The graph's store: the one in the config, or the one LangGraph's context provides. */
export function resolveStore(config: LangGraphRunnableConfig, node: string): BaseStore {
  const store = config.store ?? getStore(config);
  if (store === undefined) throw new MissingStoreError(node);
  return store;
}

/**
 * The identity a run acts for, read from `config.configurable` (`userId`,
 * `orgId`, `projectId`), with LangGraph's runtime `context` as a fallback.
 * A missing `userId` is an error: memory is never pooled in a default bucket.
 */
export function readIdentity(config: LangGraphRunnableConfig): IdentityContext {
  const context = (config.context ?? {}) as Record<string, unknown>;
  const configurable = (config.configurable ?? {}) as Record<string, unknown>;
  const pick = (key: string) => configurable[key] ?? context[key];
  return parseIdentity({ userId: pick("userId"), orgId: pick("orgId"), projectId: pick("projectId") });
}

/** The thread and checkpoint a node runs in, for a memory's provenance. */
export function readThread(config: LangGraphRunnableConfig): { threadId?: string; checkpointId?: string } {
  const configurable = (config.configurable ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);
  return { threadId: text(configurable.thread_id), checkpointId: text(configurable.checkpoint_id) };
}
