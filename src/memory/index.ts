export {
  MEMORY_TYPES,
  MemoryKeySchema,
  MemoryRecordSchema,
  MemoryScopeSchema,
  MemorySourceSchema,
  MemoryTypeSchema,
  TtlDaysSchema,
  type MemoryRecord,
  type MemoryScope,
  type MemorySource,
  type MemoryType,
} from "./record.js";
export { MemoryCandidateSchema, type MemoryCandidate } from "./candidate.js";
export { IdentityContextSchema, OwnerIdSchema, parseIdentity, type IdentityContext } from "./identity.js";
export { InvalidIdentityError, InvalidMemoryError } from "./errors.js";
export { fromStoredValue } from "./stored.js";
export {
  MEMORY_ROOT,
  decodeId,
  encodeId,
  historyNamespaceFor,
  levelFor,
  namespaceFor,
  namespacesOf,
  ownedBy,
  ownedByPath,
  parseNamespace,
  readableLevels,
  readableNamespaces,
  type OwnerFilter,
  type NamespaceTarget,
  type OwnerPath,
  type ParsedNamespace,
  type ScopeLevel,
} from "./namespaces.js";
export { SECRET_RULES, findSecrets, findSecretsInMemory, madeUpSecretValues, repeatsAny, secretValuesIn, type SecretRule } from "./secrets.js";
export {
  DEFAULT_TTL_DAYS,
  MemoryPolicySchema,
  resolvePolicy,
  type MemoryPolicy,
  type MemoryPolicyInput,
} from "./policy.js";
export {
  promote,
  type PromoteOptions,
  type PromotionEntry,
  type PromotionOutcome,
  type PromotionReport,
} from "./promote.js";
export { compareByImportance, formatMemories, recall, type RecallOptions } from "./recall.js";
export { exactItems, prune, type PruneReport } from "./prune.js";
export { censusOf, type MemoryCensus } from "./report.js";
export { history } from "./history.js";
export { ForgetTargetSchema, forget, forgetMemory, orgsHolding, type ForgetMemoryOptions, type ForgetTarget } from "./forget.js";
export { applyIf, type SlotCondition } from "./atomic.js";
export {
  MemoryExportLineSchema,
  exportMemories,
  importMemories,
  type ImportOptions,
  type ImportReport,
  type MemoryExportLine,
} from "./transfer.js";
export { SUBJECTS, canonicalKey, subjectOfKey, subjectOfValue, subjectsNamedIn, wordsOfKey, type Subject } from "./subjects.js";
export { markPasted, pastedKindOf, splitSpeech, spokenText, type PastedKind, type SpeechSpan } from "./speech.js";
export { announcesChange, asksForTeam, isHedged, mentionsSelf, isNarrative, isPrivate, isSessionOnly, namesWork, saysItCorrects, speaksForSelf, speaksForTeam, teamScopeNamed } from "./evidence.js";
export { MONTHS, WEEKDAYS, contentWords } from "./words.js";
