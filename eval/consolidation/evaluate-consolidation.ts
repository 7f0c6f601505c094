/**
 * Runs the FactConsolidation-style test through the template agent: the
 * facts in two sessions, the updates in a third, then each question in a
 * session of its own; one check per fact.
 */
import { join } from "node:path";
import type { IdentityContext } from "../../src/index.js";
import { listed, matches } from "../harness/inspect.js";
import { runSession } from "../harness/session.js";
import type { Check } from "../measures.js";
import { CONSOLIDATION_FACTS } from "./facts.js";

const casey: IdentityContext = { userId: "casey", orgId: "acme", projectId: "atlas" };

/** One check per fact (and one more per updated fact): is the top recalled memory its latest value? */
export async function evaluateConsolidation(dir: string): Promise<Check[]> {
  const file = join(dir, "fact-consolidation.sqlite");
  const half = CONSOLIDATION_FACTS.length / 2;
  await runSession(file, casey, "fc-facts-1", CONSOLIDATION_FACTS.slice(0, half).map((fact) => fact.says));
  await runSession(file, casey, "fc-facts-2", CONSOLIDATION_FACTS.slice(half).map((fact) => fact.says));
  await runSession(file, casey, "fc-updates", CONSOLIDATION_FACTS.flatMap((fact) => (fact.update ? [fact.update.says] : [])));
  const checks: Check[] = [];
  for (const [index, fact] of CONSOLIDATION_FACTS.entries()) {
    const [state] = await runSession(file, casey, `fc-question-${index}`, [fact.ask]);
    const recalled = state!.recalledMemories;
    const kind = fact.update === undefined ? "never updated" : fact.update.rephrased ? "updated, re-phrased" : "updated, same phrasing";
    const check = {
      scenario: `fact-consolidation:${index + 1}`,
      event: recalled[0] !== undefined && matches(recalled[0], fact.latest),
      detail: `"${fact.ask}" (${kind}) should recall ${fact.latest} first; recalled: ${listed(recalled, 3)}`,
    };
    checks.push({ measure: "factConsolidation", ...check });
    if (fact.update !== undefined) checks.push({ measure: "factConsolidationUpdated", ...check });
  }
  return checks;
}
