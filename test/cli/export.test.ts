import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTwoOrgs } from "./fixture.js";

const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const dir = mkdtempSync(join(tmpdir(), "lsm-cli-export-"));
const file = join(dir, "memory.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args, "--db", file], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`langgraph-memory ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}
type Record = { id: string; text: string; orgId?: string; projectId?: string; userId?: string };
const exported = (...args: string[]) =>
  cli("export", ...args)
    .trim()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { record: Record }).record);
const listed = (...args: string[]) => JSON.parse(cli("memories", "--all", "--json", ...args)) as Record[];
const texts = (records: Record[]) => records.map((record) => record.text).sort();

beforeAll(() => seedTwoOrgs(file));

describe("langgraph-memory export with owner options and no --user", () => {
  it("exports only the org's memories with --org, as memories --org lists them", () => {
    const acme = exported("--org", "acme");
    expect(texts(acme)).toEqual(["Acme uses Jira", "Atlas uses Postgres", "Prefers dark mode", "Prefers light mode"]);
    expect(acme.every((record) => record.orgId === "acme")).toBe(true);
    expect(texts(acme)).toEqual(texts(listed("--org", "acme")));
  });

  it("exports only the project's memories with --project, in every org unless --org is given", () => {
    expect(texts(exported("--project", "atlas"))).toEqual(["Atlas uses Postgres", "Globex Atlas uses MySQL"]);
    expect(texts(exported("--project", "atlas", "--org", "globex"))).toEqual(["Globex Atlas uses MySQL"]);
    expect(texts(exported("--project", "atlas"))).toEqual(texts(listed("--project", "atlas")));
  });

  it("still exports everything without owner options", () => {
    expect(exported()).toHaveLength(8);
    expect(texts(exported())).toEqual(texts(listed()));
  });
});
