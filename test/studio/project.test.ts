import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveProject, StudioConfigError } from "../../src/studio/project.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-studio-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the project langgraph-memory studio serves", () => {
  it("is --config, else the langgraph.json of the current directory, else the template", () => {
    expect(resolveProject(undefined, dir).config.graphs).toEqual({ memory_agent: "./template.js:memory_agent", memory_maintenance: "./template.js:memory_maintenance" });
    writeFileSync(join(dir, "langgraph.json"), JSON.stringify({ graphs: { agent: "./agent.ts:graph" }, auth: { path: "./auth.ts:auth" }, env: ".env" }));
    const found = resolveProject(undefined, dir);
    expect(found).toMatchObject({ source: join(dir, "langgraph.json"), cwd: dir, config: { graphs: { agent: "./agent.ts:graph" }, auth: { path: "./auth.ts:auth", disable_studio_auth: false } } });
    writeFileSync(join(dir, "other.json"), JSON.stringify({ graphs: { other: { path: "./other.ts:graph", description: "d" } } }));
    expect(resolveProject("other.json", dir).config.graphs).toEqual({ other: { path: "./other.ts:graph", description: "d" } });
  });

  it("refuses a missing or invalid configuration with an error naming the file and the problem", () => {
    expect(() => resolveProject("missing.json", dir)).toThrow(StudioConfigError);
    expect(() => resolveProject("missing.json", dir)).toThrow(`${join(dir, "missing.json")}: cannot be read as JSON`);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ graphs: { agent: 42 } }));
    expect(() => resolveProject("bad.json", dir)).toThrow(/bad\.json: is not a valid langgraph\.json:\n.*graphs\.agent/s);
  });
});
