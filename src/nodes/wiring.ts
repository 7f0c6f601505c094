import { RunnableLambda, type Runnable } from "@langchain/core/runnables";
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

/**
 * Raised by {@link addMemoryNodes} when the graph cannot be wired: the model
 * node is missing, or no path of the graph ever ends the turn.
 */
export class MemoryWiringError extends Error {
  override name = "MemoryWiringError";
}

/** A conditional edge of a builder: where its `path` may lead (`ends`), when it declares that. */
interface Branch {
  path: Runnable;
  ends?: Record<string, string>;
}

/** The parts of a `StateGraph` builder the wiring reads and rewires. */
interface GraphBuilder {
  /** Node specs; `ends` lists where a node's `Command`s may go. */
  nodes: Record<string, { ends?: string[] }>;
  edges: Set<[string, string]>;
  branches: Record<string, Record<string, Branch>>;
  addNode(name: string, node: unknown): unknown;
}

/** Any `StateGraph`: its methods are typed by its node names, which the wiring adds to. */
type AnyStateGraph = { addNode: (...args: never[]) => unknown; addEdge: (...args: never[]) => unknown };

/**
 * Adds recall, extract, promote and prune around your model node and wires
 * them so that they run once per user turn:
 *
 * ```ts
 * const builder = new StateGraph(MemoryAnnotation).addNode("agent", callModel);
 * const graph = addMemoryNodes(builder, "agent").compile({ checkpointer, store });
 * ```
 *
 * The model node reads `state.memoryPrompt` for its system prompt (see
 * {@link createMemoryPrompt}). The memory nodes wrap the whole graph:
 *
 * - before the turn, they run ahead of the graph's entry: its edges from
 *   START (moved behind the memory nodes), or the model node when it has none;
 * - after the turn, they run where the graph would end: every edge and
 *   conditional edge to END (a tool loop's `toolsCondition` included) is
 *   redirected through them, and every node with no way out (the lone model
 *   node of the two-line setup) leads to them. So a model that calls tools is
 *   followed by the memory writes once, after its final answer.
 *
 * Call it after adding your own edges: edges added later are not rewired. A
 * node that ends the run with `Command({ goto: END })` skips the memory writes.
 *
 * @throws MemoryWiringError when `modelNode` is not in the graph, or when no
 *   path of the graph ever ends the turn.
 */
export function addMemoryNodes<Builder extends AnyStateGraph>(
  graph: Builder,
  modelNode: string,
  options: MemoryNodesOptions = {},
): Builder {
  const builder = graph as unknown as GraphBuilder;
  if (!(modelNode in builder.nodes)) {
    throw new MemoryWiringError(
      `addMemoryNodes: the graph has no node "${modelNode}". Add your model node with addNode("${modelNode}", …) before wiring memory around it.`,
    );
  }
  const { recall, extract, promote, prune } = MEMORY_NODE_NAMES;
  const [before, after] =
    options.placement === "before-model" ? [[extract, promote, recall], [prune]] : [[recall], [extract, promote, prune]];
  const entry = moveEntries(builder, before.at(-1)!);
  // Dead ends first: the edges redirectEnds adds leave from nodes that had a way out.
  const exits = leadDeadEnds(builder, after[0]!) + redirectEnds(builder, after[0]!);
  if (exits === 0) {
    throw new MemoryWiringError(
      `addMemoryNodes: no path of the graph ends the turn (no edge to END, no node without a way out), so the memory ` +
        `nodes would never run after "${modelNode}". Route the end of a turn to END (for example with toolsCondition) first.`,
    );
  }
  builder.addNode(recall, createRecallNode(options.recall));
  builder.addNode(extract, createExtractNode(options.extract));
  builder.addNode(promote, createPromoteNode(options.promote));
  builder.addNode(prune, createPruneNode(options.prune));
  const chain = [START, ...before, ...(entry ? [] : [modelNode])];
  for (let i = 1; i < chain.length; i += 1) builder.edges.add([chain[i - 1]!, chain[i]!]);
  for (let i = 1; i < after.length; i += 1) builder.edges.add([after[i - 1]!, after[i]!]);
  builder.edges.add([after.at(-1)!, END]);
  return graph;
}

/** Moves the graph's edges and conditional edges out of START to leave from `last`; false when it had none. */
function moveEntries(builder: GraphBuilder, last: string): boolean {
  let moved = false;
  for (const edge of [...builder.edges]) {
    if (edge[0] !== START) continue;
    builder.edges.delete(edge);
    builder.edges.add([last, edge[1]]);
    moved = true;
  }
  const branches = builder.branches[START];
  if (branches !== undefined) {
    builder.branches[last] = branches;
    delete builder.branches[START];
    moved = true;
  }
  return moved;
}

/** Redirects every edge and conditional edge that reaches END to `head`; returns how many it changed. */
function redirectEnds(builder: GraphBuilder, head: string): number {
  let redirected = 0;
  for (const edge of [...builder.edges]) {
    if (edge[1] !== END) continue;
    builder.edges.delete(edge);
    builder.edges.add([edge[0], head]);
    redirected += 1;
  }
  const toHead = (destination: unknown) => (destination === END ? head : destination);
  for (const branch of Object.values(builder.branches).flatMap((byName) => Object.values(byName))) {
    if (branch.ends !== undefined) {
      // A path map (`{ tools: "tools", [END]: END }` or `["tools", END]`): rewrite its END targets.
      for (const [label, destination] of Object.entries(branch.ends)) {
        if (destination === END) branch.ends[label] = head;
      }
      redirected += Object.values(branch.ends).includes(head) ? 1 : 0;
    } else {
      // The path returns node names itself (like `toolsCondition`): map its END to the head.
      branch.path = branch.path.pipe(
        RunnableLambda.from((result: unknown) => (Array.isArray(result) ? result.map(toHead) : toHead(result))),
      );
      redirected += 1;
    }
  }
  return redirected;
}

/** Adds an edge to `head` from every node with no edge, conditional edge or `Command` destination out of it. */
function leadDeadEnds(builder: GraphBuilder, head: string): number {
  const sources = new Set([...builder.edges].map(([from]) => from));
  let led = 0;
  for (const [name, spec] of Object.entries(builder.nodes)) {
    if (sources.has(name) || Object.keys(builder.branches[name] ?? {}).length > 0 || (spec.ends?.length ?? 0) > 0) continue;
    builder.edges.add([name, head]);
    led += 1;
  }
  return led;
}
