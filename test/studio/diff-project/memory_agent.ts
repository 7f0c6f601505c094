/**
 * The template agent in a project of its own, so that the differential test's official dev
 * server keeps its `.langgraph_api/` apart from the one the repository's dev-server test starts.
 */
export { graph } from "../../../graphs/memory_agent.js";
