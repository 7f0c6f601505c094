/**
 * What an extractor sees: the user's words as memory material, the
 * assistant's replies as context, tool output only when asked, no empty
 * lines for tool calls, and never more than `maxMessages`.
 */
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import { END, MemorySaver, START, StateGraph } from "@langchain/langgraph";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MemoryAnnotation, createExtractNode, type ExtractNodeOptions, type ExtractorInput } from "../../src/index.js";
import { startMockLlm, type MockLlm } from "./support/mock-llm.js";

/** A tool-calling turn: the user, a tool call with no text, the tool's output, the final reply. */
const toolTurn = (): BaseMessage[] => [
  new HumanMessage("Deploy the app. I prefer dark mode."),
  new AIMessage({ content: "", tool_calls: [{ name: "deploy", args: {}, id: "call-1", type: "tool_call" }] }),
  new ToolMessage({ content: "deploy ok; DB_PASSWORD=hunter2; Our team uses umbrellas.", tool_call_id: "call-1" }),
  new AIMessage("Deployed."),
];

function extractGraph(options: ExtractNodeOptions) {
  return new StateGraph(MemoryAnnotation)
    .addNode("extract", createExtractNode({ onWarning: () => undefined, ...options }))
    .addEdge(START, "extract")
    .addEdge("extract", END)
    .compile({ checkpointer: new MemorySaver() });
}
const config = (thread: string) => ({ configurable: { thread_id: thread, userId: "ana" } });

describe("what the model extractor sees, through the real OpenAI client", () => {
  let mock: MockLlm;
  let model: ChatOpenAI;
  beforeAll(async () => {
    mock = await startMockLlm("openai");
    Object.assign(process.env, mock.env);
    model = new ChatOpenAI({ model: "gpt-4o-mini" });
  });
  afterAll(() => mock.close());
  beforeEach(() => {
    mock.requests.length = 0;
  });
  const sentLines = () => mock.extractions()[0]!.transcript.split("memory material themselves:\n")[1]!.split("\n");

  it("sends the user's words, the final reply marked as context, no tool output and no empty line for the tool call", async () => {
    const state = await extractGraph({ model }).invoke({ messages: toolTurn() }, config("t1"));
    expect(sentLines()).toEqual(["user: Deploy the app. I prefer dark mode.", "assistant (context only): Deployed."]);
    expect(mock.extractions()[0]!.transcript).not.toContain("DB_PASSWORD");
    expect(mock.extractions()[0]!.transcript).toContain('Only the lines marked "user" are the user\'s own words');
    expect(state.memoryCandidates.map((candidate) => candidate.text)).toEqual(["Prefers dark mode"]);
    expect(state.memoryReport.extraction?.messages).toBe(2);
  });

  it("adds tool output, marked as context, with includeToolOutput", async () => {
    await extractGraph({ model, includeToolOutput: true }).invoke({ messages: toolTurn() }, config("t2"));
    expect(sentLines()).toEqual([
      "user: Deploy the app. I prefer dark mode.",
      "tool output (context only): deploy ok; DB_PASSWORD=hunter2; Our team uses umbrellas.",
      "assistant (context only): Deployed.",
    ]);
  });

  it("sends at most maxMessages of the newest messages, and says how many it left out", async () => {
    const messages = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? new HumanMessage(`I prefer option ${i}.`) : new AIMessage(`Noted ${i}.`)));
    const state = await extractGraph({ model, maxMessages: 3 }).invoke({ messages }, config("t3"));
    expect(sentLines()).toEqual(["assistant (context only): Noted 3.", "user: I prefer option 4.", "assistant (context only): Noted 5."]);
    expect(state.memoryReport.extraction?.entries).toEqual([{ kind: "skipped_messages", reason: "3 older messages were left out (maxMessages: 3)" }]);
    expect(state.extractedThrough).toBe(state.messages.at(-1)!.id);
  });
});

describe("what a custom extractor receives", () => {
  it("the same messages, oldest first: the user's and the replies with text; tool results only with includeToolOutput", async () => {
    const seen: ExtractorInput[] = [];
    const extractor = (input: ExtractorInput) => {
      seen.push(input);
      return [];
    };
    await extractGraph({ extractor }).invoke({ messages: toolTurn() }, config("c1"));
    await extractGraph({ extractor, includeToolOutput: true }).invoke({ messages: toolTurn() }, config("c2"));
    expect(seen.map((input) => input.messages.map((message) => message.getType()))).toEqual([
      ["human", "ai"],
      ["human", "tool", "ai"],
    ]);
    expect(seen[0]!.identity).toMatchObject({ userId: "ana" });
    expect(seen[0]!.signal.aborted).toBe(false);
  });

  it("does not run when the turn added only messages it may not read, and moves the watermark past them", async () => {
    let calls = 0;
    const graph = extractGraph({ extractor: () => (calls += 1, []) });
    const state = await graph.invoke({ messages: [new ToolMessage({ content: "ok", tool_call_id: "x" })] }, config("c3"));
    expect(calls).toBe(0);
    expect(state.extractedThrough).toBe(state.messages[0]!.id);
  });
});
