import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { tool } from "@langchain/core/tools";
import { END, MemorySaver, START, StateGraph } from "@langchain/langgraph";
import { ToolNode, createReactAgent, toolsCondition } from "@langchain/langgraph/prebuilt";
import { InMemoryStore } from "@langchain/langgraph-checkpoint";
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import {
  MEMORY_NODE_NAMES,
  MemoryAnnotation,
  MemoryWiringError,
  addMemoryNodes,
  createMemoryPrompt,
  recall,
  type MemoryNodesOptions,
  type MemoryState,
} from "../../src/index.js";
import { ScriptedChatModel } from "../support/scripted-chat-model.js";

const { recall: R, extract: E, promote: P, prune: X } = MEMORY_NODE_NAMES;

const weather = tool(async ({ city }) => `sunny in ${city}`, {
  name: "weather",
  description: "The weather in a city.",
  schema: z.object({ city: z.string() }),
});

/** Asks the weather tool when the user asks about the weather, then answers with what the tool said. */
function weatherScript(messages: BaseMessage[]) {
  const last = messages.at(-1)!;
  if (last.getType() === "tool") return `It is ${last.text}.`;
  const city = /weather in (\w+)/i.exec(last.text)?.[1];
  return city === undefined ? "Noted." : { toolCalls: [{ name: "weather", args: { city } }] };
}

type Route = "toolsCondition" | "path list" | "path map";

/** The README's graph plus a tool loop: agent ⇄ tools, routed by `toolsCondition` in one of its three spellings. */
function toolLoopGraph(model: ScriptedChatModel, route: Route, options: MemoryNodesOptions = {}) {
  const bound = model.bindTools([weather]);
  const builder = new StateGraph(MemoryAnnotation)
    .addNode("agent", async (state: MemoryState) => ({
      messages: [await bound.invoke([new SystemMessage(`Be brief.\n\n${state.memoryPrompt}`), ...state.messages])],
    }))
    .addNode("tools", new ToolNode([weather]))
    .addEdge("tools", "agent");
  if (route === "toolsCondition") builder.addConditionalEdges("agent", toolsCondition);
  if (route === "path list") builder.addConditionalEdges("agent", toolsCondition, ["tools", END]);
  if (route === "path map") builder.addConditionalEdges("agent", toolsCondition, { tools: "tools", [END]: END });
  return addMemoryNodes(builder, "agent", options);
}

/** Runs one user turn and returns the nodes that ran, in order, and the final state. */
async function turn(graph: { stream: Function; getState: Function }, text: string, configurable: Record<string, unknown>) {
  const order: string[] = [];
  const stream = await graph.stream({ messages: [new HumanMessage(text)] }, { configurable, streamMode: "updates" });
  for await (const update of stream as AsyncIterable<Record<string, unknown>>) order.push(...Object.keys(update));
  const state = (await graph.getState({ configurable })).values as MemoryState;
  return { order, state };
}

const outcomes = (state: MemoryState) => state.memoryReport.promotion?.entries.map((entry) => [entry.outcome, entry.key]);

describe("addMemoryNodes around a tool-calling agent", () => {
  const expected = {
    "after-model": [R, "agent", "tools", "agent", E, P, X],
    "before-model": [E, P, R, "agent", "tools", "agent", X],
  } as const;

  for (const placement of ["after-model", "before-model"] as const) {
    for (const route of ["toolsCondition", "path list", "path map"] as const) {
      it(`runs the memory nodes once per turn around the tool loop (${placement}, ${route})`, async () => {
        const store = new InMemoryStore();
        const model = new ScriptedChatModel(weatherScript);
        const graph = toolLoopGraph(model, route, { placement }).compile({ store, checkpointer: new MemorySaver() });
        const configurable = { thread_id: `t-${placement}-${route}`, userId: "ana" };

        const first = await turn(graph, "I prefer dark mode. What is the weather in Paris?", configurable);
        expect(first.order).toEqual(expected[placement]);
        expect(first.state.messages.at(-1)!.text).toBe("It is sunny in Paris.");
        // The turn's report: the preference promoted once, after (or before) the whole loop.
        expect(outcomes(first.state)).toEqual([["written", "ui.theme"]]);
        const remembered = await recall(store, { userId: "ana" });
        expect(remembered.map((record) => record.key)).toEqual(["ui.theme"]);
        const theme = remembered[0]!.text;
        // Before the model, the first model call of the turn already sees what was just said.
        expect(model.calls[0]!.messages[0]!.text.includes(theme)).toBe(placement === "before-model");
        expect(model.calls).toHaveLength(2);

        const second = await turn(graph, "What is the weather in Oslo?", configurable);
        expect(second.order).toEqual(expected[placement]);
        expect(model.calls[2]!.messages[0]!.text).toContain(theme);
        // This turn's report, not the last one's.
        expect(outcomes(second.state)).toEqual([]);
        expect(second.state.memoryTurns).toBe(2);
      });
    }
  }

  it("wires around createReactAgent as the agent node, its prompt reading the memory block", async () => {
    const store = new InMemoryStore();
    const model = new ScriptedChatModel(weatherScript);
    const agent = createReactAgent({
      llm: model,
      tools: [weather],
      stateSchema: MemoryAnnotation,
      prompt: createMemoryPrompt("You are a weather assistant."),
    });
    const graph = addMemoryNodes(new StateGraph(MemoryAnnotation).addNode("agent", agent), "agent").compile({
      store,
      checkpointer: new MemorySaver(),
    });
    const configurable = { thread_id: "react", userId: "ana" };

    const first = await turn(graph, "From now on, answer in French. What is the weather in Lyon?", configurable);
    expect(first.order).toEqual([R, "agent", E, P, X]);
    expect(model.calls.map((call) => call.tools)).toEqual([["weather"], ["weather"]]);
    expect(first.state.messages.map((message) => message.getType())).toEqual(["human", "ai", "tool", "ai"]);
    expect(outcomes(first.state)).toEqual([["written", "response.language"]]);

    const second = await turn(graph, "What is the weather in Nice?", configurable);
    expect(second.order).toEqual([R, "agent", E, P, X]);
    expect(model.calls[2]!.messages[0]!.text).toBe("You are a weather assistant.\n\n" + second.state.memoryPrompt);
    expect(second.state.memoryPrompt).toContain("French");
    expect(outcomes(second.state)).toEqual([]);
  });

  it("takes over the graph's own START and END edges instead of running the model twice", async () => {
    const builder = new StateGraph(MemoryAnnotation)
      .addNode("agent", () => ({ messages: [] }))
      .addNode("format", () => ({}))
      .addEdge(START, "agent")
      .addEdge("agent", "format")
      .addEdge("format", END);
    const graph = addMemoryNodes(builder, "agent").compile({ store: new InMemoryStore(), checkpointer: new MemorySaver() });
    const { order } = await turn(graph, "I prefer tea.", { thread_id: "own-edges", userId: "ana" });
    expect(order).toEqual([R, "agent", "format", E, P, X]);
  });

  it("ends the turn at a node with no way out, as LangGraph does", async () => {
    const builder = new StateGraph(MemoryAnnotation)
      .addNode("agent", () => ({ messages: [] }))
      .addNode("format", () => ({}))
      .addEdge("agent", "format");
    const graph = addMemoryNodes(builder, "agent", { placement: "before-model" }).compile({ store: new InMemoryStore(), checkpointer: new MemorySaver() });
    const { order, state } = await turn(graph, "I prefer dark mode.", { thread_id: "dead-end", userId: "ana" });
    expect(order).toEqual([E, P, R, "agent", "format", X]);
    expect(outcomes(state)).toEqual([["written", "ui.theme"]]);
  });

  it("says what is wrong when the model node is missing or nothing ends the turn", () => {
    expect(() => addMemoryNodes(new StateGraph(MemoryAnnotation).addNode("agent", () => ({})), "model")).toThrow(MemoryWiringError);
    const endless = new StateGraph(MemoryAnnotation)
      .addNode("agent", () => ({}))
      .addNode("tools", () => ({}))
      .addEdge("agent", "tools")
      .addEdge("tools", "agent");
    expect(() => addMemoryNodes(endless, "agent")).toThrow(/no path of the graph ends the turn/);
  });
});
