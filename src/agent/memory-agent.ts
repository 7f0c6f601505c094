/**
 * The template agent: recall → model → extract → promote → prune, over the
 * memory state. Start a new agent by copying this file and replacing `answer`.
 *
 * `buildMemoryAgent({ checkpointer, store })` compiles it over yours, e.g.
 * `SqliteSaver` and `SqliteStore` on one file; `graphs/memory_agent.ts` is what
 * `langgraph.json` serves to LangGraph Studio.
 *
 * The identity comes from the run's configuration (`userId` required, `orgId`,
 * `projectId`); `model` picks the chat model (see `chatModelFor`), which also
 * extracts the memories of each turn unless `extraction` is `"rules"`.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { RemoveMessage } from "@langchain/core/messages";
import { Annotation, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import type { BaseCheckpointSaver, BaseStore } from "@langchain/langgraph-checkpoint";
import { OfflineChatModel } from "../models/offline-chat-model.js";
import { MemoryAnnotation, addMemoryNodes, createMemoryPrompt, type ExtractNodeOptions, type MemoryState } from "../nodes/index.js";

/** Who extracts the memories of a turn: the run's chat model, or the offline rule-based extractor. */
export type ExtractionChoice = "model" | "rules";

/** The configuration LangGraph Studio shows as a form for each run. */
export const MemoryAgentConfiguration = Annotation.Root({
  /** Whose memory the run reads and writes. Required. */
  userId: Annotation<string>,
  /** The user's organisation, for memories shared across it. */
  orgId: Annotation<string | undefined>,
  /** The current project, for memories shared by its members. */
  projectId: Annotation<string | undefined>,
  /** `offline` (default, no network), or `openai:<model>` / `anthropic:<model>` with that provider's package and API key. */
  model: Annotation<string | undefined>,
  /** Who extracts memories: `model` (default: the chosen model; the offline rules when it is `offline`) or `rules` (always the offline rules). */
  extraction: Annotation<ExtractionChoice | undefined>,
});

const SYSTEM_PROMPT = "You are a helpful assistant with a long-term memory. Use what you remember when it is relevant.";

/**
 * The chat model a run asks for. `offline` needs nothing; a provider model
 * needs its optional package (`npm install @langchain/openai` or
 * `@langchain/anthropic`) and its API key in the environment.
 */
export async function chatModelFor(choice: string | undefined): Promise<BaseChatModel> {
  const [provider, name] = (choice ?? process.env.MEMORY_AGENT_MODEL ?? "offline").split(":", 2);
  if (provider === "offline") return new OfflineChatModel();
  const packages: Record<string, [string, string]> = {
    openai: ["@langchain/openai", "ChatOpenAI"],
    anthropic: ["@langchain/anthropic", "ChatAnthropic"],
  };
  const found = packages[provider ?? ""];
  if (found === undefined || !name) {
    throw new Error(`Unknown model "${choice}": use "offline", "openai:<model>" or "anthropic:<model>".`);
  }
  const [packageName, className] = found;
  const module = (await import(packageName).catch(() => {
    throw new Error(`The model "${choice}" needs the optional package ${packageName}: npm install ${packageName}`);
  })) as Record<string, new (fields: { model: string }) => BaseChatModel>;
  return new module[className]!({ model: name });
}

/** A setting of the run: `configurable` first, then LangGraph's runtime `context`. */
function setting(config: LangGraphRunnableConfig, name: "model" | "extraction"): string | undefined {
  const value = config.configurable?.[name] ?? (config.context as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The chat model that extracts a run's memories: the run's model, unless it
 * is `offline` or the extraction choice (the run's `extraction`, then the
 * agent's, then `MEMORY_AGENT_EXTRACTION`) is `rules`. `undefined` means the
 * offline rule-based extractor.
 */
export async function extractionModelFor(config: LangGraphRunnableConfig, fallback?: ExtractionChoice): Promise<BaseChatModel | undefined> {
  const choice = setting(config, "extraction") ?? fallback ?? process.env.MEMORY_AGENT_EXTRACTION ?? "model";
  if (choice !== "model" && choice !== "rules") throw new Error(`Unknown extraction "${choice}": use "model" or "rules".`);
  const model = await chatModelFor(setting(config, "model"));
  return choice === "rules" || model instanceof OfflineChatModel ? undefined : model;
}

/**
 * The model node: the memory block goes into the system prompt, the reply
 * into the messages. Messages beyond the newest `keepMessages` leave the
 * thread's state as the reply is added: what was worth keeping of them is in
 * durable memory already, and every step of a long thread re-serializes its
 * state, so an unbounded window makes each turn slower and the file larger.
 */
function answerWithin(keepMessages: number) {
  const prompt = createMemoryPrompt(SYSTEM_PROMPT);
  return async function answer(state: MemoryState, config: LangGraphRunnableConfig) {
    const model = await chatModelFor(setting(config, "model"));
    const reply = await model.invoke(prompt(state), config);
    const dropped = state.messages.slice(0, Math.max(0, state.messages.length + 1 - keepMessages));
    const removals = dropped.flatMap((message) => (message.id === undefined ? [] : [new RemoveMessage({ id: message.id })]));
    return { messages: [...removals, reply] };
  };
}

/** Options of {@link buildMemoryAgent}. */
export interface MemoryAgentOptions {
  checkpointer?: BaseCheckpointSaver;
  store?: BaseStore;
  /** Prune the user's memories every this many turns. */
  pruneEvery?: number;
  /** Who extracts when the run does not say (`configurable.extraction`); default `MEMORY_AGENT_EXTRACTION`, else `model`. */
  extraction?: ExtractionChoice;
  /** The extract node's other options: its timeout, retries, message bound, tool output. */
  extract?: Omit<ExtractNodeOptions, "model">;
  /** The newest this many messages stay in a thread's state (200 by default; `Infinity` keeps every message). */
  keepMessages?: number;
}

/** Compiles the template over a checkpointer and store of your choice. */
export function buildMemoryAgent({ checkpointer, store, pruneEvery = 10, extraction, extract, keepMessages = 200 }: MemoryAgentOptions = {}) {
  if (!(keepMessages >= 2)) throw new RangeError(`buildMemoryAgent: keepMessages must be at least 2, got ${keepMessages}`);
  const builder = new StateGraph(MemoryAnnotation, MemoryAgentConfiguration).addNode("answer", answerWithin(keepMessages));
  return addMemoryNodes(builder, "answer", {
    extract: { ...extract, model: (config) => extractionModelFor(config, extraction) },
    prune: { every: pruneEvery },
  }).compile({ checkpointer, store, name: "memory_agent" });
}
