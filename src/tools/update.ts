import { tool } from "@langchain/core/tools";
import { MemoryTypeSchema, history, type PromotionEntry } from "../memory/index.js";
import { MemoryToolsOptionsSchema, toolRun, type MemoryToolsOptions } from "./options.js";
import { MemoryFieldsSchema, ToolScopeSchema, writeMemory } from "./write.js";

/** The input of the `update_memory` tool: the key to change and its new value. */
export const UpdateMemoryInputSchema = MemoryFieldsSchema.extend({
  memoryType: MemoryTypeSchema.optional().describe("a new type; the memory keeps its own when omitted"),
  scope: ToolScopeSchema.optional().describe("which memory of that key, when several scopes hold one; the newest when omitted"),
});

/**
 * The `update_memory` tool: changes the value of a memory the identity can
 * read, found by its key. The new value supersedes the old one through the
 * promotion rules (the old one stays in the key's history); a key the
 * identity has no live memory for is reported, not created.
 */
export function createUpdateMemoryTool(options: MemoryToolsOptions = {}) {
  const resolved = MemoryToolsOptionsSchema.parse(options);
  return tool(
    async (input, config): Promise<[string, PromotionEntry | null]> => {
      const run = toolRun(config, "update_memory");
      const live = (await history(run.store, run.identity, input.key))
        .filter((record) => record.supersededBy === null && (input.scope === undefined || record.scope === input.scope))
        .at(-1);
      if (live === undefined || live.scope === "global") {
        return [`No memory with the key ${input.key} to update. search_memory lists the keys; save_memory adds a new memory.`, null];
      }
      return writeMemory(run, { ...input, memoryType: input.memoryType ?? live.memoryType, scope: input.scope ?? live.scope }, resolved);
    },
    {
      name: "update_memory",
      description:
        "Change a remembered value when the user corrects it or it has changed (e.g. a new deadline). " +
        "Give the memory's key, as search_memory shows it, and the new value.",
      schema: UpdateMemoryInputSchema,
      responseFormat: "content_and_artifact",
    },
  );
}
