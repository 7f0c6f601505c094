export * from "./sqlite/index.js";
export * from "./checkpoint/index.js";
export * from "./store/index.js";
export * from "./backend/index.js";
export * from "./memory/index.js";
export * from "./nodes/index.js";
export { OfflineChatModel, type OfflineChatModelParams } from "./models/offline-chat-model.js";
export * from "./agent/index.js";
export * from "./tools/index.js";
