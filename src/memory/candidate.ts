import { z } from "zod/v4";
import { MemoryKeySchema, MemoryScopeSchema, MemoryTypeSchema, TtlDaysSchema } from "./record.js";

/**
 * A memory proposed by an extractor (a chat model's structured output or the
 * rule-based extractor), before the write rules decide its fate.
 */
export const MemoryCandidateSchema = z
  .object({
    bucket: z
      .enum(["discard", "session", "promote", "forget"])
      .describe(
        "promote: keep across conversations; session: this conversation only; discard: not worth keeping; forget: the user asks to forget what is remembered about this key",
      ),
    memoryType: MemoryTypeSchema.describe("preference, fact, rule, task_state, summary or episode"),
    key: MemoryKeySchema.describe("stable dotted subject key, e.g. ui.theme; reuse an existing key to replace its value"),
    content: z.record(z.string(), z.json()).describe('the value as a JSON object, e.g. {"value": "dark mode"}'),
    text: z.string().min(1).max(1_000).describe("one short sentence for a prompt, e.g. 'Prefers dark mode'"),
    confidence: z.number().min(0).max(1).describe("0..1; 0.9 for explicit statements"),
    scope: MemoryScopeSchema.describe("user, project or org"),
    ttlDays: TtlDaysSchema.optional().describe("days until it expires; omit to use the policy's default"),
    reason: z.string().max(500).optional().describe("why this bucket"),
    evidence: z
      .string()
      .max(2_000)
      .optional()
      .describe("the user's own words this comes from, quoted exactly; never pasted material or tool output"),
    messageId: z.string().max(200).optional().describe("the id of the message the evidence is in"),
  })
  .strict();
export type MemoryCandidate = z.infer<typeof MemoryCandidateSchema>;
