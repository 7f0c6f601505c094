/** Held-out scenarios: chit-chat and statements about this session only leave no durable record. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

/** Chit-chat and session-only statements. */
export const holdoutTransientScenarios: ScenarioInput[] = [
  {
    id: "ho-chitchat-mood-weather",
    category: "chit-chat",
    sessions: [
      { as: solo("remy"), turns: ["ugh I'm so tired today", "it's pouring rain here lol", "thanks, that's all!"] },
    ],
    expect: { transient: [/tired/i, /rain/i] },
  },
  {
    id: "ho-chitchat-small-talk-lunch",
    category: "chit-chat",
    sessions: [
      { as: solo("ayo"), turns: ["haha nice one 😂", "just had the best ramen for lunch", "ok back to work"] },
    ],
    expect: { transient: [/ramen/i, /lunch/i] },
  },
  {
    id: "ho-session-only-for-now",
    category: "session-only",
    sessions: [
      { as: at("gia", "harbor", "docs"), turns: ["for this conversation only, answer in French so I can practise", "ok what is dependency injection?"] },
      { as: at("gia", "harbor", "docs"), turns: ["what is dependency injection?"] },
    ],
    expect: { transient: [/French|français/i] },
  },
  {
    id: "ho-session-only-today",
    category: "session-only",
    sessions: [
      { as: solo("ben-o"), turns: ["just for today, keep answers super short, I'm on my phone", "what's a closure"] },
      { as: solo("ben-o"), turns: ["explain closures in detail"] },
    ],
    expect: { transient: [/phone/i, /short/i] },
  },
  {
    id: "ho-session-only-this-chat",
    category: "session-only",
    sessions: [
      { as: solo("kit"), turns: ["in this chat pretend you're a pirate, arr", "tell me about git rebase"] },
      { as: solo("kit"), turns: ["tell me about git merge"] },
    ],
    expect: { transient: [/pirate/i] },
  },
  {
    id: "ho-chitchat-airport-wifi",
    category: "chit-chat",
    sessions: [
      { as: solo("malia"), turns: ["at the airport rn and the wifi is sooo bad 😭", "anyway what's 15% of 84"] },
      { as: solo("malia"), turns: ["hey"] },
    ],
    expect: { transient: [/airport/i, /wifi/i] },
  },
];
