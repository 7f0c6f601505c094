/** Every scenario of the evaluation, validated. */
import { ScenarioSchema, type Scenario } from "../scenario.js";
import { identityScenarios } from "./identity.js";
import { updateScenarios } from "./updates.js";

/** All scenarios, validated against {@link ScenarioSchema}; ids are unique. */
export function loadScenarios(): Scenario[] {
  const scenarios = [...identityScenarios, ...updateScenarios].map((input) => ScenarioSchema.parse(input));
  const seen = new Set<string>();
  for (const { id } of scenarios) {
    if (seen.has(id)) throw new Error(`Two scenarios have the id "${id}"`);
    seen.add(id);
  }
  return scenarios;
}
