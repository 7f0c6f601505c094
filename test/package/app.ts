import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** This repository's root. */
export const repo = join(import.meta.dirname, "..", "..");
const requireFromRepo = createRequire(join(repo, "package.json"));

/** The version of a package installed in this repository (so npm's cache holds it). */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(requireFromRepo.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal} in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Runs a Node script file in `cwd`, as a separate process. */
export const node = (cwd: string, ...args: string[]) => run(process.execPath, args, cwd);

/**
 * `npm pack` from a copy of the sources without `dist/` (as a fresh clone
 * has them), so the package's own `prepack` must build what it ships.
 * Returns the tarball's path and the files `npm pack` lists in it.
 */
export function packFreshCopy(dir: string): { tarball: string; files: string[] } {
  const copy = join(dir, "source");
  mkdirSync(copy);
  const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", "tsconfig.json", "tsconfig.build.json", ...manifest.files.filter((file) => file !== "dist")]) {
    cpSync(join(repo, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(repo, "node_modules"), join(copy, "node_modules"), "dir");
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], copy)) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(dir, packed.filename), files: packed.files.map((file) => file.path) };
}

/**
 * Installs packages into an app from npm's cache (offline-safe). Install
 * scripts are skipped: better-sqlite3's native module is this repository's
 * own build of the same version (compiling SQLite again takes minutes here),
 * or is rebuilt when the versions differ.
 */
export function install(app: string, specs: string[]): void {
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", ...specs], app);
  const target = join(app, "node_modules", "better-sqlite3");
  if (!existsSync(target) || existsSync(join(target, "build", "Release", "better_sqlite3.node"))) return;
  const version = (JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as { version: string }).version;
  if (version !== installedVersion("better-sqlite3")) {
    run("npm", ["rebuild", "better-sqlite3"], app);
    return;
  }
  mkdirSync(join(target, "build", "Release"), { recursive: true });
  const built = join(requireFromRepo.resolve("better-sqlite3/package.json"), "..", "build", "Release", "better_sqlite3.node");
  copyFileSync(built, join(target, "build", "Release", "better_sqlite3.node"));
}

/** An empty ESM app directory with a package.json. */
export function createApp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "app", private: true, type: "module" }, null, 2)}\n`);
  return dir;
}

/** The LangGraph peers at the versions this repository installed (and so npm cached). */
export const peers = () => ["@langchain/langgraph", "@langchain/core", "@langchain/langgraph-checkpoint"].map((name) => `${name}@${installedVersion(name)}`);
