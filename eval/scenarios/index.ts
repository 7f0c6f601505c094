/** Every scenario of the evaluation, validated. */
import { ScenarioSchema, type Scenario } from "../scenario.js";
import { correctionScenarios } from "./corrections.js";
import { forgetScenarios } from "./forget.js";
import { hedgedScenarios } from "./hedged.js";
import { identityCollisionScenarios } from "./identities.js";
import { identityScenarios } from "./identity.js";
import { pastedScenarios } from "./pasted.js";
import { questionScenarios } from "./questions.js";
import { scopeScenarios } from "./scope.js";
import { secretScenarios } from "./secrets.js";
import { toolScenarios } from "./tools.js";
import { transientScenarios } from "./transient.js";
import { updateScenarios } from "./updates.js";

/** All scenarios, validated against {@link ScenarioSchema}; ids are unique. */
export function loadScenarios(): Scenario[] {
  const scenarios = [
    ...identityScenarios,
    ...updateScenarios,
    ...correctionScenarios,
    ...hedgedScenarios,
    ...scopeScenarios,
    ...identityCollisionScenarios,
    ...pastedScenarios,
    ...toolScenarios,
    ...secretScenarios,
    ...forgetScenarios,
    ...transientScenarios,
    ...questionScenarios,
  ].map((input) => ScenarioSchema.parse(input));
  const seen = new Set<string>();
  for (const { id } of scenarios) {
    if (seen.has(id)) throw new Error(`Two scenarios have the id "${id}"`);
    seen.add(id);
  }
  return scenarios;
}
