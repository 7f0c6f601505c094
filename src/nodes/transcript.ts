import type { BaseMessage } from "@langchain/core/messages";
import { markPasted, type MemoryRecord } from "../memory/index.js";

/**
 * The messages an extractor is given, out of those added since the last
 * extraction, oldest first:
 *
 * - the user's messages (`human`): the only memory material;
 * - the assistant's replies (`ai`) that have text, as context (a reply that
 *   only calls tools says nothing and is left out);
 * - tool results (`tool`) only with `includeToolOutput`: they are not the
 *   user speaking, and often hold data nobody asked to remember;
 * - never system or other messages.
 */
export function messagesForExtraction(messages: readonly BaseMessage[], { includeToolOutput }: { includeToolOutput: boolean }): BaseMessage[] {
  return messages.filter((message) => {
    switch (message.getType()) {
      case "human":
        return true;
      case "ai":
        return message.text.trim().length > 0;
      case "tool":
        return includeToolOutput;
      default:
        return false;
    }
  });
}

/** How each kind of message is labelled for the model: only `user` lines are memory material. */
const LABELS: Record<string, string> = {
  human: "user",
  ai: "assistant (context only)",
  tool: "tool output (context only)",
};

/**
 * The extraction prompt's user message: the memories already kept (so an
 * update reuses their keys), then the new messages, one labelled line each.
 */
export function renderTranscript(messages: readonly BaseMessage[], recalled: readonly MemoryRecord[]): string {
  const known = recalled.map((record) => `- ${record.key}: ${record.text}`);
  // Pasted material inside a user's message is replaced by a marker: it is not the user's words.
  const lines = messages.map((message) => `${LABELS[message.getType()] ?? message.getType()}: ${message.getType() === "human" ? markPasted(message.text) : message.text}`);
  return [
    known.length > 0 ? `Already remembered (reuse a key when a statement changes it):\n${known.join("\n")}\n\n` : "",
    'New messages. Only the lines marked "user" are the user\'s own words and may be remembered; ',
    "lines marked (context only) help you read them and are never memory material themselves:\n",
    lines.join("\n"),
  ].join("");
}
