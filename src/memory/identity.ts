import { z } from "zod/v4";
import { InvalidIdentityError } from "./errors.js";

/**
 * An owner id (user, project or organisation) exactly as given: never trimmed
 * or normalised, so `"kim"` and `"kim "` can never share a tenant. Ids with
 * surrounding whitespace or control characters are refused rather than
 * silently made equal to another id.
 */
export const OwnerIdSchema = z
  .string()
  .min(1)
  .max(256)
  .refine((id) => id.trim() === id, "must not start or end with whitespace")
  .refine((id) => !/[\u0000-\u001f\u007f]/.test(id), "must not contain control characters");

/**
 * Who a memory operation acts for. `userId` is required: memory is never
 * pooled in a shared default bucket when a caller forgets to pass it.
 */
export const IdentityContextSchema = z
  .object({ userId: OwnerIdSchema, orgId: OwnerIdSchema.optional(), projectId: OwnerIdSchema.optional() })
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
  return parseOwnerIds(IdentityContextSchema, raw, "identity");
}

/** Parses owner ids with `schema`, dropping null and undefined ones, or throws an {@link InvalidIdentityError} naming `what`. */
export function parseOwnerIds<Schema extends z.ZodType>(schema: Schema, raw: Record<string, unknown>, what: string): z.infer<Schema> {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== null));
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new InvalidIdentityError(`Invalid ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
