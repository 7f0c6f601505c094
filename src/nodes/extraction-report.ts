/** How an extraction turn ended. */
export type ExtractionOutcome =
  /** The extractor answered; its valid candidates went on to promote. */
  | "extracted"
  /** No message was added since the last extraction. */
  | "nothing_new"
  /** The extractor failed; the same messages are tried again next turn. */
  | "will_retry"
  /** The extractor failed past its budget; those messages are skipped for good. */
  | "gave_up";

/** One line of an {@link ExtractionReport}. */
export interface ExtractionEntry {
  kind:
    /** A candidate that does not fit the memory schema; the others were kept. */
    | "refused"
    /** A model or extractor call that failed (HTTP status, network, thrown error). */
    | "call_failed"
    /** The extraction ran past its `timeoutMs`. */
    | "timeout"
    /** A structured answer that could not be read at all. */
    | "parse_failed"
    /** Messages left out: older than `maxMessages`, or given up on. */
    | "skipped_messages";
  reason: string;
  /** The refused candidate's key, when it had one. */
  key?: string;
}

/** What the extract node did this turn, in `memoryReport.extraction`. */
export interface ExtractionReport {
  /** `model`, your `extractor`, or the offline `rules`. */
  extractor: "model" | "custom" | "rules";
  outcome: ExtractionOutcome;
  /** Messages the extractor was given. */
  messages: number;
  /** Candidates passed on to promote. */
  candidates: number;
  /** Chat model calls made this turn (0 without a model). */
  calls: number;
  /** Turns in a row the pending messages have failed (0 once extracted or given up). */
  failedTurns: number;
  entries: ExtractionEntry[];
}
