import type { MemoryCandidate } from "../../src/index.js";

const DAY = 86_400_000;

/** Midnight UTC, `days` after 2026-01-01: the memory suites' clock. */
export const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * DAY);

/** The identity most memory tests act for. */
export const ana = { userId: "ana", orgId: "acme", projectId: "atlas" };

/** An explicit user-scope fact candidate whose text names its key and value. */
export const candidate = (key: string, value: string, fields: Partial<MemoryCandidate> = {}): MemoryCandidate => ({
  bucket: "promote", memoryType: "fact", key, content: { value }, text: `${key}: ${value}`, confidence: 0.9, scope: "user", ...fields,
});
