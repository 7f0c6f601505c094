import type { OwnerFilter } from "../../memory/index.js";
import type { OptionSpecs, OptionValues } from "../command.js";

/** The owner ids a memory command filters by. */
export const OWNER_OPTIONS = {
  user: { type: "string", value: "id", description: "a user id" },
  project: { type: "string", value: "id", description: "a project id" },
  org: { type: "string", value: "id", description: "an organisation id" },
} as const satisfies OptionSpecs;

/** The owner filter the options name (ids not given match any). */
export function ownerOf(values: OptionValues<typeof OWNER_OPTIONS>): OwnerFilter {
  return { userId: values.user, projectId: values.project, orgId: values.org };
}
