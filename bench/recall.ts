/**
 * Recall benchmark: `recall` over 100k memories of 1,000 users (3 projects and 1 org each),
 * on SqliteStore (file) beside InMemoryStore. Run with `npm run bench:recall`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, type BaseStore } from "@langchain/langgraph-checkpoint";
import { SqliteStore, promote, recall, type IdentityContext, type MemoryCandidate } from "../src/index.js";
import { machine, percentiles, ratio, table } from "./report.js";

const USERS = 1_000;
const PER_USER = 100;
const TOPICS = ["theme", "language", "deadline", "database", "editor", "timezone", "budget", "release", "review", "deploy"];
const TYPES = ["preference", "fact", "rule", "task_state"] as const;

function identity(user: number, project: number): IdentityContext {
  return { userId: `user-${user}`, orgId: `org-${user % 50}`, projectId: `project-${user}-${project}` };
}

function candidates(user: number, project: number): MemoryCandidate[] {
  return Array.from({ length: PER_USER / 3 + (project === 0 ? PER_USER % 3 : 0) }, (_, i) => {
    const topic = TOPICS[(i + user) % TOPICS.length]!;
    return {
      bucket: "promote" as const,
      memoryType: TYPES[i % TYPES.length]!,
      key: `${topic}.item${i}`,
      content: { value: `${topic} value ${i} for user ${user}` },
      text: `The ${topic} of item ${i} is ${topic}-${(i * 7) % 13}`,
      confidence: 0.5 + ((i * 13) % 50) / 100,
      // Mostly the user's own memories, some shared with the project.
      scope: i % 10 === 0 ? ("project" as const) : ("user" as const),
    };
  });
}

async function load(store: BaseStore): Promise<number> {
  const started = performance.now();
  for (let user = 0; user < USERS; user += 1) {
    for (let project = 0; project < 3; project += 1) await promote(store, candidates(user, project), identity(user, project));
  }
  return performance.now() - started;
}

async function measure(store: BaseStore, query: boolean) {
  const samples: number[] = [];
  for (let i = 0; i < 2_200; i += 1) {
    const user = (i * 7_919) % USERS;
    const started = performance.now();
    await recall(store, identity(user, i % 3), { limit: 5, query: query ? `what is my ${TOPICS[i % TOPICS.length]} deadline` : undefined });
    if (i >= 200) samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-recall-"));
  console.log(`# Recall benchmark\n\n${machine()}\nCommand: npm run bench:recall\n`);
  console.log(`${USERS * PER_USER} memories: ${USERS} users × ${PER_USER}, 3 projects and 1 org each; 2,000 recalls (limit 5) after 200 warm-up.\n`);
  try {
    const sqlite = SqliteStore.fromConnString(join(dir, "memory.db"));
    const memory = new InMemoryStore();
    const loadSqlite = await load(sqlite);
    const loadMemory = await load(memory);
    const rows: string[][] = [];
    rows.push(["load 100k memories through promote, s", (loadSqlite / 1_000).toFixed(1), (loadMemory / 1_000).toFixed(1), ratio(loadSqlite, loadMemory, "lower")]);
    for (const query of [false, true]) {
      const ours = await measure(sqlite, query);
      const theirs = await measure(memory, query);
      const label = query ? "recall with a query (keyword-ranked on SqliteStore)" : "recall without a query";
      rows.push([`${label}, p50 / p95 ms`, `${ours.p50.toFixed(3)} / ${ours.p95.toFixed(3)}`, `${theirs.p50.toFixed(3)} / ${theirs.p95.toFixed(3)}`, ratio(ours.p95, theirs.p95, "lower")]);
    }
    sqlite.stop();
    console.log(table(["operation", "SqliteStore (file)", "InMemoryStore", "ratio (p95)"], rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
