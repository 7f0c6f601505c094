import { tool } from "@langchain/core/tools";
import { z } from "zod/v4";
import { MemoryKeySchema, forgetMemory } from "../memory/index.js";
import { toolRun } from "./options.js";
import { ToolScopeSchema } from "./write.js";

/** The input of the `delete_memory` tool. */
export const DeleteMemoryInputSchema = z.object({
  key: MemoryKeySchema.describe("the key of the memory to forget, as search_memory shows it"),
  scope: ToolScopeSchema.default("user").describe("user (default): the user's own memory; project or org: the one shared there"),
});

/**
 * The `delete_memory` tool: forgets one memory of the run's identity by its
 * key, the live record and every version in its history (`forgetMemory`),
 * so neither recall nor history returns it again. It only ever reaches the
 * identity's own namespaces.
 */
export function createDeleteMemoryTool() {
  return tool(
    async (input, config): Promise<[string, string[]]> => {
      const { store, identity } = toolRun(config, "delete_memory");
      const { deleted } = await forgetMemory(store, identity, input.key, { scope: input.scope });
      const text =
        deleted.length === 0
          ? `No ${input.scope} memory with the key ${input.key}; nothing was deleted.`
          : `Forgot ${input.key} (${input.scope} scope): ${deleted.length} record${deleted.length === 1 ? "" : "s"} deleted, history included.`;
      return [text, deleted];
    },
    {
      name: "delete_memory",
      description:
        "Forget a memory when the user asks you to forget something or says it is no longer true. " +
        "Give its key, as search_memory shows it.",
      schema: DeleteMemoryInputSchema,
      responseFormat: "content_and_artifact",
    },
  );
}
