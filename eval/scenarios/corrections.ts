/** A value corrected on the next turn, or within the same message. */
import type { ScenarioInput } from "../scenario.js";
import { only } from "./patterns.js";
import { at, solo } from "./people.js";

const ines = at("ines", "globex", "launchpad");
const dario = at("dario", "globex", "payments");
const sacha = solo("sacha");
const ngozi = at("ngozi", "umbra", "api");
const felix = solo("felix");

/** The correction scenarios. */
export const correctionScenarios: ScenarioInput[] = [
  {
    id: "date-next-turn",
    category: "correction",
    sessions: [{ as: ines, turns: ["The public launch is on the 12th, so everything has to be frozen the week before.", "oops, I meant the 14th"] }],
    expect: {
      remember: [{ as: ines, match: /14/ }],
      stale: [{ as: ines, match: only(/\b12(?:th)?\b/, /14/) }],
      questions: [{ as: ines, ask: "When is the launch?", expect: /14/, stale: only(/\b12(?:th)?\b/, /14/) }],
    },
  },
  {
    id: "wait-no-in-one-message",
    category: "correction",
    sessions: [{ as: dario, turns: ["We deploy with Heroku. Wait, no, it's Fly.io — we moved last year."] }],
    expect: {
      remember: [{ as: dario, match: /Fly\.io/i }],
      stale: [{ as: dario, match: /Heroku/ }],
      questions: [{ as: dario, ask: "where do we deploy?", expect: /Fly\.io/i, stale: /Heroku/ }],
    },
  },
  {
    id: "name-typo",
    category: "correction",
    sessions: [{ as: sacha, turns: ["Call me Sasha.", "Sorry, typo — it's Sacha, with a c."] }],
    expect: {
      remember: [{ as: sacha, match: /Sacha/ }],
      stale: [{ as: sacha, match: /Sasha/ }],
      questions: [{ as: sacha, ask: "what's my name?", expect: /Sacha/, stale: /Sasha/ }],
    },
  },
  {
    id: "number-misread",
    category: "correction",
    sessions: [
      { as: ngozi, turns: ["Our public API rate limit is 500 requests per minute per key.", "Ugh, scratch that, it's 300 per minute. I misread the dashboard."] },
    ],
    expect: {
      remember: [{ as: ngozi, match: /300/ }],
      stale: [{ as: ngozi, match: only(/500/, /300/) }],
      questions: [{ as: ngozi, ask: "What's our API rate limit?", expect: /300/, stale: only(/500/, /300/) }],
    },
  },
  {
    id: "correction-of-unit",
    category: "correction",
    sessions: [{ as: felix, turns: ["I'm about 6 foot 1, for the bike sizing question.", "actually make that 185 cm, I always mess up the conversion"] }],
    expect: {
      remember: [{ as: felix, match: /185/ }],
      stale: [{ as: felix, match: only(/6 ?(?:foot|ft|')/, /185/) }],
      questions: [{ as: felix, ask: "How tall am I?", expect: /185/, stale: only(/6 ?(?:foot|ft|')/, /185/) }],
    },
  },
  {
    id: "correction-next-session",
    category: "correction",
    sessions: [
      { as: solo("meg"), turns: ["My birthday is March 12."] },
      { as: solo("meg"), turns: ["Hey, I told you my birthday was March 12 — that's wrong, it's March 21."] },
    ],
    expect: {
      remember: [{ as: solo("meg"), match: /21/ }],
      stale: [{ as: solo("meg"), match: only(/\b12\b/, /21/) }],
      questions: [{ as: solo("meg"), ask: "When's my birthday?", expect: /21/, stale: only(/\b12\b/, /21/) }],
    },
  },
  {
    id: "mixed-up-company-names",
    category: "correction",
    sessions: [{ as: solo("pam"), turns: ["I work at Initrode.", "sorry, Initech, not Initrode — I always mix them up"] }],
    expect: {
      remember: [{ as: solo("pam"), match: /Initech/ }],
      stale: [{ as: solo("pam"), match: only(/Initrode/, /Initech/) }],
      questions: [{ as: solo("pam"), ask: "Where do I work?", expect: /Initech/, stale: only(/Initrode/, /Initech/) }],
    },
  },
];
