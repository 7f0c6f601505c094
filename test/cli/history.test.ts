import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTwoOrgs } from "./fixture.js";

const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "lsm-cli-history-"));
const file = join(dir, "memory.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => seedTwoOrgs(file));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args, "--db", file], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("langgraph-memory history when the identity holds no version of the key", () => {
  it("says which owners it searched and which --org holds the key", () => {
    const run = cli("history", "ui.theme", "--user", "ana");
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe("(none)");
    expect(run.stderr).toContain('searched: global, user "ana" outside every org');
    expect(run.stderr).toContain('"ui.theme" has versions for user "ana" under --org acme');
    expect(run.stderr).not.toContain("globex");
    // Scripts still get plain JSON on stdout.
    const json = cli("history", "ui.theme", "--user", "ana", "--json");
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(json.stderr).toContain("--org acme");
  });

  it("names the project and org levels it searched, and suggests nothing when no org holds the key", () => {
    const run = cli("history", "no.such", "--user", "ana", "--org", "globex", "--project", "atlas");
    expect(run.stdout.trim()).toBe("(none)");
    expect(run.stderr).toContain('searched: global, org "globex", project "atlas" in org "globex", user "ana" in org "globex", user "ana" in project "atlas" in org "globex"');
    expect(run.stderr).toContain('no org holds versions of "no.such" for user "ana"');
  });

  it("prints no note when there are versions", () => {
    const run = cli("history", "ui.theme", "--user", "ana", "--org", "acme");
    expect(run.stdout).toContain("Prefers light mode");
    expect(run.stderr).toBe("");
  });
});
