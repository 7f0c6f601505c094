import { tool } from "@langchain/core/tools";
import { z } from "zod/v4";
import { MemoryTypeSchema, recall, type MemoryRecord } from "../memory/index.js";
import { MemoryToolsOptionsSchema, toolRun, type MemoryToolsOptions } from "./options.js";

/** The input of the `search_memory` tool. */
export const SearchMemoryInputSchema = z.object({
  query: z.string().min(1).max(1_000).describe("what to look for, in a few words, e.g. 'editor' or 'project deadline'"),
  memoryType: MemoryTypeSchema.optional().describe("only memories of this type"),
});

/**
 * The `search_memory` tool: what the agent remembers about a subject, for
 * the identity of the run, through `recall` with the query (best matches
 * first, then the most important). Each line carries the memory's key, for
 * `update_memory` and `delete_memory`.
 */
export function createSearchMemoryTool(options: MemoryToolsOptions = {}) {
  const { searchLimit } = MemoryToolsOptionsSchema.parse(options);
  return tool(
    async (input, config): Promise<[string, MemoryRecord[]]> => {
      const { store, identity } = toolRun(config, "search_memory");
      const records = await recall(store, identity, {
        query: input.query,
        limit: searchLimit,
        types: input.memoryType === undefined ? undefined : [input.memoryType],
      });
      if (records.length === 0) return ["Nothing remembered yet.", records];
      const lines = records.map((record) => `- ${record.key}: ${record.text} (${record.scope} ${record.memoryType})`);
      return [["Remembered, best matches first:", ...lines].join("\n"), records];
    },
    {
      name: "search_memory",
      description:
        "Look up what you remember about the user, their project or their organisation, e.g. when asked " +
        "'what do you know about …', or before updating or deleting a memory to find its key.",
      schema: SearchMemoryInputSchema,
      responseFormat: "content_and_artifact",
    },
  );
}
