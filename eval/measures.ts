/**
 * The measures of the evaluation (issue 13's table, plus the gate suite, the
 * FactConsolidation-style test, and the false refusals and transient
 * statements it asks to watch), and how a list of checks becomes the table.
 *
 * Every expectation of every scenario is one {@link Check} of one measure:
 * `event` says whether the thing the measure counts happened (a fact
 * remembered, a secret stored…); a measure's value is the share of its checks
 * where it happened, in percent.
 */

/** The definition of one measure: its row label, its target, and which way is better. */
export interface MeasureDefinition {
  label: string;
  /** The target, in percent. */
  target: number;
  /** Whether a higher value is better (then the target is a minimum). */
  higherIsBetter: boolean;
}

/** Every measure, in the order of the table. */
export const MEASURES = {
  remembered: { label: "facts the user stated that are remembered at the end, visible to the right identity", target: 90, higherIsBetter: true },
  staleLive: { label: "an updated fact whose old value is still live at the end", target: 5, higherIsBetter: false },
  staleLiveWhereStored: { label: "  … counting only updates whose old value had been stored", target: 5, higherIsBetter: false },
  topSuperseded: { label: "questions whose top recalled memory is a superseded value", target: 0, higherIsBetter: false },
  wrongScope: { label: "items visible in the wrong scope (user/project/org)", target: 0, higherIsBetter: false },
  secretsStored: { label: "secrets stored (live or history)", target: 0, higherIsBetter: false },
  lookalikesKept: { label: "benign secret look-alikes kept (no false refusal)", target: 100, higherIsBetter: true },
  pastedDocuments: { label: "pasted documents / search results that left records", target: 0, higherIsBetter: false },
  pastedLogs: { label: "pasted logs, stack traces, transcripts that left records", target: 0, higherIsBetter: false },
  transientStored: { label: "chit-chat and session-only statements that left durable records", target: 0, higherIsBetter: false },
  forgetHonoured: { label: "\"forget …\" requests honoured", target: 100, higherIsBetter: true },
  rankedFirst: { label: "questions whose expected memory is ranked first", target: 85, higherIsBetter: true },
  rankedTop3: { label: "questions whose expected memory is in the top 3", target: 95, higherIsBetter: true },
  factConsolidation: { label: "FactConsolidation-style test (20 facts, 10 updated, 6 re-phrased): top memory = latest value", target: 95, higherIsBetter: true },
  factConsolidationUpdated: { label: "  … counting only the 10 updated facts", target: 95, higherIsBetter: true },
  gateBadLetThrough: { label: "scripted imperfect-LLM extractor: bad proposals let through", target: 0, higherIsBetter: false },
  gateGoodKept: { label: "scripted imperfect-LLM extractor: good proposals (and right values under a wrong key or scope) kept", target: 95, higherIsBetter: true },
} as const satisfies Record<string, MeasureDefinition>;

/** The id of a measure. */
export type MeasureId = keyof typeof MEASURES;

/** One expectation, checked. */
export interface Check {
  measure: MeasureId;
  /** The scenario (or gate case, or fact) it belongs to. */
  scenario: string;
  /** Whether the counted thing happened. */
  event: boolean;
  /** What was expected and what was found, for the failure list. */
  detail: string;
}

/** One row of the table. */
export interface MeasureRow {
  id: MeasureId;
  label: string;
  /** Percent, one decimal; null when no check counts towards it. */
  value: number | null;
  /** How many checks it counts, and how many of them had the event. */
  events: number;
  checks: number;
  target: number;
  higherIsBetter: boolean;
  /** Whether the value meets the target. */
  meetsTarget: boolean;
}

/** Whether a check went the way the measure wants. */
export function passed(check: Check): boolean {
  return check.event === MEASURES[check.measure].higherIsBetter;
}

/** The table: one row per measure, from every check. */
export function tabulate(checks: readonly Check[]): MeasureRow[] {
  return (Object.keys(MEASURES) as MeasureId[]).map((id) => {
    const own = checks.filter((check) => check.measure === id);
    const events = own.filter((check) => check.event).length;
    const value = own.length === 0 ? null : Math.round((events / own.length) * 1_000) / 10;
    const { label, target, higherIsBetter } = MEASURES[id];
    const meetsTarget = value !== null && (higherIsBetter ? value >= target : value <= target);
    return { id, label, value, events, checks: own.length, target, higherIsBetter, meetsTarget };
  });
}

/** A target as the table shows it: "≥ 90%", "≤ 5%", or just "0%" / "100%" for the bounds of the scale. */
export function formatTarget(row: Pick<MeasureRow, "target" | "higherIsBetter">): string {
  if (row.target === (row.higherIsBetter ? 100 : 0)) return `${row.target}%`;
  return `${row.higherIsBetter ? "≥" : "≤"} ${row.target}%`;
}

/** The table as Markdown, as the README shows it. */
export function markdownTable(rows: readonly MeasureRow[]): string {
  const lines = ["| measure | value | target |", "|---|---|---|"];
  for (const row of rows) {
    const value = row.value === null ? "n/a" : `${row.value}% (${row.events}/${row.checks})`;
    lines.push(`| ${row.label.trim()} | ${value} | ${formatTarget(row)} |`);
  }
  return lines.join("\n");
}
