import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/index.js";
import { runScript } from "../support/child.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-store-restart-"));
const script = join(import.meta.dirname, "fixtures", "store-process.ts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SqliteStore across processes", () => {
  it("finds in a new process everything another process wrote, search indexes included", async () => {
    const file = join(dir, "shared.db");
    await runScript(script, [file, "write"]);
    const parent = SqliteStore.fromConnString(file);
    await parent.put(["users", "u9", "notes"], "from-parent", { text: "sqlite written by the parent", n: 1 });
    parent.stop();

    const report = JSON.parse(await runScript(script, [file, "read"]));
    expect(report.get).toEqual({ value: "dark" });
    expect(report.u1Notes).toBe(11);
    expect(report.keyword).toEqual(["from-parent", "note-1", "note-3", "note-5", "note-7", "note-9"]);
    expect(report.namespaces).toEqual([0, 1, 2, 3, 4, 9].map((i) => ["users", `u${i}`]));
  });
});
