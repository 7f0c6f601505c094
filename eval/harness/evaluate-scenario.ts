/**
 * Runs one scenario through the template agent and checks its expectations
 * against the store, through the memory library.
 */
import { join } from "node:path";
import type { IdentityContext, MemoryRecord } from "../../src/index.js";
import type { Check, MeasureId } from "../measures.js";
import type { Scenario } from "../scenario.js";
import { everyRecord, listed, matches, storedWords, visibleTo, who } from "./inspect.js";
import { runSession, withStore, type GraphFactory, templateAgent } from "./session.js";

/** Runs `scenario` on a new SQLite file in `dir` and returns one check per expectation. */
export async function evaluateScenario(scenario: Scenario, dir: string, graph: GraphFactory = templateAgent): Promise<Check[]> {
  const file = join(dir, `${scenario.id}.sqlite`);
  const checks: Check[] = [];
  const check = (measure: MeasureId, event: boolean, detail: string) => checks.push({ measure, scenario: scenario.id, event, detail });
  const { expect } = scenario;
  /** For each forget expectation, whether the fact was stored after the session that stated it. */
  const storedBeforeForget = new Map<number, boolean>();

  for (const [index, session] of scenario.sessions.entries()) {
    await runSession(file, session.as, `${scenario.id}-s${index}`, session.turns, graph);
    for (const [k, forgotten] of expect.forgotten.entries()) {
      if (forgotten.storedAfter !== index) continue;
      const records = await withStore(file, (store) => everyRecord(store, forgotten.as));
      storedBeforeForget.set(k, records.some((line) => matches(line.record, forgotten.match)));
    }
  }

  await withStore(file, async (store) => {
    const visible = memo((identity: IdentityContext) => visibleTo(store, identity));
    const readable = memo(async (identity: IdentityContext) => (await everyRecord(store, identity)).map((line) => line.record));
    const all = (await everyRecord(store, "all")).map((line) => line.record);

    for (const fact of expect.remember) {
      const live = await visible(fact.as);
      const found = live.filter((record) => matches(record, fact.match));
      check(fact.lookalike ? "lookalikesKept" : "remembered", found.length > 0,
        `${fact.match} should be live for ${who(fact.as)}; live: ${listed(live)}`);
      if (fact.scope !== undefined && found.length > 0) {
        const allowed: readonly string[] = Array.isArray(fact.scope) ? fact.scope : [fact.scope];
        const wrong = found.filter((record) => !allowed.includes(record.scope));
        check("wrongScope", wrong.length === found.length, `${fact.match} should be at ${fact.scope} scope; found ${listed(found)}`);
      }
    }
    for (const stale of expect.stale) {
      const live = (await visible(stale.as)).filter((record) => matches(record, stale.match));
      const detail = `${stale.match} was updated and should not be live for ${who(stale.as)}; live: ${listed(live)}`;
      check("staleLive", live.length > 0, detail);
      const everStored = (await readable(stale.as)).some((record) => matches(record, stale.match));
      if (everStored) check("staleLiveWhereStored", live.length > 0, detail);
    }
    for (const hidden of expect.hidden) {
      const leaked = (await visible(hidden.as)).filter((record) => matches(record, hidden.match));
      check("wrongScope", leaked.length > 0, `${hidden.match} should not be visible to ${who(hidden.as)}; visible: ${listed(leaked)}`);
    }
    for (const secret of expect.secrets) {
      const holding = all.filter((record) => storedWords(record).includes(secret));
      check("secretsStored", holding.length > 0, `the secret "${secret}" should be in no record; found in ${listed(holding)}`);
    }
    for (const pasted of expect.pasted) {
      const left = all.filter((record) => matches(record, pasted.match));
      check(pasted.kind === "document" ? "pastedDocuments" : "pastedLogs", left.length > 0,
        `pasted ${pasted.kind} ${pasted.match} should leave no record; found ${listed(left)}`);
    }
    for (const transient of expect.transient) {
      const left = all.filter((record) => matches(record, transient));
      check("transientStored", left.length > 0, `${transient} should leave no durable record; found ${listed(left)}`);
    }
    for (const [k, forgotten] of expect.forgotten.entries()) {
      if (storedBeforeForget.get(k) !== true) {
        // Never stored: there was nothing to forget, so the request is not counted either way.
        continue;
      }
      const left = (await readable(forgotten.as)).filter((record) => matches(record, forgotten.match));
      check("forgetHonoured", left.length === 0, `${forgotten.match} should be forgotten (live and history) for ${who(forgotten.as)}; found ${listed(left)}`);
    }
  });

  for (const [k, question] of expect.questions.entries()) {
    const [state] = await runSession(file, question.as, `${scenario.id}-q${k}`, [question.ask], graph);
    const recalled: MemoryRecord[] = state!.recalledMemories;
    const detail = `"${question.ask}" (${who(question.as)}) should recall ${question.expect} first; recalled: ${listed(recalled, 5)}`;
    check("rankedFirst", recalled[0] !== undefined && matches(recalled[0], question.expect), detail);
    check("rankedTop3", recalled.slice(0, 3).some((record) => matches(record, question.expect)), detail);
    if (question.stale !== undefined) {
      check("topSuperseded", recalled[0] !== undefined && matches(recalled[0], question.stale),
        `"${question.ask}" should not recall the old value ${question.stale} first; recalled: ${listed(recalled, 5)}`);
    }
  }
  return checks;
}

/** Caches an async read per identity for one inspection. */
function memo<T>(read: (identity: IdentityContext) => Promise<T>): (identity: IdentityContext) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (identity) => {
    const key = JSON.stringify([identity.userId, identity.orgId, identity.projectId]);
    if (!cache.has(key)) cache.set(key, read(identity));
    return cache.get(key)!;
  };
}
