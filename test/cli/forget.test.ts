import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTwoOrgs } from "./fixture.js";

const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "lsm-cli-forget-"));
const seeded = join(dir, "seeded.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => seedTwoOrgs(seeded));

let copies = 0;
/** A fresh copy of the seeded file, so every case starts from the same memories. */
function freshFile(): string {
  const file = join(dir, `copy-${(copies += 1)}.db`);
  copyFileSync(seeded, file);
  return file;
}
function cli(file: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args, "--db", file], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
/** Every memory text in the file, live and superseded. */
function texts(file: string): string[] {
  const run = cli(file, "memories", "--all", "--json");
  if (run.code !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as { text: string }[]).map((record) => record.text).sort();
}
const ALL = [
  "Acme uses Jira",
  "Atlas uses Postgres",
  "Globex Atlas uses MySQL",
  "Prefers French",
  "Prefers dark mode",
  "Prefers high contrast",
  "Prefers light mode",
  "Prefers metric units",
];
const without = (...gone: string[]) => ALL.filter((text) => !gone.includes(text));

describe("langgraph-memory forget names an owner path", () => {
  it("refuses a user or project held under several orgs without --org, names the orgs and deletes nothing", () => {
    const file = freshFile();
    const user = cli(file, "forget", "--user", "ana");
    expect(user.code).toBe(2);
    expect(user.stderr).toContain('user "ana" has memories under several orgs');
    for (const org of ["acme", "globex", '"" (no org)']) expect(user.stderr).toContain(org);
    expect(user.stderr).toContain("usage: langgraph-memory forget ");
    const project = cli(file, "forget", "--project", "atlas");
    expect(project.code).toBe(2);
    expect(project.stderr).toMatch(/project "atlas" has memories under several orgs \(acme, globex\)/);
    expect(texts(file)).toEqual(ALL);
  });

  it("takes the one org that holds the id when there is exactly one", () => {
    const file = freshFile();
    const run = cli(file, "forget", "--user", "bo", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ deleted: 1 });
    expect(texts(file)).toEqual(without("Prefers high contrast"));
  });

  it("deletes only within the org --org names, or outside every org with --org \"\"", () => {
    const file = freshFile();
    expect(JSON.parse(cli(file, "forget", "--user", "ana", "--org", "acme", "--json").stdout)).toMatchObject({ deleted: 2 });
    expect(texts(file)).toEqual(without("Prefers dark mode", "Prefers light mode"));
    expect(JSON.parse(cli(file, "forget", "--user", "ana", "--org", "", "--json").stdout)).toMatchObject({ deleted: 1 });
    expect(texts(file)).toEqual(without("Prefers dark mode", "Prefers light mode", "Prefers metric units"));
    expect(JSON.parse(cli(file, "forget", "--project", "atlas", "--org", "globex", "--json").stdout)).toMatchObject({ deleted: 1 });
    expect(texts(file)).toEqual(without("Prefers dark mode", "Prefers light mode", "Prefers metric units", "Globex Atlas uses MySQL"));
  });

  it("deletes a whole org with --org alone", () => {
    const file = freshFile();
    expect(JSON.parse(cli(file, "forget", "--org", "acme", "--json").stdout)).toMatchObject({ deleted: 4 });
    expect(texts(file)).toEqual(["Globex Atlas uses MySQL", "Prefers French", "Prefers high contrast", "Prefers metric units"]);
  });

  it("refuses --user with --project, and no owner at all", () => {
    const file = freshFile();
    for (const args of [["--user", "ana", "--project", "atlas", "--org", "acme"], []]) {
      const run = cli(file, "forget", ...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("usage: langgraph-memory forget ");
    }
    expect(texts(file)).toEqual(ALL);
  });
});
