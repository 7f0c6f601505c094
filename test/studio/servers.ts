import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { freePort } from "../support/port.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "node_modules", "@langchain", "langgraph-cli", "dist", "cli", "cli.mjs");
const bin = join(root, "dist", "cli", "main.js");
/** No analytics, no tracing, no browser: the servers stay offline. */
const OFFLINE = { LANGGRAPH_CLI_NO_ANALYTICS: "1", LANGSMITH_TRACING: "false", LANGCHAIN_TRACING_V2: "false", BROWSER: "none" };

/** A server process under test: its address, its log so far, and a stop that waits for it to exit. */
export interface ServerProcess {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

async function startProcess(args: string[], options: { cwd: string; ready: (log: string, url: string) => Promise<boolean>; port: number; timeoutMs: number }): Promise<ServerProcess> {
  // Its own process group, so that stopping it stops the workers it starts too.
  const child: ChildProcess = spawn(process.execPath, args, { cwd: options.cwd, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...OFFLINE } });
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + options.timeoutMs;
  while (!(await options.ready(log, url))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      throw new Error(`${args.slice(0, 3).join(" ")} did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
      // The group's workers can outlive its leader for a moment, still listening: wait for them, then make sure.
      if (await stillListening(url, 10_000)) {
        killGroup(child.pid!);
        await stillListening(url, 5_000);
      }
    },
  };
}

/** Whether something still answers at `url` once `timeoutMs` have passed (it returns as soon as nothing does). */
async function stillListening(url: string, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (!(await fetch(`${url}/ok`).then(() => true, () => false))) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}

/** SIGKILL to a whole process group, which may already be gone. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/**
 * The official dev server (`langgraph-cli dev`, API 1.5.1) on the `langgraph.json` of `cwd`,
 * with its threads, runs, assistants (but the graphs' own), checkpoints and store emptied.
 */
export async function startDevServer(cwd: string): Promise<ServerProcess> {
  const port = await freePort();
  const server = await startProcess([cli, "dev", "--no-browser", "--host", "127.0.0.1", "--port", String(port)], {
    cwd,
    port,
    timeoutMs: 90_000,
    // It listens only once every graph is registered.
    ready: async (_log, url) => fetch(`${url}/ok`).then((response) => response.ok, () => false),
  });
  // The server keeps threads and store in .langgraph_api/ between runs: start from nothing.
  const reset = await fetch(`${server.url}/internal/truncate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ runs: true, threads: true, assistants: true, store: true, checkpointer: true }),
  });
  if (!reset.ok) throw new Error(`the dev server did not truncate: ${reset.status}`);
  return server;
}

/** Creates an empty SQLite file (studio never creates the file it serves) and returns its path. */
export function emptyDatabase(path: string): string {
  new Database(path).close();
  return path;
}

/** `langgraph-memory studio --db FILE` (the built binary) in `cwd`, with extra arguments. */
export async function startStudio(file: string, options: { cwd: string; args?: string[] }): Promise<ServerProcess> {
  if (!existsSync(bin)) throw new Error("dist/cli/main.js is missing: npm test builds it (or run npm run build)");
  const port = await freePort();
  return startProcess([bin, "studio", "--db", file, "--port", String(port), ...(options.args ?? [])], {
    cwd: options.cwd,
    port,
    timeoutMs: 60_000,
    ready: async (log) => log.includes("Open LangGraph Studio"),
  });
}
