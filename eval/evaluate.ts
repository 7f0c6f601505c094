/**
 * The whole evaluation, in-process: every scenario through the template
 * agent, the scripted imperfect-LLM gate suite, and the FactConsolidation-style
 * test; returns the table and every check.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateConsolidation } from "./consolidation/evaluate-consolidation.js";
import { GATE_CASES } from "./gate/cases.js";
import { evaluateGate } from "./gate/evaluate-gate.js";
import { evaluateScenario } from "./harness/evaluate-scenario.js";
import { passed, tabulate, type Check, type MeasureRow } from "./measures.js";
import { loadHoldoutScenarios } from "./holdout/index.js";
import { loadScenarios } from "./scenarios/index.js";
import { SCENARIO_CATEGORIES } from "./scenario.js";

/** What one run of the evaluation found. */
export interface EvalResult {
  rows: MeasureRow[];
  checks: Check[];
  /** Scenarios per category. */
  scenarios: Record<string, number>;
  /** Checks and failed checks per scenario category, plus `gate` and `fact-consolidation`. */
  byCategory: Record<string, { checks: number; failed: number }>;
  /** Wall-clock milliseconds. */
  elapsedMs: number;
}

/** Options of {@link runEvaluation}. */
export interface EvalOptions {
  /**
   * Runs only the scenarios and gate cases whose id (or category) matches, and
   * the FactConsolidation test if "fact-consolidation" does; everything by default.
   */
  only?: RegExp;
  /**
   * Runs the held-out scenarios of `eval/holdout/` instead of the public ones,
   * without the gate suite and the FactConsolidation test.
   */
  holdout?: boolean;
}

/** Runs the evaluation in a temporary directory, removed afterwards. */
export async function runEvaluation({ only, holdout = false }: EvalOptions = {}): Promise<EvalResult> {
  const selected = (...names: string[]) => only === undefined || names.some((name) => only.test(name));
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), "memory-eval-"));
  try {
    const scenarios = (holdout ? loadHoldoutScenarios() : loadScenarios()).filter((scenario) => selected(scenario.id, scenario.category));
    const checks: Check[] = [];
    const byCategory: EvalResult["byCategory"] = {};
    const tally = (category: string, found: Check[]) => {
      const entry = (byCategory[category] ??= { checks: 0, failed: 0 });
      entry.checks += found.length;
      entry.failed += found.filter((check) => !passed(check)).length;
      checks.push(...found);
    };
    for (const scenario of scenarios) {
      const found = await evaluateScenario(scenario, dir).catch((error: unknown) => {
        throw new Error(`The scenario "${scenario.id}" failed to run: ${(error as Error).message}`, { cause: error });
      });
      tally(scenario.category, found);
    }
    if (!holdout) tally("gate", await evaluateGate(dir, GATE_CASES.filter((gate) => selected(gate.id, "gate"))));
    if (!holdout && selected("fact-consolidation")) tally("fact-consolidation", await evaluateConsolidation(dir));
    const counts = Object.fromEntries(SCENARIO_CATEGORIES.map((category) => [category, scenarios.filter((s) => s.category === category).length]));
    return { rows: tabulate(checks), checks, scenarios: counts, byCategory, elapsedMs: Math.round(performance.now() - started) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The checks that went the wrong way, grouped by scenario. */
export function failuresByScenario(checks: readonly Check[]): Map<string, Check[]> {
  const failures = new Map<string, Check[]>();
  for (const check of checks) {
    if (passed(check)) continue;
    failures.set(check.scenario, [...(failures.get(check.scenario) ?? []), check]);
  }
  return failures;
}
