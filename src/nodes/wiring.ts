import { END, START } from "@langchain/langgraph";
import { createExtractNode, type ExtractNodeOptions } from "./extract.js";
import { createPromoteNode, type PromoteNodeOptions } from "./promote.js";
import { createPruneNode, type PruneNodeOptions } from "./prune.js";
import { createRecallNode, type RecallNodeOptions } from "./recall.js";

/** The names the memory nodes get in a graph, as Studio shows them. */
export const MEMORY_NODE_NAMES = {
  recall: "recall_memories",
  extract: "extract_memories",
  promote: "promote_memories",
  prune: "prune_memories",
} as const;

/** Options of {@link addMemoryNodes}. */
export interface MemoryNodesOptions {
  recall?: RecallNodeOptions;
  extract?: ExtractNodeOptions;
  promote?: PromoteNodeOptions;
  prune?: PruneNodeOptions;
  /**
   * `"after-model"` (default): the model answers first, then the turn is
   * extracted and promoted, so the reply is not delayed by memory writes.
   * `"before-model"`: the turn is extracted and promoted before recall, so the
   * model's answer already uses what the user just said.
   */
  placement?: "after-model" | "before-model";
}

/** The builder methods the wiring calls. */
interface GraphBuilder {
  addNode(name: string, node: unknown): unknown;
  addEdge(from: string, to: string): unknown;
}

/** Any `StateGraph`: its methods are typed by its node names, which the wiring adds to. */
type AnyStateGraph = { addNode: (...args: never[]) => unknown; addEdge: (...args: never[]) => unknown };

/**
 * Adds recall, extract, promote and prune around your model node and wires
 * them from START to END:
 *
 * ```ts
 * const builder = new StateGraph(MemoryAnnotation).addNode("agent", callModel);
 * const graph = addMemoryNodes(builder, "agent").compile({ checkpointer, store });
 * ```
 *
 * The model node reads `state.memoryPrompt` for its system prompt.
 */
export function addMemoryNodes<Builder extends AnyStateGraph>(
  graph: Builder,
  modelNode: string,
  options: MemoryNodesOptions = {},
): Builder {
  const builder = graph as unknown as GraphBuilder;
  const { recall, extract, promote, prune } = MEMORY_NODE_NAMES;
  builder.addNode(recall, createRecallNode(options.recall));
  builder.addNode(extract, createExtractNode(options.extract));
  builder.addNode(promote, createPromoteNode(options.promote));
  builder.addNode(prune, createPruneNode(options.prune));
  const order =
    options.placement === "before-model"
      ? [START, extract, promote, recall, modelNode, prune, END]
      : [START, recall, modelNode, extract, promote, prune, END];
  for (let i = 1; i < order.length; i += 1) builder.addEdge(order[i - 1]!, order[i]!);
  return graph;
}
