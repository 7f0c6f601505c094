import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AIMessage, HumanMessage } from "@langchain/core/messages";
import { Annotation, Command, MessagesAnnotation, Send, START, StateGraph, interrupt } from "@langchain/langgraph";
import type { BaseCheckpointSaver, CheckpointTuple } from "@langchain/langgraph-checkpoint";
import { SqliteSaver as OfficialSqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OfficialMigrationError, SqliteSaver, migrateFromOfficialSqlite, type OfficialMigrationReport, type RenamedVersion } from "../../src/index.js";

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  notes: Annotation<string[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
});

/** A chat turn: the reply counts the messages it saw. */
const chat = (state: typeof State.State) => ({ messages: [new AIMessage(`reply to ${state.messages.length} messages`)] });

const child = new StateGraph(State)
  .addNode("inner", (state) => ({ notes: [`inner saw ${state.notes.length}`] }))
  .addEdge(START, "inner")
  .compile();

/**
 * Every kind of row the official saver writes: a multi-turn chat, a fan-out
 * with Send, a subgraph (its own checkpoint namespace), an interrupt (a
 * pending interrupt write) and its resume.
 */
function buildGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(State)
    .addNode("chat", chat)
    .addNode("work", (item: { note: string }) => ({ notes: [item.note] }))
    .addNode("child", child)
    .addNode("approve", (state) => ({ notes: [`approved: ${String(interrupt(`approve ${state.notes.length}?`))}`] }))
    .addConditionalEdges(START, (state) => {
      const last = state.messages.at(-1)?.text ?? "";
      if (last.startsWith("fan")) return [new Send("work", { note: "a" }), new Send("work", { note: "b" })];
      if (last.startsWith("nest")) return "child";
      if (last.startsWith("ask")) return "approve";
      return "chat";
    }, ["chat", "work", "child", "approve"])
    .compile({ checkpointer });
}

let dir: string;
let officialFile: string;
const config = (thread: string) => ({ configurable: { thread_id: thread } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "lsm-migrate-"));
  officialFile = join(dir, "official.db");
  const official = OfficialSqliteSaver.fromConnString(officialFile);
  const graph = buildGraph(official);
  for (const text of ["hello", "how are you?", "bye"]) await graph.invoke({ messages: [new HumanMessage(text)] }, config("chat"));
  await graph.invoke({ messages: [new HumanMessage("fan out")] }, config("tasks"));
  await graph.invoke({ messages: [new HumanMessage("nest please")] }, config("tasks"));
  await graph.invoke({ messages: [new HumanMessage("ask first")] }, config("approval"));
  await graph.invoke(new Command({ resume: "yes" }), config("approval"));
  await graph.invoke({ messages: [new HumanMessage("ask again")] }, config("pending")); // left interrupted
  // Time travel: answer the second question differently; the fork's versions collide with the original branch's.
  const history = [];
  for await (const snapshot of graph.getStateHistory(config("chat"))) history.push(snapshot);
  const beforeSecondReply = history.find((snapshot) => snapshot.values.messages.length === 3 && snapshot.next.includes("chat"))!;
  const fork = await graph.updateState(beforeSecondReply.config, { messages: [new AIMessage("an edited reply")] }, "chat");
  await graph.invoke(null, fork);
  official.db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every tuple the official saver reads, in its order. */
async function officialTuples(file: string): Promise<CheckpointTuple[]> {
  const official = OfficialSqliteSaver.fromConnString(file);
  const tuples: CheckpointTuple[] = [];
  for await (const tuple of official.list({ configurable: {} })) tuples.push(tuple);
  official.db.close();
  return tuples;
}

/**
 * The tuple as SqliteSaver must read it: the official one, with the reported
 * renamed versions on its branch, and without the values of channels that
 * were never written (no version: LangGraph's initial defaults, which it
 * rebuilds and no blob-based saver stores).
 */
function expectedTuple(tuple: CheckpointTuple, all: CheckpointTuple[], renames: RenamedVersion[]): CheckpointTuple {
  const parentOf = new Map(all.map((t) => [`${t.config.configurable!.checkpoint_ns}\0${t.config.configurable!.checkpoint_id}`, t.parentConfig?.configurable?.checkpoint_id as string | undefined]));
  const { thread_id: thread, checkpoint_ns: ns, checkpoint_id: id } = tuple.config.configurable!;
  const ancestry = new Set<string>();
  for (let at: string | undefined = id; at !== undefined; at = parentOf.get(`${ns}\0${at}`)) ancestry.add(at);
  const applying = renames.filter((r) => r.threadId === thread && r.checkpointNs === ns && ancestry.has(r.checkpointId));
  const rename = (versions: Record<string, string | number>) =>
    Object.fromEntries(Object.entries(versions).map(([channel, version]) => [channel, applying.find((r) => r.channel === channel && r.from === version)?.to ?? version]));
  const checkpoint = structuredClone(tuple.checkpoint);
  checkpoint.channel_versions = rename(checkpoint.channel_versions);
  checkpoint.versions_seen = Object.fromEntries(Object.entries(checkpoint.versions_seen).map(([node, seen]) => [node, rename(seen)]));
  // Every channel value comes back, unversioned ones (`__pregel_tasks: []`) included, as the official saver has them
  // (the originals: a structured clone would strip the messages' classes).
  return { ...tuple, checkpoint: { ...checkpoint, channel_values: tuple.checkpoint.channel_values } };
}

/** Reads every official tuple back through SqliteSaver and compares them, one by one and as whole lists. */
async function expectLossless(officialSource: string, target: SqliteSaver, report: OfficialMigrationReport) {
  const expected = await officialTuples(officialSource);
  expect(expected.length).toBeGreaterThan(20);
  for (const tuple of expected) {
    expect(await target.getTuple(tuple.config)).toEqual(expectedTuple(tuple, expected, report.renamedVersions));
  }
  // Through the graph, every state of every thread is the same: values, next nodes, interrupts, metadata.
  const [before, after] = [buildGraph(OfficialSqliteSaver.fromConnString(officialSource)), buildGraph(target)];
  for (const tuple of expected.filter((t) => t.config.configurable!.checkpoint_ns === "")) {
    const [want, got] = await Promise.all([before.getState(tuple.config), after.getState(tuple.config)]);
    expect({ ...got, config: undefined, parentConfig: undefined }).toEqual({ ...want, config: undefined, parentConfig: undefined });
  }
  const ours: CheckpointTuple[] = [];
  for await (const tuple of target.list({ configurable: {} })) ours.push(tuple);
  expect(ours.map((tuple) => tuple.config)).toEqual(expected.map((tuple) => tuple.config));
  const threads = [];
  for await (const thread of target.listThreads()) threads.push(thread.threadId);
  expect(threads.sort()).toEqual(["approval", "chat", "pending", "tasks"]);
}

describe("migrateFromOfficialSqlite", () => {
  it("copies every thread, checkpoint and pending write into SqliteSaver on the same file, once", async () => {
    const file = join(dir, "same.db");
    copyFileSync(officialFile, file);
    const before = await officialTuples(file);
    expect(before.some((tuple) => tuple.config.configurable!.checkpoint_ns !== "")).toBe(true);
    expect(before.some((tuple) => tuple.pendingWrites!.some(([, channel]) => channel === "__interrupt__"))).toBe(true);
    const writes = (new Database(file, { readonly: true }).prepare("SELECT count(*) AS n FROM writes").get() as { n: number }).n;

    const report = await migrateFromOfficialSqlite({ from: file });
    expect(report.threads).toBe(4);
    expect(report.checkpoints).toEqual({ copied: before.length, alreadyPresent: 0 });
    expect(report.writes).toEqual({ copied: writes, alreadyPresent: 0 });
    // The fork's messages got a version the original branch had already used.
    expect(report.renamedVersions.map((r) => [r.threadId, r.channel])).toEqual([["chat", "messages"]]);

    const saver = SqliteSaver.fromConnString(file);
    await expectLossless(file, saver, report);

    const again = await migrateFromOfficialSqlite({ from: file });
    expect(again.checkpoints).toEqual({ copied: 0, alreadyPresent: before.length });
    expect(again.writes).toEqual({ copied: 0, alreadyPresent: writes });
    expect(again.renamedVersions).toEqual(report.renamedVersions);
    // The official tables are left as they were.
    expect(await officialTuples(file)).toEqual(before);

    // The migrated threads go on under SqliteSaver: the chat's fork, and the interrupted run.
    const graph = buildGraph(saver);
    const forked = await graph.invoke({ messages: [new HumanMessage("and now?")] }, config("chat"));
    expect(forked.messages.map((message) => message.text)).toEqual([
      "hello", "reply to 1 messages", "how are you?", "an edited reply", "and now?", "reply to 5 messages",
    ]);
    const resumed = await graph.invoke(new Command({ resume: "later" }), config("pending"));
    expect(resumed.notes).toEqual(["approved: later"]);
    saver.close();
  });

  it("copies into another file, leaving the official one untouched", async () => {
    const target = join(dir, "ours.db");
    const report = await migrateFromOfficialSqlite({ from: officialFile, to: target });
    expect(report.checkpoints.copied).toBeGreaterThan(20);
    const saver = SqliteSaver.fromConnString(target);
    await expectLossless(officialFile, saver, report);
    saver.close();
    const tables = new Database(target, { readonly: true }).prepare("SELECT name FROM sqlite_schema WHERE name IN ('checkpoints', 'writes')").all();
    expect(tables).toEqual([]);
  });

  it("runs as `langgraph-memory migrate --from official-sqlite --db FILE`", () => {
    const bin = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
    if (!existsSync(bin)) throw new Error("dist/cli/main.js is missing: npm test builds it (or run npm run build)");
    const file = join(dir, "cli.db");
    copyFileSync(officialFile, file);
    const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

    const first = cli("migrate", "--from", "official-sqlite", "--db", file, "--json");
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout) as OfficialMigrationReport;
    expect(report.checkpoints.copied).toBeGreaterThan(20);
    expect(report.checkpoints.alreadyPresent).toBe(0);
    const second = cli("migrate", "--from", "official-sqlite", "--db", file);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("checkpoints copied");
    const third = JSON.parse(cli("migrate", "--from", "official-sqlite", "--db", file, "--json").stdout) as OfficialMigrationReport;
    expect(third.checkpoints).toEqual({ copied: 0, alreadyPresent: report.checkpoints.copied });
    expect(third.writes).toEqual({ copied: 0, alreadyPresent: report.writes.copied });
    const threads = JSON.parse(cli("threads", "--db", file, "--json").stdout) as { threadId: string }[];
    expect(threads.map((thread) => thread.threadId).sort()).toEqual(["approval", "chat", "pending", "tasks"]);

    const wrong = cli("migrate", "--from", "postgres", "--db", file);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("--from must be official-sqlite");
  });

  it("says so when the file holds no official tables", async () => {
    const file = join(dir, "empty.db");
    SqliteSaver.fromConnString(file).close();
    new Database(file).exec("CREATE TABLE writes (x)").close();
    await expect(migrateFromOfficialSqlite({ from: file })).rejects.toThrow(OfficialMigrationError);
    await expect(migrateFromOfficialSqlite({ from: file })).rejects.toThrow(/found only writes/);
    await expect(migrateFromOfficialSqlite({ from: join(dir, "missing.db") })).rejects.toThrow(/missing\.db/);
  });
});
