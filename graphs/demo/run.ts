/**
 * `npm run demo`: the template agent remembering across three processes, offline.
 * Each step below is a separate Node process over the same SQLite file.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TurnReport } from "./session.js";

// MEMORY_DATABASE_URL (e.g. postgres://…) picks another backend; by default a fresh SQLite file.
const url = process.env.MEMORY_DATABASE_URL;
const file = url ?? resolve(process.argv[2] ?? "memory-demo.db");
if (url === undefined) for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const session = join(import.meta.dirname, "session.ts");

function step(title: string, userId: string, threadId: string, messages: string[]) {
  console.log(`\n━━ ${title}\n   (new process, user ${userId}, thread ${threadId})`);
  const run = spawnSync(process.execPath, ["--import", "tsx", session, file, userId, threadId, "--org", "acme", "--project", "atlas", ...messages], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`step failed: ${run.stderr}`);
  for (const line of run.stdout.trim().split("\n")) {
    const turn = JSON.parse(line) as TurnReport;
    console.log(`\n  ${userId}: ${turn.said}`);
    console.log(`  recalled: ${turn.recalled.length === 0 ? "(nothing)" : turn.recalled.join(" · ")}`);
    console.log(`  agent: ${turn.reply}`);
    for (const entry of turn.promotion) {
      console.log(`    ${entry.outcome.padEnd(15)} ${entry.key}${entry.reason ? `  (${entry.reason})` : ""}`);
    }
  }
}

step("1. Ana teaches preferences, a standing rule and a project fact", "ana", "monday", [
  "Hi! Call me Ana. I prefer dark mode.",
  "From now on, answer in French. Our team uses Postgres.",
  "The deadline is March 3. My password is hunter2, by the way.",
]);
step("2. A new process and a new thread: Ana's memory is recalled", "ana", "tuesday", [
  "What do you remember about my theme and the deadline?",
]);
step("3. Ana changes a preference; afterwards only the new one is recalled", "ana", "wednesday", [
  "Actually, I prefer light mode.",
  "Which theme do I like?",
]);
step("3b. Ben shares the file, the org and the project: he sees the team's facts, none of Ana's own", "ben", "ben-wednesday", [
  "What do you know about me and my theme?",
]);

if (url === undefined) {
  console.log(`\nThe memory lives in ${file} (checkpoints and memories in one SQLite file). Inspect it with:`);
  console.log(`  npm run inspect -- memories --all --db ${file}`);
  console.log(`  npm run inspect -- history ui.theme --user ana --org acme --project atlas --db ${file}`);
  console.log(`  npm run inspect -- threads --db ${file}`);
}
