/** Held-out scenarios: hedged guesses and stories about the past must not overwrite what the user stated. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

const gus = at("gus", "tidewater", "harbor");
const elif = solo("elif");
const marco = solo("marco");
const yuki = at("yuki", "tidewater", "harbor");

/** Hedged and narrative statements. */
export const holdoutHedgedScenarios: ScenarioInput[] = [
  {
    id: "ho-hedged-narrative-old-language",
    category: "hedged",
    sessions: [
      { as: gus, turns: ["I write Go these days, so examples in Go please"] },
      { as: gus, turns: ["funny, back in uni I wrote everything in Pascal, those were the days"] },
      { as: gus, turns: ["show me how to read a file line by line"] },
    ],
    expect: {
      remember: [{ as: gus, match: /\bGo\b|golang/i }],
      questions: [{ as: gus, ask: "which programming language should examples use?", expect: /\bGo\b|golang/i, stale: /Pascal/i }],
    },
  },
  {
    id: "ho-hedged-maybe-moving",
    category: "hedged",
    sessions: [
      { as: elif, turns: ["I live in Ankara"] },
      { as: elif, turns: ["I might move to Izmir next year maybe, not sure yet, depends on the job"] },
      { as: elif, turns: ["what's a good weekend trip from where I live?"] },
    ],
    expect: {
      remember: [{ as: elif, match: /Ankara/i }],
      questions: [{ as: elif, ask: "where do I live?", expect: /Ankara/i, stale: /Izmir/i }],
    },
  },
  {
    id: "ho-hedged-i-think-team-uses",
    category: "hedged",
    sessions: [
      { as: yuki, turns: ["Our team deploys to AWS, all of it in eu-west-1."] },
      { as: yuki, turns: ["i think some folks used GCP for a while? not sure tbh"] },
      { as: yuki, turns: ["how do we deploy again?"] },
    ],
    expect: {
      remember: [{ as: yuki, match: /AWS|eu-west-1/i }],
      questions: [{ as: yuki, ask: "which cloud do we deploy to?", expect: /AWS|eu-west-1/i, stale: /GCP/i }],
    },
  },
  {
    id: "ho-hedged-complaint-about-past-tool",
    category: "hedged",
    sessions: [
      { as: marco, turns: ["I use Neovim as my editor"] },
      { as: marco, turns: ["man, Eclipse was so slow when I used it at my first job 😩"] },
      { as: marco, turns: ["recommend some plugins for my editor"] },
    ],
    expect: {
      remember: [{ as: marco, match: /Neovim/i }],
      questions: [{ as: marco, ask: "what editor do I use?", expect: /Neovim/i, stale: /Eclipse/i }],
    },
  },
  {
    id: "ho-hedged-reckon-node-version",
    category: "hedged",
    sessions: [
      { as: at("cal", "tidewater", "harbor"), turns: ["This repo runs on Node 20."] },
      { as: at("cal", "tidewater", "harbor"), turns: ["I reckon we were on node 16 back when the repo started, could be wrong"] },
      { as: at("cal", "tidewater", "harbor"), turns: ["which node version should I install?"] },
    ],
    expect: {
      remember: [{ as: at("cal", "tidewater", "harbor"), match: /Node 20|node\D{0,3}20/i }],
      questions: [{ as: at("cal", "tidewater", "harbor"), ask: "which Node version does this repo use?", expect: /20/, stale: /16/ }],
    },
  },
  {
    id: "ho-hedged-conditional-move",
    category: "hedged",
    sessions: [
      { as: solo("lucia"), turns: ["I'm based in Madrid"] },
      { as: solo("lucia"), turns: ["if I ever end up moving to Berlin I'd need German lessons lol"] },
      { as: solo("lucia"), turns: ["where's a good place to eat near me"] },
    ],
    expect: {
      remember: [{ as: solo("lucia"), match: /Madrid/i }],
      questions: [{ as: solo("lucia"), ask: "which city am I based in?", expect: /Madrid/i, stale: /Berlin/i }],
    },
  },
  {
    id: "ho-hedged-iirc-tried-once",
    category: "hedged",
    sessions: [
      { as: at("dmitri", "saltmarsh", "ferry"), turns: ["our team chats on Slack, so format messages for Slack"] },
      { as: at("dmitri", "saltmarsh", "ferry"), turns: ["iirc we tried Mattermost for like a month once, it was awful"] },
      { as: at("dmitri", "saltmarsh", "ferry"), turns: ["write a release announcement for the team"] },
    ],
    expect: {
      remember: [{ as: at("dmitri", "saltmarsh", "ferry"), match: /Slack/i }],
      questions: [{ as: at("dmitri", "saltmarsh", "ferry"), ask: "which chat tool does our team use?", expect: /Slack/i, stale: /Mattermost/i }],
    },
  },
];
