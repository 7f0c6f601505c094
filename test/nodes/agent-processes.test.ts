import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { TurnReport } from "../../graphs/demo/session.js";
import { createMemoryBackend, history, recall } from "../../src/index.js";
import { runScript } from "../support/child.js";
import { POSTGRES_URL, freshPostgresDatabase } from "../support/postgres.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-agent-"));
const session = join(import.meta.dirname, "..", "..", "graphs", "demo", "session.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs turns in a new process over the shared file and returns each turn's report. */
async function converse(file: string, userId: string, threadId: string, ...messages: string[]): Promise<TurnReport[]> {
  const stdout = await runScript(session, [file, userId, threadId, "--org", "acme", "--project", "atlas", ...messages]);
  return stdout.trim().split("\n").map((line) => JSON.parse(line) as TurnReport);
}

/** The same graph code on each backend `createMemoryBackend` serves. */
const BACKENDS: { name: string; open(): Promise<{ url: string; close(): Promise<void> }> }[] = [
  { name: "SqliteSaver + SqliteStore (file)", open: async () => ({ url: join(dir, `agent-${Date.now()}.db`), close: async () => undefined }) },
  ...(POSTGRES_URL === undefined ? [] : [{ name: "PostgresSaver + PostgresStore (official)", open: () => freshPostgresDatabase(POSTGRES_URL!) }]),
];

describe.each(BACKENDS)("the template agent across processes on $name", (backend) => {
  it("remembers in a new process, supersedes a changed preference, and keeps users apart", async () => {
    const database = await backend.open();
    const file = database.url;

    const taught = await converse(file, "ana", "t1", "Call me Ana. I prefer dark mode.", "From now on, answer in French.");
    expect(taught.flatMap((turn) => turn.promotion.map((entry) => [entry.outcome, entry.key]))).toEqual([
      ["written", "user.preferred_name"],
      ["written", "ui.theme"],
      ["written", "response.language"],
    ]);

    const [recalled] = await converse(file, "ana", "t2", "What do you remember about me?");
    expect(recalled!.recalled.sort()).toEqual(["Answer language: French", "Preferred name: Ana", "Theme: dark mode"]);
    expect(recalled!.reply).toContain("Theme: dark mode");

    const [changed, after] = await converse(file, "ana", "t3", "Actually, I prefer light mode.", "Which theme do I like?");
    expect(changed!.promotion).toEqual([{ outcome: "superseded", key: "ui.theme", reason: "replaces the live memory" }]);
    expect(after!.recalled).toContain("Theme: light mode");
    expect(after!.recalled).not.toContain("Theme: dark mode");

    const [other] = await converse(file, "ben", "t4", "What do you know about me?");
    expect(other!.recalled).toEqual([]);
    expect(other!.reply).toContain("nothing remembered");
    await database.close();
  }, 60_000);

  it("serves several processes at once, for different users and for one user on two threads: nothing lost, one live record per key", async () => {
    const database = await backend.open();
    await Promise.all([
      converse(database.url, "ana", "a1", "I prefer dark mode.", "Our team uses Postgres."),
      converse(database.url, "ana", "a2", "Call me Ana.", "The deadline is March 3.", "Actually, I prefer light mode."),
      converse(database.url, "ben", "b1", "I prefer light mode.", "I live in Porto."),
      converse(database.url, "cid", "c1", "I work at Acme Corp.", "Never use emojis."),
    ]);
    const memory = await createMemoryBackend(database.url);
    const texts = async (userId: string) =>
      (await recall(memory.store, { userId, orgId: "acme", projectId: "atlas" }, { limit: 20 })).map((record) => record.text).sort();
    const ana = await texts("ana");
    expect(ana).toEqual(expect.arrayContaining(["Deadline: March 3", "Database: Postgres", "Preferred name: Ana"]));
    // Both threads wrote ui.theme at once: one live record, and both versions kept.
    expect(ana.filter((text) => text.startsWith("Theme:"))).toHaveLength(1);
    expect((await history(memory.store, { userId: "ana", orgId: "acme", projectId: "atlas" }, "ui.theme")).map((record) => record.text).sort()).toEqual([
      "Theme: dark mode",
      "Theme: light mode",
    ]);
    expect(await texts("ben")).toEqual(["Database: Postgres", "Deadline: March 3", "Location: Porto", "Theme: light mode"]);
    expect(await texts("cid")).toEqual(["Database: Postgres", "Deadline: March 3", "Emoji: never use emojis", "Employer: Acme Corp"]);
    await memory.close();
    await database.close();
  }, 90_000);
});
