import { tool } from "@langchain/core/tools";
import { MemoryTypeSchema } from "../memory/index.js";
import { MemoryToolsOptionsSchema, toolRun, type MemoryToolsOptions } from "./options.js";
import { MemoryFieldsSchema, ToolScopeSchema, writeMemory } from "./write.js";

/** The input of the `save_memory` tool. */
export const SaveMemoryInputSchema = MemoryFieldsSchema.extend({
  memoryType: MemoryTypeSchema.default("fact").describe("preference, fact, rule, task_state, summary or episode"),
  scope: ToolScopeSchema.default("user"),
});

/**
 * The `save_memory` tool: remembers something the user asked the agent to
 * remember, for the identity of the run (`configurable.userId`, `orgId`,
 * `projectId`), through the promotion rules. Saving a key that already has
 * a different value replaces it, as `update_memory` does.
 */
export function createSaveMemoryTool(options: MemoryToolsOptions = {}) {
  const resolved = MemoryToolsOptionsSchema.parse(options);
  return tool(async (input, config) => writeMemory(toolRun(config, "save_memory"), input, resolved), {
    name: "save_memory",
    description:
      "Remember something about the user, their project or their organisation for future conversations, when the user asks you to " +
      "remember it or states a lasting preference, rule or fact. Never use it for passwords, API keys or other secrets.",
    schema: SaveMemoryInputSchema,
    responseFormat: "content_and_artifact",
  });
}
