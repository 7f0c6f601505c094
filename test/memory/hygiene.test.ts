import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  InvalidIdentityError,
  InvalidMemoryError,
  exportMemories,
  forget,
  history,
  importMemories,
  promote,
  prune,
  recall,
} from "../../src/index.js";
import { STORE_FACTORIES } from "./stores.js";
import { ana, at, candidate } from "./fixtures.js";
import { collect } from "../support/collect.js";



describe.each(STORE_FACTORIES)("memory hygiene on $name", (factory) => {
  let store: BaseStore;
  let close: () => Promise<void>;
  beforeEach(async () => ({ store, close } = await factory.create()));
  afterEach(async () => close());

  it("prunes expired records, old history and records over the cap, and reports counts", async () => {
    await promote(store, [candidate("city", "Lisbon"), candidate("task.a", "open", { memoryType: "task_state" })], ana, {}, { now: at(0) });
    await promote(store, [candidate("city", "Porto")], ana, {}, { now: at(1) });
    await promote(store, [candidate("city", "Faro")], ana, {}, { now: at(50) });
    for (let i = 0; i < 5; i += 1) {
      await promote(store, [candidate(`pref.p${i}`, `v${i}`, { memoryType: "preference", confidence: 0.5 + i / 10 })], ana, { minConfidence: 0.5 }, { now: at(50) });
    }
    expect(await history(store, ana, "city")).toHaveLength(3);

    const report = await prune(store, ana, { supersededRetentionDays: 30, maxLivePerScopeAndType: 3 }, { now: at(60) });
    expect(report).toMatchObject({ expired: 1, superseded: 1, capped: 2 });
    // The chain keeps its younger history; the least confident preferences went first.
    expect((await history(store, ana, "city")).map((r) => (r.content as { value: string }).value)).toEqual(["Porto", "Faro"]);
    const live = await recall(store, ana, { limit: 50, now: at(60) });
    expect(live.map((r) => r.key).sort()).toEqual(["pref.p2", "pref.p3", "pref.p4", "user.location"]);

    const everyone = await prune(store, "all", {}, { now: at(60) });
    expect(everyone).toMatchObject({ expired: 0, superseded: 0, capped: 0 });
    expect(everyone.namespaces).toBeGreaterThanOrEqual(2);
  });

  it("forgets one owner by user, project or org id", async () => {
    const ben = { userId: "ben", orgId: "acme", projectId: "atlas" };
    const cid = { userId: "cid", orgId: "other" };
    await promote(store, [candidate("a", "1"), candidate("b", "2", { scope: "project" }), candidate("c", "3", { scope: "org" })], ana);
    await promote(store, [candidate("a", "4")], ben);
    await promote(store, [candidate("a", "5"), candidate("c", "6", { scope: "org" })], cid);

    const kim = (orgId: string) => ({ userId: "kim", orgId, projectId: "default" });
    await promote(store, [candidate("a", "k1"), candidate("p", "k2", { scope: "project" })], kim("acme"));
    await promote(store, [candidate("a", "k3"), candidate("p", "k4", { scope: "project" })], kim("globex"));

    // A user or a project is named with its org: the same ids under another org are untouched.
    expect(await forget(store, { userId: "kim", orgId: "acme" })).toMatchObject({ deleted: 1 });
    expect(await forget(store, { projectId: "default", orgId: "acme" })).toMatchObject({ deleted: 1 });
    expect((await recall(store, kim("globex"), { limit: 9 })).map((r) => r.text).sort()).toEqual(["a: k3", "p: k4"]);
    expect(await forget(store, { userId: "kim" })).toMatchObject({ deleted: 0 });

    expect(await forget(store, { userId: "ana", orgId: "acme" })).toMatchObject({ deleted: 1 });
    expect((await recall(store, ben, { limit: 9 })).map((r) => r.key).sort()).toEqual(["a", "b", "c"]);
    expect(await forget(store, { projectId: "atlas", orgId: "acme" })).toMatchObject({ deleted: 1 });
    expect(await forget(store, { orgId: "acme" })).toMatchObject({ deleted: 2 });
    expect(await recall(store, ben, { limit: 9 })).toEqual([]);
    expect((await recall(store, cid, { limit: 9 })).map((r) => r.key).sort()).toEqual(["a", "c"]);
    await expect(forget(store, { userId: "a", projectId: "b" } as never)).rejects.toThrow(InvalidIdentityError);
    await expect(forget(store, { userId: "kim " })).rejects.toThrow(/whitespace/);
  });

  it("exports as JSON Lines and imports into another store, history included, validating every line first", async () => {
    await promote(store, [candidate("city", "Lisbon"), candidate("deadline", "Friday", { scope: "project" })], ana, {}, { now: at(0) });
    await promote(store, [candidate("city", "Porto")], ana, {}, { now: at(1) });
    const lines = await collect(exportMemories(store, ana));
    expect(lines).toHaveLength(3);

    const { store: target, close: closeTarget } = await factory.create();
    const bad = [...lines, '{"status":"live","record":{"id":"x"}}'];
    await expect(importMemories(target, bad)).rejects.toThrow(/line 4:/);
    await expect(importMemories(target, ["not json"])).rejects.toThrow(InvalidMemoryError);
    expect(await recall(target, ana, { now: at(1) })).toEqual([]);

    expect(await importMemories(target, lines.join("\n"))).toEqual({ live: 2, superseded: 1, kept: [] });
    expect(await recall(target, ana, { now: at(1) })).toEqual(await recall(store, ana, { now: at(1) }));
    expect(await history(target, ana, "city")).toEqual(await history(store, ana, "city"));
    await closeTarget();
  });

  it("refuses a missing user, an invalid candidate and a scope outside the identity, and stores nothing for them", async () => {
    await expect(promote(store, [candidate("a", "1")], { userId: "" })).rejects.toThrow(InvalidIdentityError);
    await expect(recall(store, { orgId: "acme" } as never)).rejects.toThrow(/userId is required/);
    const report = await promote(store, [
      { ...candidate("a", "1"), confidence: 3 },
      candidate("Bad Key!", "1"),
      candidate("b", "1", { scope: "project" }),
      candidate("c", "1", { scope: "global" }),
      candidate("d", "1", { confidence: 0.2 }),
    ], { userId: "ana" });
    expect(report.entries.map((entry) => entry.outcome)).toEqual(["refused", "refused", "kept_in_session", "refused", "refused"]);
    expect(report.entries[2]?.reason).toMatch(/project this identity has none of; kept for this conversation only/);
    expect(await recall(store, { userId: "ana" }, { limit: 50 })).toEqual([]);
  });

  it("keeps an impersonal shared fact of a user with no project or org as theirs, but not a statement made for a company they have none of", async () => {
    const solo = { userId: "theo" };
    const report = await promote(store, [
      candidate("stack.hosting", "Fly.io", { scope: "project", evidence: "moved Streakly off Heroku to Fly.io this weekend" }),
      candidate("org.uses.workspace", "Google Workspace", { scope: "org", evidence: "our company uses Google Workspace for mail" }),
    ], solo);
    expect(report.entries.map((entry) => entry.outcome)).toEqual(["written", "kept_in_session"]);
    expect((await recall(store, solo, { limit: 10 })).map((record) => [record.key, record.scope])).toEqual([["stack.hosting", "user"]]);
  });
});
