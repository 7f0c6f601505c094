import { z } from "zod/v4";
import { MemoryKeySchema, MemoryTypeSchema, promote, type MemoryCandidate, type PromotionEntry } from "../memory/index.js";
import type { ResolvedMemoryToolsOptions, ToolRun } from "./options.js";

/** The scopes a tool may write; `global` memories are left to the application. */
export const ToolScopeSchema = z
  .enum(["user", "project", "org"])
  .describe("user: about this user; project: shared by the current project; org: shared by the organisation");

/** The fields of a memory the model writes through a tool. */
export const MemoryFieldsSchema = z.object({
  key: MemoryKeySchema.describe("stable dotted subject key in lower case, e.g. ui.theme, project.deadline, editor.favourite"),
  text: z.string().min(1).max(1_000).describe("one short sentence for a prompt, e.g. 'Prefers dark mode'"),
  value: z.string().min(1).max(1_000).describe("the value itself, e.g. 'dark mode'"),
  evidence: z
    .string()
    .min(1)
    .max(2_000)
    .describe("the user's own words this comes from, quoted exactly; never pasted material or tool output"),
});

/** What a write tool returns to the model, and the promotion entry as the tool message's artifact. */
export type WriteResult = [string, PromotionEntry];

/**
 * Writes one memory the user asked for through `promote`, so a tool write
 * obeys the same rules as an extracted one: secrets refused, the key mapped
 * to its subject, the scope taken from the user's quoted words (a personal
 * preference stays the user's whatever scope the model proposes), an equal
 * value refreshed, a changed value superseding the old one.
 */
export async function writeMemory(
  run: ToolRun,
  fields: z.infer<typeof MemoryFieldsSchema> & { memoryType: z.infer<typeof MemoryTypeSchema>; scope: z.infer<typeof ToolScopeSchema> },
  options: ResolvedMemoryToolsOptions,
): Promise<WriteResult> {
  const candidate: MemoryCandidate = {
    bucket: "promote",
    memoryType: fields.memoryType,
    key: fields.key,
    content: { value: fields.value },
    text: fields.text,
    confidence: options.confidence,
    scope: fields.scope,
    reason: "the user asked to remember it",
    // The user's words decide the scope and catch pasted material, as for an extracted memory.
    evidence: fields.evidence,
  };
  const report = await promote(run.store, [candidate], run.identity, options.policy, { source: run.source });
  const entry = report.entries[0]!;
  return [describeWrite(entry, candidate), entry];
}

/** One sentence for the model about what happened to the memory, with the rules' notes (a key or scope changed). */
function describeWrite(entry: PromotionEntry, candidate: MemoryCandidate): string {
  const what = `${entry.key} ("${candidate.text}")`;
  const notes = entry.reason === undefined ? "" : ` (${entry.reason})`;
  switch (entry.outcome) {
    case "written":
      return `Saved ${what}${notes}.`;
    case "superseded":
      return `Updated ${what}${notes}; the previous value stays in its history.`;
    case "refreshed":
      return `Already remembered ${what}${notes}; confirmed it.`;
    default:
      return `Not saved as a lasting memory: ${what}: ${entry.reason ?? entry.outcome}.`;
  }
}
