import type { BaseMessage } from "@langchain/core/messages";
import { SqliteSaver } from "../../checkpoint/index.js";
import { UsageError } from "../command.js";
import { databaseCommand } from "../database-command.js";

/** `threads`: every thread in the file, with its checkpoint count. */
export const threads = databaseCommand({
  group: "read",
  summary: "List every thread in the file with its number of checkpoints and latest checkpoint.",
  positionals: [],
  options: {},
  writes: false,
  async query(db) {
    const rows: (string | number)[][] = [];
    const json = [];
    for await (const thread of new SqliteSaver(db).listThreads()) {
      rows.push([thread.threadId, thread.checkpoints, thread.latestCheckpointId]);
      json.push(thread);
    }
    return { columns: ["thread", "checkpoints", "latest checkpoint"], rows, json };
  },
});

/** `checkpoints <thread>`: a thread's checkpoints, newest first. */
export const checkpoints = databaseCommand({
  group: "read",
  summary: "List a thread's checkpoints, newest first: namespace, step, source, parent and pending writes.",
  positionals: ["<thread>"],
  options: {},
  writes: false,
  async query(db, [thread]) {
    const json = [];
    for await (const tuple of new SqliteSaver(db).list({ configurable: { thread_id: thread } })) {
      json.push({
        checkpointId: tuple.checkpoint.id,
        namespace: tuple.config.configurable?.checkpoint_ns ?? "",
        step: tuple.metadata?.step,
        source: tuple.metadata?.source,
        parent: tuple.parentConfig?.configurable?.checkpoint_id ?? null,
        pendingWrites: tuple.pendingWrites?.length ?? 0,
      });
    }
    const rows = json.map((c) => [c.checkpointId, c.namespace, c.step ?? "", c.source ?? "", c.parent ?? "", c.pendingWrites]);
    return { columns: ["checkpoint", "namespace", "step", "source", "parent", "writes"], rows, json };
  },
});

/** `state <thread>`: the channel values of a thread's latest checkpoint. */
export const state = databaseCommand({
  group: "read",
  summary: "Print the channel values of a thread's latest checkpoint (messages are summarised in the table).",
  positionals: ["<thread>"],
  options: {},
  writes: false,
  async query(db, [thread]) {
    const tuple = await new SqliteSaver(db).getTuple({ configurable: { thread_id: thread } });
    if (tuple === undefined) throw new UsageError(`no thread "${thread}" in this file`);
    const values = tuple.checkpoint.channel_values;
    const rows = Object.entries(values).map(([channel, value]) => [channel, preview(value)]);
    return { columns: ["channel", "value"], rows, json: { checkpointId: tuple.checkpoint.id, values } };
  },
});

function preview(value: unknown): string {
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof (item as BaseMessage)?.getType === "function")) {
    const last = value.at(-1) as BaseMessage | undefined;
    return `${value.length} messages${last ? `, last (${last.getType()}): ${last.text}` : ""}`;
  }
  return JSON.stringify(value) ?? String(value);
}
