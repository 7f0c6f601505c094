export { startStudioServer, type StudioServer, type StudioServerOptions } from "./server.js";
export { StudioConfigError } from "./project.js";
