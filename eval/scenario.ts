/**
 * What a scenario of the evaluation is: sessions of a conversation with the
 * template agent (each one a restart on the scenario's SQLite file, a new
 * thread, an identity of its own), and the expectations on the store that
 * the conversation should leave, declared as data.
 *
 * Records are matched by a regular expression over their `text` and their
 * `content` as JSON (see `recordText` in `harness/inspect.ts`).
 */
import { z } from "zod/v4";
import { IdentityContextSchema } from "../src/index.js";

/** The kinds of scenario, for the report. */
export const SCENARIO_CATEGORIES = [
  "identity",
  "update",
  "correction",
  "hedged",
  "scope",
  "identities",
  "pasted",
  "tool",
  "secrets",
  "forget",
  "chit-chat",
  "session-only",
  "questions",
] as const;

/** A kind of scenario. */
export const ScenarioCategorySchema = z.enum(SCENARIO_CATEGORIES);

const Match = z.instanceof(RegExp);
const Identity = IdentityContextSchema;
const TeamScope = z.enum(["user", "project", "org"]);

/** One user turn: what the user typed, optionally after a tool call whose output the agent saw. */
export const TurnSchema = z.union([
  z.string().min(1),
  z
    .object({
      user: z.string().min(1),
      /** A tool the agent called in this turn, and what it returned (a ToolMessage). */
      tool: z.object({ name: z.string().min(1), output: z.string().min(1) }).strict().optional(),
    })
    .strict(),
]);
/** One user turn, validated. */
export type Turn = z.infer<typeof TurnSchema>;

/** One session: a restart of the agent, a new thread, one identity. */
export const SessionSchema = z.object({ as: Identity, turns: z.array(TurnSchema).min(1) }).strict();

/** A fact the user stated that must be live and visible to `as` at the end. */
export const RememberSchema = z
  .object({
    as: Identity,
    match: Match,
    /** The scope (or scopes) the record may have; a match at another scope counts as a wrong-scope item. */
    scope: z.union([TeamScope, z.array(TeamScope).min(1)]).optional(),
    /** A benign statement that merely looks like a secret ("the door needs a badge and a PIN"). */
    lookalike: z.boolean().optional(),
  })
  .strict();

/** A value that was updated or corrected and must no longer be live for `as`. */
export const StaleSchema = z.object({ as: Identity, match: Match }).strict();

/** Something that must not be visible to `as` (another user, project or organisation). */
export const HiddenSchema = z.object({ as: Identity, match: Match }).strict();

/** Pasted material (or tool output) that must leave no record anywhere. */
export const PastedSchema = z.object({ kind: z.enum(["document", "log"]), match: Match }).strict();

/**
 * A "forget …" request: after the scenario, no record of `as` (live or
 * history) matches. `storedAfter` names the session after which the fact was
 * stated; a fact the agent never stored counts as "not applicable", not as honoured.
 */
export const ForgottenSchema = z.object({ as: Identity, match: Match, storedAfter: z.number().int().min(0) }).strict();

/** A question asked in a later session: the memory `expect` should be recalled first; `stale` must not be. */
export const QuestionSchema = z.object({ as: Identity, ask: z.string().min(1), expect: Match, stale: Match.optional() }).strict();

/** Everything a scenario expects of the store at its end. */
export const ExpectationsSchema = z
  .object({
    remember: z.array(RememberSchema).default([]),
    stale: z.array(StaleSchema).default([]),
    hidden: z.array(HiddenSchema).default([]),
    /** Literal secrets that must appear in no record, live or history, of anyone. */
    secrets: z.array(z.string().min(4)).default([]),
    pasted: z.array(PastedSchema).default([]),
    /** Chit-chat and session-only statements that must leave no durable record anywhere. */
    transient: z.array(Match).default([]),
    forgotten: z.array(ForgottenSchema).default([]),
    questions: z.array(QuestionSchema).default([]),
  })
  .strict();

/** A multi-session conversation and what it must leave behind. */
export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    category: ScenarioCategorySchema,
    sessions: z.array(SessionSchema).min(1),
    expect: ExpectationsSchema,
  })
  .strict();

/** A scenario as written in `scenarios/` (expectation lists optional). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated scenario. */
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Validates scenarios as written and checks that their ids are unique. */
export function parseScenarios(inputs: readonly ScenarioInput[]): Scenario[] {
  const scenarios = inputs.map((input) => ScenarioSchema.parse(input));
  const seen = new Set<string>();
  for (const { id } of scenarios) {
    if (seen.has(id)) throw new Error(`Two scenarios have the id "${id}"`);
    seen.add(id);
  }
  return scenarios;
}
