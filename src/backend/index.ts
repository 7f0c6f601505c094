export { BackendError, MEMORY_DATABASE_URL, createMemoryBackend, type MemoryBackend } from "./backend.js";
