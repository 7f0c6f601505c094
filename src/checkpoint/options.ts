import type { SerializerProtocol } from "@langchain/langgraph-checkpoint";
import { z } from "zod/v4";
import { BusyTimeoutSchema } from "../sqlite/database.js";
import { SaverOptionsError } from "./errors.js";

const SerializerSchema = z.custom<SerializerProtocol>(
  (value) => isSerializer(value),
  "serde must be a SerializerProtocol (dumpsTyped and loadsTyped)",
);

/** Options of `new SqliteSaver(db, options)`. */
export const SqliteSaverOptionsSchema = z
  .object({
    /** The serializer; LangGraph's JSON format, read through `MessageFastPathSerializer`, by default. */
    serde: SerializerSchema.optional(),
    /** Milliseconds a write waits for another process's write lock before `DatabaseBusyError`; 5,000 by default. */
    busyTimeoutMs: BusyTimeoutSchema.optional(),
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
