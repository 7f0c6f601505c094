// Issue 12's store defects (items 13, 15, 16, 17, 24, 25), each as it was reported.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Embeddings } from "@langchain/core/embeddings";
import { InMemoryStore, InvalidNamespaceError } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EmbeddingDimensionError, InvalidValueError, SqliteStore } from "../../src/index.js";

/** Embeddings of a fixed table, or of a broken provider (`dims` wrong, or too few vectors). */
class TableEmbeddings extends Embeddings {
  constructor(
    private readonly table: Record<string, number[]>,
    private readonly broken: "none" | "short" | "fewer" = "none",
  ) {
    super({});
  }
  async embedDocuments(texts: string[]) {
    const vectors = texts.map((text) => this.vector(text));
    return this.broken === "fewer" ? vectors.slice(1) : vectors;
  }
  async embedQuery(text: string) {
    return this.vector(text);
  }
  vector(text: string): number[] {
    const vector = this.table[text] ?? [0, 0, 1];
    return this.broken === "short" ? vector.slice(0, 2) : vector;
  }
}

let dir: string;
let file: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-store-defects-"));
  file = join(dir, "store.db");
  store = SqliteStore.fromConnString(file);
});

afterEach(() => {
  store.stop();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('item 24: the "langgraph" root label', () => {
  it("is refused by put with BaseStore's own error, and nothing is written", async () => {
    const reference = new InMemoryStore();
    const expected = await reference.put(["langgraph", "x"], "k", { v: 1 }).catch((error: Error) => error);
    expect(expected).toBeInstanceOf(InvalidNamespaceError);
    const error = await store.put(["langgraph", "x"], "k", { v: 1 }).catch((error: Error) => error);
    expect(error).toBeInstanceOf(InvalidNamespaceError);
    expect((error as Error).message).toBe((expected as Error).message);
    expect(await store.get(["langgraph", "x"], "k")).toBeNull();
    // Only the root is reserved.
    await store.put(["users", "langgraph"], "k", { v: 1 });
    expect((await store.get(["users", "langgraph"], "k"))?.value).toEqual({ v: 1 });
  });
});

describe("item 17: values JSON cannot hold exactly", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a Map", { prefs: new Map([["a", 1]]) }, "value.prefs"],
    ["a Set", { tags: new Set(["a"]) }, "value.tags"],
    ["NaN", { score: Number.NaN }, "value.score"],
    ["Infinity", { meta: { limit: Infinity } }, "value.meta.limit"],
    ["-Infinity", { list: [1, -Infinity] }, "value.list[1]"],
    ["a function", { run: () => 1 }, "value.run"],
    ["a symbol", { tag: Symbol("s") }, "value.tag"],
    ["undefined in an array", { list: ["a", undefined] }, "value.list[1]"],
    ["a hole in an array", { list: [1, , 3] }, "value.list[1]"],
    ["a Date", { at: new Date(0) }, "value.at"],
    ["a class instance", { x: new (class Point { x = 1 })() }, "value.x"],
    ["a BigInt", { deep: [{ n: 1n }] }, "value.deep[0].n"],
  ];
  for (const [name, value, path] of cases) {
    it(`refuses ${name}, naming ${path}, and keeps what was stored`, async () => {
      await store.put(["a"], "k", { v: 1 });
      const error = await store.put(["a"], "k", value).catch((error: Error) => error);
      expect(error).toBeInstanceOf(InvalidValueError);
      expect((error as Error).message).toContain(path);
      expect((await store.get(["a"], "k"))?.value).toEqual({ v: 1 });
    });
  }

  it("still stores what JSON holds exactly, omitting undefined members as JSON does", async () => {
    const value = { s: "x", n: -1.5, b: false, z: null, list: [1, "a", null, { x: [] }], nested: { deep: { ok: true } }, gone: undefined };
    await store.put(["a"], "k", value);
    expect((await store.get(["a"], "k"))?.value).toStrictEqual({ s: "x", n: -1.5, b: false, z: null, list: [1, "a", null, { x: [] }], nested: { deep: { ok: true } } });
    const shared = { x: 1 };
    await store.put(["a"], "shared", { one: shared, two: shared, proto: Object.assign(Object.create(null), { y: 2 }) });
    expect((await store.get(["a"], "shared"))?.value).toEqual({ one: { x: 1 }, two: { x: 1 }, proto: { y: 2 } });
  });
});

describe("item 15: $in and $nin with large lists", () => {
  it("filters with 5,000 values of mixed kinds, as InMemoryStore does", async () => {
    const reference = new InMemoryStore();
    const values = [
      { tag: "t7" }, { tag: 7 }, { tag: true }, { tag: null }, { other: 1 }, { tag: { a: 1 } }, { tag: "t4999" }, { tag: "nope" }, { tag: 7.5 },
    ];
    for (const [i, value] of values.entries()) {
      await store.put(["docs"], `k${i}`, value);
      await reference.put(["docs"], `k${i}`, value);
    }
    const big = Array.from({ length: 5_000 }, (_, i) => `t${i}`);
    const keys = async (s: SqliteStore | InMemoryStore, filter: Record<string, unknown>) =>
      (await s.search(["docs"], { filter, limit: 100 })).map((item) => item.key).sort();
    expect(await keys(store, { tag: { $in: big } })).toEqual(["k0", "k6"]);
    expect(await keys(store, { tag: { $in: [...big, 7, true, null] } })).toEqual(["k0", "k1", "k2", "k3", "k6"]);
    expect(await keys(store, { tag: { $in: Array.from({ length: 5_000 }, (_, i) => i / 2) } })).toEqual(["k1", "k8"]);
    expect(await keys(store, { tag: { $nin: big } })).toEqual(await keys(reference, { tag: { $nin: big } }));
    expect(await keys(store, { tag: { $in: [{ a: 1 }, ...big] } })).toEqual(["k0", "k5", "k6"]);
    expect(await keys(store, { tag: { $in: [] } })).toEqual([]);
    expect(await keys(store, { tag: { $in: ["7"] } })).toEqual([]);
  });
});

describe("item 16: index.dims", () => {
  const table = { apples: [1, 0, 0], pears: [0, 1, 0] };
  it("refuses vectors of another length, naming the field and the counts, and writes nothing", async () => {
    const semantic = new SqliteStore({ path: join(dir, "short.db"), index: { dims: 3, embeddings: new TableEmbeddings(table, "short"), fields: ["text"] } });
    const error = await semantic.put(["docs"], "k", { text: "apples" }).catch((error: Error) => error);
    expect(error).toBeInstanceOf(EmbeddingDimensionError);
    expect((error as Error).message).toMatch(/field "text".*2 dimensions.*index\.dims is 3/);
    expect(await semantic.get(["docs"], "k")).toBeNull();
    await expect(semantic.search(["docs"], { query: "apples" })).rejects.toThrow(/search query has 2 dimensions.*index\.dims is 3/);
    semantic.stop();
  });

  it("refuses fewer vectors than texts, naming the counts, and writes nothing of the batch", async () => {
    const semantic = new SqliteStore({ path: join(dir, "fewer.db"), index: { dims: 3, embeddings: new TableEmbeddings(table, "fewer"), fields: ["text"] } });
    const error = await semantic
      .batch([
        { namespace: ["docs"], key: "a", value: { text: "apples" } },
        { namespace: ["docs"], key: "b", value: { text: "pears" } },
      ])
      .catch((error: Error) => error);
    expect(error).toBeInstanceOf(EmbeddingDimensionError);
    expect((error as Error).message).toMatch(/returned 1 vectors for 2 texts/);
    expect(await semantic.search(["docs"])).toEqual([]);
    semantic.stop();
  });
});

describe("item 13: a read-only store with ttl", () => {
  it("reads, searches and lists without refreshing, and so without writing", async () => {
    const writer = new SqliteStore({ path: file, ttl: { defaultTtl: 60 } });
    await writer.put(["users", "u1"], "theme", { value: "dark" });
    await writer.put(["users", "u1"], "lang", { value: "dark roast coffee" });
    const before = writer.db.prepare("SELECT key, expires_at FROM store_items ORDER BY key").all();
    writer.stop();

    const readonly = new Database(file, { readonly: true, fileMustExist: true });
    const reader = new SqliteStore({ db: readonly, ttl: { defaultTtl: 60 } });
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 30 * 60_000);
    expect((await reader.get(["users", "u1"], "theme"))?.value).toEqual({ value: "dark" });
    expect((await reader.search(["users"], { limit: 10 })).map((item) => item.key).sort()).toEqual(["lang", "theme"]);
    expect((await reader.search(["users"], { query: "coffee" })).map((item) => item.key)).toEqual(["lang"]);
    expect(
      await reader.batch([
        { namespace: ["users", "u1"], key: "theme" },
        { namespacePrefix: ["users"], limit: 5 },
      ]),
    ).toHaveLength(2);
    expect(await reader.listNamespaces()).toEqual([["users", "u1"]]);
    reader.stop();
    expect(readonly.prepare("SELECT key, expires_at FROM store_items ORDER BY key").all()).toEqual(before);
    readonly.close();
  });
});

describe("item 25: search with an index, by default", () => {
  const table = { "red apple": [1, 0, 0], "green apple": [1, 0, 0], pear: [0, 1, 0], apple: [1, 0, 0] };
  it("ranks as InMemoryStore: equal matches get equal scores and index:false items come back", async () => {
    const index = { dims: 3, embeddings: new TableEmbeddings(table), fields: ["text"] };
    const semantic = new SqliteStore({ path: join(dir, "default.db"), index });
    const reference = new InMemoryStore({ index });
    for (const target of [semantic, reference]) {
      await target.put(["fruit"], "red", { text: "red apple" });
      await target.put(["fruit"], "green", { text: "green apple" });
      await target.put(["fruit"], "pear", { text: "pear" });
      await target.put(["fruit"], "plain", { text: "apple" }, false);
    }
    const ours = await semantic.search(["fruit"], { query: "apple" });
    const theirs = await reference.search(["fruit"], { query: "apple" });
    expect(ours.map((item) => [item.key, item.score])).toEqual(theirs.map((item) => [item.key, item.score]));
    expect(ours[0]!.score).toBe(ours[1]!.score);
    expect(ours.map((item) => item.key)).toContain("plain");
    semantic.stop();
  });
});
