import { BaseChatModel, type BaseChatModelParams, type BindToolsInput } from "@langchain/core/language_models/chat_models";
import { AIMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";

/** What a scripted turn answers: plain text, or tool calls to make. */
export type ScriptedReply = string | { toolCalls: { name: string; args: Record<string, unknown> }[] };

/** Decides the reply from the messages the model sees and the names of the tools bound to it. */
export type Script = (messages: BaseMessage[], tools: string[]) => ScriptedReply;

/**
 * A tool-calling chat model for tests: each call answers what `script`
 * decides from the messages it receives, so a run's path is a function of
 * the conversation, not of how many calls came before. `bindTools` returns a
 * copy that knows the tools' names; every call is recorded in `calls`.
 */
export class ScriptedChatModel extends BaseChatModel {
  readonly calls: { messages: BaseMessage[]; tools: string[] }[];
  readonly #script: Script;
  readonly #tools: string[];
  #ids: { next: number };

  constructor(script: Script, params: BaseChatModelParams = {}, shared?: { calls: ScriptedChatModel["calls"]; tools: string[]; ids: { next: number } }) {
    super(params);
    this.#script = script;
    this.calls = shared?.calls ?? [];
    this.#tools = shared?.tools ?? [];
    this.#ids = shared?.ids ?? { next: 0 };
  }

  override _llmType(): string {
    return "scripted";
  }

  override bindTools(tools: BindToolsInput[]) {
    const names = tools.map((tool) => (tool as { name?: string }).name ?? "?");
    return new ScriptedChatModel(this.#script, {}, { calls: this.calls, tools: [...this.#tools, ...names], ids: this.#ids });
  }

  override async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    this.calls.push({ messages, tools: this.#tools });
    const reply = this.#script(messages, this.#tools);
    const message =
      typeof reply === "string"
        ? new AIMessage(reply)
        : new AIMessage({
            content: "",
            tool_calls: reply.toolCalls.map((call) => ({ ...call, id: `call_${(this.#ids.next += 1)}`, type: "tool_call" as const })),
          });
    return { generations: [{ text: message.text, message }] };
  }
}
