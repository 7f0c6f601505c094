/**
 * An agent with memory that survives restarts, in one SQLite file:
 * recall_memories → agent → extract_memories → promote_memories → prune_memories.
 *
 * Replace `agent` with your own model node (or tool loop). It reads
 * `state.memoryPrompt`, the block of what the user's memories say.
 */
import { SystemMessage } from "@langchain/core/messages";
import { StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import {
  MemoryAgentConfiguration,
  MemoryAnnotation,
  SqliteSaver,
  SqliteStore,
  addMemoryNodes,
  chatModelFor,
  type MemoryState,
} from "langgraph-sqlite-memory";

const SYSTEM_PROMPT = "You are a helpful assistant with a long-term memory. Use what you remember when it is relevant.";

/**
 * The model node. `configurable.model` (or the MEMORY_AGENT_MODEL variable)
 * picks the model: `offline` by default (no key, no network), or
 * `openai:<model>` / `anthropic:<model>` after installing that provider's
 * package and setting its API key.
 */
async function agent(state: MemoryState, config: LangGraphRunnableConfig) {
  const model = await chatModelFor(config.configurable?.model as string | undefined);
  const system = state.memoryPrompt ? `${SYSTEM_PROMPT}\n\n${state.memoryPrompt}` : SYSTEM_PROMPT;
  return { messages: [await model.invoke([new SystemMessage(system), ...state.messages], config)] };
}

/** Sessions (checkpoints) and durable memories share one file: MEMORY_DB, or ./memory.db. */
export const databaseFile = process.env.MEMORY_DB ?? "memory.db";
export const checkpointer = SqliteSaver.fromConnString(databaseFile);
export const store = SqliteStore.fromConnString(databaseFile);

const builder = new StateGraph(MemoryAnnotation, MemoryAgentConfiguration).addNode("agent", agent);
export const graph = addMemoryNodes(builder, "agent").compile({ checkpointer, store, name: "agent" });
