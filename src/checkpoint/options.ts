import type { SerializerProtocol } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { BusyTimeoutSchema } from "../sqlite/database.js";
import { SaverOptionsError } from "./errors.js";

const SerializerSchema = z.custom<SerializerProtocol>(
  (value) => isSerializer(value),
  "serde must be a SerializerProtocol (dumpsTyped and loadsTyped)",
);

/**
 * How many checkpoints to keep: the newest `keepLast` of each namespace of a
 * thread (plus the ancestors a `DeltaChannel` replays its value from).
 */
export const RetentionSchema = z
  .object({
    /** Checkpoints kept per thread and namespace, at least 1. */
    keepLast: z.number().int().min(1),
  })
  .strict();

/** How many checkpoints to keep; see {@link RetentionSchema}. */
export type RetentionOptions = z.infer<typeof RetentionSchema>;

/** Options of `new SqliteSaver(db, options)`. */
export const SqliteSaverOptionsSchema = z
  .object({
    /** The serializer; LangGraph's JSON format, read through `MessageFastPathSerializer`, by default. */
    serde: SerializerSchema.optional(),
    /** Milliseconds a write waits for another process's write lock before `DatabaseBusyError`; 5,000 by default. */
    busyTimeoutMs: BusyTimeoutSchema.optional(),
    /**
     * Applied as the saver writes: every `put` then deletes the checkpoints of
     * its thread and namespace beyond the newest `keepLast`, with their writes
     * and the blobs nothing references any more (and the subgraph namespaces
     * of deleted steps), so a long-lived thread stops growing. Time travel reaches back `keepLast` checkpoints. No retention
     * (every checkpoint kept) when omitted.
     */
    retention: RetentionSchema.optional(),
  })
  .strict();

/** Options of `new SqliteSaver(db, options)`, as passed. */
export type SqliteSaverOptions = z.input<typeof SqliteSaverOptionsSchema>;

/**
 * Validates the saver's second argument: an options object, or (as the
 * official saver takes it) a serializer alone.
 */
export function parseSaverOptions(options: SqliteSaverOptions | SerializerProtocol | undefined) {
  const given = isSerializer(options) ? { serde: options } : (options ?? {});
  const parsed = SqliteSaverOptionsSchema.safeParse(given);
  if (!parsed.success) throw new SaverOptionsError(`Invalid SqliteSaver options: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function isSerializer(value: unknown): value is SerializerProtocol {
  const candidate = value as Partial<SerializerProtocol> | undefined;
  return typeof candidate?.dumpsTyped === "function" && typeof candidate?.loadsTyped === "function";
}
