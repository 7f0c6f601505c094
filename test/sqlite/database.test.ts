import { execFile } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { emptyCheckpoint, uuid6 } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DatabaseBusyError, SaverOptionsError, SqliteSaver, SqliteStore, StoreOptionsError } from "../../src/index.js";
import { openDatabase } from "../../src/sqlite/database.js";
import { startScript, type StartedScript } from "../support/child.js";

const fixtures = join(import.meta.dirname, "fixtures");
let dir: string;
let holder: StartedScript | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lsm-sqlite-"));
});

afterEach(async () => {
  if (holder !== undefined) {
    holder.child.stdin?.end();
    await holder.exited;
    holder = undefined;
  }
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const checkpoint = (step: number) => ({ ...emptyCheckpoint(), id: uuid6(step), channel_values: { step }, channel_versions: { step: step + 1 } });
const metadata = { source: "loop" as const, step: 0, parents: {} };

describe("a write behind another process's long transaction", () => {
  it("fails with DatabaseBusyError after busyTimeoutMs, naming the file, and succeeds once the lock is released", async () => {
    const file = join(dir, "agent.db");
    const saver = new SqliteSaver(file, { busyTimeoutMs: 300 });
    await saver.setup();
    holder = await startScript(join(fixtures, "hold-write-lock.ts"), [file]);

    const started = Date.now();
    const put = saver.put({ configurable: { thread_id: "t" } }, checkpoint(0), metadata);
    await expect(put).rejects.toThrow(DatabaseBusyError);
    await expect(put).rejects.toThrow(`"${file}" is locked: another process (or connection) holds its write lock`);
    await expect(put).rejects.toThrow(/within 300 ms/);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(4_000);
    // Reads go on beside the writer (WAL), and nothing of the refused put was written.
    expect(await saver.getTuple({ configurable: { thread_id: "t" } })).toBeUndefined();

    holder.child.stdin!.end();
    await holder.exited;
    holder = undefined;
    await saver.put({ configurable: { thread_id: "t" } }, checkpoint(0), metadata);
    expect((await saver.getTuple({ configurable: { thread_id: "t" } }))?.checkpoint.channel_values).toEqual({ step: 0 });
    saver.close();
  });

  it("fails the same way for the store and for a first setup (migrations), with the same option name", async () => {
    const file = join(dir, "memory.db");
    new Database(file).close();
    holder = await startScript(join(fixtures, "hold-write-lock.ts"), [file]);
    const store = new SqliteStore({ path: file, busyTimeoutMs: 200 });
    const error = await store.put(["users", "u1"], "k", { v: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect(error).toMatchObject({ path: file, busyTimeoutMs: 200 });
    store.stop();
    const saver = new SqliteSaver(file, { busyTimeoutMs: 200 });
    await expect(saver.setup()).rejects.toThrow(DatabaseBusyError);
    saver.close();
  });

  it("waits for a first setup in another process to switch a new file to WAL, instead of failing at once", async () => {
    // SQLite skips its busy handler when another connection holds the reserved lock of a file
    // still in rollback mode: without a wait of our own, the open failed in 0 ms.
    const file = join(dir, "new.db");
    holder = await startScript(join(fixtures, "hold-write-lock.ts"), [file, "rollback", "300"]);
    const started = Date.now();
    const { db } = openDatabase(file, { busyTimeoutMs: 5_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT count(*) AS n FROM lock_holder").get()).toEqual({ n: 1 });
    db.close();
  });

  it("gives up on that wait after busyTimeoutMs with DatabaseBusyError, naming the file", async () => {
    const file = join(dir, "held.db");
    holder = await startScript(join(fixtures, "hold-write-lock.ts"), [file, "rollback"]);
    const started = Date.now();
    expect(() => openDatabase(file, { busyTimeoutMs: 200 })).toThrow(DatabaseBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(() => new SqliteStore({ path: file, busyTimeoutMs: 50 })).toThrow(`"${file}" is locked`);
  });

  it("rejects an invalid busyTimeoutMs by name", () => {
    expect(() => new SqliteSaver(":memory:", { busyTimeoutMs: -1 })).toThrow(SaverOptionsError);
    expect(() => new SqliteSaver(":memory:", { busyTimeoutMs: -1 })).toThrow(/busyTimeoutMs/);
    expect(() => new SqliteStore({ path: ":memory:", busyTimeoutMs: 1.5 })).toThrow(StoreOptionsError);
    expect(() => new SqliteSaver(":memory:", { busyTimeout: 10 } as never)).toThrow(/busyTimeout/);
  });
});

describe("a WAL database on read-only media", () => {
  const execFileAsync = promisify(execFile);

  /** Runs the reader in another process, as an unprivileged user when the tests run as root (root ignores file modes). */
  async function readFromReadOnlyMedia(file: string): Promise<Record<string, any>> {
    const node = [process.execPath, "--import", "tsx", join(fixtures, "read-only-reader.ts"), file];
    const argv = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", ...node] : node;
    const { stdout } = await execFileAsync(argv[0]!, argv.slice(1), { encoding: "utf8" });
    return JSON.parse(stdout);
  }

  function readOnlyMedia(): string {
    const media = join(dir, "media");
    mkdirSync(media);
    return media;
  }

  function protect(media: string, ...files: string[]) {
    for (const file of files) chmodSync(file, 0o444);
    chmodSync(media, 0o555);
    chmodSync(dir, 0o755);
  }

  it("opens read-only from an in-memory copy where a plain read-only open fails", async () => {
    const media = readOnlyMedia();
    const file = join(media, "agent.db");
    const saver = SqliteSaver.fromConnString(file);
    await saver.put({ configurable: { thread_id: "t" } }, checkpoint(7), metadata);
    saver.close();
    protect(media, file);

    const report = await readFromReadOnlyMedia(file);

    expect(report.plain).toMatch(/^SQLITE_(CANTOPEN|READONLY)/);
    expect(report.error).toBeUndefined();
    expect(report.opened).toEqual({ readonly: true, values: { step: 7 } });
    expect(report.readWrite).toContain("The file or its directory is read-only");
    expect(report.readWrite).toContain("Open it with { readonly: true }");
  });

  it("explains why it refuses when transactions still sit in a -wal file beside it", async () => {
    const source = join(dir, "live.db");
    const writer = new Database(source);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("CREATE TABLE notes (text TEXT)");
    writer.prepare("INSERT INTO notes VALUES (?)").run("only in the WAL");
    const media = readOnlyMedia();
    const file = join(media, "agent.db");
    copyFileSync(source, file);
    copyFileSync(`${source}-wal`, `${file}-wal`);
    writer.close();
    protect(media, file, `${file}-wal`);

    const report = await readFromReadOnlyMedia(file);

    expect(report.opened).toBeUndefined();
    expect(report.error.name).toBe("DatabaseOpenError");
    expect(report.error.message).toContain("read-only media");
    expect(report.error.message).toContain(`${file}-wal`);
  });
});
