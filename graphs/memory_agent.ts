/**
 * The template agent, as `langgraph.json` serves it to LangGraph Studio (the dev server
 * provides persistence). Its code is `src/agent/memory-agent.ts`: copy that file to start a
 * new agent, or call `buildMemoryAgent({ checkpointer, store })` from the package.
 */
import { buildMemoryAgent } from "../src/agent/index.js";

export { buildMemoryAgent, chatModelFor, MemoryAgentConfiguration } from "../src/agent/index.js";
export const graph = buildMemoryAgent();
