export {
  MemoryAgentConfiguration,
  buildMemoryAgent,
  chatModelFor,
  extractionModelFor,
  type ExtractionChoice,
  type MemoryAgentOptions,
} from "./memory-agent.js";
export { MaintenanceAnnotation, buildMemoryMaintenance, type MemoryMaintenanceOptions } from "./maintenance.js";
