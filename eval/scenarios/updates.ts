/** Facts that change between sessions, said the way people say it. */
import type { ScenarioInput } from "../scenario.js";
import { NEGATION, both, only } from "./patterns.js";
import { at, solo } from "./people.js";

const raj = at("raj", "northwind", "billing");
const tomas = solo("tomas");
const priya = at("priya", "wayne");
const hugo = solo("hugo");
const efe = solo("efe");
const mina = at("mina", "northwind", "ledger");
const jun = solo("jun");

/** The update scenarios. */
export const updateScenarios: ScenarioInput[] = [
  {
    id: "ci-migration",
    category: "update",
    sessions: [
      { as: raj, turns: ["Our CI runs on Travis, for what it's worth."] },
      { as: raj, turns: ["we migrated from Travis to Buildkite over the summer, finally"] },
    ],
    expect: {
      remember: [{ as: raj, match: /Buildkite/ }],
      stale: [{ as: raj, match: only(/Travis/, /Buildkite/) }],
      questions: [{ as: raj, ask: "Which CI do we use?", expect: /Buildkite/, stale: only(/Travis/, /Buildkite/) }],
    },
  },
  {
    id: "relocation",
    category: "update",
    sessions: [
      { as: tomas, turns: ["I live in Lisbon, so keep the time zone in mind when you suggest meeting times."] },
      { as: tomas, turns: ["Quick update: I relocated to Porto last week."] },
    ],
    expect: {
      remember: [{ as: tomas, match: /Porto/ }],
      stale: [{ as: tomas, match: only(/Lisbon/, /Porto/) }],
      questions: [{ as: tomas, ask: "Where do I live these days?", expect: /Porto/, stale: only(/Lisbon/, /Porto/) }],
    },
  },
  {
    id: "job-change",
    category: "update",
    sessions: [
      { as: priya, turns: ["I'm a data engineer at Umbrella, mostly Airflow and dbt."] },
      { as: priya, turns: ["Big news, I quit Umbrella and joined Hooli last month!"] },
    ],
    expect: {
      remember: [{ as: priya, match: /Hooli/ }],
      stale: [{ as: priya, match: only(/Umbrella/, /Hooli/) }],
      questions: [{ as: priya, ask: "Who is my employer?", expect: /Hooli/, stale: only(/Umbrella/, /Hooli/) }],
    },
  },
  {
    id: "editor-switch",
    category: "update",
    sessions: [
      { as: hugo, turns: ["My editor is VS Code, so shortcuts for that are handy."] },
      { as: hugo, turns: ["I've switched over to Helix, VS Code was getting way too sluggish on this laptop."] },
    ],
    expect: {
      remember: [{ as: hugo, match: /Helix/ }],
      stale: [{ as: hugo, match: only(/VS ?Code/i, /Helix/) }],
      questions: [{ as: hugo, ask: "Which editor am I on?", expect: /Helix/, stale: only(/VS ?Code/i, /Helix/) }],
    },
  },
  {
    id: "headings-and-exclamations",
    category: "update",
    sessions: [
      { as: efe, turns: ["Put a heading on each section of your answers, I skim a lot."] },
      { as: efe, turns: ["please quit putting headings in every answer, it's too much", "and no more exclamation marks, they feel shouty"] },
    ],
    expect: {
      remember: [{ as: efe, match: both(/exclamation/i, NEGATION) }, { as: efe, match: both(/heading/i, NEGATION) }],
      stale: [{ as: efe, match: only(/heading/i, NEGATION) }],
      questions: [{ as: efe, ask: "should you use headings in answers?", expect: both(/heading/i, NEGATION), stale: only(/heading/i, NEGATION) }],
    },
  },
  {
    id: "no-longer-on-team",
    category: "update",
    sessions: [
      { as: mina, turns: ["I work on the mobile app team, so most of my questions will be about React Native."] },
      { as: mina, turns: ["I no longer work on the mobile app; I moved over to the payments team in October."] },
    ],
    expect: {
      remember: [{ as: mina, match: /payments/i }],
      stale: [{ as: mina, match: only(/mobile app/i, /payments|no longer/i) }],
      questions: [{ as: mina, ask: "which team am I on?", expect: /payments/i, stale: only(/mobile app/i, /payments|no longer/i) }],
    },
  },
  {
    id: "database-move",
    category: "update",
    sessions: [
      { as: raj, turns: ["The main app is on MySQL 5.7, which is why some of the queries look old-fashioned."] },
      { as: raj, turns: ["We finally moved the main app off MySQL and onto Postgres 16 this sprint."] },
    ],
    expect: {
      remember: [{ as: raj, match: /Postgres/i }],
      stale: [{ as: raj, match: only(/MySQL/i, /Postgres/i) }],
      questions: [{ as: raj, ask: "what database does the main app use?", expect: /Postgres/i, stale: only(/MySQL/i, /Postgres/i) }],
    },
  },
  {
    id: "diet-change",
    category: "update",
    sessions: [
      { as: jun, turns: ["I'm vegan, so leave out any meat or dairy in recipes."] },
      { as: jun, turns: ["Heads up, I'm not vegan anymore — I eat fish and eggs now, still no red meat though."] },
    ],
    expect: {
      remember: [{ as: jun, match: /fish|eggs/i }],
      stale: [{ as: jun, match: only(/\bvegan\b/i, /not vegan|anymore|fish|eggs/i) }],
      questions: [{ as: jun, ask: "What do I eat?", expect: /fish|eggs/i, stale: only(/\bvegan\b/i, /not vegan|anymore|fish|eggs/i) }],
    },
  },
  {
    id: "back-to-light-theme",
    category: "update",
    sessions: [
      { as: solo("gia"), turns: ["dark theme please, always"] },
      { as: solo("gia"), turns: ["I've gone back to a light theme, my new monitor is too dim for dark ones"] },
    ],
    expect: {
      remember: [{ as: solo("gia"), match: /light/i }],
      stale: [{ as: solo("gia"), match: only(/dark/i, /light/i) }],
      questions: [{ as: solo("gia"), ask: "what theme do I use?", expect: /light/i, stale: only(/dark/i, /light/i) }],
    },
  },
  {
    id: "reply-language-change",
    category: "update",
    sessions: [
      { as: at("yusuf", "acme"), turns: ["Answer in German please."] },
      { as: at("yusuf", "acme"), turns: ["Let's switch to English from now on, my German colleagues left the project."] },
    ],
    expect: {
      remember: [{ as: at("yusuf", "acme"), match: /English/ }],
      stale: [{ as: at("yusuf", "acme"), match: only(/German/, /English/) }],
      questions: [{ as: at("yusuf", "acme"), ask: "Which language should you reply in?", expect: /English/, stale: only(/German/, /English/) }],
    },
  },
  {
    id: "issue-tracker-ditched",
    category: "update",
    sessions: [
      { as: at("oli", "acme", "atlas"), turns: ["We track all our work in Jira."] },
      { as: at("oli", "acme", "atlas"), turns: ["We've ditched Jira, everything's in Linear now."] },
    ],
    expect: {
      remember: [{ as: at("oli", "acme", "atlas"), match: /Linear/ }],
      stale: [{ as: at("oli", "acme", "atlas"), match: only(/Jira/, /Linear/) }],
      questions: [{ as: at("oli", "acme", "atlas"), ask: "Where do we track issues?", expect: /Linear/, stale: only(/Jira/, /Linear/) }],
    },
  },
];
