/**
 * A maintenance graph for a scheduled job: counts what every scope of the
 * store holds, prunes it (expired records, superseded history past
 * retention, caps), and counts again, so the run reads as a hygiene report.
 *
 * Run it from cron with `buildMemoryMaintenance({ store }).invoke({})`, or from
 * LangGraph Studio, where it works on the server's store.
 */
import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { censusOf, prune, type MemoryCensus, type MemoryPolicyInput, type PruneReport } from "../memory/index.js";
import { resolveStore } from "../nodes/index.js";

/** The report the maintenance run builds. */
export const MaintenanceAnnotation = Annotation.Root({
  before: Annotation<MemoryCensus | null>({ reducer: (_, next) => next, default: () => null }),
  pruned: Annotation<PruneReport | null>({ reducer: (_, next) => next, default: () => null }),
  after: Annotation<MemoryCensus | null>({ reducer: (_, next) => next, default: () => null }),
});

/** Compiles the maintenance graph, over your store or the one the server injects. */
export function buildMemoryMaintenance({ store, policy }: { store?: BaseStore; policy?: MemoryPolicyInput } = {}) {
  const census = (field: "before" | "after") => async (_: unknown, config: LangGraphRunnableConfig) => ({
    [field]: await censusOf(resolveStore(config, "maintenance")),
  });
  return new StateGraph(MaintenanceAnnotation)
    .addNode("count_before", census("before"))
    .addNode("prune_all_scopes", async (_: unknown, config: LangGraphRunnableConfig) => ({
      pruned: await prune(resolveStore(config, "maintenance"), "all", policy),
    }))
    .addNode("count_after", census("after"))
    .addEdge(START, "count_before")
    .addEdge("count_before", "prune_all_scopes")
    .addEdge("prune_all_scopes", "count_after")
    .addEdge("count_after", END)
    .compile({ store, name: "memory_maintenance" });
}
