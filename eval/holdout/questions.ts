/** Held-out scenarios: several facts stated across sessions, then questions whose answer is one of them. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { only } from "../scenarios/patterns.js";

const saoirse = solo("saoirse");
const hugo = at("hugo", "meridian", "atlas");
const tara = solo("tara");

/** Questions in later sessions with the expected memory. */
export const holdoutQuestionScenarios: ScenarioInput[] = [
  {
    id: "ho-questions-several-facts",
    category: "questions",
    sessions: [
      { as: saoirse, turns: ["I'm Saoirse (pronounced SEER-sha), I'm a vet in Galway"] },
      { as: saoirse, turns: ["I've got two dogs, Biscuit and Pepper", "and I'm learning the fiddle"] },
      { as: saoirse, turns: ["hi there"] },
    ],
    expect: {
      remember: [
        { as: saoirse, match: /Saoirse/i, scope: "user" },
        { as: saoirse, match: /Galway/i, scope: "user" },
        { as: saoirse, match: /Biscuit|Pepper/i, scope: "user" },
        { as: saoirse, match: /fiddle/i, scope: "user" },
      ],
      questions: [
        { as: saoirse, ask: "what are my dogs called?", expect: /Biscuit|Pepper/i },
        { as: saoirse, ask: "which instrument am I learning?", expect: /fiddle/i },
        { as: saoirse, ask: "what's my job?", expect: /\bvet\b|veterinar/i },
      ],
    },
  },
  {
    id: "ho-questions-name-vs-project-name",
    category: "questions",
    sessions: [
      { as: hugo, turns: ["The project is called Atlas Nova, it's our internal search engine.", "And please call me Hu, not Hugo."] },
      { as: hugo, turns: ["How should you address me?"] },
    ],
    expect: {
      remember: [{ as: hugo, match: /\bHu\b/, scope: "user" }],
      questions: [{ as: hugo, ask: "How should you address me?", expect: /\bHu\b/ }],
    },
  },
  {
    id: "ho-questions-updated-then-asked",
    category: "questions",
    sessions: [
      { as: tara, turns: ["my go-to stack is React + Express"] },
      { as: tara, turns: ["these days it's all Svelte + Hono for me"] },
      { as: tara, turns: ["what stack should my side project use, based on what I like?"] },
    ],
    expect: {
      remember: [{ as: tara, match: /Svelte|Hono/i }],
      stale: [{ as: tara, match: only(/React|Express/i, /Svelte|Hono/i) }],
      questions: [{ as: tara, ask: "what's my preferred web stack?", expect: /Svelte|Hono/i, stale: only(/React|Express/i, /Svelte|Hono/i) }],
    },
  },
  {
    id: "ho-questions-team-and-personal",
    category: "questions",
    sessions: [
      { as: at("iris", "kestrel", "mobile"), turns: ["On this project we target iOS 16 and up.", "Personally I like explanations with analogies."] },
      { as: at("iris", "kestrel", "mobile"), turns: ["which iOS version do we support?"] },
    ],
    expect: {
      remember: [
        { as: at("iris", "kestrel", "mobile"), match: /iOS 16/i, scope: ["project", "org"] },
        { as: at("iris", "kestrel", "mobile"), match: /analog/i, scope: "user" },
      ],
      questions: [
        { as: at("iris", "kestrel", "mobile"), ask: "which iOS version does the project support?", expect: /iOS 16/i },
        { as: at("iris", "kestrel", "mobile"), ask: "how do I like things explained?", expect: /analog/i },
      ],
    },
  },
];
