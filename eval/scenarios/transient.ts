/** Chit-chat and statements meant for this conversation only. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "./people.js";

const al = solo("al");
const bo = solo("bo");
const cy = at("cy", "acme", "atlas");
const di = solo("di");

/** The chit-chat and session-only scenarios. */
export const transientScenarios: ScenarioInput[] = [
  {
    id: "small-talk",
    category: "chit-chat",
    sessions: [{ as: al, turns: ["hi!", "how's it going?", "lol that's a good one", "thanks, that's all for today"] }],
    expect: { transient: [/how's it going|good one|that's all|\bhi\b/i] },
  },
  {
    id: "weather-and-weekend",
    category: "chit-chat",
    sessions: [{ as: bo, turns: ["ugh, Mondays.", "it's been raining all week here", "anyway, got any plans for the weekend? just kidding, you're a bot"] }],
    expect: { transient: [/Monday|raining|weekend|kidding/i] },
  },
  {
    id: "for-now-keep-it-short",
    category: "session-only",
    sessions: [
      { as: cy, turns: ["for now keep it short, I'm on my phone", "today I'm just debugging the flaky login test"] },
      { as: cy, turns: ["back at my desk, what were we doing?"] },
    ],
    expect: { transient: [/phone|flaky login|keep it short/i] },
  },
  {
    id: "just-this-chat-spanish",
    category: "session-only",
    sessions: [{ as: di, turns: ["Just for this chat, answer in Spanish — I'm practising for a trip.", "In general though I prefer English."] }],
    expect: { transient: [/Spanish|español/i], remember: [{ as: di, match: /English/ }] },
  },
  {
    id: "right-now-focus",
    category: "session-only",
    sessions: [{ as: al, turns: ["Right now I'm only interested in the SQL part, ignore the frontend for this conversation."] }],
    expect: { transient: [/SQL part|frontend/i] },
  },
  {
    id: "jokes",
    category: "chit-chat",
    sessions: [{ as: bo, turns: ["tell me a joke", "haha ok another one", "you're funnier than my coworkers"] }],
    expect: { transient: [/joke|funn|coworkers/i] },
  },
  {
    id: "working-from-the-train",
    category: "session-only",
    sessions: [{ as: di, turns: ["Today I'm working from the train, so the wifi might drop now and then."] }],
    expect: { transient: [/train|wifi/i] },
  },
];
