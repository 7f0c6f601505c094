import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { FakeEmbeddings } from "@langchain/core/utils/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore, StoreOptionsError } from "../../src/index.js";
import { applyMigrations } from "../../src/sqlite/migrations.js";
import { STORE_MIGRATIONS } from "../../src/store/migrations.js";
import { runScript } from "../support/child.js";

const script = join(import.meta.dirname, "fixtures", "indexed-store.ts");
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-store-settings-"));
  file = join(dir, "store.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Rows in the keyword and filter indexes. */
function indexRows(store: SqliteStore) {
  const count = (sql: string) => (store.db.prepare(sql).get() as { n: number }).n;
  return { keyword: count("SELECT count(*) AS n FROM store_fts"), filter: count("SELECT count(*) AS n FROM store_fields") };
}

const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe("a store without the keyword and filter indexes", () => {
  it("writes no index rows, and gets, filters and pages exactly as with them", async () => {
    const lean = SqliteStore.fromConnString(file, { keywordIndex: false, filterIndex: false });
    const full = SqliteStore.fromConnString(join(dir, "full.db"));
    for (const store of [lean, full]) {
      await store.batch(
        Array.from({ length: 30 }, (_, i) => ({ namespace: ["hives", `h${i % 3}`], key: `k${i}`, value: { frames: i % 7, queen: i % 2 === 0 ? "marked" : "unmarked" } })),
      );
      await store.put(["hives", "h0"], "k0", { frames: 99, queen: "unmarked" });
      await store.delete(["hives", "h1"], "k1");
    }
    expect(indexRows(lean)).toEqual({ keyword: 0, filter: 0 });
    expect(indexRows(full).filter).toBeGreaterThan(0);
    for (const filter of [{ queen: "marked" }, { frames: { $gte: 3, $lt: 6 } }, { queen: "unmarked", frames: 99 }, { queen: "absent" }]) {
      for (const page of [{ limit: 100 }, { limit: 4, offset: 3 }]) {
        expect(keys(await lean.search(["hives"], { filter, ...page }))).toEqual(keys(await full.search(["hives"], { filter, ...page })));
      }
    }
    expect((await lean.get(["hives", "h0"], "k0"))?.value).toEqual({ frames: 99, queen: "unmarked" });
    lean.stop();
    full.stop();
  });

  it("ignores a query without embeddings, as InMemoryStore does, instead of ranking by keywords it never indexed", async () => {
    const store = SqliteStore.fromConnString(file, { keywordIndex: false });
    await store.put(["n"], "a", { text: "varroa treatment in August" });
    await store.put(["n"], "b", { text: "swarm season" });
    const found = await store.search(["n"], { query: "varroa" });
    expect(keys(found)).toEqual(["a", "b"]);
    expect(found.map((item) => item.score)).toEqual([undefined, undefined]);
    store.stop();
  });

  it("still ranks a query by vectors when it has embeddings", async () => {
    const embeddings = new FakeEmbeddings();
    const store = SqliteStore.fromConnString(file, { keywordIndex: false, index: { dims: 4, embeddings } });
    await store.put(["n"], "a", { text: "varroa treatment" });
    const [hit] = await store.search(["n"], { query: "varroa" });
    expect(hit?.key).toBe("a");
    expect(typeof hit?.score).toBe("number");
    expect(indexRows(store).keyword).toBe(0);
    store.stop();
  });

  it("drops the vectors another store wrote when a store without embeddings replaces the item", async () => {
    const lean = { keywordIndex: false, filterIndex: false };
    const embedded = SqliteStore.fromConnString(file, { ...lean, index: { dims: 4, embeddings: new FakeEmbeddings() } });
    await embedded.batch([
      { namespace: ["n"], key: "a", value: { text: "varroa treatment" } },
      { namespace: ["n"], key: "b", value: { text: "swarm season" } },
    ]);
    const plain = SqliteStore.fromConnString(file, lean);
    await plain.batch([{ namespace: ["n"], key: "a", value: { text: "queen marked" } }]);
    const vectorsOf = (key: string) =>
      (plain.db.prepare("SELECT count(*) AS n FROM store_vectors JOIN store_items ON id = item_id WHERE key = ?").get(key) as { n: number }).n;
    expect([vectorsOf("a"), vectorsOf("b")]).toEqual([0, 1]);
    embedded.stop();
    plain.stop();
  });

  it("refuses a search mode that needs keywords, in the options or against the file", async () => {
    const embeddings = new FakeEmbeddings();
    expect(() => SqliteStore.fromConnString(file, { keywordIndex: false, searchMode: "keyword" })).toThrow(StoreOptionsError);
    const lean = SqliteStore.fromConnString(file, { keywordIndex: false });
    await lean.setup();
    lean.stop();
    const hybrid = SqliteStore.fromConnString(file, { searchMode: "hybrid", index: { dims: 4, embeddings } });
    await expect(hybrid.setup()).rejects.toThrow(/searchMode "hybrid" needs the keyword index/);
    hybrid.stop();
  });
});

describe("index settings belong to the file", () => {
  it("are kept by whoever opens it next, in another process, and a contradicting option is refused with nothing lost", async () => {
    expect(JSON.parse(await runScript(script, [file, JSON.stringify({ keywordIndex: false, filterIndex: false }), "first"]))).toEqual({ wrote: "first" });
    // Left out, the options take the file's settings: the second writer keeps no index rows either.
    expect(JSON.parse(await runScript(script, [file, "{}", "second"]))).toEqual({ wrote: "second" });
    const contradicting = SqliteStore.fromConnString(file, { filterIndex: true });
    await expect(contradicting.put(["notes"], "third", { topic: "bees" })).rejects.toThrow(
      /set up with filterIndex: false, and the options ask for filterIndex: true/,
    );
    contradicting.stop();
    const store = SqliteStore.fromConnString(file);
    expect(indexRows(store)).toEqual({ keyword: 0, filter: 0 });
    expect(keys(await store.search(["notes"], { filter: { topic: "bees" } }))).toEqual(["first", "second"]);
    expect(await store.get(["notes"], "third")).toBeNull();
    store.stop();
  });

  it("are settled once when two processes set up a new file at the same moment", async () => {
    const startAt = String(Date.now() + 2_500);
    const outcomes = await Promise.all([
      runScript(script, [file, JSON.stringify({ filterIndex: false }), "lean", startAt]),
      runScript(script, [file, JSON.stringify({ filterIndex: true }), "full", startAt]),
    ]);
    const reports = outcomes.map((out) => JSON.parse(out) as { wrote?: string; refused?: string });
    expect(reports.filter((report) => report.refused === "StoreOptionsError")).toHaveLength(1);
    const winner = reports.find((report) => report.wrote !== undefined)!.wrote;
    const store = SqliteStore.fromConnString(file);
    expect(indexRows(store).filter > 0).toBe(winner === "full");
    expect(keys(await store.search(["notes"], { filter: { topic: "bees" } }))).toEqual([winner]);
    store.stop();
  });

  it("are both on for a file that held items before settings existed (schema version 1)", async () => {
    const db = new Database(file);
    applyMigrations(db, "store_migrations", STORE_MIGRATIONS.slice(0, 2));
    db.close();
    const old = SqliteStore.fromConnString(file);
    await old.put(["notes"], "old", { text: "smoker fuel" });
    // Simulate the version-1 package: no settings table yet, items already indexed.
    old.db.exec("DROP TABLE store_settings; DELETE FROM store_migrations WHERE v = 2");
    old.stop();
    const refused = SqliteStore.fromConnString(file, { keywordIndex: false });
    await expect(refused.setup()).rejects.toThrow(StoreOptionsError);
    refused.stop();
    const store = SqliteStore.fromConnString(file);
    await store.put(["notes"], "new", { text: "smoker repaired" });
    expect(keys(await store.search(["notes"], { query: "smoker" })).sort()).toEqual(["new", "old"]);
    store.stop();
  });

  it("an empty file set up by the previous version takes the first options it is opened with", async () => {
    const db = new Database(file);
    applyMigrations(db, "store_migrations", STORE_MIGRATIONS.slice(0, 2));
    db.close();
    const store = SqliteStore.fromConnString(file, { filterIndex: false });
    await store.put(["notes"], "a", { topic: "bees" });
    expect(indexRows(store).filter).toBe(0);
    store.stop();
  });
});
