/**
 * Two sessions in separate processes remember across threads through the
 * real client path: the template agent picks the model from its config, the
 * real `@langchain/openai` / `@langchain/anthropic` client calls the mock
 * server for the answer and for the extraction, and the memory lands in one
 * SQLite file that the second process recalls from.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../support/child.js";
import { startMockLlm, type Provider } from "./support/mock-llm.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-cross-"));
const session = join(import.meta.dirname, "fixtures", "session.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Turn {
  reply: string;
  recalled: string[];
  extraction: { extractor: string; outcome: string; calls: number };
  promotion: [string, string][];
}

describe.each(["openai", "anthropic"] as Provider[])("two processes through the real %s client", (provider) => {
  it("the first process's turn is extracted by the model and recalled by a second process on another thread", async () => {
    const mock = await startMockLlm(provider);
    const file = join(dir, `${provider}.db`);
    const converse = async (threadId: string, ...said: string[]) =>
      (await runScript(session, [file, mock.model, "ana", threadId, ...said], mock.env)).trim().split("\n").map((line) => JSON.parse(line) as Turn);

    const [taught] = await converse("t1", "Call me Ana. I prefer dark mode.");
    expect(taught!.extraction).toEqual(expect.objectContaining({ extractor: "model", outcome: "extracted", calls: 1 }));
    expect(taught!.promotion).toEqual([["written", "user.preferred_name"], ["written", "ui.theme"]]);
    expect(mock.requests.map((request) => request.kind)).toEqual(["answer", "extraction"]);

    const [asked] = await converse("t2", "What do you remember about me?");
    expect(asked!.recalled.sort()).toEqual(["Prefers dark mode", "Wants to be called Ana"]);
    // The second process's answer came from the mock through the real client, with the recalled memories in its prompt.
    expect(asked!.reply).toMatch(/^I remember: /);
    expect(asked!.reply).toContain("Prefers dark mode");
    expect(asked!.reply).toContain("Wants to be called Ana");
    expect(mock.requests.map((request) => request.kind)).toEqual(["answer", "extraction", "answer", "extraction"]);
    await mock.close();
  }, 60_000);
});
