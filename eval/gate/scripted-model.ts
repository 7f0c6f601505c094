/**
 * A scripted stand-in for an LLM extractor: a fake chat model (from
 * `@langchain/core/utils/testing`) that answers the extract node's
 * structured-output call with the candidates scripted for the user turn it
 * is shown, so its proposals reach `promote` through the same path a real
 * model's do (the extract node's prompt, its schema parse, the promote node).
 */
import type { BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { FakeListChatModel } from "@langchain/core/utils/testing";

/** One scripted answer: the turn it answers (by the first line the user typed) and the candidates it proposes. */
export interface ScriptedAnswer {
  /** The first line of the user's message, as it appears in the extraction transcript. */
  cue: string;
  candidates: Record<string, unknown>[];
}

/**
 * Answers each extraction call with the candidates of the turn whose cue
 * appears last in the transcript (the system instructions are not searched:
 * their examples would match cues); none if no cue does.
 */
export class ScriptedExtractionModel extends FakeListChatModel {
  readonly #answers: readonly ScriptedAnswer[];

  constructor(answers: readonly ScriptedAnswer[]) {
    super({ responses: [] });
    this.#answers = answers;
  }

  override async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const prompt = messages.filter((message) => message.getType() !== "system").map((message) => message.text).join("\n");
    let chosen: ScriptedAnswer | undefined;
    let position = -1;
    for (const answer of this.#answers) {
      const at = prompt.lastIndexOf(answer.cue);
      if (at > position) [chosen, position] = [answer, at];
    }
    return { generations: [this._formatGeneration(JSON.stringify({ candidates: chosen?.candidates ?? [] }))] };
  }
}
