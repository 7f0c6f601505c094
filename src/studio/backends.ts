import type { RunnableConfig } from "@langchain/core/runnables";
import type { Checkpoint, CheckpointMetadata, CheckpointTuple } from "@langchain/langgraph-checkpoint";
import type { SqliteSaver } from "../checkpoint/index.js";
import type { SqliteStore } from "../store/index.js";
import type { OfficialServer } from "./official.js";

/** The server's own persistence handle, whose flush has nothing to write here. */
const NOTHING_TO_FLUSH = { flush: async () => undefined };

/** Configurable keys the official server keeps out of checkpoint metadata. */
const EXCLUDED_KEYS = new Set(["checkpoint_ns", "checkpoint_id", "run_id", "thread_id"]);

/**
 * Points the official server's module-level checkpointer and store at the
 * user's SQLite file: every method the server or a graph calls is answered by
 * `saver` and `store`. Three server-only methods keep their official meaning:
 * `put` records the run's configurable keys in the checkpoint metadata (as the
 * official in-memory saver does, which is how a thread knows its graph),
 * `delete(threadId, null)` deletes a thread and `copy` copies one. What would
 * wipe the user's file (`clear`, from `POST /internal/truncate`) is declined.
 */
export function bindBackends(official: OfficialServer, saver: SqliteSaver, store: SqliteStore): void {
  Object.assign(official.checkpointer, {
    initialize: async () => NOTHING_TO_FLUSH,
    getTuple: (config: RunnableConfig) => saver.getTuple(config),
    list: (...args: Parameters<SqliteSaver["list"]>) => saver.list(...args),
    putWrites: (...args: Parameters<SqliteSaver["putWrites"]>) => saver.putWrites(...args),
    getNextVersion: (current: number | undefined) => saver.getNextVersion(current),
    getDeltaChannelHistory: (...args: Parameters<SqliteSaver["getDeltaChannelHistory"]>) => saver.getDeltaChannelHistory(...args),
    deleteThread: (threadId: string) => saver.deleteThread(threadId),
    put: (config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata, versions: Checkpoint["channel_versions"]) =>
      saver.put(config, checkpoint, { ...runKeys(config), ...config.metadata, ...metadata }, versions),
    delete: async (threadId: string, runId: string | null) => {
      if (runId !== null) throw new Error("langgraph-memory studio cannot roll back a run's checkpoints in the SQLite file (multitask_strategy \"rollback\")");
      await saver.deleteThread(threadId);
    },
    copy: (from: string, to: string) => copyThread(saver, from, to),
    clear: keepTheFile,
    serde: saver.serde,
  });
  Object.assign(official.store, {
    initialize: async () => NOTHING_TO_FLUSH,
    batch: (...args: Parameters<SqliteStore["batch"]>) => store.batch(...args),
    get: (...args: Parameters<SqliteStore["get"]>) => store.get(...args),
    search: (...args: Parameters<SqliteStore["search"]>) => store.search(...args),
    put: (...args: Parameters<SqliteStore["put"]>) => store.put(...args),
    delete: (...args: Parameters<SqliteStore["delete"]>) => store.delete(...args),
    listNamespaces: (...args: Parameters<SqliteStore["listNamespaces"]>) => store.listNamespaces(...args),
    start: () => store.start(),
    stop: () => store.stop(),
    clear: keepTheFile,
  });
}

/** `POST /internal/truncate` answers without awaiting the clear, so it can only be declined in the log. */
function keepTheFile(): void {
  process.stderr.write("langgraph-memory studio: POST /internal/truncate never clears the checkpoints or memories of the user's SQLite file\n");
}

function runKeys(config: RunnableConfig): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config.configurable ?? {}).filter(([key]) => !key.startsWith("__") && !EXCLUDED_KEYS.has(key)));
}

/**
 * Copies every checkpoint (all namespaces, oldest first) and pending write of
 * thread `from` into thread `to`, keeping checkpoint ids and parents.
 */
async function copyThread(saver: SqliteSaver, from: string, to: string): Promise<void> {
  const tuples: CheckpointTuple[] = [];
  for await (const tuple of saver.list({ configurable: { thread_id: from } })) tuples.push(tuple);
  for (const { config, checkpoint, metadata, parentConfig, pendingWrites } of tuples.reverse()) {
    const ns = (config.configurable?.checkpoint_ns as string | undefined) ?? "";
    const parent = parentConfig?.configurable?.checkpoint_id as string | undefined;
    await saver.put({ configurable: { thread_id: to, checkpoint_ns: ns, checkpoint_id: parent } }, checkpoint, metadata!, checkpoint.channel_versions);
    const byTask = new Map<string, [string, unknown][]>();
    for (const [taskId, channel, value] of pendingWrites ?? []) byTask.set(taskId, [...(byTask.get(taskId) ?? []), [channel, value]]);
    for (const [taskId, writes] of byTask) {
      await saver.putWrites({ configurable: { thread_id: to, checkpoint_ns: ns, checkpoint_id: checkpoint.id } }, writes, taskId);
    }
  }
}
