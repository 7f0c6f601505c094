/**
 * A mock OpenAI-compatible Chat Completions server and a mock Anthropic
 * Messages server on loopback (node:http), for driving the real
 * `@langchain/openai` and `@langchain/anthropic` clients. Both answer with
 * {@link answerFor} and extract with {@link candidatesFor}, streamed (SSE) or
 * not, record every request, and serve scripted faults to extraction calls.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { OVERSIZED_CANDIDATE, answerFor, candidatesFor, type WireCandidate } from "./mock-brain.js";

export type Provider = "openai" | "anthropic";

/** What an extraction request can be served instead of a good answer. */
export type Fault =
  /** An answer that is not `{"candidates": [...]}` JSON. */
  | "malformed"
  /** The good candidates plus one over the schema's limits. */
  | "invalid_candidate"
  /** HTTP 429. */
  | "rate_limited"
  /** HTTP 500. */
  | "server_error"
  /** No answer at all, until the client gives up. */
  | "stall";

/** A request the mock received. */
export interface RecordedRequest {
  kind: "answer" | "extraction";
  stream: boolean;
  // The provider's request body, as JSON.
  body: Record<string, any>;
  /** The text of the user turn of an extraction request (the transcript). */
  transcript: string;
}

/** A running mock. */
export interface MockLlm {
  provider: Provider;
  /** The environment that points the provider's client here (base URL and a dummy key). */
  env: Record<string, string>;
  /** A `configurable.model` naming this provider. */
  model: string;
  requests: RecordedRequest[];
  /** Served to the next extraction requests, one each, in order. */
  faults: Fault[];
  /** Served to every extraction request once `faults` is empty. */
  always: Fault | undefined;
  extractions(): RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a mock of one provider on a free loopback port. */
export async function startMockLlm(provider: Provider): Promise<MockLlm> {
  const mock: MockLlm = {
    provider,
    env: {},
    model: provider === "openai" ? "openai:gpt-4o-mini" : "anthropic:claude-haiku-4-5",
    requests: [],
    faults: [],
    always: undefined,
    extractions: () => mock.requests.filter((request) => request.kind === "extraction"),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = createServer((req, res) => {
    void handle(mock, req, res).catch((error: unknown) => {
      res.writeHead(599).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mock.env =
    provider === "openai"
      ? { OPENAI_BASE_URL: `${base}/v1`, OPENAI_API_KEY: "sk-mock-not-a-key" }
      : { ANTHROPIC_BASE_URL: base, ANTHROPIC_API_KEY: "mock-not-a-key" };
  return mock;
}

async function handle(mock: MockLlm, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  const body = JSON.parse(raw) as Record<string, any>;
  const expected = mock.provider === "openai" ? "/v1/chat/completions" : "/v1/messages";
  if (req.method !== "POST" || req.url?.split("?")[0] !== expected) {
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `no route ${req.url}` } }));
    return;
  }
  const protocol = mock.provider === "openai" ? openai : anthropic;
  const extraction = protocol.isExtraction(body);
  const request: RecordedRequest = { kind: extraction ? "extraction" : "answer", stream: body.stream === true, body, transcript: extraction ? protocol.userText(body) : "" };
  mock.requests.push(request);
  if (!extraction) return protocol.reply(res, body, { text: answerFor(protocol.systemText(body)) });
  const fault = mock.faults.shift() ?? mock.always;
  const candidates = candidatesFor(request.transcript);
  switch (fault) {
    case "stall":
      return; // never answered; the connection is closed by the client or by close()
    case "rate_limited":
      return protocol.error(res, 429, "rate_limit_error", "Rate limit reached for requests");
    case "server_error":
      return protocol.error(res, 500, "api_error", "The server had an error while processing your request");
    case "malformed":
      return protocol.reply(res, body, { malformed: '{"candidates": [{"bucket": "promote", "key": ' });
    case "invalid_candidate":
      return protocol.reply(res, body, { candidates: [...candidates, OVERSIZED_CANDIDATE] });
    default:
      return protocol.reply(res, body, { candidates });
  }
}

/** What to answer: text, candidates (structured), or an unreadable structured answer. */
type Answer = { text: string } | { candidates: WireCandidate[] } | { malformed: string };

interface Protocol {
  isExtraction(body: Record<string, any>): boolean;
  systemText(body: Record<string, any>): string;
  userText(body: Record<string, any>): string;
  reply(res: ServerResponse, body: Record<string, any>, answer: Answer): void;
  error(res: ServerResponse, status: number, type: string, message: string): void;
}

/** Each response's own id, as the real APIs give (the AI message's id is taken from it). */
let lastId = 0;
const nextId = () => (lastId += 1);

const textOf = (content: unknown): string =>
  typeof content === "string" ? content : Array.isArray(content) ? content.map((block: { text?: string }) => block.text ?? "").join("") : "";

/** Splits a text into three pieces, as a stream would deliver it. */
const pieces = (text: string) => {
  const third = Math.ceil(text.length / 3);
  return [text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)].filter((piece) => piece.length > 0);
};

const sse = (res: ServerResponse) => res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });

const openai: Protocol = {
  isExtraction: (body) => body.response_format?.type === "json_schema",
  systemText: (body) => textOf(body.messages.find((message: { role: string }) => message.role === "system" || message.role === "developer")?.content),
  userText: (body) => textOf(body.messages.findLast((message: { role: string }) => message.role === "user")?.content),
  reply(res, body, answer) {
    const text = "text" in answer ? answer.text : "malformed" in answer ? answer.malformed : JSON.stringify({ candidates: answer.candidates });
    const head = { id: `chatcmpl-mock-${nextId()}`, created: 0, model: body.model };
    if (body.stream !== true) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({
        ...head,
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }));
      return;
    }
    sse(res);
    const chunk = (delta: object, finish: string | null) =>
      res.write(`data: ${JSON.stringify({ ...head, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    chunk({ role: "assistant", content: "" }, null);
    for (const piece of pieces(text)) chunk({ content: piece }, null);
    chunk({}, "stop");
    res.end("data: [DONE]\n\n");
  },
  error(res, status, type, message) {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message, type, code: null, param: null } }));
  },
};

const anthropic: Protocol = {
  isExtraction: (body) => Array.isArray(body.tools) && body.tools.some((tool: { name?: string }) => tool.name === "memory_candidates"),
  systemText: (body) => textOf(body.system),
  userText: (body) => textOf(body.messages.findLast((message: { role: string }) => message.role === "user")?.content),
  reply(res, body, answer) {
    // A structured answer is a tool call; an unreadable one is prose instead of the tool call.
    const block =
      "candidates" in answer
        ? { type: "tool_use", id: "toolu_mock", name: "memory_candidates", input: { candidates: answer.candidates } }
        : { type: "text", text: "text" in answer ? answer.text : answer.malformed };
    const stopReason = block.type === "tool_use" ? "tool_use" : "end_turn";
    const message = { id: `msg_mock_${nextId()}`, type: "message", role: "assistant", model: body.model, stop_sequence: null };
    if (body.stream !== true) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({
        ...message,
        content: [block],
        stop_reason: stopReason,
        usage: { input_tokens: 10, output_tokens: 10 },
      }));
      return;
    }
    sse(res);
    const event = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
    event("message_start", { message: { ...message, content: [], stop_reason: null, usage: { input_tokens: 10, output_tokens: 0 } } });
    if (block.type === "tool_use") {
      event("content_block_start", { index: 0, content_block: { ...block, input: {} } });
      for (const piece of pieces(JSON.stringify(block.input))) event("content_block_delta", { index: 0, delta: { type: "input_json_delta", partial_json: piece } });
    } else {
      event("content_block_start", { index: 0, content_block: { type: "text", text: "" } });
      for (const piece of pieces(block.text!)) event("content_block_delta", { index: 0, delta: { type: "text_delta", text: piece } });
    }
    event("content_block_stop", { index: 0 });
    event("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 10 } });
    event("message_stop", {});
    res.end();
  },
  error(res, status, type, message) {
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ type: "error", error: { type, message } }));
  },
};
