/**
 * The held-out scenarios (`npm run eval:holdout`): written without reading the
 * extractor's rules or the public scenarios, to measure whether the rules
 * generalise. Not part of `npm run eval` nor of `npm test`.
 */
import { parseScenarios, type Scenario } from "../scenario.js";
import { holdoutCorrectionScenarios } from "./corrections.js";
import { holdoutForgetScenarios } from "./forget.js";
import { holdoutHedgedScenarios } from "./hedged.js";
import { holdoutIdentityScenarios } from "./identity.js";
import { holdoutPastedScenarios } from "./pasted.js";
import { holdoutQuestionScenarios } from "./questions.js";
import { holdoutScopeScenarios } from "./scope.js";
import { holdoutSecretScenarios } from "./secrets.js";
import { holdoutToolScenarios } from "./tools.js";
import { holdoutTransientScenarios } from "./transient.js";
import { holdoutUpdateScenarios } from "./updates.js";
import { secondFactScenarios } from "./second-facts.js";
import { secondMiscScenarios } from "./second-misc.js";
import { secondPastedScenarios } from "./second-pasted.js";
import { secondScopeScenarios } from "./second-scope.js";
import { thirdHoldoutScenarios } from "./third.js";
import { fourthHoldoutScenarios } from "./fourth.js";
import { fifthHoldoutScenarios } from "./fifth.js";
import { sixthHoldoutScenarios } from "./sixth.js";
import { seventhHoldoutScenarios } from "./seventh.js";
import { eighthHoldoutScenarios } from "./eighth.js";
import { ninthHoldoutScenarios } from "./ninth.js";
import { tenthHoldoutScenarios } from "./tenth.js";
import { eleventhHoldoutScenarios } from "./eleventh.js";
import { twelfthHoldoutScenarios } from "./twelfth.js";
import { thirteenthHoldoutScenarios } from "./thirteenth.js";
import { fourteenthHoldoutScenarios } from "./fourteenth.js";
import { fifteenthHoldoutScenarios } from "./fifteenth.js";
import { sixteenthHoldoutScenarios } from "./sixteenth.js";

/** Every held-out scenario, validated by `parseScenarios` (schema, unique ids). */
export function loadHoldoutScenarios(): Scenario[] {
  return parseScenarios([
    ...holdoutIdentityScenarios,
    ...holdoutUpdateScenarios,
    ...holdoutCorrectionScenarios,
    ...holdoutHedgedScenarios,
    ...holdoutScopeScenarios,
    ...holdoutPastedScenarios,
    ...holdoutToolScenarios,
    ...holdoutSecretScenarios,
    ...holdoutForgetScenarios,
    ...holdoutTransientScenarios,
    ...holdoutQuestionScenarios,
    ...secondFactScenarios,
    ...secondScopeScenarios,
    ...secondPastedScenarios,
    ...secondMiscScenarios,
    ...thirdHoldoutScenarios,
    ...fourthHoldoutScenarios,
    ...fifthHoldoutScenarios,
    ...sixthHoldoutScenarios,
    ...seventhHoldoutScenarios,
    ...eighthHoldoutScenarios,
    ...ninthHoldoutScenarios,
    ...tenthHoldoutScenarios,
    ...eleventhHoldoutScenarios,
    ...twelfthHoldoutScenarios,
    ...thirteenthHoldoutScenarios,
    ...fourteenthHoldoutScenarios,
    ...fifteenthHoldoutScenarios,
    ...sixteenthHoldoutScenarios,
  ]);
}
