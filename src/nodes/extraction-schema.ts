import { z } from "zod/v4";
import { MEMORY_TYPES, MemoryCandidateSchema, type MemoryCandidate } from "../memory/index.js";

/**
 * One memory as a chat model writes it. This is the shape sent to the model,
 * kept inside the subset of JSON Schema that OpenAI's strict structured
 * output and Anthropic's tool use both accept: every property required
 * (optional ones are nullable), `additionalProperties: false` on every
 * object, no open records, and no bounds or patterns (those are checked on
 * our side, by {@link MemoryCandidateSchema}, when the answer comes back).
 */
export const ModelCandidateSchema = z
  .object({
    bucket: z
      .enum(["discard", "session", "promote", "forget"])
      .describe(
        "promote: keep across conversations; session: this conversation only; discard: not worth keeping; forget: the user asks to forget what is remembered about this subject",
      ),
    memoryType: z.enum(MEMORY_TYPES).describe("preference, fact, rule, task_state, summary or episode"),
    key: z.string().describe("stable dotted subject key in lower case, e.g. ui.theme; reuse an existing key to replace its value"),
    content: z
      .array(
        z
          .object({
            name: z.string().describe('a field of the value, e.g. "value"'),
            value: z.string().describe('its text, e.g. "dark mode"'),
          })
          .strict(),
      )
      .describe('the value as name/value pairs, e.g. [{"name": "value", "value": "dark mode"}]'),
    text: z.string().describe("one short sentence for a prompt, e.g. 'Prefers dark mode'"),
    confidence: z.number().describe("0..1; 0.9 for explicit statements, lower for inferences"),
    scope: z.enum(["user", "project", "org"]).describe("user, project or org"),
    ttlDays: z.number().nullable().describe("days until it expires; null for the policy's default"),
    reason: z.string().nullable().describe("why this bucket, in a few words; or null"),
    evidence: z.string().describe("the user's own words this comes from, quoted exactly from a user line"),
  })
  .strict();

/** The whole structured answer: a list, so one call covers the whole turn. */
export const ModelExtractionSchema = z
  .object({
    candidates: z.array(ModelCandidateSchema).describe("One entry per statement worth remembering; empty if none."),
  })
  .strict();

/**
 * The JSON Schema the extract node sends to a chat model
 * (`withStructuredOutput(EXTRACTION_JSON_SCHEMA, { name: "memory_candidates" })`),
 * generated from {@link ModelExtractionSchema}.
 */
export const EXTRACTION_JSON_SCHEMA: Record<string, unknown> = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(ModelExtractionSchema) as Record<string, unknown>;
  return schema;
})();

/** A candidate the model proposed that cannot become a memory, and why. */
export interface RefusedCandidate {
  /** Its position in the model's list. */
  index: number;
  /** Its key, when it had a readable one. */
  key?: string;
  reason: string;
}

/** What came out of a structured answer, one candidate at a time. */
export interface ParsedCandidates {
  candidates: MemoryCandidate[];
  refused: RefusedCandidate[];
}

/** Thrown when a structured answer is not `{ candidates: [...] }` at all. */
export class ExtractionOutputError extends Error {
  override name = "ExtractionOutputError";
}

const Envelope = z.object({ candidates: z.array(z.unknown()) });

/**
 * Reads a structured answer candidate by candidate: each valid one is
 * normalised into a {@link MemoryCandidate}; each invalid one is refused with
 * a reason, and never costs the others. `content` may come as name/value
 * pairs (what the schema asks for), as a JSON string, or as an object;
 * `null` optional fields are dropped.
 *
 * @throws ExtractionOutputError when the answer has no list of candidates.
 */
export function parseCandidates(output: unknown): ParsedCandidates {
  const envelope = Envelope.safeParse(output);
  if (!envelope.success) {
    throw new ExtractionOutputError(`the structured output is not {"candidates": [...]}: ${z.prettifyError(envelope.error)}`);
  }
  return validateCandidates(envelope.data.candidates.map(normalise));
}

/**
 * Checks candidates against {@link MemoryCandidateSchema}, one at a time:
 * the valid ones are kept, the others refused with the schema's reason.
 */
export function validateCandidates(raw: readonly unknown[]): ParsedCandidates {
  const result: ParsedCandidates = { candidates: [], refused: [] };
  raw.forEach((candidate, index) => {
    const parsed = MemoryCandidateSchema.safeParse(candidate);
    if (parsed.success) {
      result.candidates.push(parsed.data);
      return;
    }
    const key = (candidate as { key?: unknown } | null)?.key;
    result.refused.push({
      index,
      ...(typeof key === "string" && key.length > 0 ? { key } : {}),
      reason: `invalid candidate: ${z.prettifyError(parsed.error).replace(/\s+/g, " ")}`,
    });
  });
  return result;
}

/** The model's wire shape turned into the candidate shape; anything else is left for validation to refuse. */
function normalise(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const { content, ttlDays, reason, ...rest } = raw as Record<string, unknown>;
  return {
    ...rest,
    content: contentOf(content),
    ...(ttlDays === null || ttlDays === undefined ? {} : { ttlDays }),
    ...(reason === null || reason === undefined ? {} : { reason }),
  };
}

function contentOf(content: unknown): unknown {
  if (Array.isArray(content) && content.every(isPair)) {
    return Object.fromEntries(content.map((pair) => [pair.name, pair.value]));
  }
  if (typeof content === "string") {
    try {
      return JSON.parse(content) as unknown;
    } catch {
      return content;
    }
  }
  return content;
}

function isPair(value: unknown): value is { name: string; value: unknown } {
  return typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string" && "value" in value;
}
