import { z } from "zod/v4";
import { MemoryTypeSchema, TtlDaysSchema, type MemoryType } from "./record.js";

/** How long each kind of memory lives by default, in days; `null` never expires. */
export const DEFAULT_TTL_DAYS: Readonly<Record<MemoryType, number | null>> = {
  rule: null,
  preference: null,
  fact: null,
  task_state: 14,
  summary: 90,
  episode: 30,
};

/**
 * The hygiene rules, all with defaults. Documented field by field; every
 * rule the write and prune paths apply is one of these.
 */
export const MemoryPolicySchema = z
  .object({
    /** Days a memory of each type lives unless the candidate says otherwise; `null` never expires. */
    ttlDays: z.partialRecord(MemoryTypeSchema, TtlDaysSchema.nullable()).default({}),
    /** Candidates less confident than this are refused: an extractor's guess is not a memory (explicit statements are 0.9). */
    minConfidence: z.number().min(0).max(1).default(0.7),
    /**
     * A candidate that changes a live memory replaces it only if its confidence
     * is at least the live one's minus this margin: a hesitant extraction never
     * overwrites an explicit statement, while an ordinary change of mind (always
     * newer than what it replaces) goes through. 0 demands equal or higher.
     */
    supersedeMargin: z.number().min(0).max(1).default(0.2),
    /** Whether candidates may write the `global` scope, shared by every identity. */
    allowGlobalWrites: z.boolean().default(false),
    /** Superseded memories older than this are deleted by prune; younger ones stay as history. */
    supersededRetentionDays: z.number().positive().default(90),
    /** At most this many live memories per scope and type; prune drops the least confident, then least recently verified. */
    maxLivePerScopeAndType: z.number().int().positive().default(100),
    /** A candidate whose text is longer than this is refused (never truncated). */
    maxTextLength: z.number().int().positive().default(500),
    /** A candidate whose content, as JSON, is longer than this is refused: a memory is a fact, not a document. */
    maxContentLength: z.number().int().positive().default(2_000),
    /**
     * Extra never-store patterns, checked with the built-in secret rules. Each
     * pattern is copied without its `g` and `y` flags: a caller's regex state
     * (`lastIndex`) never decides whether a secret is caught.
     */
    neverStore: z
      .array(
        z.object({
          name: z.string().min(1),
          pattern: z
            .custom<RegExp>((value) => value instanceof RegExp, "expected a RegExp")
            .transform((pattern) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ""))),
        }),
      )
      .default([]),
  })
  .strict();

/** The hygiene rules, as passed (every field optional). */
export type MemoryPolicyInput = z.input<typeof MemoryPolicySchema>;
/** The hygiene rules, with defaults applied. */
export type MemoryPolicy = z.infer<typeof MemoryPolicySchema>;

/** Applies defaults to a policy. */
export function resolvePolicy(input: MemoryPolicyInput | MemoryPolicy = {}): MemoryPolicy {
  return MemoryPolicySchema.parse(input);
}

/** The expiry of a memory of `memoryType` written at `now`, or null. */
export function expiryFor(policy: MemoryPolicy, memoryType: MemoryType, now: Date, ttlDays?: number): string | null {
  const days = ttlDays ?? (memoryType in policy.ttlDays ? policy.ttlDays[memoryType] : DEFAULT_TTL_DAYS[memoryType]);
  return days === null || days === undefined ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
}
