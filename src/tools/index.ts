export { MemoryToolsOptionsSchema, type MemoryToolsOptions } from "./options.js";
export { ToolScopeSchema, MemoryFieldsSchema } from "./write.js";
export { SaveMemoryInputSchema, createSaveMemoryTool } from "./save.js";
export { UpdateMemoryInputSchema, createUpdateMemoryTool } from "./update.js";
export { DeleteMemoryInputSchema, createDeleteMemoryTool } from "./delete.js";
export { SearchMemoryInputSchema, createSearchMemoryTool } from "./search.js";
export { createMemoryTools } from "./tools.js";
