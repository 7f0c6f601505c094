/** Every scenario of the evaluation, validated. */
import { parseScenarios, type Scenario } from "../scenario.js";
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

/** All scenarios, validated by `parseScenarios` (schema, unique ids). */
export function loadScenarios(): Scenario[] {
  return parseScenarios([
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
  ]);
}
