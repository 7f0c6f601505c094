export { SqliteThreadSaver, type StudioThread } from "./threads.js";
export { startStudioServer, type StudioServer } from "./server.js";
