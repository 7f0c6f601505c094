/**
 * The template agent's shape (recall → answer → extract → promote → prune,
 * offline answer model) with the scripted model as its extractor.
 */
import { SystemMessage } from "@langchain/core/messages";
import { StateGraph } from "@langchain/langgraph";
import { MemoryAgentConfiguration, MemoryAnnotation, OfflineChatModel, addMemoryNodes, type MemoryState } from "../../src/index.js";
import type { GraphFactory, SessionGraph } from "../harness/session.js";
import { ScriptedExtractionModel, type ScriptedAnswer } from "./scripted-model.js";

async function answer(state: MemoryState) {
  const reply = await new OfflineChatModel().invoke([new SystemMessage(state.memoryPrompt || "You are a helpful assistant."), ...state.messages]);
  return { messages: [reply] };
}

/** A graph factory whose extract node is fed by the scripted model. */
export function scriptedAgent(answers: readonly ScriptedAnswer[]): GraphFactory {
  const model = new ScriptedExtractionModel(answers);
  return (checkpointer, store) => {
    const builder = new StateGraph(MemoryAnnotation, MemoryAgentConfiguration).addNode("answer", answer);
    return addMemoryNodes(builder, "answer", { extract: { model } }).compile({ checkpointer, store }) as unknown as SessionGraph;
  };
}
