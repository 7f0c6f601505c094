/**
 * The levels `npm test` holds the evaluation to, in percent: a floor for the
 * measures where higher is better, a ceiling for the others. They are the
 * levels the code reaches now (the evaluation is deterministic, so each is an
 * honest test); raise them as the rules improve, towards the targets in
 * `measures.ts`. `null` means the measure is not asserted yet: its level
 * today (0% of forget requests honoured, 0% of look-alikes kept, 100% of
 * stored old values still live) is a bound nothing can fall past.
 */
import type { MeasureId } from "./measures.js";

/** Per measure: the floor (higher is better) or ceiling `npm test` asserts, in percent; null when not asserted. */
export const THRESHOLDS: Record<MeasureId, number | null> = {
  remembered: 29.5,
  staleLive: 27.8,
  staleLiveWhereStored: null,
  topSuperseded: 20,
  wrongScope: 4.3,
  secretsStored: 13.3,
  lookalikesKept: null,
  pastedDocuments: 25,
  pastedLogs: 25,
  transientStored: 0,
  forgetHonoured: null,
  rankedFirst: 20,
  rankedTop3: 20,
  factConsolidation: 35,
  factConsolidationUpdated: 30,
  gateBadLetThrough: 92.3,
  gateGoodKept: 93.3,
};
