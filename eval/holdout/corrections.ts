/** Held-out scenarios: the user corrects themselves in the same turn or the next one. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { only } from "../scenarios/patterns.js";

const noor = solo("noor");
const kai = at("kai", "brightline", "ledger");
const fenna = solo("fenna");
const sol = solo("sol");
const amara = solo("amara");

/** Corrections on the same or the next turn. */
export const holdoutCorrectionScenarios: ScenarioInput[] = [
  {
    id: "ho-correction-next-turn-date",
    category: "correction",
    sessions: [
      { as: noor, turns: ["my wedding anniversary is on the 9th of June", "sorry, typo — it's the 19th of June not the 9th"] },
      { as: noor, turns: ["remind me what to plan for"] },
    ],
    expect: {
      remember: [{ as: noor, match: /19(?:th)?/i, scope: "user" }],
      stale: [{ as: noor, match: only(/(?<!\d)9(?:th)?\b/i, /19/) }],
      questions: [{ as: noor, ask: "when is my anniversary?", expect: /19/i }],
    },
  },
  {
    id: "ho-correction-same-turn-db",
    category: "correction",
    sessions: [
      { as: kai, turns: ["In this repo we use MySQL — no wait, scratch that, it's MariaDB, we switched ages ago"] },
      { as: kai, turns: ["write me a migration that adds an index on users.email"] },
    ],
    expect: {
      remember: [{ as: kai, match: /MariaDB/i, scope: ["project", "user"] }],
      stale: [{ as: kai, match: only(/MySQL/i, /MariaDB/i) }],
    },
  },
  {
    id: "ho-correction-name-spelling",
    category: "correction",
    sessions: [
      { as: fenna, turns: ["my name is Fena", "ugh autocorrect. it's Fenna, two n's"] },
      { as: fenna, turns: ["hi again"] },
    ],
    expect: {
      remember: [{ as: fenna, match: /\bFenna\b/, scope: "user" }],
      stale: [{ as: fenna, match: /\bFena\b/ }],
      questions: [{ as: fenna, ask: "what's my name?", expect: /\bFenna\b/ }],
    },
  },
  {
    id: "ho-correction-i-meant",
    category: "correction",
    sessions: [
      { as: sol, turns: ["I'm allergic to peanuts", "oops I meant hazelnuts, peanuts are fine"] },
      { as: sol, turns: ["suggest a snack for the hike"] },
    ],
    expect: {
      remember: [{ as: sol, match: /hazelnut/i, scope: "user" }],
      stale: [{ as: sol, match: only(/peanut/i, /hazelnut/i) }],
    },
  },
  {
    id: "ho-correction-american-spelling-units",
    category: "correction",
    sessions: [
      { as: amara, turns: ["Use imperial units for me, I'm in Ohio.", "Actually no, make it metric — I'm an engineer and that's what I think in."] },
      { as: amara, turns: ["How heavy is a gallon of water?"] },
    ],
    expect: {
      remember: [{ as: amara, match: /metric/i, scope: "user" }],
      stale: [{ as: amara, match: only(/imperial/i, /metric/i) }],
    },
  },
  {
    id: "ho-correction-whole-value-replaced",
    category: "correction",
    sessions: [
      { as: at("paz", "orbit", "site"), turns: ["This project is hosted on Netlify. Hmm no actually, it's on Cloudflare Pages since the rewrite."] },
      { as: at("paz", "orbit", "site"), turns: ["where is the site hosted?"] },
    ],
    expect: {
      remember: [{ as: at("paz", "orbit", "site"), match: /Cloudflare/i }],
      stale: [{ as: at("paz", "orbit", "site"), match: /Netlify/i }],
      questions: [{ as: at("paz", "orbit", "site"), ask: "where is this project hosted?", expect: /Cloudflare/i, stale: /Netlify/i }],
    },
  },
  {
    id: "ho-correction-not-x-but-y-next-turn",
    category: "correction",
    sessions: [
      { as: solo("linnea"), turns: ["my flight home is on the 22nd", "wait, not the 22nd — the 23rd. I always mix those up"] },
      { as: solo("linnea"), turns: ["when do I fly home?"] },
    ],
    expect: {
      remember: [{ as: solo("linnea"), match: /23/ }],
      stale: [{ as: solo("linnea"), match: only(/22/, /23/) }],
      questions: [{ as: solo("linnea"), ask: "when is my flight home?", expect: /23/, stale: only(/22/, /23/) }],
    },
  },
];
