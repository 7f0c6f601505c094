/**
 * A maintenance graph for a scheduled job: counts what every scope of the
 * store holds, prunes it (expired records, superseded history past
 * retention, caps), applies checkpoint retention to every thread of a
 * `SqliteSaver` when one is given, and counts again, so the run reads as a
 * hygiene report.
 *
 * Run it from cron with `buildMemoryMaintenance({ store, checkpointer }).invoke({})`,
 * or from LangGraph Studio, where it works on the server's store.
 */
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import type { BaseStore } from "@langchain/langgraph-checkpoint";
import type { RetentionOptions, RetentionReport, SqliteSaver } from "../checkpoint/index.js";
import { censusOf, prune, type MemoryCensus, type MemoryPolicyInput, type PruneReport } from "../memory/index.js";
import { resolveStore } from "../nodes/index.js";

/** The report the maintenance run builds. */
export const MaintenanceAnnotation = Annotation.Root({
  before: Annotation<MemoryCensus | null>({ reducer: (_, next) => next, default: () => null }),
  pruned: Annotation<PruneReport | null>({ reducer: (_, next) => next, default: () => null }),
  after: Annotation<MemoryCensus | null>({ reducer: (_, next) => next, default: () => null }),
  /** What checkpoint retention deleted; null when the run was given no checkpointer. */
  sessions: Annotation<RetentionReport | null>({ reducer: (_, next) => next, default: () => null }),
});

/** Options of {@link buildMemoryMaintenance}. */
export interface MemoryMaintenanceOptions {
  /** The store to prune; the one the server injects when omitted. */
  store?: BaseStore;
  policy?: MemoryPolicyInput;
  /** The agents' checkpointer, whose threads get checkpoint retention; no session step when omitted. */
  checkpointer?: SqliteSaver;
  /** How many checkpoints each thread keeps; the checkpointer's own `retention` option by default. */
  sessionRetention?: RetentionOptions;
}

/**
 * Compiles the maintenance graph, over your store or the one the server injects.
 *
 * @throws Error when a checkpointer is given without a retention to apply
 *   (neither `sessionRetention` nor the saver's `retention` option).
 */
export function buildMemoryMaintenance({ store, policy, checkpointer, sessionRetention }: MemoryMaintenanceOptions = {}) {
  const retention = sessionRetention ?? checkpointer?.retention;
  if (checkpointer !== undefined && retention === undefined) {
    throw new Error("buildMemoryMaintenance: give sessionRetention ({ keepLast }), or a checkpointer created with the retention option.");
  }
  const census = (field: "before" | "after") => async (_: unknown, config: LangGraphRunnableConfig) => ({
    [field]: await censusOf(resolveStore(config, "maintenance")),
  });
  return new StateGraph(MaintenanceAnnotation)
    .addNode("count_before", census("before"))
    .addNode("prune_all_scopes", async (_: unknown, config: LangGraphRunnableConfig) => ({
      pruned: await prune(resolveStore(config, "maintenance"), "all", policy),
    }))
    .addNode("prune_sessions", async () => ({
      sessions: checkpointer === undefined ? null : await checkpointer.applyRetention(retention),
    }))
    .addNode("count_after", census("after"))
    .addEdge(START, "count_before")
    .addEdge("count_before", "prune_all_scopes")
    .addEdge("prune_all_scopes", "prune_sessions")
    .addEdge("prune_sessions", "count_after")
    .addEdge("count_after", END)
    .compile({ store, name: "memory_maintenance" });
}
