import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidNamespaceError, emptyCheckpoint, uuid6 } from "@langchain/langgraph-checkpoint";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CheckpointSerializationError,
  DatabaseOpenError,
  InvalidCheckpointConfigError,
  InvalidFilterError,
  InvalidIdentityError,
  InvalidValueError,
  SchemaVersionError,
  SqliteSaver,
  SqliteStore,
  promote,
  recall,
} from "../../src/index.js";

/** Strings built to inject SQL, break out of a namespace, or trip an encoder. */
const HOSTILE = [
  "'; DROP TABLE store_items; --",
  '" OR 1=1 --',
  "%",
  "_",
  "%_%",
  "\\",
  "\\\\%",
  "*",
  "**",
  "$",
  "$.a",
  "[*]",
  "u1",
  "u10",
  "ü",
  "🙂",
  "\u202e",
  "x".repeat(10_000),
];
/** Labels every official store refuses, and the one SqliteStore reserves. */
const REFUSED_LABELS = ["a.b", "a:b", "a\u0000b", "", "a\u001fb"];

let tried = 0;
const dir = mkdtempSync(join(tmpdir(), "lsm-hostile-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(`hostile inputs tried: ${tried}`);
});

describe("hostile input to SqliteStore", () => {
  let store: SqliteStore;
  let file: string;
  beforeEach(async () => {
    file = join(dir, `store-${tried}.db`);
    store = SqliteStore.fromConnString(file);
    await store.put(["safe"], "canary", { text: "still here", n: 1 });
  });
  afterEach(() => store.stop());

  const intact = async () => {
    expect((await store.get(["safe"], "canary"))?.value).toEqual({ text: "still here", n: 1 });
    expect((await store.search(["safe"], { query: "still" }))[0]?.key).toBe("canary");
  };

  const labels = HOSTILE.filter((text) => !text.includes("."));

  it("stores hostile labels and keys as plain text, each in its own namespace", async () => {
    for (const label of labels) {
      tried += 1;
      await store.put(["t", label], label, { label });
      expect((await store.get(["t", label], label))?.value).toEqual({ label });
      expect((await store.search(["t", label])).map((item) => item.key)).toEqual([label]);
      // In listNamespaces conditions "*" is BaseStore's wildcard for one label.
      if (label !== "*") expect(await store.listNamespaces({ prefix: ["t", label] })).toEqual([["t", label]]);
    }
    expect(await store.listNamespaces({ prefix: ["t"] })).toHaveLength(labels.length);
    await intact();
  });

  it("refuses reserved labels and NUL keys with InvalidNamespaceError", async () => {
    for (const label of REFUSED_LABELS) {
      tried += 1;
      await expect(store.put(["t", label], "k", { v: 1 })).rejects.toThrow(InvalidNamespaceError);
    }
    tried += 1;
    await expect(store.put(["t"], "a\u0000b", { v: 1 })).rejects.toThrow(InvalidNamespaceError);
    await intact();
  });

  it("treats hostile filter keys and values as data, or refuses them with InvalidFilterError", async () => {
    for (const text of HOSTILE) {
      tried += 2;
      expect(await store.search(["safe"], { filter: { text } })).toEqual([]);
      // A hostile path is either a harmless miss or an InvalidFilterError, never a SQLite error.
      const outcome = await store.search(["safe"], { filter: { [text]: 1 } }).then(
        (items) => items,
        (error: Error) => error,
      );
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(InvalidFilterError);
      else expect(outcome).toEqual([]);
      tried += 1;
      await expect(store.search(["safe"], { query: text })).resolves.toBeDefined();
    }
    for (const filter of [{ 'a"b': 1 }, { "a\\b": 1 }, { "a..b": 1 }, { ".a": 1 }, { n: { $where: "1" } }, { n: { $gt: {} } }, { n: { $in: "x" } }]) {
      tried += 1;
      await expect(store.search(["safe"], { filter })).rejects.toThrow(InvalidFilterError);
    }
    await intact();
  });

  it("refuses values it cannot hold with InvalidValueError, leaving what is stored", async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 150; i += 1) deep = { deep };
    const values: unknown[] = [{ n: 10n }, circular, { blob: "x".repeat(10 * 1024 * 1024) }, deep, [1, 2], "text", 42];
    for (const value of values) {
      tried += 1;
      await expect(store.put(["safe"], "canary", value as Record<string, unknown>)).rejects.toThrow(InvalidValueError);
    }
    await intact();
  });

  it("refuses a file that is not a database, a truncated one, and a newer schema", async () => {
    store.stop();
    tried += 3;
    const text = join(dir, "notes.txt");
    writeFileSync(text, "not a database\n".repeat(500));
    expect(() => SqliteStore.fromConnString(text)).toThrow(DatabaseOpenError);

    const big = SqliteStore.fromConnString(join(dir, "big.db"));
    await big.batch(Array.from({ length: 500 }, (_, i) => ({ namespace: ["n"], key: `k${i}`, value: { text: `item ${i} `.repeat(20) } })));
    big.stop();
    const truncated = join(dir, "truncated.db");
    copyFileSync(join(dir, "big.db"), truncated);
    truncateSync(truncated, 8_192);
    expect(() => SqliteStore.fromConnString(truncated)).toThrow(DatabaseOpenError);

    const raw = new Database(file);
    raw.prepare("INSERT INTO store_migrations (v) VALUES (42)").run();
    raw.close();
    const newer = SqliteStore.fromConnString(file);
    await expect(newer.get(["safe"], "canary")).rejects.toThrow(SchemaVersionError);
    newer.stop();
    store = SqliteStore.fromConnString(join(dir, "big.db"));
    expect(await store.search(["n"], { limit: 1_000 })).toHaveLength(500);
    await store.put(["safe"], "canary", { text: "still here", n: 1 });
  });
});

describe("hostile input to the memory layer and the saver", () => {
  it("encodes hostile ids instead of rejecting them, and never mixes their owners", async () => {
    const store = SqliteStore.fromConnString(join(dir, "memory.db"));
    for (const id of HOSTILE.slice(0, -1)) {
      tried += 1;
      await promote(store, [{ bucket: "promote", memoryType: "fact", key: "who", content: { value: id }, text: `I am ${id.slice(0, 50)}`, confidence: 0.9, scope: "user" }], { userId: id, orgId: id });
    }
    for (const id of HOSTILE.slice(0, -1)) {
      const records = await recall(store, { userId: id, orgId: id });
      expect(records.map((record) => (record.content as { value: string }).value)).toEqual([id]);
    }
    tried += 2;
    await expect(recall(store, { userId: "x".repeat(10_000) })).rejects.toThrow(InvalidIdentityError);
    await expect(recall(store, { userId: undefined } as never)).rejects.toThrow(InvalidIdentityError);
    store.stop();
  });

  it("keeps hostile thread ids apart and refuses malformed configs and values", async () => {
    const saver = SqliteSaver.fromConnString(join(dir, "saver.db"));
    for (const threadId of HOSTILE) {
      tried += 1;
      const config = await saver.put({ configurable: { thread_id: threadId } }, { ...emptyCheckpoint(), id: uuid6(0) }, { source: "input", step: -1, parents: {}, threadId } as never, {});
      expect((await saver.getTuple(config))?.metadata).toMatchObject({ threadId });
    }
    for (const threadId of HOSTILE) {
      const tuples = [];
      for await (const tuple of saver.list({ configurable: { thread_id: threadId } })) tuples.push(tuple);
      expect(tuples.map((tuple) => tuple.config.configurable?.thread_id)).toEqual([threadId]);
    }
    for (const configurable of [{ thread_id: { $ne: 1 } }, { thread_id: ["a"] }, { thread_id: "t", checkpoint_ns: 5n }]) {
      tried += 1;
      await expect(saver.getTuple({ configurable } as never)).rejects.toThrow(InvalidCheckpointConfigError);
    }
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const value of [circular, { n: 10n }]) {
      tried += 1;
      await expect(
        saver.put({ configurable: { thread_id: "v" } }, { ...emptyCheckpoint(), id: uuid6(1), channel_values: { v: value }, channel_versions: { v: 1 } }, { source: "loop", step: 0, parents: {} }, { v: 1 }),
      ).rejects.toThrow(CheckpointSerializationError);
    }
    // Large state is legitimate for a checkpointer: a 10 MB channel value round-trips.
    tried += 1;
    const big = "y".repeat(10 * 1024 * 1024);
    const config = await saver.put({ configurable: { thread_id: "big" } }, { ...emptyCheckpoint(), id: uuid6(2), channel_values: { big }, channel_versions: { big: 1 } }, { source: "loop", step: 0, parents: {} }, { big: 1 });
    expect((await saver.getTuple(config))?.checkpoint.channel_values.big).toBe(big);
    saver.close();
  });
});
