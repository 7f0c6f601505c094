/**
 * A memory failure never costs the user their answer: the real OpenAI and
 * Anthropic clients, driven by the template agent's model-from-config path,
 * against mock servers that fail the extraction call in each way.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openAgent } from "./support/agent.js";
import { startMockLlm, type MockLlm, type Provider } from "./support/mock-llm.js";

const PROVIDERS: Provider[] = ["openai", "anthropic"];

describe.each(PROVIDERS)("extraction through the real %s client fails soft", (provider) => {
  let mock: MockLlm;
  beforeAll(async () => {
    mock = await startMockLlm(provider);
    Object.assign(process.env, mock.env);
  });
  afterAll(() => mock.close());
  beforeEach(() => {
    mock.requests.length = 0;
    mock.faults = [];
    mock.always = undefined;
  });

  /** The template agent on a fresh file, with short test timings. */
  const open = (options: Parameters<typeof openAgent>[0] = {}) => openAgent({ timeoutMs: 1_500, retryDelayMs: 10, maxAttempts: 2, retryTurns: 1, ...options });

  it("uses the chosen model for extraction: one answer call and one extraction call per turn, and the memory is written", async () => {
    const session = await open();
    const state = await session.turn(mock.model, "t1", "I prefer dark mode.");
    expect(mock.requests.map((request) => request.kind)).toEqual(["answer", "extraction"]);
    expect(state.memoryReport.extraction).toMatchObject({ extractor: "model", outcome: "extracted", candidates: 1, calls: 1 });
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    expect(session.warnings).toEqual([]);
    await session.close();
  });

  it("keeps the offline rule extractor when the run asks for it", async () => {
    const session = await open();
    const state = await session.agent.invoke(
      { messages: [{ role: "user", content: "I prefer dark mode." }] },
      { configurable: { thread_id: "t1", userId: "ana", model: mock.model, extraction: "rules" } },
    );
    expect(mock.requests.map((request) => request.kind)).toEqual(["answer"]);
    expect(state.memoryReport.extraction?.extractor).toBe("rules");
    expect(await session.remembered()).toEqual(["Theme: dark mode"]);
    await session.close();
  });

  it("malformed JSON: asked again once, then the answer is delivered, nothing is written, and the next turn works", async () => {
    const session = await open();
    mock.faults = ["malformed", "malformed"];
    const failed = await session.turn(mock.model, "t1", "I prefer dark mode.");
    expect(failed.messages.at(-1)!.text).toBe("Nothing remembered yet.");
    expect(mock.extractions()).toHaveLength(2); // one re-request, never the client's 6 retries
    expect(failed.memoryReport.extraction).toMatchObject({ outcome: "gave_up", calls: 2 });
    expect(failed.memoryReport.extraction!.entries.map((entry) => entry.kind)).toEqual(["parse_failed", "skipped_messages"]);
    expect(failed.memoryCandidates).toEqual([]);
    expect(await session.remembered()).toEqual([]);
    expect(session.warnings.map((warning) => warning.report.outcome)).toEqual(["gave_up"]);

    mock.requests.length = 0;
    const next = await session.turn(mock.model, "t1", "I prefer green tea.");
    expect(next.memoryReport.extraction).toMatchObject({ outcome: "extracted", candidates: 1 });
    // The given-up messages are not sent again: the watermark moved past them.
    expect(mock.extractions()[0]!.transcript).not.toContain("dark mode");
    expect(await session.remembered()).toEqual(["Prefers green tea"]);
    await session.close();
  });

  it("malformed JSON once: the second answer is used", async () => {
    const session = await open();
    mock.faults = ["malformed"];
    const state = await session.turn(mock.model, "t1", "I prefer dark mode.");
    expect(state.memoryReport.extraction).toMatchObject({ outcome: "extracted", calls: 2, candidates: 1 });
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    await session.close();
  });

  it("an invalid candidate is refused with a report line; the valid ones of the turn are kept", async () => {
    const session = await open();
    mock.faults = ["invalid_candidate"];
    const state = await session.turn(mock.model, "t1", "I prefer dark mode. Call me Ana.");
    expect(state.messages.at(-1)!.text).toBe("Nothing remembered yet.");
    expect(state.memoryReport.extraction).toMatchObject({ outcome: "extracted", candidates: 2 });
    const refused = state.memoryReport.extraction!.entries;
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ kind: "refused", key: "notes.long" });
    expect(refused[0]!.reason).toMatch(/invalid candidate: .*text/);
    expect(await session.remembered()).toEqual(["Prefers dark mode", "Wants to be called Ana"]);
    expect(await session.versions("notes.long")).toEqual([]);
    expect(session.warnings).toHaveLength(1);
    const next = await session.turn(mock.model, "t1", "What do you remember?");
    expect(next.messages.at(-1)!.text).toBe("I remember: Prefers dark mode; Wants to be called Ana.");
    await session.close();
  });

  it("429 then success: the node's own retry gets it on the second call", async () => {
    const session = await open();
    mock.faults = ["rate_limited"];
    const state = await session.turn(mock.model, "t1", "I prefer dark mode.");
    expect(mock.extractions()).toHaveLength(2);
    expect(state.memoryReport.extraction).toMatchObject({ outcome: "extracted", calls: 2, candidates: 1 });
    expect(await session.remembered()).toEqual(["Prefers dark mode"]);
    expect(session.warnings).toEqual([]);
    const next = await session.turn(mock.model, "t1", "I prefer green tea.");
    expect(next.memoryReport.extraction).toMatchObject({ outcome: "extracted", calls: 1, candidates: 1 });
    expect(await session.remembered()).toEqual(["Prefers dark mode", "Prefers green tea"]);
    await session.close();
  });

  it("500 always: the answer is delivered, the messages are retried next turn, then given up with a report line", async () => {
    const session = await open();
    mock.always = "server_error";
    const first = await session.turn(mock.model, "t1", "I prefer dark mode.");
    expect(first.messages.at(-1)!.text).toBe("Nothing remembered yet.");
    expect(mock.extractions()).toHaveLength(2); // maxAttempts, with the client's own retries off
    expect(first.memoryReport.extraction).toMatchObject({ outcome: "will_retry", failedTurns: 1, calls: 2 });
    expect(first.memoryReport.extraction!.entries[0]).toMatchObject({ kind: "call_failed" });
    expect(first.memoryReport.extraction!.entries[0]!.reason).toMatch(/^HTTP 500/);
    expect(first.memoryReport.promotion?.entries).toEqual([]);
    expect(await session.remembered()).toEqual([]);

    mock.requests.length = 0;
    const second = await session.turn(mock.model, "t1", "I prefer green tea.");
    expect(second.messages.at(-1)!.text).toBe("Nothing remembered yet.");
    // The failed turn's messages were tried again, with this turn's.
    expect(mock.extractions()[0]!.transcript).toContain("user: I prefer dark mode.");
    expect(mock.extractions()[0]!.transcript).toContain("user: I prefer green tea.");
    expect(second.memoryReport.extraction).toMatchObject({ outcome: "gave_up", failedTurns: 0 });
    expect(second.memoryReport.extraction!.entries.at(-1)!.reason).toMatch(/failed on 2 turns in a row; 4 messages are skipped/);
    expect(session.warnings.map((warning) => warning.report.outcome)).toEqual(["will_retry", "gave_up"]);

    mock.always = undefined;
    mock.requests.length = 0;
    const third = await session.turn(mock.model, "t1", "I prefer short answers.");
    expect(third.memoryReport.extraction).toMatchObject({ outcome: "extracted", candidates: 1 });
    expect(mock.extractions()[0]!.transcript).not.toContain("dark mode");
    expect(await session.remembered()).toEqual(["Prefers short answers"]);
    await session.close();
  });

  it("a stall past the extraction timeout: the turn ends at the timeout, and the next turn extracts what was missed", async () => {
    const session = await open({ timeoutMs: 800 });
    mock.always = "stall";
    const started = Date.now();
    const stalled = await session.turn(mock.model, "t1", "I prefer dark mode.");
    const took = Date.now() - started;
    expect(stalled.messages.at(-1)!.text).toBe("Nothing remembered yet.");
    expect(took).toBeGreaterThanOrEqual(800);
    expect(took).toBeLessThan(4_000);
    expect(stalled.memoryReport.extraction).toMatchObject({ outcome: "will_retry", calls: 1 });
    expect(stalled.memoryReport.extraction!.entries).toEqual([{ kind: "timeout", reason: "no answer within timeoutMs (800 ms)" }]);
    expect(await session.remembered()).toEqual([]);

    mock.always = undefined;
    const next = await session.turn(mock.model, "t1", "I prefer green tea.");
    expect(next.memoryReport.extraction).toMatchObject({ outcome: "extracted", candidates: 2 });
    expect(await session.remembered()).toEqual(["Prefers dark mode", "Prefers green tea"]);
    await session.close();
  });
});
