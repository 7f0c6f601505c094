import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildMemoryMaintenance } from "../../graphs/memory_maintenance.js";
import { SqliteStore, promote, type MemoryCandidate } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-maintenance-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const fact = (key: string, value: string, fields: Partial<MemoryCandidate> = {}): MemoryCandidate => ({
  bucket: "promote", memoryType: "fact", key, content: { value }, text: `${key}: ${value}`, confidence: 0.9, scope: "user", ...fields,
});

describe("the memory_maintenance graph", () => {
  it("counts every scope, prunes it, and reports before and after", async () => {
    const store = SqliteStore.fromConnString(join(dir, "maintenance.db"));
    const longAgo = new Date(Date.now() - 200 * DAY);
    await promote(store, [fact("city", "Lisbon"), fact("task.a", "open", { memoryType: "task_state" })], { userId: "ana", orgId: "acme" }, {}, { now: longAgo });
    await promote(store, [fact("city", "Porto")], { userId: "ana", orgId: "acme" }, {}, { now: new Date(longAgo.getTime() + DAY) });
    await promote(store, [fact("stack.db", "Postgres", { scope: "org" }), fact("tz", "UTC")], { userId: "ben", orgId: "acme" });

    const report = await buildMemoryMaintenance({ store }).invoke({});

    expect(report.before).toMatchObject({ live: { fact: 3 }, expired: 1, superseded: 1, users: 2 });
    expect(report.pruned).toMatchObject({ expired: 1, superseded: 1, capped: 0 });
    expect(report.after).toMatchObject({ live: { fact: 3 }, expired: 0, superseded: 0, users: 2 });
    store.stop();
  });
});
