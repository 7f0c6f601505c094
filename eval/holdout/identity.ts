/**
 * Held-out scenarios: preferences and identity facts stated in passing, in
 * the words of different users, then asked about in a later session.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

const priya = solo("priya-h");
const tomas = at("tomas", "quarry", "lantern");
const wen = solo("wen-li");
const okon = solo("okon");
const mae = at("mae", "fernhill");
const jules = solo("jules");

/** Preferences and identity facts. */
export const holdoutIdentityScenarios: ScenarioInput[] = [
  {
    id: "ho-identity-nickname-lowercase",
    category: "identity",
    sessions: [
      { as: priya, turns: ["hey! quick thing before we start, everyone calls me pree so pls do the same", "ok can u help me rename a bunch of files"] },
      { as: priya, turns: ["morning"] },
    ],
    expect: {
      remember: [{ as: priya, match: /\bpree\b/i, scope: "user" }],
      questions: [{ as: priya, ask: "what name should you call me?", expect: /\bpree\b/i }],
    },
  },
  {
    id: "ho-identity-metric-british",
    category: "identity",
    sessions: [
      { as: tomas, turns: ["I'm in Glasgow so metric units please, kilometres and celsius, none of that fahrenheit nonsense 🙃"] },
      { as: tomas, turns: ["how far is it from edinburgh to inverness roughly"] },
    ],
    expect: {
      remember: [{ as: tomas, match: /metric|kilomet|celsius/i, scope: "user" }],
      hidden: [{ as: at("someone-else", "quarry", "lantern"), match: /metric|kilomet|celsius/i }],
    },
  },
  {
    id: "ho-identity-concise-answers",
    category: "identity",
    sessions: [
      { as: wen, turns: ["i prefer short answers. like bullet points, no essays"] },
      { as: wen, turns: ["explain what a monad is"] },
    ],
    expect: {
      remember: [{ as: wen, match: /short|concise|brief|bullet/i, scope: "user" }],
      questions: [{ as: wen, ask: "how long should your answers be?", expect: /short|concise|brief|bullet/i }],
    },
  },
  {
    id: "ho-identity-pronouns-and-tz",
    category: "identity",
    sessions: [
      { as: okon, turns: ["fyi my pronouns are they/them", "also I'm on Lagos time (WAT) so don't suggest meetings at 3am my time lol"] },
      { as: okon, turns: ["can you draft an invite for thursday"] },
    ],
    expect: {
      remember: [
        { as: okon, match: /they\/them/i, scope: "user" },
        { as: okon, match: /Lagos|WAT/i, scope: "user" },
      ],
    },
  },
  {
    id: "ho-identity-favourite-editor-colour",
    category: "identity",
    sessions: [
      { as: mae, turns: ["My favourite colour is teal, and I use dark mode everywhere, my eyes can't handle light themes"] },
      { as: mae, turns: ["Can you suggest a palette for my slides?"] },
    ],
    expect: {
      remember: [
        { as: mae, match: /teal/i, scope: "user" },
        { as: mae, match: /dark/i, scope: "user" },
      ],
      hidden: [{ as: at("rory", "fernhill"), match: /teal/i }],
      questions: [{ as: mae, ask: "which colour do I like best?", expect: /teal/i }],
    },
  },
  {
    id: "ho-identity-language-spanish",
    category: "identity",
    sessions: [
      { as: jules, turns: ["from now on reply in Spanish please, I'm practising for my trip"] },
      { as: jules, turns: ["what's the weather usually like in Seville in april"] },
    ],
    expect: {
      remember: [{ as: jules, match: /spanish|español/i, scope: "user" }],
      questions: [{ as: jules, ask: "which language should you answer me in?", expect: /spanish|español/i }],
    },
  },
  {
    id: "ho-identity-colourblind-typos",
    category: "identity",
    sessions: [
      { as: solo("teo"), turns: ["im colorblind (deuteranopia) so dont rely on red vs green in charts pls"] },
      { as: solo("teo"), turns: ["make me a chart of my monthly spending"] },
    ],
    expect: {
      remember: [{ as: solo("teo"), match: /colou?r ?blind|deuteranop|red[\s\S]*green/i, scope: "user" }],
      questions: [{ as: solo("teo"), ask: "which colours should charts avoid for me?", expect: /colou?r ?blind|deuteranop|red[\s\S]*green/i }],
    },
  },
];
