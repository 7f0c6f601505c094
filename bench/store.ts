/**
 * Store benchmark: SqliteStore beside InMemoryStore, and batch puts beside a raw better-sqlite3
 * transaction doing the same inserts. Run with `npm run bench:store`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, type BaseStore, type PutOperation } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { SqliteStore } from "../src/index.js";
import { machine, percentiles, ratio, table } from "./report.js";

/** Labels for the filter fields. */
const WORDS = "alpha bravo charlie delta echo".split(" ");

/** A 5,000-word vocabulary used with Zipf frequencies, like the words of real notes. */
const SYLLABLES = "ka lo mi ne ru sa te vo zi pa do fe gu hi ja".split(" ");
const VOCABULARY = Array.from({ length: 5_000 }, (_, i) =>
  [i % 15, Math.floor(i / 15) % 15, Math.floor(i / 225) % 15].map((s) => SYLLABLES[s]).join(""),
);
const ZIPF = (() => {
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
})();
let seed = 7;
function zipfWord(): string {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  const u = seed / 2 ** 31;
  let low = 0;
  let high = ZIPF.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ZIPF[mid]! < u) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low]!;
}

function note(i: number) {
  const words = Array.from({ length: 12 }, zipfWord);
  return { text: words.join(" "), n: i % 1000, kind: WORDS[i % 5]!, meta: { source: i % 3 === 0 ? "web" : "pdf" } };
}

async function latencies(runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i += 1) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

async function elapsed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function puts(namespace: string[], count: number, offset = 0): PutOperation[] {
  return Array.from({ length: count }, (_, i) => ({ namespace, key: `k${offset + i}`, value: note(offset + i) }));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-store-"));
  const rows: string[][] = [];
  const ms = (value: number) => value.toFixed(3);
  console.log(`# Store benchmark\n\n${machine()}\nCommand: npm run bench:store\n`);
  try {
    const sqlite = SqliteStore.fromConnString(join(dir, "store.db"));
    const memory = new InMemoryStore();
    const contenders: [string, BaseStore][] = [["SqliteStore", sqlite], ["InMemoryStore", memory]];

    // 10k puts one by one, then 10k in one batch.
    const single: Record<string, number> = {};
    const batch: Record<string, number> = {};
    for (const [name, store] of contenders) {
      single[name] = await elapsed(async () => {
        for (const put of puts(["single"], 10_000)) await store.put(put.namespace, put.key, put.value!);
      });
      batch[name] = await elapsed(() => store.batch(puts(["batch"], 10_000)));
    }
    const raw = new Database(join(dir, "raw.db"));
    raw.pragma("journal_mode = WAL");
    raw.pragma("synchronous = NORMAL");
    raw.exec("CREATE TABLE items (namespace TEXT, key TEXT, value TEXT, created_at TEXT, updated_at TEXT, UNIQUE (namespace, key))");
    const insert = raw.prepare("INSERT INTO items VALUES (?, ?, ?, ?, ?)");
    const rawBatch = await elapsed(() => {
      const now = new Date().toISOString();
      raw.transaction(() => {
        for (const put of puts(["batch"], 10_000)) insert.run("batch\u001f", put.key, JSON.stringify(put.value), now, now);
      })();
    });
    raw.close();
    rows.push(["10k puts one by one, ms", ms(single.SqliteStore!), ms(single.InMemoryStore!), "", ratio(single.SqliteStore!, single.InMemoryStore!, "lower")]);
    rows.push(["10k puts in one batch, ms", ms(batch.SqliteStore!), ms(batch.InMemoryStore!), ms(rawBatch), `${(batch.SqliteStore! / rawBatch).toFixed(2)}x the raw ceiling`]);

    // get latency on the 10k-item namespace.
    const gets: Record<string, { p50: number; p95: number }> = {};
    for (const [name, store] of contenders) gets[name] = await latencies(2_000, (i) => store.get(["batch"], `k${(i * 7919) % 10_000}`));
    rows.push(["get p50 / p95, ms", `${ms(gets.SqliteStore!.p50)} / ${ms(gets.SqliteStore!.p95)}`, `${ms(gets.InMemoryStore!.p50)} / ${ms(gets.InMemoryStore!.p95)}`, "", ratio(gets.SqliteStore!.p50, gets.InMemoryStore!.p50, "lower")]);

    // Filtered search, limit 5, in a namespace of 100 items and one of 10,000 (each beside 10k other items).
    for (const size of [100, 10_000]) {
      const namespace = ["tenants", `t${size}`];
      for (const [, store] of contenders) await store.batch(puts(namespace, size));
      const searches: Record<string, { p50: number; p95: number }> = {};
      for (const [name, store] of contenders) {
        searches[name] = await latencies(300, (i) =>
          store.search(namespace, { filter: { kind: WORDS[i % 5], n: { $gte: (i * 37) % 900 }, "meta.source": "web" }, limit: 5 }),
        );
      }
      // InMemoryStore filters only top-level keys; give it the same two top-level conditions.
      searches.InMemoryStore = await latencies(300, (i) =>
        memory.search(namespace, { filter: { kind: WORDS[i % 5], n: { $gte: (i * 37) % 900 } }, limit: 5 }),
      );
      rows.push([`filtered search (limit 5), ${size.toLocaleString("en")} items, p50 / p95 ms`, `${ms(searches.SqliteStore!.p50)} / ${ms(searches.SqliteStore!.p95)}`, `${ms(searches.InMemoryStore!.p50)} / ${ms(searches.InMemoryStore!.p95)}`, "", ratio(searches.SqliteStore!.p50, searches.InMemoryStore!.p50, "lower")]);
    }

    // listNamespaces with a prefix over 1,000 namespaces.
    for (const [, store] of contenders) {
      await store.batch(Array.from({ length: 1_000 }, (_, i) => ({ namespace: ["orgs", `o${i % 10}`, "users", `u${i}`], key: "profile", value: { i } })));
    }
    const lists: Record<string, { p50: number; p95: number }> = {};
    for (const [name, store] of contenders) lists[name] = await latencies(200, (i) => store.listNamespaces({ prefix: ["orgs", `o${i % 10}`], limit: 200 }));
    rows.push(["listNamespaces (prefix, 1,000 namespaces), p50 / p95 ms", `${ms(lists.SqliteStore!.p50)} / ${ms(lists.SqliteStore!.p95)}`, `${ms(lists.InMemoryStore!.p50)} / ${ms(lists.InMemoryStore!.p95)}`, "", ratio(lists.SqliteStore!.p50, lists.InMemoryStore!.p50, "lower")]);

    // Keyword search over 100k items (InMemoryStore ignores a query without embeddings).
    for (let offset = 0; offset < 100_000; offset += 20_000) await sqlite.batch(puts(["kb", `shard${offset / 20_000}`], 20_000, offset));
    const keyword = await latencies(300, () => sqlite.search(["kb"], { query: `${zipfWord()} ${zipfWord()}`, limit: 10 }));
    const scoped = await latencies(300, (i) => sqlite.search(["kb", `shard${i % 5}`], { query: `${zipfWord()} ${zipfWord()}`, limit: 10 }));
    rows.push(["keyword search (2 Zipf-drawn words), 100k items, whole store, p50 / p95 ms", `${ms(keyword.p50)} / ${ms(keyword.p95)}`, "n/a (query ignored)", "", ""]);
    rows.push(["keyword search (2 Zipf-drawn words), 100k items, one 20k namespace, p50 / p95 ms", `${ms(scoped.p50)} / ${ms(scoped.p95)}`, "n/a (query ignored)", "", ""]);
    sqlite.stop();

    console.log(table(["operation", "SqliteStore (file)", "InMemoryStore", "raw better-sqlite3", "ratio"], rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
