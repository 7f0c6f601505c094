import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore, exactItems, fromStoredValue, historyNamespaceFor, namespaceFor, type MemoryRecord } from "../../src/index.js";
import { runScript } from "../support/child.js";

const WRITERS = 3;
const ROUNDS = 150;
const dir = mkdtempSync(join(tmpdir(), "lsm-memory-race-"));
const script = join(import.meta.dirname, "fixtures", "memory-racer.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RacerReport {
  written: { key: string; recordId: string; fresh: boolean }[];
  errors: string[];
}

describe("promote, refresh and prune racing on shared keys in separate processes", () => {
  it("lose no version and resurrect no superseded value", async () => {
    const file = join(dir, "race.db");
    await SqliteStore.fromConnString(file).setup();
    const reports = (
      await Promise.all([
        ...Array.from({ length: WRITERS }, (_, worker) => runScript(script, [file, "writer", String(worker), String(ROUNDS)])),
        runScript(script, [file, "pruner", "p", String(ROUNDS * 2)]),
      ])
    ).map((stdout) => JSON.parse(stdout) as RacerReport);
    for (const report of reports) expect(report.errors).toEqual([]);

    const store = SqliteStore.fromConnString(file);
    const who = { userId: "ana", orgId: "acme" };
    const records = (items: Awaited<ReturnType<typeof exactItems>>) => items.map((item) => fromStoredValue(item.value)!);
    const live = new Map(records(await exactItems(store, namespaceFor("user", who))).map((record) => [record.key, record]));
    const history = new Map<string, MemoryRecord>(records(await exactItems(store, historyNamespaceFor("user", who))).map((record) => [record.id, record]));
    store.stop();

    // Every version still in history is either the live record of its key or marked superseded:
    // a version that is neither was lost from the live slot; a live one marked superseded came back.
    for (const record of history.values()) {
      const current = live.get(record.key);
      if (current?.id === record.id) expect(record.supersededBy, `live ${record.id} is marked superseded`).toBeNull();
      else expect(record.supersededBy, `version ${record.id} of ${record.key} is neither live nor superseded`).not.toBeNull();
    }
    for (const record of live.values()) expect(history.get(record.id)?.supersededBy ?? null).toBeNull();
    // Prune only deletes what it saw expired: every fresh version that was written is still there.
    const fresh = reports.flatMap((report) => report.written).filter((entry) => entry.fresh);
    expect(fresh.length).toBeGreaterThan(WRITERS * ROUNDS * 0.3);
    const lost = fresh.filter((entry) => !history.has(entry.recordId));
    expect(lost).toEqual([]);
  });
});
