/**
 * The template graphs, as `langgraph-memory studio` serves them when the
 * current directory has no `langgraph.json` (the server gives them the
 * checkpointer and store of the file it serves).
 */
import { buildMemoryAgent, buildMemoryMaintenance } from "../agent/index.js";

/** The memory agent (`src/agent/memory-agent.ts`). */
export const memory_agent = buildMemoryAgent();
/** The maintenance graph (`src/agent/maintenance.ts`). */
export const memory_maintenance = buildMemoryMaintenance();
