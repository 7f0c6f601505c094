import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { Annotation, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  InvalidIdentityError,
  InvalidMemoryError,
  exportMemories,
  forget,
  forgetMemory,
  history,
  importMemories,
  orgsHolding,
  promote,
  prune,
  recall,
} from "../../src/index.js";
import { collect } from "../support/collect.js";
import { STORE_FACTORIES } from "./stores.js";
import { ana, at, candidate } from "./fixtures.js";

const values = (records: { content: unknown }[]) => records.map((record) => (record.content as { value: string }).value);

describe.each(STORE_FACTORIES)("memory correctness on $name", (factory) => {
  let store: BaseStore;
  let close: () => Promise<void>;
  beforeEach(async () => ({ store, close } = await factory.create()));
  afterEach(async () => close());

  it("refuses ids with surrounding whitespace or control characters instead of merging tenants", async () => {
    await promote(store, [candidate("city", "Lisbon")], { userId: "kim" });
    for (const userId of ["kim ", " kim", "kim\t", "ki\u0000m", "kim\n"]) {
      await expect(promote(store, [candidate("city", "Porto")], { userId })).rejects.toThrow(InvalidIdentityError);
      await expect(recall(store, { userId })).rejects.toThrow(InvalidIdentityError);
      await expect(forget(store, { userId })).rejects.toThrow(InvalidIdentityError);
    }
    await expect(recall(store, { userId: "kim", orgId: "acme " })).rejects.toThrow(/whitespace/);
    expect(values(await recall(store, { userId: "kim" }))).toEqual(["Lisbon"]);
  });

  it("prune('all') empties every namespace it lists, however many", async () => {
    const users = 1_500;
    for (let i = 0; i < users; i += 1) {
      await promote(store, [candidate("k", "v", { ttlDays: 1 })], { userId: `u${i}`, orgId: "acme" }, {}, { now: at(0) });
    }
    const report = await prune(store, "all", {}, { now: at(10) });
    expect(report.expired).toBe(users);
    expect(await collect(exportMemories(store, "all"))).toEqual([]);
  });

  it("recall ranks every live record, not only the oldest ones", async () => {
    const facts = Array.from({ length: 300 }, (_, i) => candidate(`fact.f${i}`, `v${i}`, { confidence: 0.6 }));
    await promote(store, facts, ana, {}, { now: at(0) });
    await promote(store, [candidate("rule.tone", "be brief", { memoryType: "rule" })], ana, {}, { now: at(1) });
    await promote(store, [candidate("fact.latest", "newest", { confidence: 0.95 })], ana, {}, { now: at(2) });
    const recalled = await recall(store, ana, { limit: 2, now: at(3) });
    expect(recalled.map((record) => record.key)).toEqual(["rule.tone", "fact.latest"]);
  });

  it("import keeps a newer live memory, puts the older one in history and reports it", async () => {
    await promote(store, [candidate("city", "Lisbon")], ana, {}, { now: at(0) });
    const old = await collect(exportMemories(store, ana));
    await promote(store, [candidate("city", "Porto")], ana, {}, { now: at(5) });

    const report = await importMemories(store, old);
    expect(report.kept).toHaveLength(1);
    expect(report.kept[0]).toMatchObject({ key: "user.location" });
    expect(values(await recall(store, ana, { now: at(6) }))).toEqual(["Porto"]);
    const chain = await history(store, ana, "city");
    expect(values(chain)).toEqual(["Lisbon", "Porto"]);
    expect(chain[0]!.supersededBy).toBe(chain[1]!.id);

    // A newer file replaces an older store, and the store's record goes to history.
    const { store: other, close: closeOther } = await factory.create();
    await promote(other, [candidate("city", "Faro")], ana, {}, { now: at(-3) });
    const fresh = await importMemories(other, await collect(exportMemories(store, ana)));
    expect(fresh.kept).toEqual([]);
    expect(values(await recall(other, ana, { now: at(6) }))).toEqual(["Porto"]);
    expect(values(await history(other, ana, "city"))).toEqual(["Faro", "Lisbon", "Porto"]);
    await closeOther();
  });

  it("import applies the never-store rules and refuses the whole file naming the line", async () => {
    await promote(store, [candidate("city", "Lisbon")], ana, {}, { now: at(0) });
    const [line] = await collect(exportMemories(store, ana));
    const record = JSON.parse(line!).record;
    const leaked = JSON.stringify({ status: "live", record: { ...record, id: "x2", key: "deploy", text: "deploy password: hunter2x!" } });
    const { store: target, close: closeTarget } = await factory.create();
    await expect(importMemories(target, [line!, leaked])).rejects.toThrow(/line 2: never stored: looks like a password/);
    await expect(importMemories(target, [line!, leaked])).rejects.toThrow(InvalidMemoryError);
    expect(await collect(exportMemories(target, "all"))).toEqual([]);
    await closeTarget();
  });

  it("refuses an out-of-range ttlDays with a reason and still processes the candidates after it", async () => {
    const report = await promote(store, [candidate("a", "1", { ttlDays: 1e9 }), candidate("b", "2")], ana);
    expect(report.entries.map((entry) => entry.outcome)).toEqual(["refused", "written"]);
    expect(report.entries[0]!.reason).toMatch(/ttlDays/);
  });

  it("never depends on the state of a caller's global regex in neverStore", async () => {
    const policy = { neverStore: [{ name: "codename", pattern: /bluebird/g }] };
    const report = await promote(store, [candidate("a", "bluebird one"), candidate("b", "bluebird two"), candidate("c", "x bluebird")], ana, policy);
    expect(report.entries.map((entry) => entry.outcome)).toEqual(["refused", "refused", "refused"]);
    expect(policy.neverStore[0]!.pattern.lastIndex).toBe(0);
  });

  it("forgets one memory by key, with its history, for exactly that identity", async () => {
    const ben = { ...ana, userId: "ben" };
    await promote(store, [candidate("lunch.spot", "noodles"), candidate("city", "Lisbon")], ana, {}, { now: at(0) });
    await promote(store, [candidate("lunch.spot", "tacos")], ana, {}, { now: at(1) });
    await promote(store, [candidate("lunch.spot", "ramen")], ben, {}, { now: at(1) });
    await promote(store, [candidate("lunch.spot", "team-wide", { scope: "project" })], ana, {}, { now: at(1) });

    const { deleted } = await forgetMemory(store, ana, "lunch.spot");
    expect(deleted).toHaveLength(2);
    expect(await history(store, ana, "lunch.spot").then((chain) => values(chain))).toEqual(["team-wide"]);
    expect(values(await recall(store, ana, { limit: 9, now: at(2) })).sort()).toEqual(["Lisbon", "team-wide"]);
    expect(values(await recall(store, ben, { limit: 9, now: at(2) })).sort()).toEqual(["ramen", "team-wide"]);
    expect((await forgetMemory(store, ana, "lunch.spot", { scope: "project" })).deleted).toHaveLength(1);
    expect(values(await recall(store, ben, { limit: 9, now: at(2) }))).toEqual(["ramen"]);
  });

  it("forgets a topic in the user's own memories first, and in the team's only when the user's hold nothing of it", async () => {
    await promote(store, [candidate("note.tour_lyric", "we load in at the Lyric in Hammersmith on the 3rd", { scope: "project" })], ana, {}, { now: at(0) });
    await promote(store, [candidate("note.bristol", "Bristol Old Vic on the 14th", { scope: "project" }), candidate("note.my_lyric", "my favourite theatre is the Lyric")], ana, {}, { now: at(0) });
    const forgetTopic = (topic: string) => candidate(`topic.${topic}`, topic, { bucket: "forget", text: `Forget: ${topic}`, evidence: `forget the ${topic} entirely` });
    // The user's own note about the Lyric is what "forget the Lyric" reaches while there is one.
    await promote(store, [forgetTopic("lyric")], ana, {}, { now: at(1) });
    expect(values(await recall(store, ana, { limit: 9, now: at(2) })).sort()).toEqual(["Bristol Old Vic on the 14th", "we load in at the Lyric in Hammersmith on the 3rd"]);
    // Then nothing of the user's own holds it: the project's note goes, and the other project note stays.
    const report = await promote(store, [forgetTopic("lyric")], ana, {}, { now: at(2) });
    expect(report.entries[0]!.outcome).toBe("forgotten");
    expect(values(await recall(store, ana, { limit: 9, now: at(3) }))).toEqual(["Bristol Old Vic on the 14th"]);
  });

  it("forgets a drug taken when asked to forget the user's medication, and keeps what else they said", async () => {
    await promote(store, [candidate("user.trait.sertraline", "they are on sertraline, so no grapefruit in recipes"), candidate("user.cooking", "cooks for two")], ana, {}, { now: at(0) });
    const forgetMedication = candidate("user.medication", "medication", { bucket: "forget", text: "Forget: medication", evidence: "Can you forget what I said about my medication?" });
    const report = await promote(store, [forgetMedication], ana, {}, { now: at(1) });
    expect(report.entries[0]!.outcome).toBe("forgotten");
    expect(values(await recall(store, ana, { limit: 9, now: at(2) }))).toEqual(["cooks for two"]);
  });

  it("names the orgs that hold a user or project id", async () => {
    await promote(store, [candidate("a", "1")], { userId: "kim", orgId: "acme" });
    await promote(store, [candidate("a", "1")], { userId: "kim", orgId: "globex" });
    await promote(store, [candidate("a", "1")], { userId: "kim" });
    await promote(store, [candidate("a", "1", { scope: "project" })], { userId: "x", orgId: "acme", projectId: "default" });
    expect((await orgsHolding(store, { userId: "kim" })).sort()).toEqual(["acme", "globex", null].sort());
    expect(await orgsHolding(store, { projectId: "default" })).toEqual(["acme"]);
    expect(await orgsHolding(store, { userId: "nobody" })).toEqual([]);
  });

  it("forget and import work inside graph nodes, on the store LangGraph wraps", async () => {
    await promote(store, [candidate("city", "Lisbon")], ana, {}, { now: at(0) });
    const lines = await collect(exportMemories(store, ana));
    const State = Annotation.Root({ log: Annotation<string[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }) });
    const graph = new StateGraph(State)
      .addNode("forget", async (_state, config: LangGraphRunnableConfig) => {
        const { deleted } = await forget(config.store!, { userId: "ana", orgId: "acme" });
        return { log: [`forgot ${deleted}`] };
      })
      .addNode("restore", async (_state, config: LangGraphRunnableConfig) => {
        const { live } = await importMemories(config.store!, lines);
        return { log: [`imported ${live}`] };
      })
      .addEdge("__start__", "forget")
      .addEdge("forget", "restore")
      .compile({ store });
    expect((await graph.invoke({})).log).toEqual(["forgot 1", "imported 1"]);
    expect(values(await recall(store, ana, { now: at(1) }))).toEqual(["Lisbon"]);
  });
});
