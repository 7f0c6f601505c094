import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { z } from "zod/v4";
import {
  MemoryCandidateSchema,
  type IdentityContext,
  type MemoryCandidate,
  type MemoryRecord,
} from "../memory/index.js";
import { messagesSince } from "./messages.js";
import { extractWithRules, type RuleScope } from "./rules/extract.js";
import { readIdentity } from "./runtime.js";
import type { MemoryState, MemoryUpdate } from "./state.js";

/** What a custom extractor receives. */
export interface ExtractorInput {
  /** Only the messages not extracted before, oldest first. */
  messages: BaseMessage[];
  identity: IdentityContext;
  /** The memories recalled this turn, whose keys an update should reuse. */
  recalled: MemoryRecord[];
}

/** A function that turns new messages into memory candidates. */
export type Extractor = (input: ExtractorInput) => MemoryCandidate[] | Promise<MemoryCandidate[]>;

/** Options of {@link createExtractNode}. */
export const ExtractNodeOptionsSchema = z
  .object({
    /** A chat model with structured output; without one (and without `extractor`) the offline rules run. */
    model: z.custom<BaseChatModel>((value) => typeof (value as BaseChatModel)?.withStructuredOutput === "function").optional(),
    /** Your own extractor; takes precedence over `model`. */
    extractor: z.custom<Extractor>((value) => typeof value === "function").optional(),
    /** Replaces the default instructions given to the model. */
    instructions: z.string().min(1).optional(),
  })
  .strict();

/** Options of {@link createExtractNode}, as passed. */
export type ExtractNodeOptions = z.input<typeof ExtractNodeOptionsSchema>;

/** The structured output asked of a model: a list, so one call covers the whole turn. */
export const ExtractionSchema = z.object({
  candidates: z.array(MemoryCandidateSchema).describe("One entry per statement worth remembering; empty if none."),
});

/** The default instructions: the three buckets, stable keys and scope levels. */
export const DEFAULT_EXTRACTION_INSTRUCTIONS = `You maintain an assistant's long-term memory. Read the new messages of a conversation and list what is worth remembering about the user, their project or their organisation.

For each statement choose a bucket:
- "promote": a durable fact worth keeping across conversations: a preference ("I prefer dark mode"), a standing rule ("from now on, answer in French"), a fact about the user, project or org ("our team uses Postgres", "the deadline is March 3"), a change of task state ("the migration is done").
- "session": true only for this conversation ("for now, keep it short", "today I'm debugging X").
- "discard": chatter, questions, greetings, anything not worth storing. You may simply omit these.

Keys are stable subject keys in dotted lower case (ui.theme, response.language, project.deadline, stack.database, task.<name>). When a statement changes something already remembered, reuse that memory's key so the new value replaces the old one.

Scope: "user" for the user's own preferences and facts, "project" for facts about the current project, "org" for the organisation. Use only these scopes: {scopes}.

memoryType is one of preference, fact, rule, task_state, summary, episode. content holds the value as JSON (e.g. {"value": "dark mode"}); text is a short sentence for a prompt. confidence is 0..1: explicit statements 0.9, inferences lower.

Never record passwords, API keys, tokens or card numbers.`;

/**
 * A node that turns the messages added since its last run into memory
 * candidates, so a long thread is never extracted from the start again.
 * With a chat model, one structured-output call per turn; without one, the
 * offline rule-based extractor.
 */
export function createExtractNode(options: ExtractNodeOptions = {}) {
  const { model, extractor, instructions } = ExtractNodeOptionsSchema.parse(options);
  const structured = model?.withStructuredOutput(ExtractionSchema, { name: "memory_candidates" });
  return async function extractMemories(state: MemoryState, config: LangGraphRunnableConfig): Promise<MemoryUpdate> {
    const identity = readIdentity(config);
    const messages = messagesSince(state.messages, state.extractedThrough);
    if (messages.length === 0) return { memoryCandidates: [] };
    const extractedThrough = messages.at(-1)!.id ?? state.extractedThrough;
    const input: ExtractorInput = { messages, identity, recalled: state.recalledMemories };
    let candidates: MemoryCandidate[];
    if (extractor !== undefined) {
      candidates = await extractor(input);
    } else if (structured !== undefined) {
      const prompt = (instructions ?? DEFAULT_EXTRACTION_INSTRUCTIONS).replace("{scopes}", writableScopes(identity).join(", "));
      const output = await structured.invoke([new SystemMessage(prompt), new HumanMessage(transcript(input))], config);
      candidates = output.candidates;
    } else {
      candidates = extractWithRules({
        userTexts: messages.filter((message) => message.getType() === "human").map((message) => message.text),
        scopes: writableScopes(identity),
      });
    }
    return { memoryCandidates: candidates.map((candidate) => MemoryCandidateSchema.parse(candidate)), extractedThrough };
  };
}

function writableScopes(identity: IdentityContext): RuleScope[] {
  return [
    "user",
    ...(identity.projectId !== undefined ? (["project"] as const) : []),
    ...(identity.orgId !== undefined ? (["org"] as const) : []),
  ];
}

/** The new messages as plain text, with the keys already remembered so updates reuse them. */
function transcript({ messages, recalled }: ExtractorInput): string {
  const lines = messages.map((message) => `${message.getType() === "human" ? "user" : message.getType()}: ${message.text}`);
  const known = recalled.map((record) => `- ${record.key}: ${record.text}`);
  return [
    known.length > 0 ? `Already remembered:\n${known.join("\n")}\n` : "",
    `New messages:\n${lines.join("\n")}`,
  ].join("");
}
