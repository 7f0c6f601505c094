import type { ToolRunnableConfig } from "@langchain/core/tools";
import type { BaseStore } from "@langchain/langgraph-checkpoint";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod/v4";
import { MemoryPolicySchema, type IdentityContext, type MemorySource } from "../memory/index.js";
import { readIdentity, readThread, resolveStore } from "../nodes/runtime.js";

/** Options of the memory tools (see `createMemoryTools`). */
export const MemoryToolsOptionsSchema = z
  .object({
    /** The write rules a save or update goes through: the same policy as the promote node's. */
    policy: MemoryPolicySchema.optional(),
    /** The confidence of a memory the user asked for explicitly. */
    confidence: z.number().min(0).max(1).default(0.9),
    /** At most this many memories a search returns. */
    searchLimit: z.number().int().min(1).max(50).default(5),
  })
  .strict();

/** Options of the memory tools, as passed. */
export type MemoryToolsOptions = z.input<typeof MemoryToolsOptionsSchema>;

/** Options of the memory tools, with their defaults. */
export type ResolvedMemoryToolsOptions = z.output<typeof MemoryToolsOptionsSchema>;

/** What a memory tool acts on in one call: the run's store and identity, and where a write came from. */
export interface ToolRun {
  store: BaseStore;
  identity: IdentityContext;
  source: MemorySource;
}

/**
 * The store, identity and provenance of the run calling a tool. The identity
 * is the run's (`configurable.userId`, `orgId`, `projectId`), never one the
 * model passes, so a tool call cannot reach another user's memories.
 */
export function toolRun(config: ToolRunnableConfig, tool: string): ToolRun {
  const graphConfig = config as LangGraphRunnableConfig;
  const { threadId, checkpointId } = readThread(graphConfig);
  return {
    store: resolveStore(graphConfig, tool),
    identity: readIdentity(graphConfig),
    source:
      threadId === undefined
        ? { kind: "manual", note: `${tool} tool` }
        : { kind: "thread", threadId, checkpointId },
  };
}
