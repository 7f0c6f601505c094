export { MemoryAnnotation, type MemoryReport, type MemoryState, type MemoryUpdate } from "./state.js";
export { MissingStoreError, readIdentity, resolveStore } from "./runtime.js";
export { RecallNodeOptionsSchema, createRecallNode, type RecallNodeOptions } from "./recall.js";
export {
  DEFAULT_EXTRACTION_INSTRUCTIONS,
  ExtractNodeOptionsSchema,
  ExtractionSchema,
  createExtractNode,
  type ExtractNodeOptions,
  type Extractor,
  type ExtractorInput,
} from "./extract.js";
export { PromoteNodeOptionsSchema, createPromoteNode, type PromoteNodeOptions } from "./promote.js";
export { PruneNodeOptionsSchema, createPruneNode, type PruneNodeOptions } from "./prune.js";
export { MEMORY_NODE_NAMES, MemoryWiringError, addMemoryNodes, type MemoryNodesOptions } from "./wiring.js";
export { createMemoryPrompt, type PromptState } from "./prompt.js";
export { extractWithRules, type RuleCandidate, type RuleExtractionInput } from "./rules/extract.js";
