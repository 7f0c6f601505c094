import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import { buildMemoryAgent, createMemoryBackend, history, recall, type ExtractNodeOptions, type ExtractionWarning, type MemoryBackend } from "../../../src/index.js";

/** The template agent over a fresh SQLite file, with the extract node's options and its warnings collected. */
export async function openAgent(extract: Omit<ExtractNodeOptions, "model" | "onWarning"> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "lsm-model-"));
  const backend: MemoryBackend = await createMemoryBackend(join(dir, "memory.db"));
  const warnings: ExtractionWarning[] = [];
  const agent = buildMemoryAgent({
    checkpointer: backend.checkpointer,
    store: backend.store,
    extract: { ...extract, onWarning: (warning) => warnings.push(warning) },
  });
  const identity = { userId: "ana" };
  return {
    agent,
    warnings,
    /** One user turn on a thread, with the run's model choice. */
    turn: (model: string, threadId: string, said: string) =>
      agent.invoke({ messages: [new HumanMessage(said)] }, { configurable: { thread_id: threadId, model, ...identity } }),
    /** The live memories' texts, sorted. */
    remembered: async () => (await recall(backend.store, identity, { limit: 50 })).map((record) => record.text).sort(),
    /** Every stored version of a key. */
    versions: (key: string) => history(backend.store, identity, key),
    close: async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
