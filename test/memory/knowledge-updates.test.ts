import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { history, promote, recall, type IdentityContext, type MemoryCandidate } from "../../src/index.js";
import { STORE_FACTORIES } from "./stores.js";

const DAY = 86_400_000;
const start = new Date("2026-01-01T00:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);

function candidate(fields: Partial<MemoryCandidate> & Pick<MemoryCandidate, "key" | "memoryType">): MemoryCandidate {
  const value = fields.content?.value ?? "x";
  return { bucket: "promote", content: { value }, text: `${fields.key} = ${String(value)}`, confidence: 0.9, scope: "user", ...fields };
}

describe.each(STORE_FACTORIES)("knowledge updates on $name", (factory) => {
  let store: BaseStore;
  let close: () => Promise<void>;
  beforeEach(async () => ({ store, close } = await factory.create()));
  afterEach(async () => close());

  const ana: IdentityContext = { userId: "ana", orgId: "acme", projectId: "atlas" };
  const ben: IdentityContext = { userId: "ben", orgId: "acme", projectId: "atlas" };

  /** After every step, recall returns exactly the live facts: this maps key → value. */
  async function expectLive(who: IdentityContext, now: Date, expected: Record<string, unknown>) {
    const records = await recall(store, who, { limit: 50, now });
    const live = Object.fromEntries(records.map((record) => [record.key, (record.content as { value: unknown }).value]));
    expect(live).toEqual(expected);
  }

  it("keeps only the live value through changes, reversions, completions, revocations and expiry", async () => {
    const step = (who: IdentityContext, day: number, ...candidates: MemoryCandidate[]) =>
      promote(store, candidates, who, {}, { now: at(day) });

    await step(ana, 0, candidate({ key: "ui.theme", memoryType: "preference", content: { value: "dark" } }));
    await step(ben, 0, candidate({ key: "ui.theme", memoryType: "preference", content: { value: "light" } }));
    await expectLive(ana, at(0), { "ui.theme": "dark" });
    await expectLive(ben, at(0), { "ui.theme": "light" });

    const changed = await step(ana, 1, candidate({ key: "ui.theme", memoryType: "preference", content: { value: "light" } }));
    expect(changed.entries[0]).toMatchObject({ outcome: "superseded" });
    await expectLive(ana, at(1), { "ui.theme": "light" });

    await step(ana, 2, candidate({ key: "ui.theme", memoryType: "preference", content: { value: "dark" } }));
    await expectLive(ana, at(2), { "ui.theme": "dark" });
    expect((await history(store, ana, "ui.theme")).map((r) => (r.content as { value: string }).value)).toEqual([
      "dark", "light", "dark",
    ]);

    // A task opened, then done: one live record, the latest state.
    await step(ana, 3, candidate({ key: "task.migration", memoryType: "task_state", content: { value: "open" } }));
    await expectLive(ana, at(3), { "ui.theme": "dark", "task.migration": "open" });
    await step(ana, 4, candidate({ key: "task.migration", memoryType: "task_state", content: { value: "done" } }));
    await expectLive(ana, at(4), { "ui.theme": "dark", "task.migration": "done" });

    // A rule added, then revoked by a newer rule on the same key.
    await step(ana, 5, candidate({ key: "rule.emojis", memoryType: "rule", content: { value: "never use emojis" } }));
    await expectLive(ana, at(5), { "ui.theme": "dark", "task.migration": "done", "rule.emojis": "never use emojis" });
    await step(ana, 6, candidate({ key: "rule.emojis", memoryType: "rule", content: { value: "emojis are fine" } }));
    await expectLive(ana, at(6), { "ui.theme": "dark", "task.migration": "done", "rule.emojis": "emojis are fine" });

    // Task state expires after the policy's 14 days; a fact with its own ttl after 2.
    await step(ana, 7, candidate({ key: "project.demo_day", memoryType: "fact", scope: "project", content: { value: "Friday" }, ttlDays: 2 }));
    await expectLive(ana, at(8), { "ui.theme": "dark", "task.migration": "done", "rule.emojis": "emojis are fine", "project.demo_day": "Friday" });
    await expectLive(ben, at(8), { "ui.theme": "light", "project.demo_day": "Friday" });
    await expectLive(ana, at(10), { "ui.theme": "dark", "task.migration": "done", "rule.emojis": "emojis are fine" });
    await expectLive(ana, at(19), { "ui.theme": "dark", "rule.emojis": "emojis are fine" });
    await expectLive(ben, at(19), { "ui.theme": "light" });
  });

  it("refreshes instead of duplicating, and keeps an explicit memory against a hesitant change", async () => {
    await promote(store, [candidate({ key: "ui.theme", memoryType: "preference", content: { value: "Dark" }, confidence: 0.7 })], ana, {}, { now: at(0) });
    const again = await promote(store, [candidate({ key: "ui.theme", memoryType: "preference", content: { value: " dark " }, confidence: 0.95 })], ana, {}, { now: at(1) });
    expect(again.entries[0]).toMatchObject({ outcome: "refreshed" });
    const [record] = await recall(store, ana, { now: at(1) });
    expect(record).toMatchObject({ confidence: 0.95, lastVerifiedAt: at(1).toISOString(), createdAt: at(0).toISOString() });

    const hesitant = await promote(store, [candidate({ key: "ui.theme", memoryType: "preference", content: { value: "light" }, confidence: 0.72 })], ana, {}, { now: at(2) });
    expect(hesitant.entries[0]).toMatchObject({ outcome: "kept_existing" });
    await expectLive(ana, at(2), { "ui.theme": "Dark" });

    const strict = await promote(store, [candidate({ key: "ui.theme", memoryType: "preference", content: { value: "light" }, confidence: 0.9 })], ana, { supersedeMargin: 0 }, { now: at(3) });
    expect(strict.entries[0]).toMatchObject({ outcome: "kept_existing" });
    const margin = await promote(store, [candidate({ key: "ui.theme", memoryType: "preference", content: { value: "light" }, confidence: 0.8 })], ana, {}, { now: at(4) });
    expect(margin.entries[0]).toMatchObject({ outcome: "superseded" });
  });

  it("orders recall by rule, preference, task, fact, then confidence, and ranks a query first where the store scores", async () => {
    await promote(store, [
      candidate({ key: "user.city", memoryType: "fact", content: { value: "Lisbon" }, confidence: 0.95 }),
      candidate({ key: "task.docs", memoryType: "task_state", content: { value: "open" } }),
      candidate({ key: "ui.theme", memoryType: "preference", content: { value: "dark" }, confidence: 0.7 }),
      candidate({ key: "response.style", memoryType: "preference", content: { value: "short" }, confidence: 0.9 }),
      candidate({ key: "rule.emojis", memoryType: "rule", content: { value: "none" }, confidence: 0.6 }),
    ], ana, { minConfidence: 0.5 }, { now: at(0) });
    const ordered = await recall(store, ana, { now: at(0) });
    expect(ordered.map((r) => r.key)).toEqual(["rule.emojis", "response.style", "ui.theme", "task.docs", "user.location"]);
    expect((await recall(store, ana, { now: at(0), limit: 2 })).map((r) => r.key)).toEqual(["rule.emojis", "response.style"]);
    expect((await recall(store, ana, { now: at(0), types: ["fact", "task_state"] })).map((r) => r.key)).toEqual(["task.docs", "user.location"]);
    expect((await recall(store, ana, { now: at(0), minConfidence: 0.9 })).map((r) => r.key)).toEqual(["response.style", "task.docs", "user.location"]);
  });
});
