import { SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { MemoryState } from "./state.js";

/** The state a prompt function receives: the messages, and the memory block when the graph has one. */
export type PromptState = { messages: BaseMessage[] } & Partial<Pick<MemoryState, "memoryPrompt">>;

/**
 * A prompt for a model node: your instructions with the recalled memory
 * block (`state.memoryPrompt`) appended, then the conversation. It fits
 * `createReactAgent`'s `prompt`, whose state type is the plain messages
 * state, so an agent over `MemoryAnnotation` type-checks:
 *
 * ```ts
 * const agent = createReactAgent({
 *   llm, tools, stateSchema: MemoryAnnotation,
 *   prompt: createMemoryPrompt("You are a helpful assistant."),
 * });
 * const graph = addMemoryNodes(new StateGraph(MemoryAnnotation).addNode("agent", agent), "agent").compile({ checkpointer, store });
 * ```
 */
export function createMemoryPrompt(instructions: string) {
  return function memoryPrompt(state: PromptState): BaseMessage[] {
    const system = state.memoryPrompt ? `${instructions}\n\n${state.memoryPrompt}` : instructions;
    return [new SystemMessage(system), ...state.messages];
  };
}
