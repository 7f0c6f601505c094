import { beforeAll, describe, expect, it } from "vitest";
import { runEvaluation, type EvalResult } from "../../eval/evaluate.js";
import { MEASURES, type MeasureId } from "../../eval/measures.js";
import { THRESHOLDS } from "../../eval/thresholds.js";

/** The whole evaluation, offline and in-process; each measure held at its threshold. */
describe("memory evaluation (npm run eval)", () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await runEvaluation();
  }, 120_000);

  it("runs offline in under a minute", () => {
    expect(result.elapsedMs).toBeLessThan(60_000);
  });

  it("has every measure in its table", () => {
    expect(result.rows.map((row) => row.id)).toEqual(Object.keys(MEASURES));
  });

  it.each(Object.entries(THRESHOLDS).filter(([, threshold]) => threshold !== null) as [MeasureId, number][])(
    "%s stays at its threshold",
    (id, threshold) => {
      const row = result.rows.find((candidate) => candidate.id === id)!;
      expect(row.value, `${id} has no checks`).not.toBeNull();
      if (row.higherIsBetter) expect(row.value!).toBeGreaterThanOrEqual(threshold);
      else expect(row.value!).toBeLessThanOrEqual(threshold);
    },
  );
});
