import { z } from "zod/v4";

/** The kinds of durable memory, in the order recall ranks them without a query. */
export const MEMORY_TYPES = ["rule", "preference", "task_state", "fact", "summary", "episode"] as const;

/** A kind of durable memory. */
export const MemoryTypeSchema = z.enum(MEMORY_TYPES);
export type MemoryType = z.infer<typeof MemoryTypeSchema>;

/** Who a memory belongs to: one user, a project, an organisation, or everyone. */
export const MemoryScopeSchema = z.enum(["user", "project", "org", "global"]);
export type MemoryScope = z.infer<typeof MemoryScopeSchema>;

/** A stable subject key such as `ui.theme` or `project.atlas.status`. */
export const MemoryKeySchema = z
  .string()
  .max(200)
  .regex(
    /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/i,
    "a memory key is dotted words of letters, digits, '_' and '-' (e.g. ui.theme)",
  );

/**
 * Where a memory came from. A plain union (its members differ by `kind`
 * anyway): `ZodDiscriminatedUnion`'s type parameters differ between zod 4 and
 * zod 3.25's `zod/v4`, and the declarations we ship must compile with both.
 */
export const MemorySourceSchema = z.union([
  z.object({
    kind: z.literal("thread"),
    threadId: z.string().min(1),
    checkpointId: z.string().min(1).optional(),
    messageIds: z.array(z.string()).optional(),
  }),
  z.object({ kind: z.literal("manual"), note: z.string().optional() }),
]);
export type MemorySource = z.infer<typeof MemorySourceSchema>;

const Timestamp = z.iso.datetime({ offset: true });

/** A lifetime in days: positive and at most a century, so every expiry is a valid date. */
export const TtlDaysSchema = z.number().positive().max(36_500);

/**
 * A durable memory: the single source of truth for what is stored.
 *
 * It maps one to one onto the `agent_memory` table of the design this
 * package follows: `id` ↔ id, the owning ids ↔ owner_id, `scope` ↔ scope,
 * `memoryType` ↔ memory_type, `content` ↔ content_json, `source` ↔ source,
 * `confidence` ↔ confidence, `lastVerifiedAt` ↔ last_verified_at,
 * `expiresAt` ↔ expires_at, `supersededBy` ↔ superseded_by; `key`, `text`,
 * `createdAt` and `supersedes` complete it.
 */
export const MemoryRecordSchema = z
  .object({
    id: z.string().min(1),
    key: MemoryKeySchema,
    memoryType: MemoryTypeSchema,
    content: z.json(),
    /** A short rendering for prompts. */
    text: z.string().min(1).max(1_000),
    scope: MemoryScopeSchema,
    orgId: z.string().min(1).optional(),
    projectId: z.string().min(1).optional(),
    userId: z.string().min(1).optional(),
    source: MemorySourceSchema,
    confidence: z.number().min(0).max(1),
    createdAt: Timestamp,
    lastVerifiedAt: Timestamp,
    expiresAt: Timestamp.nullable(),
    supersededBy: z.string().nullable(),
    supersedes: z.string().nullable(),
  })
  .strict();
export type MemoryRecord = z.infer<typeof MemoryRecordSchema>;
