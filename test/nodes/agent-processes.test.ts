import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TurnReport } from "../../graphs/demo/session.js";
import { runScript } from "../support/child.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-agent-"));
const session = join(import.meta.dirname, "..", "..", "graphs", "demo", "session.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs turns in a new process over the shared file and returns each turn's report. */
async function converse(file: string, userId: string, threadId: string, ...messages: string[]): Promise<TurnReport[]> {
  const stdout = await runScript(session, [file, userId, threadId, "--org", "acme", "--project", "atlas", ...messages]);
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as TurnReport);
}

describe("the template agent over SqliteSaver and SqliteStore, across processes", () => {
  it("remembers in a new process, supersedes a changed preference, and keeps users apart", async () => {
    const file = join(dir, "agent.db");

    const taught = await converse(file, "ana", "t1", "Call me Ana. I prefer dark mode.", "From now on, answer in French.");
    expect(taught.flatMap((turn) => turn.promotion.map((entry) => [entry.outcome, entry.key]))).toEqual([
      ["written", "user.preferred_name"],
      ["written", "ui.theme"],
      ["written", "response.language"],
    ]);

    const [recalled] = await converse(file, "ana", "t2", "What do you remember about me?");
    expect(recalled!.recalled.sort()).toEqual(["Always answer in French", "Prefers dark mode", "Wants to be called Ana"]);
    expect(recalled!.reply).toContain("Prefers dark mode");

    const [changed, after] = await converse(file, "ana", "t3", "Actually, I prefer light mode.", "Which theme do I like?");
    expect(changed!.promotion).toEqual([{ outcome: "superseded", key: "ui.theme", reason: "replaces the live memory" }]);
    expect(after!.recalled).toContain("Prefers light mode");
    expect(after!.recalled).not.toContain("Prefers dark mode");

    const [other] = await converse(file, "ben", "t4", "What do you know about me?");
    expect(other!.recalled).toEqual([]);
    expect(other!.reply).toContain("nothing remembered");
  });
});
