import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, install, node, packFreshCopy, peers, repo, run } from "./app.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-pack-"));
const app = join(dir, "app");
const memoryFile = join(app, "memory.db");
let packed: { tarball: string; files: string[] };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One process writes a memory, through the package's root export. */
const PROMOTE = `import { SqliteStore, promote } from "langgraph-sqlite-memory";
const store = new SqliteStore({ path: process.argv[2] });
const report = await promote(store, [{ bucket: "promote", memoryType: "preference", key: "ui.theme", content: { value: "dark" },
  text: "Prefers dark mode", confidence: 0.9, scope: "user" }], { userId: "ana", orgId: "acme" });
store.close();
console.log(JSON.stringify(report.entries.map((entry) => entry.outcome)));
`;
/** Another process (ESM or CommonJS) recalls it. */
const recallScript = (load: string) => `${load}
(async () => {
  const store = new SqliteStore({ path: process.argv[2] });
  const records = await recall(store, { userId: "ana", orgId: "acme" });
  store.close();
  console.log(JSON.stringify(records.map((record) => record.text)));
})();
`;
/** A strict TypeScript user of the shipped types. */
const CHECK_TS = `import { z } from "zod/v4";
import { StateGraph } from "@langchain/langgraph";
import { MemoryAnnotation, MemoryCandidateSchema, SqliteSaver, SqliteStore, addMemoryNodes, promote, recall, type MemoryRecord } from "langgraph-sqlite-memory";

const candidate: z.infer<typeof MemoryCandidateSchema> = MemoryCandidateSchema.parse({
  bucket: "promote", memoryType: "preference", key: "ui.theme", content: { value: "dark" }, text: "Prefers dark mode", confidence: 0.9, scope: "user",
});
const store = new SqliteStore({ path: ":memory:" });
const checkpointer = SqliteSaver.fromConnString(":memory:");
const builder = new StateGraph(MemoryAnnotation).addNode("agent", (state) => ({ memoryPrompt: state.memoryPrompt }));
export const graph = addMemoryNodes(builder, "agent").compile({ checkpointer, store });
await promote(store, [candidate], { userId: "ana" });
const records: MemoryRecord[] = await recall(store, { userId: "ana" });
export const texts: string[] = records.map((record) => record.text);
// @ts-expect-error a record's text is a string
export const wrong: number = records[0]!.text;
store.close();
checkpointer.close();
`;
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022", "DOM", "ESNext.Disposable"],
    types: [],
    strict: true,
    noEmit: true,
    // The shipped declarations are checked too, not skipped.
    skipLibCheck: false,
  },
  files: ["check.ts"],
};
/** For tests that install or type-check: minutes, not seconds, on a loaded machine. */
const HEAVY = 300_000;
const tsc = () => node(app, join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json");
const recalled = (script: string) => JSON.parse(node(app, script, memoryFile)) as string[];

beforeAll(() => {
  packed = packFreshCopy(dir);
  createApp(app);
  install(app, [packed.tarball, ...peers()]);
  writeFileSync(join(app, "promote.mjs"), PROMOTE);
  writeFileSync(join(app, "recall.mjs"), recallScript(`import { SqliteStore, recall } from "langgraph-sqlite-memory";`));
  writeFileSync(join(app, "recall.cjs"), recallScript(`const { SqliteStore, recall } = require("langgraph-sqlite-memory");`));
  writeFileSync(join(app, "check.ts"), CHECK_TS);
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
}, 600_000);

describe("the package as npm pack ships it, installed into a new app beside its peers", () => {
  it("holds the built code, its types, the CLI and the sources its maps point to", () => {
    const files = new Set(packed.files);
    for (const file of ["package.json", "README.md", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "src/index.ts"]) expect(files).toContain(file);
    expect([...files].filter((file) => file.startsWith("test/") || file.startsWith("dist/test"))).toEqual([]);
    const installed = join(app, "node_modules", "langgraph-sqlite-memory");
    const maps = packed.files.filter((file) => file.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(10);
    const missing = maps.flatMap((map) =>
      (JSON.parse(readFileSync(join(installed, map), "utf8")) as { sources: string[] }).sources
        .map((source) => posix.normalize(posix.join(posix.dirname(map), source)))
        .filter((source) => !files.has(source)),
    );
    expect(missing).toEqual([]);
    expect(readFileSync(join(installed, "dist", "cli", "main.js"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it("imports from the root and keeps a memory across two processes", () => {
    const exports = JSON.parse(
      node(app, "--input-type=module", "-e", `import * as m from "langgraph-sqlite-memory"; console.log(JSON.stringify(Object.keys(m)))`),
    ) as string[];
    expect(exports).toEqual(expect.arrayContaining(["SqliteSaver", "SqliteStore", "addMemoryNodes", "promote", "recall", "MemoryAnnotation"]));
    expect(JSON.parse(node(app, "promote.mjs", memoryFile))).toEqual(["written"]);
    expect(recalled("recall.mjs")).toEqual(["Prefers dark mode"]);
  });

  it("runs the langgraph-memory bin from the app", () => {
    const listed = JSON.parse(run("npx", ["--no-install", "langgraph-memory", "memories", "--db", memoryFile, "--json"], app)) as { text: string }[];
    expect(listed.map((record) => record.text)).toEqual(["Prefers dark mode"]);
    expect(run("npx", ["--no-install", "langgraph-memory", "--help"], app)).toContain("usage: langgraph-memory <command>");
  });

  it("can be required from CommonJS", () => {
    expect(recalled("recall.cjs")).toEqual(["Prefers dark mode"]);
  });

  it("type-checks a strict TypeScript user with zod 4", () => {
    expect(installedZod()).toMatch(/^4\./);
    expect(tsc()).toBe("");
  }, HEAVY);

  it("works with zod 3.25 (whose zod/v4 the package imports): import, CommonJS and strict types", () => {
    install(app, ["zod@3.25.76"]);
    expect(installedZod()).toBe("3.25.76");
    expect(recalled("recall.mjs")).toEqual(["Prefers dark mode"]);
    expect(recalled("recall.cjs")).toEqual(["Prefers dark mode"]);
    expect(tsc()).toBe("");
  }, HEAVY);
});

describe("npx langgraph-memory init: a new agent project from the installed package", () => {
  const project = join(dir, "my-agent");
  const chat = (...args: string[]) => JSON.parse(run("npm", ["run", "--silent", "chat", "--", "--json", ...args], project)) as { reply: string; recalled: string[]; written: string[] };

  it("writes the project, which installs beside the tarball and remembers across two sessions in two processes", () => {
    expect(run("npx", ["--no-install", "langgraph-memory", "init", project], app)).toContain("npm install");
    for (const file of ["package.json", "langgraph.json", "src/graph.ts", "src/chat.ts", "tsconfig.json", ".gitignore", "README.md"]) {
      expect(existsSync(join(project, file)), file).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { name: string; dependencies: Record<string, string> };
    expect(manifest.name).toBe("my-agent");
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["@langchain/core", "@langchain/langgraph", "@langchain/langgraph-checkpoint", "langgraph-sqlite-memory"]);
    const graphs = (JSON.parse(readFileSync(join(project, "langgraph.json"), "utf8")) as { graphs: Record<string, string> }).graphs;
    for (const path of Object.values(graphs)) expect(existsSync(join(project, path.split(":")[0]!))).toBe(true);
    expect(readFileSync(join(project, ".gitignore"), "utf8")).toContain("*.db");

    install(project, [packed.tarball]);
    const first = chat("--user", "ana", "--thread", "monday", "I prefer dark mode.");
    expect(first.written).toEqual(["written ui.theme"]);
    const second = chat("--user", "ana", "--thread", "tuesday", "Which theme do I like?");
    expect(second.recalled).toEqual([expect.stringMatching(/dark mode/i)]);
    expect(second.reply).toContain("dark mode");
    // Another user shares none of it.
    expect(chat("--user", "ben", "--thread", "tuesday-ben", "Which theme do I like?").recalled).toEqual([]);
  }, HEAVY);

  it("type-checks strictly against the shipped types", () => {
    expect(run("npm", ["run", "--silent", "typecheck"], project)).toBe("");
  }, HEAVY);

  it("refuses a directory that is not empty", () => {
    const busy = join(dir, "busy");
    mkdirSync(busy);
    writeFileSync(join(busy, "notes.txt"), "mine");
    expect(() => run("npx", ["--no-install", "langgraph-memory", "init", busy], app)).toThrow(/is not empty/);
    expect(readFileSync(join(busy, "notes.txt"), "utf8")).toBe("mine");
  });
});

/** The zod version the installed package itself resolves. */
function installedZod(): string {
  const fromPackage = createRequire(join(app, "node_modules", "langgraph-sqlite-memory", "package.json"));
  return (JSON.parse(readFileSync(fromPackage.resolve("zod/package.json"), "utf8")) as { version: string }).version;
}
