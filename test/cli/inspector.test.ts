import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMemoryAgent } from "../../graphs/memory_agent.js";
import { SqliteSaver, SqliteStore } from "../../src/index.js";

const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "lsm-cli-"));
const file = join(dir, "agent.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built `langgraph-memory` binary. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const json = (...args: string[]) => JSON.parse(cli(...args, "--db", file, "--json").stdout);
/** The database's bytes, and whether its WAL holds anything (a read-only reader may create an empty one). */
const fingerprint = () => ({
  database: createHash("sha256").update(readFileSync(file)).digest("hex"),
  walFrames: existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0,
});

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error("dist/cli/main.js is missing: npm test builds it (or run npm run build)");
  const checkpointer = SqliteSaver.fromConnString(file);
  const store = SqliteStore.fromConnString(file);
  const agent = buildMemoryAgent({ checkpointer, store });
  const config = { configurable: { thread_id: "t1", userId: "ana", orgId: "acme" } };
  await agent.invoke({ messages: [new HumanMessage("I prefer dark mode. Our team uses Postgres.")] }, config);
  await agent.invoke({ messages: [new HumanMessage("I prefer light mode now.")] }, config);
  checkpointer.close();
  store.stop();
});

describe("the langgraph-memory inspector, run as a built binary", () => {
  it("reads threads, checkpoints, state, memories, history and exports, without modifying the file", () => {
    const before = fingerprint();
    expect(before.walFrames).toBe(0);
    expect(json("threads")).toEqual([expect.objectContaining({ threadId: "t1", checkpoints: 14 })]);
    expect(json("checkpoints", "t1")).toHaveLength(14);
    expect(json("state", "t1").values.messages).toHaveLength(4);

    const live = json("memories", "--user", "ana");
    expect(live.map((record: { text: string }) => record.text)).toEqual(["Theme: light mode"]);
    const everything = json("memories", "--all");
    expect(everything.map((record: { text: string; status: string }) => `${record.text}:${record.status}`).sort()).toEqual([
      "Database: Postgres:live",
      "Theme: dark mode:superseded",
      "Theme: light mode:live",
    ]);
    expect(json("history", "ui.theme", "--user", "ana", "--org", "acme").map((record: { text: string }) => record.text)).toEqual([
      "Theme: dark mode",
      "Theme: light mode",
    ]);
    const table = cli("memories", "--db", file);
    expect(table.stdout).toMatch(/scope\s+owner\s+key/);
    expect(table.stdout).toContain("Database: Postgres");

    const exported = cli("export", "--db", file).stdout.trim().split("\n");
    expect(exported).toHaveLength(3);
    expect(fingerprint()).toEqual(before);

    const copy = join(dir, "copy.db");
    new SqliteStore({ path: copy }).stop();
    writeFileSync(join(dir, "memories.jsonl"), exported.join("\n"));
    expect(cli("import", join(dir, "memories.jsonl"), "--db", copy, "--json").stdout).toContain('"live": 2');
    expect(JSON.parse(cli("memories", "--db", copy, "--json").stdout)).toHaveLength(2);
  });

  it("changes the file only in write commands", () => {
    const report = json("prune");
    expect(report).toMatchObject({ expired: 0, superseded: 0 });
    expect(json("forget", "--user", "ana")).toMatchObject({ deleted: 2 });
    expect(json("memories", "--all").map((record: { text: string }) => record.text)).toEqual(["Database: Postgres"]);
  });

  it("says clearly what is wrong with the file or the command line", () => {
    const missing = cli("threads", "--db", join(dir, "missing.db"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("unable to open database file");
    expect(existsSync(join(dir, "missing.db"))).toBe(false);
    expect(cli("forget", "--user", "x", "--db", join(dir, "missing.db")).code).toBe(1);

    writeFileSync(join(dir, "notes.txt"), "not a database\n".repeat(100));
    const text = cli("threads", "--db", join(dir, "notes.txt"));
    expect(text.code).toBe(1);
    expect(text.stderr).toContain("file is not a database");

    const storeOnly = join(dir, "store-only.db");
    new SqliteStore({ path: storeOnly }).stop();
    expect(cli("threads", "--db", storeOnly).stderr).toContain("holds no checkpoints");

    const unknown = cli("frobnicate", "--db", file);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(cli("history", "--db", file).stderr).toContain("missing <key>");
  });
});
