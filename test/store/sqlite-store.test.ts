import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Embeddings } from "@langchain/core/embeddings";
import { InvalidNamespaceError, type Item } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvalidFilterError, InvalidValueError, SqliteStore, StoreOptionsError } from "../../src/index.js";

/** Deterministic embeddings: each word adds to one of 16 dimensions. */
class WordHashEmbeddings extends Embeddings {
  constructor() {
    super({});
  }
  async embedDocuments(texts: string[]) {
    return texts.map((text) => this.vector(text));
  }
  async embedQuery(text: string) {
    return this.vector(text);
  }
  vector(text: string): number[] {
    const vector = new Array<number>(16).fill(0);
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      let hash = 0;
      for (const char of word) hash = (hash * 31 + char.charCodeAt(0)) % 16;
      vector[hash]! += 1;
    }
    return vector;
  }
}

let dir: string;
let file: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-store-"));
  file = join(dir, "store.db");
  store = SqliteStore.fromConnString(file);
});

afterEach(() => {
  store.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe("SqliteStore basics", () => {
  it("puts, gets, updates and deletes, keeping createdAt and returning copies", async () => {
    await store.put(["users", "u1"], "prefs", { theme: "dark", tags: ["a"] });
    const first = await store.get(["users", "u1"], "prefs");
    expect(first?.value).toEqual({ theme: "dark", tags: ["a"] });
    first!.value.theme = "mutated";
    (first!.value.tags as string[]).push("b");
    expect((await store.get(["users", "u1"], "prefs"))?.value).toEqual({ theme: "dark", tags: ["a"] });

    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.put(["users", "u1"], "prefs", { theme: "light" });
    const second = await store.get(["users", "u1"], "prefs");
    expect(second?.createdAt).toEqual(first?.createdAt);
    expect(second!.updatedAt.getTime()).toBeGreaterThan(first!.updatedAt.getTime());

    await store.delete(["users", "u1"], "prefs");
    expect(await store.get(["users", "u1"], "prefs")).toBeNull();
    expect(await store.listNamespaces()).toEqual([]);
  });

  it("runs a batch in one transaction whose reads see the state before it, the last put winning", async () => {
    await store.put(["ns"], "k", { v: 0 });
    const [, read, found] = (await store.batch([
      { namespace: ["ns"], key: "k", value: { v: 1 } },
      { namespace: ["ns"], key: "k" },
      { namespacePrefix: ["ns"], limit: 10, offset: 0 },
      { namespace: ["ns"], key: "k", value: { v: 2 } },
    ])) as unknown as [null, Item, Item[], null];
    // InMemoryStore applies puts after reads too, but hands out its stored object, which the
    // put then mutates; a SqliteStore read is a copy of the value at the time of the read.
    expect(read.value).toEqual({ v: 0 });
    expect(found.map((item) => item.value)).toEqual([{ v: 0 }]);
    expect((await store.get(["ns"], "k"))?.value).toEqual({ v: 2 });
    await expect(store.batch([
      { namespace: ["ns"], key: "k", value: { v: 3 } },
      { namespacePrefix: ["ns"], filter: { v: { $bad: 1 } } },
    ])).rejects.toThrow(InvalidFilterError);
    expect((await store.get(["ns"], "k"))?.value).toEqual({ v: 2 });
  });

  it("matches namespace prefixes by whole labels, whatever the labels contain", async () => {
    const labels = ["u1", "u10", "u1x", "u%", "u_", "u\\", "u'", 'u"', "ü", "🙂", "u*", "u 1"];
    for (const label of labels) await store.put(["users", label, "prefs"], "k", { label });
    for (const label of labels) {
      const found = await store.search(["users", label], { limit: 50 });
      expect(found.map((item) => item.value.label)).toEqual([label]);
      expect(await store.listNamespaces({ prefix: ["users", label] })).toEqual([["users", label, "prefs"]]);
    }
    await expect(store.put(["users", "a\u001fb"], "k", { x: 1 })).rejects.toThrow(InvalidNamespaceError);
    await expect(store.put(["users", "a.b"], "k", { x: 1 })).rejects.toThrow(InvalidNamespaceError);
    expect(await store.search(["users"], { limit: 100 })).toHaveLength(labels.length);
  });

  it("lists namespaces with wildcard prefixes and suffixes, depth, limit and offset", async () => {
    for (const ns of [["a", "x", "1"], ["a", "y", "1"], ["a", "y", "2"], ["b", "x", "1"], ["b", "z"]]) await store.put(ns, "k", { v: 1 });
    expect(await store.listNamespaces({ prefix: ["a"] })).toEqual([["a", "x", "1"], ["a", "y", "1"], ["a", "y", "2"]]);
    expect(await store.listNamespaces({ prefix: ["*", "x"] })).toEqual([["a", "x", "1"], ["b", "x", "1"]]);
    expect(await store.listNamespaces({ suffix: ["1"] })).toHaveLength(3);
    expect(await store.listNamespaces({ maxDepth: 2 })).toEqual([["a", "x"], ["a", "y"], ["b", "x"], ["b", "z"]]);
    expect(await store.listNamespaces({ limit: 2, offset: 1 })).toEqual([["a", "y", "1"], ["a", "y", "2"]]);
  });
});

describe("SqliteStore filters", () => {
  beforeEach(async () => {
    await store.batch([
      { namespace: ["docs"], key: "a", value: { n: 1, s: "apple", b: true, z: null, meta: { source: "web", rank: 5 }, tags: ["x", "y"] } },
      { namespace: ["docs"], key: "b", value: { n: 2, s: "banana", b: false, meta: { source: "pdf", rank: 10 }, tags: ["y"] } },
      { namespace: ["docs"], key: "c", value: { n: "3", s: "cherry", meta: { source: "web", rank: 1 } } },
    ]);
  });
  const keys = async (filter: Record<string, unknown>) =>
    (await store.search(["docs"], { filter })).map((item) => item.key).sort();

  it("applies every operator on top-level and nested paths, with typed comparisons", async () => {
    expect(await keys({ n: 1 })).toEqual(["a"]);
    expect(await keys({ n: { $gt: 1 } })).toEqual(["b"]);
    expect(await keys({ n: { $gte: 1, $lt: 3 } })).toEqual(["a", "b"]);
    expect(await keys({ n: { $lte: "3" } })).toEqual(["c"]);
    expect(await keys({ n: { $ne: 1 } })).toEqual(["b", "c"]);
    expect(await keys({ s: { $in: ["apple", "cherry"] } })).toEqual(["a", "c"]);
    expect(await keys({ s: { $nin: ["apple"] } })).toEqual(["b", "c"]);
    expect(await keys({ b: true })).toEqual(["a"]);
    expect(await keys({ b: false })).toEqual(["b"]);
    expect(await keys({ z: null })).toEqual(["a"]);
    expect(await keys({ "meta.source": "web" })).toEqual(["a", "c"]);
    expect(await keys({ "meta.rank": { $gt: 4 } })).toEqual(["a", "b"]);
    expect(await keys({ tags: ["y"] })).toEqual(["b"]);
    expect(await keys({ meta: { source: "pdf", rank: 10 } })).toEqual(["b"]);
    expect(await keys({ missing: { $ne: 1 } })).toEqual(["a", "b", "c"]);
  });

  it("refuses unknown operators, malformed paths and bad operands, without touching the data", async () => {
    await expect(store.search(["docs"], { filter: { n: { $regex: "a" } } })).rejects.toThrow(InvalidFilterError);
    await expect(store.search(["docs"], { filter: { "a..b": 1 } })).rejects.toThrow(/Malformed filter path/);
    await expect(store.search(["docs"], { filter: { 'a"); DROP TABLE store_items; --': 1 } })).rejects.toThrow(InvalidFilterError);
    await expect(store.search(["docs"], { filter: { n: { $in: "x" } } })).rejects.toThrow(/takes an array/);
    await expect(store.search(["docs"], { filter: { n: { $gt: [1] } } })).rejects.toThrow(InvalidFilterError);
    expect(await store.search(["docs"], { filter: { "x'); DELETE FROM store_items; --": 1 } })).toEqual([]);
    expect(await store.search(["docs"])).toHaveLength(3);
  });
});

describe("SqliteStore search", () => {
  it("ranks by keywords without embeddings, and treats query syntax as text", async () => {
    await store.batch([
      { namespace: ["kb", "u1"], key: "1", value: { text: "The deploy pipeline uses GitHub Actions" } },
      { namespace: ["kb", "u1"], key: "2", value: { text: "Deploy on Fridays is forbidden; deploy on Mondays" } },
      { namespace: ["kb", "u1"], key: "3", value: { text: "Lunch is at noon" } },
      { namespace: ["kb", "u10"], key: "4", value: { text: "deploy deploy deploy" } },
    ]);
    const hits = await store.search(["kb", "u1"], { query: "deploying" });
    expect(hits.map((hit) => hit.key)).toEqual(["2", "1"]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score!);
    for (const query of ['"', "a* OR NEAR(", "col:x", ")(", "'; DROP TABLE store_fts; --"]) {
      await expect(store.search(["kb"], { query })).resolves.toBeDefined();
    }
    expect(await store.search(["kb", "u1"], { query: "lunch", filter: { text: { $ne: "x" } }, limit: 1 })).toHaveLength(1);
  });

  it("searches semantically per field, honours index:false, and fuses keyword and vector ranks", async () => {
    const embeddings = new WordHashEmbeddings();
    const semantic = new SqliteStore({
      path: join(dir, "semantic.db"),
      index: { dims: 16, embeddings, fields: ["title", "notes[*].text"] },
      searchMode: "hybrid",
    });
    await semantic.put(["docs"], "cats", { title: "cats purr", notes: [{ text: "whiskers" }] });
    await semantic.put(["docs"], "dogs", { title: "dogs bark", notes: [{ text: "tails wag" }] });
    await semantic.put(["docs"], "hidden", { title: "cats purr loudly" }, false);
    const vectors = semantic.db.prepare("SELECT count(*) AS n FROM store_vectors").get() as { n: number };
    expect(vectors.n).toBe(4);

    const hybrid = await semantic.search(["docs"], { query: "cats purr" });
    expect(hybrid[0]!.key).toBe("cats");
    expect(hybrid.map((hit) => hit.key)).not.toContain("hidden");
    semantic.stop();

    const vectorOnly = new SqliteStore({ path: join(dir, "semantic.db"), index: { dims: 16, embeddings, fields: ["title", "notes[*].text"] }, searchMode: "vector" });
    const byVector = await vectorOnly.search(["docs"], { query: "tails wag" });
    expect(byVector[0]!.key).toBe("dogs");
    expect(byVector[0]!.score).toBeCloseTo(1, 5);
    expect(byVector.at(-1)!.key).toBe("hidden");
    expect(byVector.at(-1)!.score).toBeUndefined();
    vectorOnly.stop();
  });
});

describe("SqliteStore TTL", () => {
  it("never returns expired items, refreshes on read, and sweeps", async () => {
    const clock = vi.spyOn(Date, "now");
    const setTime = (iso: string) => clock.mockReturnValue(Date.parse(iso));
    setTime("2026-01-01T00:00:00Z");
    const ttl = new SqliteStore({ path: join(dir, "ttl.db"), ttl: { defaultTtl: 10, sweepIntervalMinutes: 1 } });
    await ttl.put(["t"], "default", { v: 1 });
    await ttl.put(["t"], "short", { v: 2 }, undefined, { ttl: 1 });
    await ttl.put(["t"], "forever", { v: 3 }, undefined, { ttl: null });

    setTime("2026-01-01T00:02:00Z");
    expect(await ttl.get(["t"], "short")).toBeNull();
    expect((await ttl.search(["t"])).map((item) => item.key)).toEqual(["default", "forever"]);

    // The search at 00:02 refreshed "default" until 00:12.
    setTime("2026-01-01T00:13:00Z");
    expect(await ttl.get(["t"], "default")).toBeNull();
    expect(await ttl.listNamespaces()).toEqual([["t"]]);
    expect(ttl.sweepExpired()).toBe(2);
    expect((ttl.db.prepare("SELECT count(*) AS n FROM store_items").get() as { n: number }).n).toBe(1);

    await ttl.put(["t"], "read", { v: 4 });
    setTime("2026-01-01T00:20:00Z");
    expect(await ttl.get(["t"], "read")).not.toBeNull();
    setTime("2026-01-01T00:29:00Z");
    expect(await ttl.get(["t"], "read")).not.toBeNull();
    ttl.stop();
  });

  it("sweeps on its interval between start and stop", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const ttl = new SqliteStore({ path: ":memory:", ttl: { sweepIntervalMinutes: 5 } });
    const sweep = vi.spyOn(ttl, "sweepExpired");
    ttl.start();
    vi.advanceTimersByTime(10 * 60_000);
    expect(sweep).toHaveBeenCalledTimes(2);
    ttl.stop();
    vi.advanceTimersByTime(10 * 60_000);
    expect(sweep).toHaveBeenCalledTimes(2);
  });
});

describe("SqliteStore options and files", () => {
  it("names misspelled or contradictory options", () => {
    expect(() => new SqliteStore({ path: file, indx: {} } as never)).toThrow(/indx/);
    expect(() => new SqliteStore({} as never)).toThrow(StoreOptionsError);
    expect(() => new SqliteStore({ path: file, searchMode: "vector" })).toThrow(/needs an `index`/);
  });

  it("is set up idempotently and reopens with everything in place", async () => {
    await store.setup();
    await store.setup();
    await store.put(["a"], "k", { text: "persisted words" });
    store.stop();
    const reopened = SqliteStore.fromConnString(file);
    await reopened.setup();
    expect((await reopened.get(["a"], "k"))?.value).toEqual({ text: "persisted words" });
    expect((await reopened.search(["a"], { query: "words" }))[0]?.key).toBe("k");
    expect(JSON.stringify({ reopened })).toBe('{"reopened":"SqliteStore"}');
    reopened.stop();
  });

  it("refuses values that are not JSON objects, and keeps what was stored", async () => {
    await store.put(["a"], "k", { v: 1 });
    await expect(store.put(["a"], "k", { big: 1n } as never)).rejects.toThrow(/cannot be stored as JSON/);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(store.put(["a"], "k", circular)).rejects.toThrow(InvalidValueError);
    await expect(store.put(["a"], "k", [1, 2] as never)).rejects.toThrow(/must be an object/);
    expect((await store.get(["a"], "k"))?.value).toEqual({ v: 1 });
  });
});
