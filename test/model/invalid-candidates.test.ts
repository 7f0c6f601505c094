/**
 * An invalid candidate never fails the turn nor costs the turn's other
 * candidates, and a thread never gets stuck on it (issue 12, item 10).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import { afterAll, describe, expect, it } from "vitest";
import { EXTRACTION_WARNING_EVENT, buildMemoryAgent, createMemoryBackend, recall, type Extractor, type MemoryCandidate } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-invalid-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dark: MemoryCandidate = {
  bucket: "promote", memoryType: "preference", key: "ui.theme", content: { value: "dark mode" }, text: "Prefers dark mode", confidence: 0.9, scope: "user",
};

/** The offline template agent (or one with a custom extractor) on its own file. */
async function offlineAgent(name: string, extractor?: Extractor, retryTurns?: number) {
  const backend = await createMemoryBackend(join(dir, `${name}.db`));
  const agent = buildMemoryAgent({
    checkpointer: backend.checkpointer,
    store: backend.store,
    extract: { onWarning: () => undefined, ...(extractor ? { extractor } : {}), ...(retryTurns === undefined ? {} : { retryTurns }) },
  });
  const config = { configurable: { thread_id: name, userId: "ana" } };
  return {
    /** One turn; the warning events dispatched through LangChain's callbacks are collected into `events`. */
    turn: (said: string, events: unknown[] = []) =>
      agent.invoke({ messages: [new HumanMessage(said)] }, {
        ...config,
        callbacks: [{ handleCustomEvent: (name: string, data: unknown) => void events.push({ name, data }) }],
      }),
    remembered: async () => (await recall(backend.store, { userId: "ana" }, { limit: 50 })).map((record) => record.text).sort(),
    close: () => backend.close(),
  };
}

describe("an invalid candidate", () => {
  it("from the rule extractor (a 1,000+ character 'I prefer …'): the turn finishes, the watermark advances, the next turn works", async () => {
    const session = await offlineAgent("long-sentence");
    const long = `I prefer ${"a very long and winding description of my favourite colour scheme, ".repeat(16)}in dark mode.`;
    expect(long.length).toBeGreaterThan(1_000);

    const state = await session.turn(long);
    expect(state.messages.at(-1)!.getType()).toBe("ai");
    expect(state.extractedThrough).toBe(state.messages.at(-1)!.id);
    expect(state.memoryReport.extraction?.outcome).toBe("extracted");
    for (const text of await session.remembered()) expect(text.length).toBeLessThanOrEqual(1_000);

    const next = await session.turn("Call me Ana.");
    // This turn only: its user message and the reply, never the long sentence again.
    expect(next.memoryReport.extraction).toMatchObject({ outcome: "extracted", messages: 2 });
    expect(await session.remembered()).toContain("Preferred name: Ana");
    await session.close();
  });

  it("from a custom extractor: refused with a report line, and the valid candidates of the turn are promoted", async () => {
    const session = await offlineAgent("custom", () => [dark, { ...dark, key: "notes.long", text: "x".repeat(1_001) }, { ...dark, key: "Not a key!" }]);
    const state = await session.turn("anything");
    expect(state.memoryReport.extraction).toMatchObject({ extractor: "custom", outcome: "extracted", candidates: 1 });
    const refused = state.memoryReport.extraction!.entries;
    expect(refused.map((entry) => [entry.kind, entry.key])).toEqual([["refused", "notes.long"], ["refused", "Not a key!"]]);
    expect(refused[0]!.reason).toMatch(/^invalid candidate: .*text/);
    expect(state.memoryReport.promotion?.entries.map((entry) => [entry.outcome, entry.key])).toEqual([["written", "ui.theme"]]);
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    await session.close();
  });
});

describe("a custom extractor whose answer is not a list", () => {
  it("is not asked again on later turns: the messages are skipped at once, with a report line", async () => {
    const seen: string[][] = [];
    const session = await offlineAgent("not-a-list", ({ messages }) => {
      seen.push(messages.filter((message) => message.getType() === "human").map((message) => message.text));
      return { candidates: [dark] } as never;
    });
    const state = await session.turn("I prefer dark mode.");
    expect(state.messages.at(-1)!.getType()).toBe("ai");
    expect(state.memoryReport.extraction).toMatchObject({ outcome: "gave_up", failedTurns: 0 });
    expect(state.memoryReport.extraction!.entries.map((entry) => entry.kind)).toEqual(["parse_failed", "skipped_messages"]);
    await session.turn("Hello again.");
    expect(seen).toEqual([["I prefer dark mode."], ["Hello again."]]); // the first turn's messages were not sent again
    expect(await session.remembered()).toEqual([]);
    await session.close();
  });
});

describe("a custom extractor that throws", () => {
  it("fails soft: the reply is delivered, the messages are retried next turn, then skipped with a report line", async () => {
    let fail = true;
    const seen: string[][] = [];
    const session = await offlineAgent("throws", ({ messages }) => {
      seen.push(messages.filter((message) => message.getType() === "human").map((message) => message.text));
      if (fail) throw new Error("extractor backend down");
      return [dark];
    }, 1);

    const events: { name: string; data: { message: string; report: unknown } }[] = [];
    const first = await session.turn("I prefer dark mode.", events);
    expect(first.messages.at(-1)!.getType()).toBe("ai");
    expect(first.memoryReport.extraction).toMatchObject({ outcome: "will_retry", failedTurns: 1 });
    expect(first.memoryReport.extraction!.entries).toEqual([{ kind: "call_failed", reason: "extractor backend down" }]);
    // The warning went through LangChain's callbacks, with the report.
    expect(events.map((event) => event.name)).toEqual([EXTRACTION_WARNING_EVENT]);
    expect(events[0]!.data.message).toBe("memory extraction (custom) will_retry: extractor backend down");
    expect(events[0]!.data.report).toEqual(first.memoryReport.extraction);

    const second = await session.turn("Still there?");
    expect(seen[1]).toEqual(["I prefer dark mode.", "Still there?"]);
    expect(second.memoryReport.extraction?.outcome).toBe("gave_up");

    fail = false;
    const third = await session.turn("Hello again.");
    expect(seen[2]).toEqual(["Hello again."]);
    expect(third.memoryReport.extraction).toMatchObject({ outcome: "extracted", candidates: 1, failedTurns: 0 });
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    await session.close();
  });
});
