import type { RunnableConfig } from "@langchain/core/runnables";
import { InvalidCheckpointConfigError } from "./errors.js";

/** The addressing fields of a checkpoint config, validated. */
export interface CheckpointAddress {
  threadId: string | undefined;
  checkpointNs: string | undefined;
  checkpointId: string | undefined;
}

/**
 * Reads `thread_id`, `checkpoint_ns` and `checkpoint_id` from
 * `config.configurable`. A config without `configurable` addresses nothing in
 * particular (as in the official savers, `list({})` lists every thread).
 * Numbers are accepted as ids (LangGraph allows them) and read as their
 * decimal text; anything else that is not a string is an error rather than a
 * silently stringified `[object Object]`.
 */
export function readAddress(config: RunnableConfig, operation: string): CheckpointAddress {
  const configurable = config?.configurable ?? {};
  if (typeof configurable !== "object") {
    throw new InvalidCheckpointConfigError(
      `${operation}: config.configurable must be an object; pass { configurable: { thread_id } }.`,
    );
  }
  return {
    threadId: readId(configurable, "thread_id", operation),
    checkpointNs: readId(configurable, "checkpoint_ns", operation),
    checkpointId: readId(configurable, "checkpoint_id", operation),
  };
}

/** Like {@link readAddress}, for operations that need a thread. */
export function readThreadAddress(
  config: RunnableConfig,
  operation: string,
): CheckpointAddress & { threadId: string; checkpointNs: string } {
  if (config?.configurable === undefined || config.configurable === null) {
    throw new InvalidCheckpointConfigError(
      `${operation}: the config has no "configurable" object; pass { configurable: { thread_id } }.`,
    );
  }
  const address = readAddress(config, operation);
  if (address.threadId === undefined || address.threadId === "") {
    throw new InvalidCheckpointConfigError(
      `${operation}: "thread_id" is missing from config.configurable; the saver needs it to know which thread to persist.`,
    );
  }
  return { ...address, threadId: address.threadId, checkpointNs: address.checkpointNs ?? "" };
}

function readId(
  configurable: Record<string, unknown>,
  field: string,
  operation: string,
): string | undefined {
  const value = configurable[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new InvalidCheckpointConfigError(
    `${operation}: config.configurable.${field} must be a string, got ${Array.isArray(value) ? "an array" : typeof value}.`,
  );
}
