/** A user's graph in a CommonJS project (no "type": "module"), as `npm init` makes one. */
import { Annotation, StateGraph } from "@langchain/langgraph";

const GreeterState = Annotation.Root({ name: Annotation<string>, greeting: Annotation<string> });

export const graph = new StateGraph(GreeterState)
  .addNode("greet", (state: typeof GreeterState.State) => ({ greeting: `Hello, ${state.name}` }))
  .addEdge("__start__", "greet")
  .compile();
