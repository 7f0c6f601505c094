import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineCommand, UsageError } from "../command.js";

/** This package's root (the same from `src/cli/commands` and `dist/cli/commands`). */
const PACKAGE_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** npm's rule for a package name, lower case, optionally scoped. */
const PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

interface Manifest {
  version: string;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
}

/** `init <dir>`: writes a new agent project from the template this package ships. */
export const init = defineCommand({
  group: "project",
  summary: [
    "Write a new agent project into <dir> (created, or empty): package.json with the LangGraph peers, langgraph.json,",
    "src/graph.ts (the memory nodes around a model node: offline by default, a real one by config), src/chat.ts,",
    "tsconfig.json, .gitignore and a short README. Then: cd <dir> && npm install && npm run chat -- \"hello\".",
  ].join("\n"),
  positionals: ["<dir>"],
  options: {
    name: { type: "string", value: "name", description: "the package name (default: from <dir>)" },
  },
  async run([dir], values) {
    const target = resolve(dir!);
    const name = values.name ?? packageNameFrom(basename(target));
    if (!PACKAGE_NAME.test(name)) throw new UsageError(`"${name}" is not a valid npm package name: pass --name`);
    if (existsSync(target) && readdirSync(target).length > 0) throw new UsageError(`${target} is not empty: init writes a new project into an empty or new directory`);
    cpSync(join(PACKAGE_ROOT, "template", "agent"), target, { recursive: true });
    // npm never packs a file named .gitignore, so the template holds it as `gitignore`.
    renameSync(join(target, "gitignore"), join(target, ".gitignore"));
    const readme = join(target, "README.md");
    writeFileSync(readme, readFileSync(readme, "utf8").replaceAll("{{name}}", name));
    writeFileSync(join(target, "package.json"), `${JSON.stringify(manifestFor(name), null, 2)}\n`);
    process.stdout.write(`Wrote a new agent project to ${target}\n\n  cd ${dir}\n  npm install\n  npm run chat -- --user ana "I prefer dark mode."\n`);
    return 0;
  },
});

/** The new project's package.json: this package and its required peers, at the ranges this package declares. */
function manifestFor(name: string) {
  const own = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as Manifest;
  const peers = Object.entries(own.peerDependencies).filter(([peer]) => own.peerDependenciesMeta?.[peer]?.optional !== true);
  return {
    name,
    private: true,
    type: "module",
    scripts: {
      chat: "tsx src/chat.ts",
      typecheck: "tsc --noEmit",
      dev: `npx @langchain/langgraph-cli@${own.devDependencies["@langchain/langgraph-cli"]} dev`,
      studio: "langgraph-memory studio --db memory.db",
    },
    dependencies: { "langgraph-sqlite-memory": `^${own.version}`, ...Object.fromEntries(peers.sort(([a], [b]) => a.localeCompare(b))) },
    devDependencies: { tsx: own.devDependencies.tsx, typescript: own.devDependencies.typescript },
    // npm 11 asks before running dependencies' install scripts: better-sqlite3 builds its native module.
    allowScripts: { "better-sqlite3": true },
  };
}

/** A directory name as a package name: lower case, anything npm refuses as `-`. */
function packageNameFrom(directory: string): string {
  return directory.toLowerCase().replace(/[^a-z0-9-._~]+/g, "-").replace(/^[-._]+/, "") || "agent";
}
