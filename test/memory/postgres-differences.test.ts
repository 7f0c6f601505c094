import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeId, forget, namespaceFor, promote, recall, type MemoryCandidate } from "../../src/index.js";
import { POSTGRES_URL, freshPostgresStore } from "../support/postgres.js";

type Fresh = Awaited<ReturnType<typeof freshPostgresStore>>;
const fact = (key: string, value: string, fields: Partial<MemoryCandidate> = {}): MemoryCandidate => ({
  bucket: "promote", memoryType: "fact", key, content: { value }, text: `${key}: ${value}`, confidence: 0.9, scope: "user", ...fields,
});

/**
 * Where the official PostgresStore (1.0.5) behaves differently from SqliteStore, each
 * difference pinned by a test, with the memory layer still correct on top of it.
 */
describe.skipIf(POSTGRES_URL === undefined)("the official PostgresStore's differences", () => {
  let pg: Fresh;
  beforeEach(async () => (pg = await freshPostgresStore(POSTGRES_URL!)));
  afterEach(async () => pg.close());

  it("refuses labels with %, _ or \\, so ids are encoded with letters, digits and '-' only", async () => {
    await expect(pg.store.put(["a_b"], "k", { v: 1 })).rejects.toThrow(/LIKE wildcards/);
    const hostile = ["a_b", "50%", "back\\slash", "_none", "-"];
    for (const id of hostile) expect(encodeId(id)).toMatch(/^[A-Za-z0-9-]+$/);
    for (const id of hostile) await promote(pg.store, [fact("who", id)], { userId: id, orgId: id });
    for (const id of hostile) {
      expect((await recall(pg.store, { userId: id, orgId: id })).map((record) => (record.content as { value: string }).value)).toEqual([id]);
    }
  });

  it("matches listNamespaces prefixes across label boundaries; forget still touches only its owner", async () => {
    await promote(pg.store, [fact("city", "Lisbon")], { userId: "u1" });
    await promote(pg.store, [fact("city", "Porto")], { userId: "u1x" });
    const leaked = await pg.store.listNamespaces({ prefix: namespaceFor("user", { userId: "u1" }).slice(0, -1) });
    expect(leaked.some((namespace) => namespace.includes("u1x"))).toBe(true);

    expect(await forget(pg.store, { userId: "u1" })).toMatchObject({ deleted: 1 });
    expect((await recall(pg.store, { userId: "u1x" })).map((record) => record.text)).toEqual(["city: Porto"]);
    expect(await recall(pg.store, { userId: "u1" })).toEqual([]);
  });

  it("searches text without an index by returning only matching items; recall fills the rest by the documented order", async () => {
    await promote(pg.store, [fact("user.city", "Lisbon", { confidence: 0.95 }), fact("rule.tone", "formal", { memoryType: "rule", confidence: 0.75 })], { userId: "u" });
    const hits = await pg.store.search(namespaceFor("user", { userId: "u" }), { query: "Lisbon" });
    // `user.city` is stored under its subject's stable key.
    expect(hits.map((hit) => hit.key)).toEqual(["user.location"]);
    expect(hits[0]!.score).toBeGreaterThan(0);
    expect((await recall(pg.store, { userId: "u" }, { query: "Lisbon" })).map((record) => record.key)).toEqual(["user.location", "rule.tone"]);
  });
});
