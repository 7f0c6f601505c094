import { z } from "zod/v4";
import { InvalidIdentityError } from "./errors.js";

const Id = z.string().trim().min(1).max(256);

/**
 * Who a memory operation acts for. `userId` is required: memory is never
 * pooled in a shared default bucket when a caller forgets to pass it.
 */
export const IdentityContextSchema = z
  .object({ userId: Id, orgId: Id.optional(), projectId: Id.optional() })
  .strict();
export type IdentityContext = z.infer<typeof IdentityContextSchema>;

/**
 * Validates an identity, treating `null` and `undefined` ids as absent.
 *
 * @throws InvalidIdentityError naming what is wrong.
 */
export function parseIdentity(input: unknown): IdentityContext {
  const raw = (input ?? {}) as Record<string, unknown>;
  if (raw.userId === undefined || raw.userId === null || raw.userId === "") {
    throw new InvalidIdentityError(
      "A userId is required to read or write memory (pass it as configurable.userId). Memory is never shared through a default user.",
    );
  }
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== null));
  const parsed = IdentityContextSchema.safeParse(present);
  if (!parsed.success) {
    throw new InvalidIdentityError(`Invalid identity: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
