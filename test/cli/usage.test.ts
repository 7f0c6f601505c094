import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/index.js";

const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "lsm-cli-usage-"));
const file = join(dir, "memory.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built `langgraph-memory` binary. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const COMMANDS = ["threads", "checkpoints", "state", "memories", "history", "export", "prune", "forget", "import", "retain", "migrate", "studio", "init"];

beforeAll(() => {
  if (!existsSync(bin)) throw new Error("dist/cli/main.js is missing: npm test builds it (or run npm run build)");
  new SqliteStore({ path: file }).stop();
});

describe("langgraph-memory's usage", () => {
  it.each(COMMANDS)("prints the usage of %s with --help, without a database", (name) => {
    for (const flag of ["--help", "-h"]) {
      const help = cli(name, flag);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: langgraph-memory ${name} .*${name === "init" ? "<dir>" : "--db <file>"}`));
      expect(help.stdout).toContain("options:");
      expect(help.stderr).toBe("");
    }
  });

  it("lists every command in the global help", () => {
    const help = cli("--help");
    expect(help.code).toBe(0);
    for (const name of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    expect(cli("help", "forget").stdout).toMatch(/^usage: langgraph-memory forget /);
  });

  it("refuses an unknown option with the command's usage and exit code 2", () => {
    const unknown = cli("memories", "--db", file, "--usr", "ana");
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain('unknown option "--usr" for "memories"');
    expect(unknown.stderr).toContain("usage: langgraph-memory memories ");
    expect(unknown.stderr).toContain("--user <id>");

    const short = cli("export", "-x", "--db", file);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('unknown option "-x" for "export"');
    expect(short.stderr).toContain("usage: langgraph-memory export ");
    // An option another command takes is still unknown to this one.
    const borrowed = cli("threads", "--all", "--db", file);
    expect(borrowed.code).toBe(2);
    expect(borrowed.stderr).toContain('unknown option "--all" for "threads"');
  });

  it("names a missing value, a missing --db, a missing or extra argument, with the usage", () => {
    const cases: [string[], string, string][] = [
      [["memories", "--db"], "--db needs a value", "memories"],
      [["prune"], "--db <file> is required", "prune"],
      [["history", "--user", "ana", "--db", file], "missing <key>", "history"],
      [["threads", "extra", "--db", file], 'unexpected argument "extra"', "threads"],
      [["memories", "--all=yes", "--db", file], "--all takes no value", "memories"],
    ];
    for (const [args, message, name] of cases) {
      const run = cli(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain(`usage: langgraph-memory ${name} `);
    }
  });
});
