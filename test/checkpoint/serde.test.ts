import {
  AIMessage,
  AIMessageChunk,
  ChatMessage,
  FunctionMessage,
  HumanMessage,
  RemoveMessage,
  SystemMessage,
  ToolMessage,
} from "@langchain/core/messages";
import { DeltaSnapshot, JsonPlusSerializer } from "@langchain/langgraph-checkpoint";
import { describe, expect, it } from "vitest";
import { MessageFastPathSerializer } from "../../src/index.js";

const official = new JsonPlusSerializer();
const fast = new MessageFastPathSerializer();

const ai = new AIMessage({
  content: "calling a tool",
  id: "ai-1",
  name: "assistant",
  tool_calls: [{ id: "call-1", name: "search", args: { q: "sqlite", nested: { depth: [1, 2] } }, type: "tool_call" }],
  invalid_tool_calls: [{ id: "call-2", name: "bad", args: "{oops", error: "parse", type: "invalid_tool_call" }],
  usage_metadata: { input_tokens: 10, output_tokens: 5, total_tokens: 15 },
  response_metadata: { model: "fake", finish_reason: "tool_calls", logprobs: null },
  additional_kwargs: { refusal: null, extra: { a: [true, false, null] } },
});

/** Values as LangGraph channels hold them, each decoded by both serializers. */
const corpus: Record<string, unknown> = {
  "a message list": [
    new SystemMessage("You are terse."),
    new HumanMessage({ content: "hi", id: "h-1", additional_kwargs: { lang: "en" } }),
    ai,
    new ToolMessage({ content: "result", tool_call_id: "call-1", name: "search", status: "success", artifact: { rows: 3 } }),
    new AIMessage({ content: [{ type: "text", text: "blocks" }, { type: "image_url", image_url: { url: "data:," } }] }),
    new FunctionMessage({ content: "f", name: "fn" }),
    new ChatMessage({ content: "c", role: "critic" }),
    new RemoveMessage({ id: "h-1" }),
  ],
  "a message chunk": new AIMessageChunk({ content: "partial", id: "c-1", tool_call_chunks: [{ name: "s", args: "{", id: "t", index: 0, type: "tool_call_chunk" }] }),
  "plain JSON": { count: 3, nested: { list: [1, "two", null, false] }, empty: {} },
  "a Set and a Map": { seen: new Set(["a", "b"]), byId: new Map([["k", 1]]) },
  "undefined members": { kept: 1, missing: undefined },
  "a delta snapshot of messages": new DeltaSnapshot([new HumanMessage("snap"), ai]),
  "a delta snapshot holding a Set": new DeltaSnapshot({ seen: new Set([1]) }),
  "bytes inside JSON": { raw: new Uint8Array([1, 2, 255]) },
  "an object with an lc key": { lc: 7, type: "user data" },
  "user data shaped like a message record": {
    lc: 1, type: "constructor", id: ["langchain_core", "messages", "NotAMessage"], kwargs: {},
  },
  "a message whose kwargs hold a message": new AIMessage({ content: "x", additional_kwargs: { inner: new HumanMessage("nested") } }),
  "deep nesting": JSON.parse(`${"[".repeat(80)}1${"]".repeat(80)}`),
  "an Error and a RegExp": { error: new Error("boom"), pattern: /a+b/gi },
};

async function settle(decoding: Promise<unknown>) {
  return decoding.then(
    (value) => ({ value }),
    (error: Error) => ({ error: error.message }),
  );
}

describe("MessageFastPathSerializer", () => {
  it.each(Object.entries(corpus))("decodes %s exactly as JsonPlusSerializer does", async (_, value) => {
    const [type, bytes] = await official.dumpsTyped(value);
    const [fastType, fastBytes] = await fast.dumpsTyped(value);
    expect(fastType).toBe(type);
    expect(Buffer.from(fastBytes).equals(Buffer.from(bytes))).toBe(true);

    // Same value, or the same error where the official decoder refuses the data.
    const expected = await settle(official.loadsTyped(type, bytes));
    const actual = await settle(fast.loadsTyped(type, bytes));
    expect(actual).toStrictEqual(expected);
  });

  it("revives messages as instances of their classes with working accessors", async () => {
    const [type, bytes] = await fast.dumpsTyped([ai]);
    const [decoded] = (await fast.loadsTyped(type, bytes)) as AIMessage[];
    expect(decoded).toBeInstanceOf(AIMessage);
    expect(decoded!.getType()).toBe("ai");
    expect(decoded!.tool_calls?.[0]?.args).toEqual({ q: "sqlite", nested: { depth: [1, 2] } });
    expect(decoded!.usage_metadata?.total_tokens).toBe(15);
  });
});
