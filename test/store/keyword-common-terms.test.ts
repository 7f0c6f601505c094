import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PutOperation } from "@langchain/langgraph-checkpoint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/index.js";

/**
 * Keyword search when a term matches more items than the store scores per
 * term (3,000): selective terms rank exactly, common terms only fill what
 * they leave, from their newest matches, and scope, paging and score order
 * hold throughout.
 */
const COMMON = 3_000;
const FILLERS = ["red", "green", "blue", "amber", "violet", "grey", "white"];

let dir: string;
let store: SqliteStore;

/** Items of one namespace: `alpha` in every one, a filler word, and as many `alpha`s as i % 3 + 1. */
function items(namespace: string[], count: number, from: number): PutOperation[] {
  return Array.from({ length: count }, (_, i) => ({
    namespace,
    key: `n${from + i}`,
    value: { text: `${"alpha ".repeat(((from + i) % 3) + 1)}${FILLERS[(from + i) % FILLERS.length]} note ${from + i}` },
  }));
}

/** The ids of items in order of BM25 over every match (FTS5 ranking them all), for `terms` (an OR). */
function exactRanking(terms: string[]): number[] {
  const expression = `text : (${terms.map((term) => `"${term}"`).join(" OR ")})`;
  return store.db
    .prepare("SELECT rowid FROM store_fts WHERE store_fts MATCH ? ORDER BY bm25(store_fts, 1.0, 0.0), rowid")
    .pluck()
    .all(expression) as number[];
}

function idOf(namespace: string[], key: string): number {
  return store.db.prepare("SELECT id FROM store_items WHERE namespace = ? AND key = ?").pluck().get(namespace.map((label) => `${label}\u001f`).join(""), key) as number;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "keyword-common-"));
  store = SqliteStore.fromConnString(join(dir, "store.db"));
  await store.batch(items(["big", "a"], COMMON + 200, 0));
  await store.batch([
    { namespace: ["big", "b"], key: "z1", value: { text: "zeta alpha" } },
    { namespace: ["big", "b"], key: "z2", value: { text: "zeta zeta report on alpha and more words here" } },
    { namespace: ["big", "b"], key: "z3", value: { text: "a long note that mentions zeta once among many other words" } },
    ...items(["big", "b"], 3, 100_000),
    { namespace: ["small"], key: "s1", value: { text: "alpha zeta in a small namespace" } },
  ]);
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("SqliteStore keyword search with common terms", () => {
  it("ranks a query of selective terms exactly as BM25 over every match", async () => {
    const hits = await store.search([], { query: "violet zeta", limit: 50 });
    const ids = hits.map((hit) => idOf(hit.namespace, hit.key));
    expect(exactRanking(["violet", "zeta"]).length).toBeLessThan(COMMON);
    expect(ids).toEqual(exactRanking(["violet", "zeta"]).slice(0, 50));
  });

  it("puts every item with a selective term first, in BM25 order, then fills from the common term's newest matches", async () => {
    const hits = await store.search([], { query: "alpha zeta", limit: 10 });
    const zeta = exactRanking(["zeta"]);
    expect(zeta).toHaveLength(4);
    const ids = hits.map((hit) => idOf(hit.namespace, hit.key));
    expect(ids.slice(0, 4)).toEqual(zeta);
    expect(hits).toHaveLength(10);
    const alpha = exactRanking(["alpha"]);
    const newest = [...alpha].sort((a, b) => b - a).slice(0, COMMON);
    for (const id of ids.slice(4)) expect(newest).toContain(id);
    for (const hit of hits.slice(4)) expect(hit.value.text).toMatch(/\balpha\b/);
  });

  it("ranks a query of common terms only over their newest matches, best score first", async () => {
    const hits = await store.search(["big"], { query: "alpha", limit: 20 });
    expect(hits).toHaveLength(20);
    const scores = hits.map((hit) => hit.score!);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const newest = [...exactRanking(["alpha"])].sort((a, b) => b - a).slice(0, COMMON);
    for (const hit of hits) expect(newest).toContain(idOf(hit.namespace, hit.key));
    // Items with three "alpha"s score above those with one, whatever their age.
    expect(hits[0]!.value.text).toMatch(/^(alpha ){3}/);
  });

  it("never leaves the searched prefix, in the selective ranking or the common fill", async () => {
    const hits = await store.search(["big", "b"], { query: "alpha zeta", limit: 10 });
    expect(hits.map((hit) => hit.namespace.join("/"))).toEqual(Array(6).fill("big/b"));
    expect(hits.slice(0, 3).map((hit) => hit.key).sort()).toEqual(["z1", "z2", "z3"]);
    const everywhere = await store.search(["big"], { query: "alpha zeta", limit: 30 });
    expect(everywhere.every((hit) => hit.namespace[0] === "big")).toBe(true);
    expect(everywhere.slice(0, 3).map((hit) => hit.key).sort()).toEqual(["z1", "z2", "z3"]);
  });

  it("pages without gaps or repeats", async () => {
    const whole = await store.search([], { query: "alpha zeta", limit: 30 });
    const pages = [
      ...(await store.search([], { query: "alpha zeta", limit: 10 })),
      ...(await store.search([], { query: "alpha zeta", limit: 10, offset: 10 })),
      ...(await store.search([], { query: "alpha zeta", limit: 10, offset: 20 })),
    ];
    expect(pages.map((hit) => hit.key)).toEqual(whole.map((hit) => hit.key));
    expect(new Set(whole.map((hit) => `${hit.namespace.join("/")}:${hit.key}`)).size).toBe(30);
  });

  it("applies filters to both rankings", async () => {
    const hits = await store.search([], { query: "alpha zeta", filter: { text: { $ne: "zeta alpha" } }, limit: 8 });
    expect(hits.map((hit) => hit.key)).not.toContain("z1");
    expect(hits).toHaveLength(8);
    expect(hits.filter((hit) => /zeta/.test(String(hit.value.text)))).toHaveLength(3);
  });
});
