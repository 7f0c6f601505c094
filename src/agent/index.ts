export { MemoryAgentConfiguration, buildMemoryAgent, chatModelFor, type MemoryAgentOptions } from "./memory-agent.js";
export { MaintenanceAnnotation, buildMemoryMaintenance, type MemoryMaintenanceOptions } from "./maintenance.js";
