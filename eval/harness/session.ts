/**
 * One session of a scenario: a restart of the agent on the scenario's SQLite
 * file (a new SqliteSaver and SqliteStore, as a new process would open), a
 * new thread, the user's turns in order.
 */
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from "@langchain/core/messages";
import type { BaseCheckpointSaver, BaseStore } from "@langchain/langgraph-checkpoint";
import { SqliteSaver, SqliteStore, buildMemoryAgent, type IdentityContext, type MemoryState } from "../../src/index.js";
import type { Turn } from "../scenario.js";

/** The slice of a compiled graph a session drives. */
export interface SessionGraph {
  invoke(input: { messages: BaseMessage[] }, config: { configurable: Record<string, unknown> }): Promise<MemoryState>;
}

/** Compiles the graph a session runs over the checkpointer and store it opened. */
export type GraphFactory = (checkpointer: BaseCheckpointSaver, store: BaseStore) => SessionGraph;

/** The template agent with its defaults: offline model, offline extractor. */
export const templateAgent: GraphFactory = (checkpointer, store) => buildMemoryAgent({ checkpointer, store });

/** The messages a turn adds: the user's, and for a tool turn the call and its output. */
export function messagesFor(turn: Turn, index: number): BaseMessage[] {
  if (typeof turn === "string") return [new HumanMessage(turn)];
  const messages: BaseMessage[] = [new HumanMessage(turn.user)];
  if (turn.tool !== undefined) {
    const id = `call_${index}`;
    messages.push(
      new AIMessage({ content: "", tool_calls: [{ id, name: turn.tool.name, args: {} }] }),
      new ToolMessage({ content: turn.tool.output, tool_call_id: id, name: turn.tool.name }),
    );
  }
  return messages;
}

/** The text a turn's user typed. */
export function userText(turn: Turn): string {
  return typeof turn === "string" ? turn : turn.user;
}

/** Runs one session and returns the state after each turn; the file is closed afterwards. */
export async function runSession(
  file: string,
  identity: IdentityContext,
  threadId: string,
  turns: readonly Turn[],
  graph: GraphFactory = templateAgent,
): Promise<MemoryState[]> {
  const checkpointer = SqliteSaver.fromConnString(file);
  const store = SqliteStore.fromConnString(file);
  try {
    const agent = graph(checkpointer, store);
    const config = { configurable: { thread_id: threadId, ...identity } };
    const states: MemoryState[] = [];
    for (const [index, turn] of turns.entries()) states.push(await agent.invoke({ messages: messagesFor(turn, index) }, config));
    return states;
  } finally {
    checkpointer.close();
    store.stop();
  }
}

/** Opens the scenario's store for inspection, runs `read`, closes it. */
export async function withStore<T>(file: string, read: (store: BaseStore) => Promise<T>): Promise<T> {
  const store = SqliteStore.fromConnString(file);
  try {
    return await read(store);
  } finally {
    store.stop();
  }
}
