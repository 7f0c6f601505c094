/** Preferences and identity facts stated naturally, then asked about in a later session. */
import type { ScenarioInput } from "../scenario.js";
import { NEGATION, both, only } from "./patterns.js";
import { at, solo } from "./people.js";

const maya = solo("maya");
const lea = at("lea", "lumen");
const dev = at("dev", "initech", "tps");
const rosa = solo("rosa");
const kim = solo("kim");
const ola = at("ola", "fjord");

/** The preference and identity-fact scenarios. */
export const identityScenarios: ScenarioInput[] = [
  {
    id: "name-and-theme",
    category: "identity",
    sessions: [
      { as: maya, turns: ["hey! I'm Maya by the way, but everyone calls me May", "can you keep everything in dark mode? bright screens give me a headache"] },
    ],
    expect: {
      remember: [{ as: maya, match: /\bMay\b/, scope: "user" }, { as: maya, match: /dark/i, scope: "user" }],
      questions: [
        { as: maya, ask: "How should you address me?", expect: /\bMay\b/ },
        { as: maya, ask: "which theme do I like?", expect: /dark/i },
      ],
    },
  },
  {
    id: "language-and-units",
    category: "identity",
    sessions: [
      { as: lea, turns: ["Could you reply in French from now on? My English is ok but French is quicker for me.", "Also I'm based in Lyon so metric units please, no Fahrenheit or miles."] },
    ],
    expect: {
      remember: [{ as: lea, match: /French|français/i, scope: "user" }, { as: lea, match: /metric|celsius|kilomet/i, scope: "user" }, { as: lea, match: /Lyon/ }],
      questions: [{ as: lea, ask: "What language should you answer me in?", expect: /French|français/i }],
    },
  },
  {
    id: "answer-style",
    category: "identity",
    sessions: [{ as: rosa, turns: ["I like my answers short and to the point. Bullet points over long paragraphs, and skip the pleasantries please."] }],
    expect: {
      remember: [{ as: rosa, match: /short|concise|brief|to the point/i }, { as: rosa, match: /bullet/i }],
      questions: [{ as: rosa, ask: "how do I like answers formatted?", expect: /bullet|short|concise/i }],
    },
  },
  {
    id: "employer-and-role",
    category: "identity",
    sessions: [{ as: dev, turns: ["some context: I work at Initech as a backend engineer, mostly writing Go services"] }],
    expect: {
      remember: [{ as: dev, match: /Initech/ }, { as: dev, match: /backend/i }],
      questions: [{ as: dev, ask: "Where do I work?", expect: /Initech/ }],
    },
  },
  {
    id: "editor-and-machine",
    category: "identity",
    sessions: [{ as: kim, turns: ["I code in Neovim on a ThinkPad running Arch, so please give me terminal commands rather than GUI steps."] }],
    expect: {
      remember: [{ as: kim, match: /Neovim/i }, { as: kim, match: /terminal|command/i }],
      questions: [{ as: kim, ask: "What editor do I use?", expect: /Neovim/i }],
    },
  },
  {
    id: "allergies",
    category: "identity",
    sessions: [
      { as: ola, turns: ["Heads up before we do any meal planning: I'm allergic to peanuts and shellfish."] },
      { as: ola, turns: ["can you suggest a quick dinner for tonight?"] },
    ],
    expect: {
      remember: [{ as: ola, match: /peanut/i, scope: "user" }, { as: ola, match: /shellfish/i, scope: "user" }],
      questions: [{ as: ola, ask: "Is there anything I can't eat?", expect: /peanut|shellfish|allerg/i }],
    },
  },
  {
    id: "timezone-and-hours",
    category: "identity",
    sessions: [{ as: solo("ken"), turns: ["I'm in Tokyo, so JST — I usually work from 10 to 7."] }],
    expect: {
      remember: [{ as: solo("ken"), match: /Tokyo|JST/ }],
      questions: [{ as: solo("ken"), ask: "what timezone am I in?", expect: /Tokyo|JST/ }],
    },
  },
  {
    id: "pronouns",
    category: "identity",
    sessions: [{ as: solo("alex"), turns: ["fyi my pronouns are they/them"] }],
    expect: {
      remember: [{ as: solo("alex"), match: /they\/them/ }],
      questions: [{ as: solo("alex"), ask: "What are my pronouns?", expect: /they\/them/ }],
    },
  },
  {
    id: "imperial-units",
    category: "identity",
    sessions: [{ as: solo("bill"), turns: ["I'm American, so Fahrenheit and pounds please. I can't think in Celsius."] }],
    expect: {
      remember: [{ as: solo("bill"), match: /Fahrenheit|imperial|pounds/i, scope: "user" }],
      questions: [{ as: solo("bill"), ask: "which units should you use with me?", expect: /Fahrenheit|imperial|pounds/i }],
    },
  },
  {
    id: "vegetarian-since-a-kid",
    category: "identity",
    sessions: [{ as: solo("meera"), turns: ["no meat for me, I've been vegetarian since I was a kid"] }],
    expect: {
      remember: [{ as: solo("meera"), match: /vegetarian/i }],
      questions: [{ as: solo("meera"), ask: "Do I have any dietary restrictions?", expect: /vegetarian/i }],
    },
  },
  {
    id: "negative-standing-rules",
    category: "identity",
    sessions: [{ as: solo("gwen"), turns: ["Never mention my old job at Globex in cover letters.", "Don't use emoji in commit messages, ever."] }],
    expect: {
      // A prohibition stays a prohibition: "Always never mention …" is not a rule anyone can follow.
      remember: [
        { as: solo("gwen"), match: only(both(/Globex/, NEGATION), /always (?:never|don'?t)/i) },
        { as: solo("gwen"), match: only(both(/emoji/i, NEGATION), /always (?:never|don'?t)/i) },
      ],
      questions: [{ as: solo("gwen"), ask: "can you put emoji in my commit messages?", expect: both(/emoji/i, NEGATION) }],
    },
  },
];
