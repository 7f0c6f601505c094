import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod/v4";
import { MemoryPolicySchema, prune } from "../memory/index.js";
import { readIdentity, resolveStore } from "./runtime.js";
import type { MemoryState, MemoryUpdate } from "./state.js";

/** Options of {@link createPruneNode}. */
export const PruneNodeOptionsSchema = z
  .object({
    policy: MemoryPolicySchema.optional(),
    /** Prune on every Nth promoted turn, or whenever `pruneRequested` is set. */
    every: z.number().int().min(1).default(10),
  })
  .strict();

/** Options of {@link createPruneNode}, as passed. */
export type PruneNodeOptions = z.input<typeof PruneNodeOptionsSchema>;

/**
 * A node that prunes the current identity's memories (expired records,
 * superseded history past retention, caps) at most every `every` turns, or
 * when the state asks for it with `pruneRequested`.
 */
export function createPruneNode(options: PruneNodeOptions = {}) {
  const { policy, every } = PruneNodeOptionsSchema.parse(options);
  return async function pruneMemories(state: MemoryState, config: LangGraphRunnableConfig): Promise<MemoryUpdate> {
    if (!state.pruneRequested && state.memoryTurns % every !== 0) return {};
    const report = await prune(resolveStore(config, "prune"), readIdentity(config), policy);
    return { memoryReport: { prune: report }, pruneRequested: false };
  };
}
