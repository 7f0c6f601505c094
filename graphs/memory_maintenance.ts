/**
 * The maintenance graph, as `langgraph.json` serves it to LangGraph Studio. Its code is
 * `src/agent/maintenance.ts` (`buildMemoryMaintenance({ store })` for a scheduled job).
 */
import { buildMemoryMaintenance } from "../src/agent/index.js";

export { buildMemoryMaintenance } from "../src/agent/index.js";
export const graph = buildMemoryMaintenance();
