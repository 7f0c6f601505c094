/** Held-out scenarios: facts that change between sessions, and rules that are retired. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { NEGATION, only } from "../scenarios/patterns.js";

const ines = solo("ines");
const bram = at("bram", "kettle", "orchard");
const dev = solo("devika");
const lou = solo("lou");
const ravi = at("ravi", "pinecone", "dashboard");

/** Natural updates and retirements. */
export const holdoutUpdateScenarios: ScenarioInput[] = [
  {
    id: "ho-update-moved-city",
    category: "update",
    sessions: [
      { as: ines, turns: ["I live in Lyon, for context when I ask about local stuff"] },
      { as: ines, turns: ["big news, we moved to Montreal last month!! still unpacking boxes"] },
      { as: ines, turns: ["any good bakeries near me?"] },
    ],
    expect: {
      remember: [{ as: ines, match: /Montr[eé]al/i, scope: "user" }],
      stale: [{ as: ines, match: only(/Lyon/i, /Montr[eé]al/i) }],
      questions: [{ as: ines, ask: "where do I live?", expect: /Montr[eé]al/i, stale: only(/Lyon/i, /Montr[eé]al/i) }],
    },
  },
  {
    id: "ho-update-team-ci-switch",
    category: "update",
    sessions: [
      { as: bram, turns: ["Our team uses CircleCI for this project, keep that in mind for pipeline questions"] },
      { as: bram, turns: ["we finally ditched CircleCI, everything runs on GitHub Actions now"] },
      { as: bram, turns: ["how do I cache node_modules in CI?"] },
    ],
    expect: {
      remember: [{ as: bram, match: /GitHub Actions/i, scope: ["project", "org"] }],
      stale: [{ as: bram, match: only(/CircleCI/i, /GitHub Actions/i) }],
      questions: [{ as: bram, ask: "which CI do we use?", expect: /GitHub Actions/i, stale: only(/CircleCI/i, /GitHub Actions/i) }],
    },
  },
  {
    id: "ho-update-new-employer",
    category: "update",
    sessions: [
      { as: dev, turns: ["I work at Initech as a data engineer"] },
      { as: dev, turns: ["update: I left Initech, started at Globex on monday 🎉"] },
      { as: dev, turns: ["help me write an intro message to my new team"] },
    ],
    expect: {
      remember: [{ as: dev, match: /Globex/i, scope: "user" }],
      stale: [{ as: dev, match: only(/Initech/i, /Globex/i) }],
      questions: [{ as: dev, ask: "where do I work?", expect: /Globex/i, stale: only(/Initech/i, /Globex/i) }],
    },
  },
  {
    id: "ho-update-retire-emoji-rule",
    category: "update",
    sessions: [
      { as: lou, turns: ["please use lots of emoji in your replies, it makes them fun"] },
      { as: lou, turns: ["actually can you cut out the emoji from now on? it's getting a bit much"] },
      { as: lou, turns: ["summarise this week's plan for me"] },
    ],
    expect: {
      // The old rule ("lots of emoji"), not the retirement, which may mention emoji in any words.
      stale: [{ as: lou, match: only(/lots of emoji|emoji[\s\S]*fun/i, NEGATION) }],
    },
  },
  {
    id: "ho-update-editor-switch",
    category: "update",
    sessions: [
      { as: ravi, turns: ["I code in VS Code, so keyboard shortcuts for that please"] },
      { as: ravi, turns: ["switched to Zed this week and honestly not going back"] },
      { as: ravi, turns: ["what's the shortcut for multi-cursor?"] },
    ],
    expect: {
      remember: [{ as: ravi, match: /\bZed\b/i, scope: "user" }],
      stale: [{ as: ravi, match: only(/VS ?Code/i, /\bZed\b/i) }],
      questions: [{ as: ravi, ask: "which editor do I use?", expect: /\bZed\b/i, stale: only(/VS ?Code/i, /\bZed\b/i) }],
    },
  },
  {
    id: "ho-update-no-longer-vegetarian",
    category: "update",
    sessions: [
      { as: solo("hana"), turns: ["I'm vegetarian, so recipes without meat please"] },
      { as: solo("hana"), turns: ["I'm not vegetarian anymore btw, started eating fish again"] },
      { as: solo("hana"), turns: ["give me a dinner idea"] },
    ],
    expect: {
      stale: [{ as: solo("hana"), match: only(/vegetarian/i, /\b(?:not|no longer|anymore|fish)\b/i) }],
    },
  },
  {
    id: "ho-update-no-more-walls-of-text",
    category: "update",
    sessions: [
      { as: solo("cyrus"), turns: ["Please always end your answers with a short summary section."] },
      { as: solo("cyrus"), turns: ["drop the summary section at the end of answers, I never read it"] },
      { as: solo("cyrus"), turns: ["how do hash maps work"] },
    ],
    expect: {
      stale: [{ as: solo("cyrus"), match: only(/summary/i, /\b(?:no|not|never|don'?t|drop|without|skip|stop)\b/i) }],
    },
  },
  {
    id: "ho-update-team-moved-off-jenkins",
    category: "update",
    sessions: [
      { as: at("olu", "marlin", "payments"), turns: ["fyi this project's builds run on Jenkins"] },
      { as: at("olu", "marlin", "payments"), turns: ["we moved off Jenkins onto Drone CI over the summer, so Jenkins advice is useless now"] },
      { as: at("femi", "marlin", "payments"), turns: ["where do our builds run?"] },
    ],
    expect: {
      remember: [{ as: at("femi", "marlin", "payments"), match: /Drone/i, scope: ["project", "org"] }],
      stale: [{ as: at("femi", "marlin", "payments"), match: only(/Jenkins/i, /Drone/i) }],
      questions: [{ as: at("femi", "marlin", "payments"), ask: "which CI runs our builds?", expect: /Drone/i, stale: only(/Jenkins/i, /Drone/i) }],
    },
  },
  {
    id: "ho-update-surname-change",
    category: "update",
    sessions: [
      { as: solo("chidi"), turns: ["My full name is Chidinma Adeyemi, use it when you draft formal letters."] },
      { as: solo("chidi"), turns: ["got married in the spring 💍 and I go by Chidinma Okafor now"] },
      { as: solo("chidi"), turns: ["draft a formal letter to my landlord"] },
    ],
    expect: {
      remember: [{ as: solo("chidi"), match: /Okafor/i, scope: "user" }],
      stale: [{ as: solo("chidi"), match: only(/Adeyemi/i, /Okafor/i) }],
      questions: [{ as: solo("chidi"), ask: "what is my full name?", expect: /Okafor/i, stale: only(/Adeyemi/i, /Okafor/i) }],
    },
  },
];
