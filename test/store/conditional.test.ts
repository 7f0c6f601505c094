import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidNamespaceError } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InvalidFilterError, InvalidValueError, SqliteStore, type StoreCondition } from "../../src/index.js";
import { runScript } from "../support/child.js";

let dir: string;
let file: string;
let store: SqliteStore;
const ns = ["memories", "u1"];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-store-cas-"));
  file = join(dir, "store.db");
  store = SqliteStore.fromConnString(file);
});

afterEach(() => {
  store.stop();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const on = (key: string, field: string, equals: StoreCondition["equals"]): StoreCondition => ({ namespace: ns, key, field, equals });

describe("SqliteStore.conditionalBatch", () => {
  it("applies every put and delete when all conditions hold", async () => {
    await store.put(ns, "a", { id: "r1", n: 1, live: true });
    await store.put(ns, "gone", { id: "x" });
    const applied = await store.conditionalBatch(
      [on("a", "id", "r1"), on("a", "n", 1), on("a", "live", true), on("b", "id", null)],
      [
        { namespace: ns, key: "a", value: { id: "r2" } },
        { namespace: ns, key: "b", value: { id: "new" } },
        { namespace: ns, key: "gone", value: null },
      ],
    );
    expect(applied).toBe(true);
    expect((await store.get(ns, "a"))?.value).toEqual({ id: "r2" });
    expect((await store.get(ns, "b"))?.value).toEqual({ id: "new" });
    expect(await store.get(ns, "gone")).toBeNull();
  });

  it("writes nothing when any one condition fails", async () => {
    await store.put(ns, "a", { id: "r1", n: 1 });
    const failing: StoreCondition[][] = [
      [on("a", "id", "r0")], // another value
      [on("a", "n", "1")], // same text, another type
      [on("a", "missing", "r1")], // no such field
      [on("a", "id", null)], // the item exists
      [on("b", "id", "r1")], // no such item
      [on("a", "id", "r1"), on("b", "id", "x")], // one of two fails
    ];
    for (const conditions of failing) {
      const applied = await store.conditionalBatch(conditions, [
        { namespace: ns, key: "a", value: { id: "changed" } },
        { namespace: ns, key: "c", value: { id: "c" } },
      ]);
      expect(applied, JSON.stringify(conditions)).toBe(false);
    }
    expect((await store.get(ns, "a"))?.value).toEqual({ id: "r1", n: 1 });
    expect(await store.get(ns, "c")).toBeNull();
  });

  it("counts a TTL-expired item as absent", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await store.put(ns, "a", { id: "old" }, undefined, { ttl: 1 });
    expect(await store.conditionalBatch([on("a", "id", null)], [])).toBe(false);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    expect(await store.conditionalBatch([on("a", "id", "old")], [{ namespace: ns, key: "a", value: { id: "x" } }])).toBe(false);
    expect(await store.conditionalBatch([on("a", "id", null)], [{ namespace: ns, key: "a", value: { id: "new" } }])).toBe(true);
    expect((await store.get(ns, "a"))?.value).toEqual({ id: "new" });
  });

  it("refuses a field that is not a plain top-level key before touching SQL, and non-scalar operands", async () => {
    await store.put(ns, "a", { id: "r1", "a.b": 1 });
    for (const field of ["a.b", "id') OR 1=1 --", '"', "", "$", "x y", "é"]) {
      await expect(store.conditionalBatch([on("a", field, "r1")], [])).rejects.toThrow(InvalidFilterError);
    }
    for (const equals of [Number.NaN, Infinity, {}, [], undefined]) {
      await expect(store.conditionalBatch([on("a", "id", equals as never)], [])).rejects.toThrow(InvalidFilterError);
    }
    await expect(store.conditionalBatch([{ namespace: ["bad.label"], key: "a", field: "id", equals: null }], [])).rejects.toThrow(
      InvalidNamespaceError,
    );
    expect((await store.get(ns, "a"))?.value).toEqual({ id: "r1", "a.b": 1 });
  });

  it("refuses operations other than puts, and invalid values, writing nothing", async () => {
    await expect(store.conditionalBatch([], [{ namespace: ns, key: "a" } as never])).rejects.toThrow(InvalidValueError);
    await expect(
      store.conditionalBatch([], [{ namespace: ns, key: "ok", value: { a: 1 } }, { namespace: ns, key: "bad", value: { n: 10n } as never }]),
    ).rejects.toThrow(InvalidValueError);
    expect(await store.get(ns, "ok")).toBeNull();
  });

  it("indexes what it writes, like put", async () => {
    const applied = await store.conditionalBatch([on("a", "id", null)], [{ namespace: ns, key: "a", value: { id: "r1", text: "tea with lemon" } }]);
    expect(applied).toBe(true);
    expect((await store.search(["memories"], { query: "lemon" })).map((item) => item.key)).toEqual(["a"]);
  });

  it("lets exactly one of two racing processes win each round on the same key", async () => {
    store.stop();
    const script = join(import.meta.dirname, "fixtures", "conditional-race.ts");
    const increments = 60;
    const startAt = String(Date.now() + 4_000);
    const reports = (await Promise.all(["A", "B"].map((writer) => runScript(script, [file, writer, String(increments), startAt])))).map(
      (out) => JSON.parse(out) as { won: number[]; lost: number },
    );
    // The two really raced: some attempts lost to the other process.
    expect(reports.reduce((sum, report) => sum + report.lost, 0)).toBeGreaterThan(0);
    const won = reports.flatMap((report) => report.won).sort((a, b) => a - b);
    // Every round (counter value) was won exactly once: no lost update, no double win.
    expect(won).toEqual(Array.from({ length: 2 * increments }, (_, i) => i));
    store = SqliteStore.fromConnString(file);
    expect((await store.get(["race"], "counter"))?.value).toEqual({ n: 2 * increments });
    const rounds = await store.search(["race", "rounds"], { limit: 1000 });
    expect(rounds).toHaveLength(2 * increments);
    for (const [i, writer] of ["A", "B"].entries()) {
      const recorded = rounds.filter((item) => item.value.writer === writer).map((item) => Number(item.key)).sort((a, b) => a - b);
      expect(recorded).toEqual(reports[i]!.won);
    }
  });
});
