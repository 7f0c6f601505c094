import { spawn, type ChildProcess } from "node:child_process";

/** Runs a TypeScript script in a new Node process and resolves with its stdout; rejects on a non-zero exit. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${script} exited with ${code}: ${stderr}`))));
  });
}

/** A script started by {@link startScript}: its process, and its exit code once it ends. */
export interface StartedScript {
  child: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Starts a TypeScript script in a new Node process and resolves once it prints
 * `ready` as a line of stdout (e.g. once it holds a lock); rejects if it exits first.
 */
export function startScript(script: string, args: string[], ready = "ready"): Promise<StartedScript> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((done) => child.on("exit", done));
    let stdout = "";
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.split("\n").includes(ready)) resolve({ child, exited });
    });
    child.on("error", reject);
    void exited.then((code) => reject(new Error(`${script} exited with ${code} before "${ready}": ${stderr}`)));
  });
}
