/** Hedged guesses and stories about the past, which must not overwrite what the user stated. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "./people.js";

const omar = at("omar", "stark", "ops");
const bea = solo("bea");
const kai = at("kai", "stark", "ops");
const lin = solo("lin");
const zoe = solo("zoe");

/** The hedged and narrative scenarios. */
export const hedgedScenarios: ScenarioInput[] = [
  {
    id: "maybe-staging-moved",
    category: "hedged",
    sessions: [
      { as: omar, turns: ["Our staging database is Postgres 15 on a single VM."] },
      { as: omar, turns: ["I think maybe staging moved to Aurora? not sure, I need to check with ops"] },
    ],
    expect: {
      remember: [{ as: omar, match: /Postgres/i }],
      questions: [{ as: omar, ask: "What database does staging run on?", expect: /Postgres/i, stale: /Aurora/ }],
    },
  },
  {
    id: "back-when-perl",
    category: "hedged",
    sessions: [
      { as: bea, turns: ["I write pretty much everything in Rust these days."] },
      { as: bea, turns: ["back when I used Perl for everything, regexes were my whole personality lol"] },
    ],
    expect: {
      remember: [{ as: bea, match: /Rust/ }],
      questions: [{ as: bea, ask: "Which programming language do I mostly use?", expect: /Rust/, stale: /Perl/ }],
    },
  },
  {
    id: "travis-was-flaky",
    category: "hedged",
    sessions: [
      { as: kai, turns: ["We use Buildkite for CI on this project."] },
      { as: kai, turns: ["Travis was so flaky back in the day, I'm glad we're done with it."] },
    ],
    expect: {
      remember: [{ as: kai, match: /Buildkite/ }],
      questions: [{ as: kai, ask: "Which CI do we use?", expect: /Buildkite/, stale: /Travis/ }],
    },
  },
  {
    id: "probably-dark-mode",
    category: "hedged",
    sessions: [
      { as: lin, turns: ["I prefer light mode everywhere."] },
      { as: lin, turns: ["I'll probably give dark mode a try at some point, who knows"] },
    ],
    expect: {
      remember: [{ as: lin, match: /light/i }],
      questions: [{ as: lin, ask: "which theme do I prefer?", expect: /light/i, stale: /dark/i }],
    },
  },
  {
    id: "used-to-live",
    category: "hedged",
    sessions: [
      { as: zoe, turns: ["I live in Montreal, so weather questions are about there."] },
      { as: zoe, turns: ["When I lived in Vancouver I never needed a proper winter coat, haha"] },
    ],
    expect: {
      remember: [{ as: zoe, match: /Montreal/ }],
      questions: [{ as: zoe, ask: "where do I live?", expect: /Montreal/, stale: /Vancouver/ }],
    },
  },
  {
    id: "might-switch-editor",
    category: "hedged",
    sessions: [
      { as: solo("ty"), turns: ["I use Emacs for everything."] },
      { as: solo("ty"), turns: ["I might switch to Zed if its vim mode gets better, we'll see."] },
    ],
    expect: {
      remember: [{ as: solo("ty"), match: /Emacs/ }],
      questions: [{ as: solo("ty"), ask: "what editor do I use?", expect: /Emacs/, stale: /Zed/ }],
    },
  },
  {
    id: "hypothetical-database",
    category: "hedged",
    sessions: [
      { as: at("val", "acme", "atlas"), turns: ["Our database is Postgres."] },
      { as: at("val", "acme", "atlas"), turns: ["If we ever moved to MongoDB I'd quit, honestly."] },
    ],
    expect: {
      remember: [{ as: at("val", "acme", "atlas"), match: /Postgres/ }],
      questions: [{ as: at("val", "acme", "atlas"), ask: "what database do we use?", expect: /Postgres/, stale: /MongoDB/ }],
    },
  },
];
