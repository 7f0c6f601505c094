/**
 * `streamMode: "messages"` streams the answer's tokens to the client, and
 * never the extraction call's JSON: the memory call is tagged `nostream`.
 */
import { HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_STREAM_TAG } from "../../src/index.js";
import { openAgent } from "./support/agent.js";
import { startMockLlm, type MockLlm, type Provider } from "./support/mock-llm.js";

describe.each(["openai", "anthropic"] as Provider[])("graph.stream(…, { streamMode: \"messages\" }) with the real %s client", (provider) => {
  let mock: MockLlm;
  beforeAll(async () => {
    mock = await startMockLlm(provider);
    Object.assign(process.env, mock.env);
  });
  afterAll(() => mock.close());

  it("streams the answer's tokens and none of the extraction's, which still runs and writes the memory", async () => {
    const session = await openAgent();
    const config = { configurable: { thread_id: "s1", userId: "ana", model: mock.model } };
    await session.turn(mock.model, "s1", "Call me Ana.");
    mock.requests.length = 0;

    const chunks: { message: BaseMessage; node: string; tags: string[] }[] = [];
    const stream = await session.agent.stream({ messages: [new HumanMessage("I prefer dark mode.")] }, { ...config, streamMode: "messages" });
    for await (const [message, metadata] of stream) {
      chunks.push({ message, node: (metadata as { langgraph_node: string }).langgraph_node, tags: (metadata as { tags?: string[] }).tags ?? [] });
    }

    // Both calls really streamed from the server: the answer's and the extraction's.
    expect(mock.requests.map((request) => [request.kind, request.stream])).toEqual([["answer", true], ["extraction", true]]);
    // Streamed or not, OpenAI is asked for strict structured output, Anthropic for the forced tool.
    const sent = mock.extractions()[0]!.body;
    if (provider === "openai") expect(sent.response_format.json_schema.strict).toBe(true);
    else expect(sent.tool_choice).toEqual({ type: "tool", name: "memory_candidates" });
    // Only the answer reached the client, token by token.
    expect(chunks.length).toBeGreaterThan(1);
    expect(new Set(chunks.map((chunk) => chunk.node))).toEqual(new Set(["answer"]));
    expect(chunks.map((chunk) => chunk.message.text).join("")).toBe("I remember: Wants to be called Ana.");
    expect(chunks.some((chunk) => chunk.message.text.includes("candidates") || chunk.tags.includes(NO_STREAM_TAG))).toBe(false);
    expect(JSON.stringify(chunks.map((chunk) => chunk.message))).not.toContain("memory_candidates");

    expect(await session.remembered()).toEqual(["Prefers dark mode", "Wants to be called Ana"]);
    await session.close();
  });
});
