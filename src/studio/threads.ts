import type { SqliteSaver } from "../checkpoint/index.js";
import type { GraphLike, OfficialOps, OfficialServer, OpsThread } from "./official.js";

/** Channels and pseudo-nodes every graph has, which say nothing about which graph wrote a checkpoint. */
const RESERVED_NODES = new Set(["__input__", "__start__", "__end__", "__interrupt__", "__pregel_tasks"]);

/**
 * Makes the server's thread list the file's: before the server searches,
 * counts or reads threads, every thread with checkpoints in the file is
 * entered into (or refreshed in) the server's bookkeeping, with the status,
 * values and interrupts of its latest checkpoint, so threads that the user's
 * own processes wrote appear in Studio beside those Studio created.
 *
 * A thread's graph is the `graph_id` its checkpoints were written with (runs
 * of this server record it), else the one served graph whose nodes include
 * every node the checkpoint has seen. Threads busy with a run of this server
 * are left to that run.
 */
export function deriveThreadsFromCheckpoints(official: OfficialServer, ops: OfficialOps, saver: SqliteSaver, graphIds: readonly string[]): void {
  /** The latest checkpoint id each thread was last derived from. */
  const derivedFrom = new Map<string, string>();
  const graphOf = async (metadata: Record<string, unknown>, seen: string[]): Promise<string | undefined> => {
    if (typeof metadata.graph_id === "string" && graphIds.includes(metadata.graph_id)) return metadata.graph_id;
    const nodes = seen.filter((node) => !RESERVED_NODES.has(node) && !node.startsWith("branch:"));
    const matches: string[] = [];
    for (const graphId of graphIds) {
      // A graph factory may refuse an empty configuration: then it cannot be told apart.
      const graph = await official.getGraph(graphId, { configurable: {} }, { checkpointer: official.checkpointer }).catch(() => undefined);
      if (graph !== undefined && nodes.every((node) => Object.hasOwn(graph.nodes, node))) matches.push(graphId);
    }
    return matches.length === 1 ? matches[0] : undefined;
  };

  const derive = async (threadId: string): Promise<void> => {
    const tuple = await saver.getTuple({ configurable: { thread_id: threadId, checkpoint_ns: "" } });
    if (tuple === undefined || derivedFrom.get(threadId) === tuple.checkpoint.id) return;
    const known = await ops.conn.with(({ threads }) => threads[threadId]);
    if (known?.status === "busy") return;
    const metadata = (tuple.metadata ?? {}) as Record<string, unknown>;
    // What this server recorded for the thread comes first.
    const graphId = await graphOf({ ...metadata, ...known?.metadata }, Object.keys(tuple.checkpoint.versions_seen));
    const updatedAt = new Date(tuple.checkpoint.ts);
    const thread: OpsThread = known ?? {
      thread_id: threadId,
      created_at: updatedAt,
      updated_at: updatedAt,
      metadata: graphId === undefined ? {} : { graph_id: graphId, assistant_id: official.getAssistantId(graphId) },
      config: {},
      status: "idle",
    };
    if (known === undefined) await ops.conn.with(({ threads }) => void (threads[threadId] = thread));
    if (graphId !== undefined) {
      const graph: GraphLike = await official.getGraph(graphId, thread.config, { checkpointer: official.checkpointer });
      const state = await graph.getState({ configurable: { thread_id: threadId } });
      await ops.threads.setStatus(threadId, {
        checkpoint: { values: state.values, next: state.next, tasks: state.tasks.map(({ id, name, interrupts }) => ({ id, name, interrupts })) },
      });
      await ops.conn.with(({ threads }) => void (threads[threadId]!.updated_at = updatedAt));
    }
    derivedFrom.set(threadId, tuple.checkpoint.id);
  };
  const deriveAll = async (): Promise<void> => {
    for await (const { threadId } of saver.listThreads()) await derive(threadId);
  };

  const { search, get, count } = ops.threads;
  ops.threads.search = async function* (options, auth) {
    await deriveAll();
    yield* search.call(ops.threads, options, auth);
  };
  ops.threads.count = async (options, auth) => {
    await deriveAll();
    return count.call(ops.threads, options, auth);
  };
  ops.threads.get = async (threadId, auth) => {
    await derive(threadId);
    return get.call(ops.threads, threadId, auth);
  };
}
