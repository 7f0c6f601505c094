/**
 * A user's own graph (not the template): drafts a text about a topic, then waits for a
 * human review (an interrupt) before publishing it. Compiled without persistence, as in a
 * langgraph.json project; `buildWriter(checkpointer)` is how the user's process runs it.
 */
import { Annotation, interrupt, StateGraph, type BaseCheckpointSaver } from "@langchain/langgraph";

const WriterState = Annotation.Root({
  /** What to write about. */
  topic: Annotation<string>,
  /** The text so far. */
  draft: Annotation<string>,
  /** Whether the reviewer approved the draft. */
  approved: Annotation<boolean>,
});

export function buildWriter(checkpointer?: BaseCheckpointSaver) {
  return new StateGraph(WriterState)
    .addNode("draft_text", (state) => ({ draft: `A short note about ${state.topic}.` }))
    .addNode("review", () => ({ approved: interrupt<{ question: string }, boolean>({ question: "Publish this draft?" }) }))
    .addEdge("__start__", "draft_text")
    .addEdge("draft_text", "review")
    .addEdge("review", "__end__")
    .compile({ checkpointer });
}

export const graph = buildWriter();
