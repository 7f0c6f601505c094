import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HumanMessage } from "@langchain/core/messages";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteSaver, SqliteStore, buildMemoryAgent, recall } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "lsm-window-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the template agent's message window", () => {
  it("keeps only the newest messages in the thread's state, while what was said stays in durable memory", async () => {
    const file = join(dir, "window.db");
    const checkpointer = SqliteSaver.fromConnString(file);
    const store = SqliteStore.fromConnString(file);
    const agent = buildMemoryAgent({ checkpointer, store, keepMessages: 4 });
    const config = { configurable: { thread_id: "long", userId: "ana" } };
    await agent.invoke({ messages: [new HumanMessage("I prefer dark mode.")] }, config);
    for (let turn = 0; turn < 5; turn += 1) await agent.invoke({ messages: [new HumanMessage(`Turn ${turn}: how are you?`)] }, config);

    const { values } = await agent.getState(config);
    expect(values.messages).toHaveLength(4);
    expect(values.messages.at(-2)!.text).toBe("Turn 4: how are you?");
    expect((await recall(store, { userId: "ana" })).map((record) => record.text)).toEqual(["Theme: dark mode"]);
    expect(() => buildMemoryAgent({ keepMessages: 1 })).toThrow(RangeError);
    checkpointer.close();
    store.close();
  });
});
