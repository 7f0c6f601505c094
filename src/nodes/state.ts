import { Annotation, MessagesAnnotation } from "@langchain/langgraph";
import type { MemoryCandidate, MemoryRecord, PromotionReport, PruneReport } from "../memory/index.js";
import type { ExtractionReport } from "./extraction-report.js";

/** What the last extract, promote and prune steps did, for the caller and for Studio. */
export interface MemoryReport {
  extraction?: ExtractionReport;
  promotion?: PromotionReport;
  prune?: PruneReport;
}

const replace = <T>(_: T, next: T) => next;

/**
 * The channels the memory nodes share. Spread `MemoryAnnotation.spec` into
 * your own state:
 *
 * ```ts
 * const State = Annotation.Root({ ...MemoryAnnotation.spec, plan: Annotation<string> });
 * ```
 */
export const MemoryAnnotation = Annotation.Root({
  ...MessagesAnnotation.spec,
  /** Candidates the extract node proposed this turn; promote consumes them. */
  memoryCandidates: Annotation<MemoryCandidate[]>({ reducer: replace, default: () => [] }),
  /** Candidates kept for this thread only (the "session" bucket), newest per key. */
  sessionMemories: Annotation<MemoryCandidate[]>({
    reducer: (kept, added) => [...kept.filter((old) => !added.some((fresh) => fresh.key === old.key)), ...added],
    default: () => [],
  }),
  /** The durable memories recall selected for this turn. */
  recalledMemories: Annotation<MemoryRecord[]>({ reducer: replace, default: () => [] }),
  /** The recalled and session memories rendered for the model's system prompt. */
  memoryPrompt: Annotation<string>({ reducer: replace, default: () => "" }),
  /** What the last extract, promote and prune steps did. */
  memoryReport: Annotation<MemoryReport>({ reducer: (old, next) => ({ ...old, ...next }), default: () => ({}) }),
  /** Id of the newest message already extracted, so a growing thread is never re-read. */
  extractedThrough: Annotation<string | null>({ reducer: replace, default: () => null }),
  /** Turns in a row whose extraction failed on the messages after `extractedThrough`; bounds their retries. */
  extractionFailures: Annotation<number>({ reducer: replace, default: () => 0 }),
  /** The last statement extracted on this thread, which a correction on a later turn ("oops, I meant…") refers to. */
  lastStatement: Annotation<MemoryCandidate | null>({ reducer: replace, default: () => null }),
  /** Turns promoted so far, which paces the prune node. */
  memoryTurns: Annotation<number>({ reducer: replace, default: () => 0 }),
  /** Set to true to make the next prune step run whatever its pace. */
  pruneRequested: Annotation<boolean>({ reducer: replace, default: () => false }),
});

/** The state the memory nodes read and write. */
export type MemoryState = typeof MemoryAnnotation.State;
/** An update the memory nodes return. */
export type MemoryUpdate = typeof MemoryAnnotation.Update;
