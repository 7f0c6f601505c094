export { MemoryAgentConfiguration, buildMemoryAgent, chatModelFor, type MemoryAgentOptions } from "./memory-agent.js";
export { MaintenanceAnnotation, buildMemoryMaintenance } from "./maintenance.js";
