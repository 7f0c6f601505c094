import { createDeleteMemoryTool } from "./delete.js";
import type { MemoryToolsOptions } from "./options.js";
import { createSaveMemoryTool } from "./save.js";
import { createSearchMemoryTool } from "./search.js";
import { createUpdateMemoryTool } from "./update.js";

/**
 * The memory tools an agent can call deliberately ("remember that …",
 * "what do you know about …", "forget …"): `save_memory`, `update_memory`,
 * `delete_memory` and `search_memory`, for the identity in the run's
 * configuration and over the graph's store. Writes go through the same
 * promotion rules as the memory nodes' (secrets refused, scopes checked,
 * changed values superseded).
 *
 * ```ts
 * const tools = createMemoryTools();
 * const model = chatModel.bindTools(tools);
 * builder.addNode("tools", new ToolNode(tools));
 * ```
 */
export function createMemoryTools(options: MemoryToolsOptions = {}) {
  return [
    createSaveMemoryTool(options),
    createUpdateMemoryTool(options),
    createDeleteMemoryTool(),
    createSearchMemoryTool(options),
  ];
}
