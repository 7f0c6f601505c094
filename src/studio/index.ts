export { startStudioServer, type StudioServer, type StudioServerOptions } from "./server.js";
export { LangGraphJsonSchema, resolveProject, type StudioProject } from "./project.js";
