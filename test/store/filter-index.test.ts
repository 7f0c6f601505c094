import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SqliteStore } from "../../src/index.js";
import { applyMigrations } from "../../src/sqlite/migrations.js";
import { STORE_MIGRATIONS } from "../../src/store/migrations.js";

let dir: string;
let file: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-store-fields-"));
  file = join(dir, "store.db");
  store = SqliteStore.fromConnString(file);
});

afterEach(() => {
  store.stop();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const keys = async (target: SqliteStore, prefix: string[], filter: Record<string, unknown>, limit = 100) =>
  (await target.search(prefix, { filter, limit })).map((item) => item.key).sort();

/** The rows the filter index holds for one item. */
function fieldRows(target: SqliteStore, key: string) {
  return target.db
    .prepare("SELECT f.path, f.value FROM store_fields AS f JOIN store_items AS i ON i.id = f.item_id WHERE i.key = ? ORDER BY f.path")
    .all(key);
}

describe("the filter index (store_fields)", () => {
  it("answers equality filters exactly: types kept apart, nested paths, long strings and arrays left to the scan", async () => {
    const long = "x".repeat(65);
    await store.batch([
      { namespace: ["t", "a"], key: "num", value: { v: 5, meta: { source: "web" } } },
      { namespace: ["t", "a"], key: "text", value: { v: "5", meta: { source: "pdf" } } },
      { namespace: ["t", "a"], key: "real", value: { v: 5.0, w: 2.5 } },
      { namespace: ["t", "b"], key: "long", value: { v: long, list: ["web"], flag: true } },
      { namespace: ["t", "b"], key: "dotted", value: { "a.b": "web", a: { b: "deep" } } },
      { namespace: ["u"], key: "other", value: { v: 5, meta: { source: "web" } } },
    ]);
    expect(await keys(store, ["t"], { v: 5 })).toEqual(["num", "real"]);
    expect(await keys(store, ["t"], { v: "5" })).toEqual(["text"]);
    expect(await keys(store, ["t"], { v: { $eq: 5 }, "meta.source": "web" })).toEqual(["num"]);
    expect(await keys(store, ["t"], { w: 2.5 })).toEqual(["real"]);
    expect(await keys(store, ["t"], { v: long })).toEqual(["long"]);
    expect(await keys(store, ["t"], { flag: true })).toEqual(["long"]);
    expect(await keys(store, ["t"], { "a.b": "deep" })).toEqual(["dotted"]);
    expect(await keys(store, ["t"], { "a.b": "web" })).toEqual([]);
    expect(await keys(store, ["t", "a"], { "meta.source": "web", v: 6 })).toEqual([]);
    expect(await keys(store, [], { v: 5 })).toEqual(["num", "other", "real"]);
    // Ranges over numbers come from the index too, and never reach text.
    expect(await keys(store, ["t"], { v: { $gte: 5 }, w: { $lt: 3 } })).toEqual(["real"]);
    expect(await keys(store, ["t"], { v: { $gt: 4, $lte: 5 }, "meta.source": "web" })).toEqual(["num"]);
    expect(await keys(store, ["t"], { v: { $gt: 5 } })).toEqual([]);
    expect(await keys(store, ["t"], { v: { $lt: 100 }, w: { $gt: -1 } })).toEqual(["real"]);
    expect(await keys(store, ["t"], { v: { $gte: "5" } })).toEqual(["long", "text"]);
    expect(fieldRows(store, "long")).toEqual([]);
    expect(fieldRows(store, "num")).toEqual([
      { path: "meta.source", value: "web" },
      { path: "v", value: 5 },
    ]);
  });

  it("pages a selective filter in (namespace, creation) order, as the scan does, whichever condition drives", async () => {
    await store.batch(
      Array.from({ length: 600 }, (_, i) => ({ namespace: ["p", `n${i % 3}`], key: `k${i}`, value: { kind: i % 10 === 0 ? "rare" : "common", i } })),
    );
    const scanned = async (keep: (value: Record<string, unknown>) => boolean) =>
      (await store.search(["p"], { filter: { i: { $gte: 0 } }, limit: 1000 })).filter((item) => keep(item.value)).map((item) => item.key);
    const page = async (filter: Record<string, unknown>) => (await store.search(["p"], { filter, limit: 4, offset: 3 })).map((item) => item.key);
    // Driven by the equality (60 items), by the equality when there is one, by a selective range alone (40 items, sorted),
    // and scanned in order for an unselective range.
    expect(await page({ kind: "rare", i: { $gte: 0 } })).toEqual((await scanned((v) => v.kind === "rare")).slice(3, 7));
    expect(await page({ kind: "common", i: { $lt: 40 } })).toEqual((await scanned((v) => v.kind === "common" && (v.i as number) < 40)).slice(3, 7));
    expect(await page({ kind: "common", i: { $gte: 100 } })).toEqual((await scanned((v) => v.kind === "common" && (v.i as number) >= 100)).slice(3, 7));
    expect(await page({ i: { $lt: 40 } })).toEqual((await scanned((v) => (v.i as number) < 40)).slice(3, 7));
    expect(await page({ i: { $gte: 100 } })).toEqual((await scanned((v) => (v.i as number) >= 100)).slice(3, 7));
  });

  it("follows updates, deletes and expiry", async () => {
    await store.put(["t"], "k", { status: "open" });
    await store.put(["t"], "k", { status: "closed" });
    expect(await keys(store, ["t"], { status: "open" })).toEqual([]);
    expect(await keys(store, ["t"], { status: "closed" })).toEqual(["k"]);
    await store.delete(["t"], "k");
    expect(await keys(store, ["t"], { status: "closed" })).toEqual([]);
    await store.put(["t"], "brief", { status: "open" }, undefined, { ttl: 1 });
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 2 * 60_000);
    expect(await keys(store, ["t"], { status: "open" })).toEqual([]);
    expect(store.sweepExpired()).toBe(1);
    expect(store.db.prepare("SELECT count(*) AS n FROM store_fields").get()).toEqual({ n: 0 });
  });

  it("is built for the items of a file written before it existed (schema version 0)", async () => {
    store.stop();
    const old = join(dir, "v0.db");
    const db = new Database(old);
    applyMigrations(db, "store_migrations", STORE_MIGRATIONS.slice(0, 1));
    const insert = db.prepare(
      "INSERT INTO store_items (namespace, key, value, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    db.transaction(() => {
      for (let i = 0; i < 2_500; i += 1) insert.run("legacy\u001f", `k${i}`, JSON.stringify({ owner: `u${i % 50}`, n: i }));
    })();
    db.close();

    store = SqliteStore.fromConnString(old);
    expect(await keys(store, ["legacy"], { owner: "u7", n: 7 })).toEqual(["k7"]);
    expect((await store.search(["legacy"], { filter: { owner: "u7" }, limit: 100 })).length).toBe(50);
    expect(store.db.prepare("SELECT count(*) AS n FROM store_fields").get()).toEqual({ n: 5_000 });
    expect(store.db.prepare("SELECT count(*) AS n FROM store_fields_backfill").get()).toEqual({ n: 0 });
  });

  it("is not used by a read-only connection while it is incomplete: filters scan and stay exact", async () => {
    await store.put(["t"], "k", { owner: "u1" });
    store.db.prepare("DELETE FROM store_fields").run();
    store.db.prepare("INSERT INTO store_fields_backfill (pending) VALUES (1)").run();
    store.stop();
    const readonly = new Database(file, { readonly: true });
    const reader = new SqliteStore({ db: readonly });
    expect(await keys(reader, ["t"], { owner: "u1" })).toEqual(["k"]);
    reader.stop();
    readonly.close();
    store = SqliteStore.fromConnString(file);
    expect(await keys(store, ["t"], { owner: "u1" })).toEqual(["k"]);
    expect(fieldRows(store, "k")).toEqual([{ path: "owner", value: "u1" }]);
  });
});

describe("keyword search with a bounded candidate set", () => {
  it("returns the same page as ranking every match, when the best matches are filtered out or expired", async () => {
    // 300 items mention "deploy"; the 200 that mention it most are filtered out, so the first candidates all fail.
    await store.batch(
      Array.from({ length: 300 }, (_, i) => ({
        namespace: ["kb", `n${i % 2}`],
        key: `k${i}`,
        value: { text: i < 200 ? "deploy deploy deploy deploy" : `deploy note ${i}`, team: i < 200 ? "hidden" : "shown" },
      })),
    );
    const page = await store.search(["kb"], { query: "deploy", filter: { team: "shown" }, limit: 7, offset: 90 });
    expect(page.map((item) => item.key)).toEqual(Array.from({ length: 7 }, (_, i) => `k${290 + i}`));
    const all = await store.search(["kb"], { query: "deploy", filter: { team: "shown" }, limit: 200 });
    expect(all).toHaveLength(100);
    expect(new Set(all.map((item) => item.value.team))).toEqual(new Set(["shown"]));
    expect(await store.search(["kb"], { query: "deploy", filter: { team: "nobody" } })).toEqual([]);
  });
});
