import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";

/** Options of {@link OfflineChatModel}. */
export interface OfflineChatModelParams extends BaseChatModelParams {
  /** How many remembered items a reply quotes at most. */
  maxQuoted?: number;
}

const STAND_IN_NOTICE = "(offline stand-in model: no LLM was called)";

/**
 * A chat model that needs no network and no API key, so that the template
 * graph, the demo and the tests run anywhere. It is not a language model: it
 * answers by quoting the remembered items (lines starting with `- `) of its
 * system prompt that share words with the last user message, or all of them
 * when none does, and says in every reply that it is a stand-in.
 *
 * Replace it with any LangChain chat model for real answers; the memory nodes
 * do not depend on it.
 */
export class OfflineChatModel extends BaseChatModel {
  readonly #maxQuoted: number;

  constructor(params: OfflineChatModelParams = {}) {
    super(params);
    this.#maxQuoted = params.maxQuoted ?? 5;
  }

  override _llmType(): string {
    return "offline-stand-in";
  }

  override async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const text = this.#reply(messages);
    return { generations: [{ text, message: new AIMessage(text) }] };
  }

  #reply(messages: BaseMessage[]): string {
    const system = messages.filter((message) => message.getType() === "system").map((message) => message.text).join("\n");
    const question = [...messages].reverse().find((message) => message.getType() === "human")?.text ?? "";
    const remembered = system
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2));
    if (remembered.length === 0) {
      return `${STAND_IN_NOTICE} I have nothing remembered about you yet. You said: "${question}".`;
    }
    const asked = words(question);
    const relevant = remembered.filter((item) => [...words(item)].some((word) => asked.has(word)));
    const quoted = (relevant.length > 0 ? relevant : remembered).slice(0, this.#maxQuoted);
    return `${STAND_IN_NOTICE} From what I remember: ${quoted.join("; ")}. You said: "${question}".`;
  }
}

/** Content words of a text, for a crude relevance test. */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 3),
  );
}
