/**
 * The template agent: recall → model → extract → promote → prune, over the
 * memory state. Start a new agent by copying this file and replacing `answer`.
 *
 * `buildMemoryAgent({ checkpointer, store })` compiles it over yours, e.g.
 * `SqliteSaver` and `SqliteStore` on one file; `graphs/memory_agent.ts` is what
 * `langgraph.json` serves to LangGraph Studio.
 *
 * The identity comes from the run's configuration (`userId` required, `orgId`,
 * `projectId`); `model` picks the chat model (see `chatModelFor`).
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { SystemMessage } from "@langchain/core/messages";
import { Annotation, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import type { BaseCheckpointSaver, BaseStore } from "@langchain/langgraph-checkpoint";
import { OfflineChatModel } from "../models/offline-chat-model.js";
import { MemoryAnnotation, addMemoryNodes, type MemoryState } from "../nodes/index.js";

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

/** The model node: the memory block goes into the system prompt, the reply into the messages. */
async function answer(state: MemoryState, config: LangGraphRunnableConfig) {
  const choice = (config.configurable?.model ?? (config.context as { model?: string } | undefined)?.model) as string | undefined;
  const model = await chatModelFor(choice);
  const system = state.memoryPrompt ? `${SYSTEM_PROMPT}\n\n${state.memoryPrompt}` : SYSTEM_PROMPT;
  const reply = await model.invoke([new SystemMessage(system), ...state.messages], config);
  return { messages: [reply] };
}

/** Options of {@link buildMemoryAgent}. */
export interface MemoryAgentOptions {
  checkpointer?: BaseCheckpointSaver;
  store?: BaseStore;
  /** Prune the user's memories every this many turns. */
  pruneEvery?: number;
}

/** Compiles the template over a checkpointer and store of your choice. */
export function buildMemoryAgent({ checkpointer, store, pruneEvery = 10 }: MemoryAgentOptions = {}) {
  const builder = new StateGraph(MemoryAnnotation, MemoryAgentConfiguration).addNode("answer", answer);
  return addMemoryNodes(builder, "answer", { prune: { every: pruneEvery } }).compile({ checkpointer, store, name: "memory_agent" });
}
