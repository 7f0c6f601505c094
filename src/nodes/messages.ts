import type { BaseMessage } from "@langchain/core/messages";

/** The text of the newest user message, the default recall query. */
export function lastUserText(messages: readonly BaseMessage[]): string | undefined {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    if (messages[i]!.getType() === "human") return messages[i]!.text;
  }
  return undefined;
}

/**
 * The messages after the one whose id is `extractedThrough`. When that id is
 * gone (the history was trimmed or summarised), only the messages since the
 * last AI reply count as new, never the whole history.
 */
export function messagesSince(messages: readonly BaseMessage[], extractedThrough: string | null): BaseMessage[] {
  if (extractedThrough === null) return [...messages];
  const seen = messages.findIndex((message) => message.id === extractedThrough);
  if (seen >= 0) return messages.slice(seen + 1);
  let lastReply = messages.length - 1;
  while (lastReply >= 0 && messages[lastReply]!.getType() !== "ai") lastReply -= 1;
  return messages.slice(lastReply + 1);
}
