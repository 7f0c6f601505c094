import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptedAgent } from "../../eval/gate/graph.js";
import { evaluateScenario } from "../../eval/harness/evaluate-scenario.js";
import { passed, tabulate } from "../../eval/measures.js";
import { ScenarioSchema } from "../../eval/scenario.js";
import { loadScenarios } from "../../eval/scenarios/index.js";
import { SCENARIO_CATEGORIES } from "../../eval/scenario.js";

/** The harness itself: its checks see what is in the store, and can fail. */
describe("evaluation harness", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "eval-harness-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  const ana = { userId: "ana", orgId: "acme", projectId: "atlas" };
  const ben = { userId: "ben", orgId: "acme", projectId: "atlas" };
  // A graph whose extractor proposes exactly one memory, whatever the rules of the day.
  const graph = scriptedAgent([
    { cue: "I prefer dark mode", candidates: [{ bucket: "promote", memoryType: "preference", key: "ui.theme", text: "Prefers dark mode", content: { value: "dark" }, confidence: 0.9, scope: "user" }] },
  ]);

  it("counts each expectation by what the store holds after restarts", async () => {
    const scenario = ScenarioSchema.parse({
      id: "harness-self-test",
      category: "identity",
      sessions: [{ as: ana, turns: ["I prefer dark mode"] }, { as: ben, turns: ["hello"] }],
      expect: {
        remember: [{ as: ana, match: /dark/, scope: "user" }, { as: ana, match: /never said/ }],
        stale: [{ as: ana, match: /dark/ }],
        hidden: [{ as: ben, match: /dark/ }, { as: ana, match: /dark/ }],
        secrets: ["dark"],
        pasted: [{ kind: "document", match: /Prefers/ }, { kind: "log", match: /nothing like this/ }],
        questions: [{ as: ana, ask: "which theme?", expect: /dark/, stale: /dark/ }],
      },
    });
    const checks = await evaluateScenario(scenario, dir, graph);
    const events = checks.map(({ measure, event }) => [measure, event]);
    expect(events).toEqual([
      ["remembered", true],
      ["wrongScope", false],
      ["remembered", false],
      ["staleLive", true],
      ["staleLiveWhereStored", true],
      ["wrongScope", false],
      ["wrongScope", true],
      ["secretsStored", true],
      ["pastedDocuments", true],
      ["pastedLogs", false],
      ["rankedFirst", true],
      ["rankedTop3", true],
      ["topSuperseded", true],
    ]);
    expect(checks.filter((check) => !passed(check)).map((check) => check.measure)).toEqual([
      "remembered", "staleLive", "staleLiveWhereStored", "wrongScope", "secretsStored", "pastedDocuments", "topSuperseded",
    ]);
    const rows = tabulate(checks);
    expect(rows.find((row) => row.id === "remembered")).toMatchObject({ value: 50, events: 1, checks: 2, meetsTarget: false });
    expect(rows.find((row) => row.id === "forgetHonoured")).toMatchObject({ value: null, checks: 0 });
  });

  it("counts a forget request only when the fact had been stored", async () => {
    const scenario = ScenarioSchema.parse({
      id: "harness-forget",
      category: "forget",
      sessions: [{ as: ana, turns: ["I prefer dark mode"] }, { as: ana, turns: ["forget my theme"] }],
      expect: { forgotten: [{ as: ana, match: /dark/, storedAfter: 0 }, { as: ana, match: /never said/, storedAfter: 0 }] },
    });
    const checks = await evaluateScenario(scenario, dir, graph);
    // The scripted extractor never forgets: the stored fact counts as not honoured; the unstored one not at all.
    expect(checks.map(({ measure, event }) => [measure, event])).toEqual([["forgetHonoured", false]]);
  });

  it("has at least 48 scenarios, covering every category", () => {
    const scenarios = loadScenarios();
    expect(scenarios.length).toBeGreaterThanOrEqual(48);
    for (const category of SCENARIO_CATEGORIES) expect(scenarios.some((s) => s.category === category), category).toBe(true);
  });
});
