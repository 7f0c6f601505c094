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

  // What must never go wrong, in any round: a secret kept, a look-alike refused, pasted words kept, a forget ignored.
  // Rounds three to nine are held on all of it; later rounds where their fixes met the target (the rest is measured).
  describe.each([
    { round: "three to nine", only: /^h[3-9]-/, held: ["secretsStored", "lookalikesKept", "pastedDocuments", "pastedLogs", "forgetHonoured"] as MeasureId[] },
    { round: "ten", only: /^h10-/, held: ["secretsStored", "pastedLogs", "forgetHonoured"] as MeasureId[] },
    { round: "eleven", only: /^h11-/, held: ["secretsStored", "pastedDocuments", "pastedLogs", "forgetHonoured"] as MeasureId[] },
    { round: "twelve", only: /^h12-/, held: ["secretsStored", "pastedDocuments", "pastedLogs", "forgetHonoured"] as MeasureId[] },
    { round: "thirteen", only: /^h13-/, held: ["secretsStored", "lookalikesKept", "pastedDocuments", "pastedLogs", "forgetHonoured"] as MeasureId[] },
    { round: "fourteen", only: /^h14-/, held: ["secretsStored", "pastedDocuments", "pastedLogs"] as MeasureId[] },
    { round: "fifteen", only: /^h15-/, held: ["secretsStored", "lookalikesKept", "pastedDocuments", "pastedLogs", "forgetHonoured", "transientStored"] as MeasureId[] },
    { round: "sixteen", only: /^h16-/, held: ["secretsStored", "lookalikesKept", "pastedDocuments", "pastedLogs", "forgetHonoured", "transientStored"] as MeasureId[] },
  ])("round $round", ({ only, held }) => {
    let round: EvalResult;
    beforeAll(async () => {
      round = await runEvaluation({ holdout: true, only });
    }, 240_000);

    it.each(held)("keeps %s at its target", (id) => {
      const failed = round.checks.filter((check) => check.measure === id && !passed(check)).map((check) => `${check.scenario}: ${check.detail}`);
      expect(failed).toEqual([]);
      expect(round.rows.find((candidate) => candidate.id === id)!.meetsTarget).toBe(true);
    });
  });
});
