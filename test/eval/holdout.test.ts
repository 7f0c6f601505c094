import { beforeAll, describe, expect, it } from "vitest";
import { failuresByScenario, runEvaluation, type EvalResult } from "../../eval/evaluate.js";
import { passed, type MeasureId } from "../../eval/measures.js";

/**
 * The held-out sets (`npm run eval:holdout`), written blind to the rules. Their
 * first runs are recorded in the README; once their failure classes were fixed
 * they are no longer held out, and this keeps them from regressing.
 */
describe("held-out evaluation (npm run eval:holdout)", () => {
  let result: EvalResult;
  beforeAll(async () => {
    // Rounds one and two, held whole; the later rounds are held on what must never go wrong (below).
    result = await runEvaluation({ holdout: true, only: /^(?:ho|h2)-/ });
  }, 120_000);

  it("fails no check of the 137 scenarios of its first two rounds", () => {
    expect(Object.values(result.scenarios).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(137);
    const failed = [...failuresByScenario(result.checks)].map(([scenario, checks]) => `${scenario}: ${checks.map((check) => check.detail).join("; ")}`);
    expect(failed).toEqual([]);
  });

  describe("rounds three to nine (h3- to h9-)", () => {
    let later: EvalResult;
    beforeAll(async () => {
      later = await runEvaluation({ holdout: true, only: /^h[3-9]-/ });
    }, 240_000);

    // What must never go wrong, in any round: a secret kept, a look-alike refused, pasted words kept, a forget ignored.
    const held: MeasureId[] = ["secretsStored", "lookalikesKept", "pastedDocuments", "pastedLogs", "forgetHonoured"];
    it.each(held)("keeps %s at its target", (id) => {
      const row = later.rows.find((candidate) => candidate.id === id)!;
      const failed = later.checks.filter((check) => check.measure === id && !passed(check)).map((check) => `${check.scenario}: ${check.detail}`);
      expect(failed).toEqual([]);
      expect(row.meetsTarget).toBe(true);
    });
  });

  describe("round ten (h10-), held where its fixes met the target", () => {
    let tenth: EvalResult;
    beforeAll(async () => {
      tenth = await runEvaluation({ holdout: true, only: /^h10-/ });
    }, 120_000);

    // Its look-alikes (a rule inside a request to write a sign, a nationality) and one pasted tech sheet are not met yet.
    it.each(["secretsStored", "pastedLogs", "forgetHonoured"] as MeasureId[])("keeps %s at its target", (id) => {
      const failed = tenth.checks.filter((check) => check.measure === id && !passed(check)).map((check) => `${check.scenario}: ${check.detail}`);
      expect(failed).toEqual([]);
      expect(tenth.rows.find((candidate) => candidate.id === id)!.meetsTarget).toBe(true);
    });
  });
});
