export * from "./sqlite/index.js";
export * from "./checkpoint/index.js";
