/**
 * `npm run eval`: runs the evaluation offline, prints the table of measures
 * (measure, value, target), writes `eval/results.json`, and lists every
 * failed expectation with its reason in `eval/failures.txt` (and on stderr
 * with `--verbose`). `--only <regex>` runs the scenarios and gate cases whose
 * id or category matches (then results.json is not written: it holds full runs
 * only); `--markdown` also prints the table as Markdown. `--holdout` runs the
 * held-out scenarios of `eval/holdout/` only (failures in
 * `eval/failures-holdout.txt`, no results.json).
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { failuresByScenario, runEvaluation } from "./evaluate.js";
import { MEASURES, formatTarget, markdownTable } from "./measures.js";

const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? new RegExp(process.argv[onlyAt + 1] ?? "", "i") : undefined;
const holdout = process.argv.includes("--holdout");
const result = await runEvaluation({ only, holdout });
const failures = failuresByScenario(result.checks);
/** The held-out set has no gate suite nor FactConsolidation test: their rows are left out. */
const rows = holdout ? result.rows.filter((row) => row.checks > 0) : result.rows;

const width = Math.max(...rows.map((row) => row.label.length));
console.log(`${"measure".padEnd(width)}  ${"value".padStart(18)}  target`);
for (const row of rows) {
  const value = row.value === null ? "n/a" : `${row.value}% (${row.events}/${row.checks})`;
  const target = formatTarget(row);
  console.log(`${row.label.padEnd(width)}  ${value.padStart(18)}  ${target}${row.meetsTarget ? "" : "  ✗"}`);
}
const scenarioCount = Object.values(result.scenarios).reduce((a, b) => a + b, 0);
console.log(`\nfailed checks by category: ${Object.entries(result.byCategory).map(([c, { checks, failed }]) => `${c} ${failed}/${checks}`).join(", ")}`);
console.log(`${scenarioCount} scenarios (${Object.entries(result.scenarios).map(([c, n]) => `${c} ${n}`).join(", ")}); ${result.elapsedMs} ms`);

const lines: string[] = [];
for (const [scenario, checks] of failures) {
  lines.push(`${scenario}:`);
  for (const check of checks) lines.push(`  [${check.measure}] ${check.detail}`);
}
const here = import.meta.dirname;
await writeFile(join(here, holdout ? "failures-holdout.txt" : "failures.txt"), lines.join("\n") + "\n");
if (only === undefined && !holdout) await writeFile(
  join(here, "results.json"),
  JSON.stringify(
    {
      measures: Object.fromEntries(result.rows.map(({ id, label, value, events, checks, target, higherIsBetter, meetsTarget }) => [id, { label: label.trim(), value, events, checks, target, higherIsBetter, meetsTarget }])),
      scenarios: result.scenarios,
      byCategory: result.byCategory,
      elapsedMs: result.elapsedMs,
      failures: Object.fromEntries([...failures].map(([scenario, checks]) => [scenario, checks.map(({ measure, detail }) => ({ measure, detail }))])),
    },
    null,
    2,
  ) + "\n",
);
if (process.argv.includes("--verbose")) console.error(lines.join("\n"));
if (process.argv.includes("--markdown")) console.log(`\n${markdownTable(rows)}`);
console.log(`\n${failures.size} scenarios, gate cases or facts with failures: see eval/${holdout ? "failures-holdout.txt" : `failures.txt (${Object.keys(MEASURES).length} measures in eval/results.json)`}`);
