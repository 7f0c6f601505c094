/**
 * The levels `npm test` holds the evaluation to, in percent: a floor for the
 * measures where higher is better, a ceiling for the others. They are the
 * levels the code reaches now (the evaluation is deterministic, so each is an
 * honest test); raise them as the rules improve, towards the targets in
 * `measures.ts`. `null` means the measure is not asserted.
 */
import type { MeasureId } from "./measures.js";

export const THRESHOLDS: Record<MeasureId, number | null> = {
  remembered: 28.6,
  staleLive: 25,
  staleLiveWhereStored: 100,
  topSuperseded: 25,
  wrongScope: 0,
  secretsStored: null,
  lookalikesKept: null,
  pastedDocuments: null,
  pastedLogs: null,
  transientStored: null,
  forgetHonoured: null,
  rankedFirst: 20,
  rankedTop3: 20,
  factConsolidation: null,
  gateBadLetThrough: null,
  gateGoodKept: null,
};
