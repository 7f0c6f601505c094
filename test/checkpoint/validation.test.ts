import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deltaChannelHistoryTests, validate } from "@langchain/langgraph-checkpoint-validation";
import { SqliteSaver } from "../../src/index.js";

// The official conformance suite, on a fresh database file per checkpointer.
const files = new WeakMap<SqliteSaver, string>();
const initializer = {
  checkpointerName: "langgraph-sqlite-memory SqliteSaver",
  createCheckpointer() {
    const dir = mkdtempSync(join(tmpdir(), "lsm-validation-"));
    const saver = SqliteSaver.fromConnString(join(dir, "checkpoints.db"));
    files.set(saver, dir);
    return saver;
  },
  destroyCheckpointer(saver: SqliteSaver) {
    saver.close();
    rmSync(files.get(saver)!, { recursive: true, force: true });
  },
};

validate(initializer);
deltaChannelHistoryTests(initializer);
