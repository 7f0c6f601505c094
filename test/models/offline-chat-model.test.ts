import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import { OfflineChatModel } from "../../src/models/offline-chat-model.js";

const memoryPrompt = [
  "What you remember about this user:",
  "- Prefers dark mode",
  "- Never use emojis",
  "- Project deadline: March 3",
].join("\n");

describe("OfflineChatModel", () => {
  it("quotes the remembered items that share words with the question and says it is a stand-in", async () => {
    const reply = await new OfflineChatModel().invoke([
      new SystemMessage(memoryPrompt),
      new HumanMessage("When is the project deadline?"),
    ]);
    expect(reply.text).toContain("offline stand-in model");
    expect(reply.text).toContain("Project deadline: March 3");
    expect(reply.text).not.toContain("dark mode");
  });

  it("quotes everything remembered when nothing matches, and nothing when nothing is remembered", async () => {
    const model = new OfflineChatModel({ maxQuoted: 2 });
    const all = await model.invoke([new SystemMessage(memoryPrompt), new HumanMessage("hello")]);
    expect(all.text).toContain("Prefers dark mode; Never use emojis.");
    const none = await model.invoke([new HumanMessage("hello")]);
    expect(none.text).toContain("nothing remembered");
  });
});
