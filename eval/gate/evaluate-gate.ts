/**
 * Runs the scripted imperfect-LLM suite: each case on its own SQLite file,
 * each session a restart, the scripted model feeding the extract node; then
 * judges every labelled proposal against the store.
 */
import { join } from "node:path";
import type { Check } from "../measures.js";
import type { IdentityContext } from "../../src/index.js";
import { everyRecord, listed, matches, visibleTo, who } from "../harness/inspect.js";
import { runSession, userText, withStore } from "../harness/session.js";
import { GATE_CASES, type GateCase } from "./cases.js";
import { scriptedAgent } from "./graph.js";

/** The first line of what the user typed: how the scripted model recognises a turn. */
function cueOf(text: string): string {
  return text.trim().split("\n")[0]!.trim();
}

/** Runs one case and returns a check per good or bad proposal. */
export async function evaluateGateCase(gate: GateCase, dir: string): Promise<Check[]> {
  const file = join(dir, `gate-${gate.id}.sqlite`);
  const turns = gate.sessions.flat();
  const graph = scriptedAgent(turns.map((turn) => ({ cue: cueOf(userText(turn.say)), candidates: turn.propose.map((p) => p.candidate) })));
  for (const [index, session] of gate.sessions.entries()) {
    await runSession(file, gate.as, `gate-${gate.id}-s${index}`, session.map((turn) => turn.say), graph);
  }
  return withStore(file, async (store) => {
    const all = (await everyRecord(store, "all")).map((line) => line.record);
    const checks: Check[] = [];
    const live = (as: IdentityContext, pattern: RegExp) => visibleTo(store, as).then((records) => records.filter((record) => matches(record, pattern)));
    for (const proposal of turns.flatMap((turn) => turn.propose)) {
      if (proposal.label === "setup" || proposal.check === undefined) continue;
      const { match, as = gate.as, where = "live", alongside } = proposal.check;
      const key = String(proposal.candidate.key);
      const scenario = `gate:${gate.id}`;
      if (proposal.label === "good") {
        const found = await live(as, match);
        checks.push({ measure: "gateGoodKept", scenario, event: found.length > 0, detail: `good proposal ${key} should be live for ${who(as)} (${match}); live: ${listed(found)}` });
        continue;
      }
      const pattern = new RegExp(match.source, match.flags.replace("g", ""));
      let harm = where === "anywhere" ? all.filter((record) => pattern.test(JSON.stringify(record))) : await live(as, match);
      if (alongside !== undefined) {
        // A duplicate: the bad value live beside another live record of the subject; either alone is no harm.
        const others = (await live(as, alongside)).filter((record) => !harm.some((found) => found.id === record.id));
        harm = harm.length === 0 || others.length === 0 ? [] : [...harm, ...others];
      }
      const place = where === "anywhere" ? "stored anywhere" : `live for ${who(as)}${alongside ? ` beside ${alongside}` : ""}`;
      checks.push({ measure: "gateBadLetThrough", scenario, event: harm.length > 0, detail: `bad proposal (${proposal.kind}) ${key} let through: ${match} is ${place}: ${listed(harm)}` });
      if (proposal.keep !== undefined) {
        const keepFor = proposal.keep.as ?? gate.as;
        const kept = await live(keepFor, proposal.keep.match);
        checks.push({ measure: "gateGoodKept", scenario, event: kept.length > 0, detail: `the value of ${key} (${proposal.keep.match}) should stay live for ${who(keepFor)} under the right key and scope; live: ${listed(kept)}` });
      }
    }
    return checks;
  });
}

/** Every case of the suite, or the ones given. */
export async function evaluateGate(dir: string, cases: readonly GateCase[] = GATE_CASES): Promise<Check[]> {
  const checks: Check[] = [];
  for (const gate of cases) checks.push(...(await evaluateGateCase(gate, dir)));
  return checks;
}
