import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver, SqliteStore, history, namespaceFor } from "../../src/index.js";
import { collect } from "../support/collect.js";
import { runScript } from "../support/child.js";

const WORKERS = 4;
const ROUNDS = 120;
const dir = mkdtempSync(join(tmpdir(), "lsm-concurrency-"));
const script = join(import.meta.dirname, "fixtures", "mixed-worker.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface WorkerReport {
  worker: string;
  operations: number;
  promoted: { userId: string; key: string; recordId: string }[];
  errors: string[];
}

describe(`${WORKERS} processes on one file`, () => {
  it("mix checkpoint writes, memory writes on shared keys and recalls: no error, nothing lost, one live record per key", async () => {
    const file = join(dir, "shared.db");
    await SqliteSaver.fromConnString(file).setup();
    await SqliteStore.fromConnString(file).setup();
    const reports = (await Promise.all(Array.from({ length: WORKERS }, (_, worker) => runScript(script, [file, String(worker), String(ROUNDS)])))).map(
      (stdout) => JSON.parse(stdout) as WorkerReport,
    );
    for (const report of reports) expect(report.errors, `worker ${report.worker}`).toEqual([]);
    const operations = reports.reduce((sum, report) => sum + report.operations, 0);
    expect(operations).toBe(WORKERS * ROUNDS * 4);
    console.log(`operations under concurrency: ${operations}`);

    const saver = SqliteSaver.fromConnString(file);
    for (let worker = 0; worker < WORKERS; worker += 1) {
      expect(await collect(saver.list({ configurable: { thread_id: `thread-${worker}` } }))).toHaveLength(ROUNDS);
    }
    saver.close();

    const store = SqliteStore.fromConnString(file);
    const promoted = reports.flatMap((report) => report.promoted);
    expect(promoted).toHaveLength(WORKERS * ROUNDS);
    for (const userId of ["user-0", "user-1", "user-2"]) {
      const identity = { userId, orgId: "acme" };
      for (const key of ["topic.k0", "topic.k1", "topic.k2", "topic.k3"]) {
        const ids = promoted.filter((entry) => entry.userId === userId && entry.key === key).map((entry) => entry.recordId);
        if (ids.length === 0) continue;
        // Exactly one live record for the key, and it is one that a worker wrote.
        const live = (await store.search(namespaceFor("user", identity), { filter: { key }, limit: 10 })).map((item) => item.value.id);
        expect(live).toHaveLength(1);
        expect(ids).toContain(live[0]);
        // Every promoted version is kept: none was lost to a race for the key.
        const versions = (await history(store, identity, key)).map((record) => record.id);
        expect(new Set(versions)).toEqual(new Set(ids));
      }
    }
    store.stop();
  }, 120_000);
});
