/**
 * The identities the scenarios talk as. Ids collide on purpose across
 * organisations (two "sam"s, two "atlas" projects) to test isolation.
 */
import type { IdentityContext } from "../../src/index.js";

/** A user with no organisation or project. */
export const solo = (userId: string): IdentityContext => ({ userId });
/** A user in an organisation and project. */
export const at = (userId: string, orgId: string, projectId?: string): IdentityContext =>
  projectId === undefined ? { userId, orgId } : { userId, orgId, projectId };
