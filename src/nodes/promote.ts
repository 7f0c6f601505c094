import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod/v4";
import { MemoryPolicySchema, promote } from "../memory/index.js";
import { readIdentity, readThread, resolveStore } from "./runtime.js";
import type { MemoryState, MemoryUpdate } from "./state.js";

/** Options of {@link createPromoteNode}. */
export const PromoteNodeOptionsSchema = z.object({ policy: MemoryPolicySchema.optional() }).strict();

/** Options of {@link createPromoteNode}, as passed. */
export type PromoteNodeOptions = z.input<typeof PromoteNodeOptionsSchema>;

/**
 * A node that runs the memory write rules on this turn's candidates: secrets
 * refused, duplicates refreshed, changed facts superseded. It records where
 * each memory came from (thread, checkpoint, messages), keeps session-only
 * candidates in the thread, stores the report and clears the candidates.
 */
export function createPromoteNode(options: PromoteNodeOptions = {}) {
  const { policy } = PromoteNodeOptionsSchema.parse(options);
  return async function promoteMemories(state: MemoryState, config: LangGraphRunnableConfig): Promise<MemoryUpdate> {
    const store = resolveStore(config, "promote");
    const identity = readIdentity(config);
    const { threadId, checkpointId } = readThread(config);
    const messageIds = state.messages.flatMap((message) => (message.id === undefined ? [] : [message.id])).slice(-4);
    const report = await promote(store, state.memoryCandidates, identity, policy, {
      source: threadId === undefined ? { kind: "manual" } : { kind: "thread", threadId, checkpointId, messageIds },
    });
    return {
      memoryCandidates: [],
      sessionMemories: report.session,
      // Always this turn's report, even an empty one: never the last turn's.
      memoryReport: { promotion: report },
      memoryTurns: state.memoryTurns + 1,
    };
  };
}
