import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod/v4";
import { MemoryTypeSchema, formatMemories, recall } from "../memory/index.js";
import { lastUserText } from "./messages.js";
import { readIdentity, resolveStore } from "./runtime.js";
import type { MemoryState, MemoryUpdate } from "./state.js";

/** Options of {@link createRecallNode}. */
export const RecallNodeOptionsSchema = z
  .object({
    /** At most this many memories are recalled. */
    limit: z.number().int().min(1).max(50).default(5),
    /** Only these memory types; all when omitted. */
    types: z.array(MemoryTypeSchema).optional(),
    /** Memories below this confidence are not recalled. */
    minConfidence: z.number().min(0).max(1).optional(),
    /** The search query, or a function of the state; by default the last user message. */
    query: z
      .union([z.string(), z.custom<(state: MemoryState) => string | undefined>((value) => typeof value === "function")])
      .optional(),
  })
  .strict();

/** Options of {@link createRecallNode}, as passed. */
export type RecallNodeOptions = z.input<typeof RecallNodeOptionsSchema>;

/**
 * A node that recalls the smallest relevant set of durable memories for the
 * current identity and renders them, with this thread's session memories,
 * into `memoryPrompt` for the model's system prompt.
 */
export function createRecallNode(options: RecallNodeOptions = {}) {
  const { limit, types, minConfidence, query } = RecallNodeOptionsSchema.parse(options);
  return async function recallMemories(state: MemoryState, config: LangGraphRunnableConfig): Promise<MemoryUpdate> {
    const store = resolveStore(config, "recall");
    const identity = readIdentity(config);
    const text = typeof query === "function" ? query(state) : query ?? lastUserText(state.messages);
    const records = await recall(store, identity, { limit, types, minConfidence, query: text });
    return { recalledMemories: records, memoryPrompt: renderMemoryPrompt(records, state.sessionMemories) };
  };
}

function renderMemoryPrompt(records: Parameters<typeof formatMemories>[0], session: MemoryState["sessionMemories"]) {
  const parts = [formatMemories(records)];
  if (session.length > 0) {
    parts.push(["For this conversation only:", ...session.map((candidate) => `- ${candidate.text}`)].join("\n"));
  }
  return parts.filter((part) => part.length > 0).join("\n\n");
}
