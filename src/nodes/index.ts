export { MemoryAnnotation, type MemoryReport, type MemoryState, type MemoryUpdate } from "./state.js";
export { MissingStoreError, readIdentity, resolveStore } from "./runtime.js";
export { RecallNodeOptionsSchema, createRecallNode, type RecallNodeOptions } from "./recall.js";
export {
  DEFAULT_EXTRACTION_INSTRUCTIONS,
  EXTRACTION_WARNING_EVENT,
  ExtractNodeOptionsSchema,
  NO_STREAM_TAG,
  createExtractNode,
  type ExtractNodeOptions,
  type ExtractionModel,
  type ExtractionWarning,
  type Extractor,
  type ExtractorInput,
} from "./extract.js";
export {
  EXTRACTION_JSON_SCHEMA,
  ExtractionOutputError,
  ModelCandidateSchema,
  ModelExtractionSchema,
  parseCandidates,
  type ParsedCandidates,
  type RefusedCandidate,
} from "./extraction-schema.js";
export type { ExtractionEntry, ExtractionOutcome, ExtractionReport } from "./extraction-report.js";
export { messagesForExtraction, renderTranscript } from "./transcript.js";
export { PromoteNodeOptionsSchema, createPromoteNode, type PromoteNodeOptions } from "./promote.js";
export { PruneNodeOptionsSchema, createPruneNode, type PruneNodeOptions } from "./prune.js";
export { MEMORY_NODE_NAMES, MemoryWiringError, addMemoryNodes, type MemoryNodesOptions } from "./wiring.js";
export { createMemoryPrompt, type PromptState } from "./prompt.js";
export { extractWithRules, type RuleCandidate, type RuleExtractionInput } from "./rules/extract.js";
