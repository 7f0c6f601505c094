// Support for the vendored upstream store tests (test/upstream/store-*.test.ts): each upstream
// `new InMemoryStore(options)` becomes `sqliteStore(options)`, a SqliteStore on a file on disk.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { SqliteStore, type SqliteStoreOptions } from "../../src/index.js";

/** The upstream commit the store tests were vendored from. */
export const UPSTREAM_COMMIT = "f8bdf16d4fe23a79e945ea5dc6f86bbf09abb77d";

const dir = mkdtempSync(join(tmpdir(), "lsm-upstream-store-"));
const opened: SqliteStore[] = [];
let files = 0;
afterAll(() => {
  for (const store of opened) store.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A new SqliteStore on a new file, closed and deleted after the test file. */
export function sqliteStore(options: Omit<SqliteStoreOptions, "path" | "db"> = {}): SqliteStore {
  const store = new SqliteStore({ ...options, path: join(dir, `store-${(files += 1)}.db`) });
  opened.push(store);
  return store;
}
