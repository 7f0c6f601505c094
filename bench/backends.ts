/**
 * Memory latency on each backend: promote (a superseding write) and recall, on SqliteStore (file)
 * and the official PostgresStore, with the same 10k memories. Needs a server:
 * `MEMORY_BENCH_POSTGRES_URL=postgres://… npm run bench:backends`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { SqliteStore, promote, recall, type IdentityContext, type MemoryCandidate } from "../src/index.js";
import { freshPostgresStore } from "../test/support/postgres.js";
import { machine, percentiles, table } from "./report.js";

const USERS = 100;
const PER_USER = 100;
const url = process.env.MEMORY_BENCH_POSTGRES_URL;

const who = (user: number): IdentityContext => ({ userId: `user-${user}`, orgId: "acme", projectId: "atlas" });
const candidate = (i: number, round = 0): MemoryCandidate => ({
  bucket: "promote",
  memoryType: (["preference", "fact", "rule", "task_state"] as const)[i % 4]!,
  key: `topic${i}.detail`,
  content: { value: `value ${i}.${round}` },
  text: `Detail ${i} about topic ${i % 17}, revision ${round}`,
  confidence: 0.9,
  scope: "user",
});

async function measure(store: BaseStore) {
  for (let user = 0; user < USERS; user += 1) {
    await promote(store, Array.from({ length: PER_USER }, (_, i) => candidate(i)), who(user));
  }
  const timed = async (runs: number, fn: (i: number) => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await fn(i);
      if (i >= runs / 10) samples.push(performance.now() - started);
    }
    return percentiles(samples);
  };
  return {
    promote: await timed(500, (i) => promote(store, [candidate(i % PER_USER, 1 + i)], who(i % USERS))),
    recall: await timed(1_000, (i) => recall(store, who((i * 7) % USERS), { limit: 5 })),
    recallQuery: await timed(1_000, (i) => recall(store, who((i * 7) % USERS), { limit: 5, query: `what about topic ${i % 17}` })),
  };
}

async function main() {
  if (url === undefined) {
    console.log("Set MEMORY_BENCH_POSTGRES_URL=postgres://… to compare with PostgresStore.");
    return;
  }
  console.log(`# Backends benchmark\n\n${machine()}\nCommand: MEMORY_BENCH_POSTGRES_URL=postgres://… npm run bench:backends\n`);
  console.log(`${USERS * PER_USER} memories (${USERS} users × ${PER_USER}); Postgres on the same machine, over loopback TCP.\n`);
  const dir = mkdtempSync(join(tmpdir(), "bench-backends-"));
  try {
    const sqlite = SqliteStore.fromConnString(join(dir, "memory.db"));
    const ours = await measure(sqlite);
    sqlite.stop();
    const postgres = await freshPostgresStore(url);
    const theirs = await measure(postgres.store);
    await postgres.close();
    const cell = (p: { p50: number; p95: number }) => `${p.p50.toFixed(2)} / ${p.p95.toFixed(2)}`;
    console.log(
      table(
        ["operation, p50 / p95 ms", "SqliteStore (file)", "PostgresStore (official)"],
        [
          ["promote one superseding memory", cell(ours.promote), cell(theirs.promote)],
          ["recall (limit 5)", cell(ours.recall), cell(theirs.recall)],
          ["recall with a query", cell(ours.recallQuery), cell(theirs.recallQuery)],
        ],
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
