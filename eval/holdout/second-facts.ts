/**
 * Second held-out set: identity facts, updates, corrections and hedged
 * statements, written as users a test author rarely imagines (non-native
 * speakers, terse engineers, dictation run-ons, long messages hiding one fact).
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { NEGATION, both, only } from "../scenarios/patterns.js";

const jurgen = solo("h2-jurgen");
const ko = solo("h2-ko");
const dana = solo("h2-dana");
const ravi = at("h2-ravi", "h2-lumen", "h2-console");
const fatou = solo("h2-fatou");
const oleg = solo("h2-oleg");
const meiling = solo("h2-meiling");
const tomas = solo("h2-tomas");
const bea = solo("h2-bea");
const nuno = solo("h2-nuno");
const ayse = solo("h2-ayse");
const pedro = solo("h2-pedro");
const wen = solo("h2-wen");
const kat = solo("h2-kat");

/** Identity facts, updates, corrections and hedges. */
export const secondFactScenarios: ScenarioInput[] = [
  {
    id: "h2-esl-name-and-units",
    category: "identity",
    sessions: [
      { as: jurgen, turns: ["hello, i am from Graz. please you call me Jürgen, not Juergen, the umlaut is important for me.", "also i am prefering metric units always, kilometer and celsius, the miles i never understand"] },
      { as: jurgen, turns: ["how far is it from Vienna to Salzburg by car?"] },
    ],
    expect: {
      remember: [
        { as: jurgen, match: /Jürgen/, scope: "user" },
        { as: jurgen, match: /metric|celsius|kilomet/i, scope: "user" },
      ],
      questions: [{ as: jurgen, ask: "what name should you use for me?", expect: /Jürgen/ }],
    },
  },
  {
    id: "h2-terse-engineer-key-values",
    category: "identity",
    sessions: [
      { as: ko, turns: ["context for future: tz JST. editor neovim. langs: rust, some zig. no emojis in replies."] },
      { as: ko, turns: ["segfault in my zig build, ideas"] },
    ],
    expect: {
      remember: [
        { as: ko, match: /neovim/i, scope: "user" },
        { as: ko, match: /JST|Japan|Tokyo|\+0?9/i, scope: "user" },
        { as: ko, match: both(/emoji/i, NEGATION), scope: "user" },
      ],
      questions: [{ as: ko, ask: "which editor do I use?", expect: /neovim/i }],
    },
  },
  {
    id: "h2-dictation-run-on-parent",
    category: "identity",
    sessions: [
      {
        as: dana,
        turns: [
          "ok so um hi I'm using voice so sorry for no punctuation I wanted to say I'm vegetarian by the way and my daughter is called Mila she's four and she hates anything spicy so can you help me plan dinners for the week nothing fancy",
        ],
      },
      { as: dana, turns: ["what should we eat on friday"] },
    ],
    expect: {
      remember: [
        { as: dana, match: /vegetarian/i, scope: "user" },
        { as: dana, match: /Mila/, scope: "user" },
      ],
      questions: [{ as: dana, ask: "what's my diet?", expect: /vegetarian/i }],
    },
  },
  {
    id: "h2-long-message-hidden-fact",
    category: "identity",
    sessions: [
      {
        as: ravi,
        turns: [
          "So the plan for Q3 is roughly this: first we finish the migration of the console to the new router, which touches about forty pages, then we have the accessibility audit that legal asked for, and after that the dashboard redesign that product has been talking about since spring. " +
            "The router work is mostly mechanical, but there are a couple of pages with custom guards that will need attention, and the audit will probably surface issues with focus management in the modals. " +
            "Oh and btw I'm colour-blind (deuteranopia), so when you suggest chart colours please don't lean on red vs green. " +
            "For the redesign we don't have mockups yet, design said end of July, so I'd like to sequence the work so that nothing blocks on them, and keep a buffer of maybe two weeks for whatever the audit turns up. Can you draft a sequencing?",
        ],
      },
      { as: ravi, turns: ["pick a palette for the latency chart"] },
    ],
    expect: {
      remember: [{ as: ravi, match: /colou?r.?blind|deuteranop/i, scope: "user" }],
      questions: [{ as: ravi, ask: "anything I told you about colours?", expect: /colou?r.?blind|deuteranop/i }],
    },
  },
  {
    id: "h2-mixed-language-answer-language",
    category: "identity",
    sessions: [
      { as: fatou, turns: ["Bonjour! Je préfère qu'on parle en français, please answer me in French from now on, mon anglais est pas top."] },
      { as: fatou, turns: ["c'est quoi un index composite ?"] },
    ],
    expect: {
      remember: [{ as: fatou, match: /French|français|francais/i, scope: "user" }],
      questions: [{ as: fatou, ask: "which language should you answer me in?", expect: /French|français|francais/i }],
    },
  },
  {
    id: "h2-update-left-job-joined-another",
    category: "update",
    sessions: [
      { as: oleg, turns: ["I work at Initech as a QA lead, mostly Selenium stuff."] },
      { as: oleg, turns: ["Big news, I left Initech at the end of last month. Now I'm at Globex doing platform engineering!"] },
      { as: oleg, turns: ["help me write a short bio for the team page"] },
    ],
    expect: {
      remember: [{ as: oleg, match: /Globex/, scope: "user" }],
      stale: [{ as: oleg, match: only(/Initech/, /Globex/) }],
      questions: [{ as: oleg, ask: "where do I work?", expect: /Globex/, stale: only(/Initech/, /Globex/) }],
    },
  },
  {
    id: "h2-update-not-using-anymore",
    category: "update",
    sessions: [
      { as: meiling, turns: ["I do everything in IntelliJ, even my python stuff"] },
      { as: meiling, turns: ["not using intellij anymore btw, moved to Zed a couple weeks ago, way faster"] },
    ],
    expect: {
      remember: [{ as: meiling, match: /\bZed\b/, scope: "user" }],
      stale: [{ as: meiling, match: only(/IntelliJ/i, /\bZed\b/) }],
      questions: [{ as: meiling, ask: "what IDE do I use?", expect: /\bZed\b/, stale: only(/IntelliJ/i, /\bZed\b/) }],
    },
  },
  {
    id: "h2-update-terse-relocation",
    category: "update",
    sessions: [
      { as: tomas, turns: ["based in Lyon. need help with a visa letter"] },
      { as: tomas, turns: ["fyi living in Montréal now (moved in june). still need the letter, new address obviously"] },
    ],
    expect: {
      remember: [{ as: tomas, match: /Montr[ée]al/, scope: "user" }],
      stale: [{ as: tomas, match: only(/Lyon/, /Montr[ée]al/) }],
      questions: [{ as: tomas, ask: "which city do I live in?", expect: /Montr[ée]al/, stale: only(/Lyon/, /Montr[ée]al/) }],
    },
  },
  {
    id: "h2-update-retire-answer-rule",
    category: "update",
    sessions: [
      { as: bea, turns: ["please always end your answers with a short TL;DR summary"] },
      { as: bea, turns: ["you can drop the TL;DR at the end of your answers, I don't need it any more, I read the whole thing anyway"] },
    ],
    expect: {
      stale: [{ as: bea, match: only(/TL;?DR|summary/i, /\b(?:no|not|never|don'?t|do not|stop|drop|without|skip|no longer|any ?more)\b/i) }],
    },
  },
  {
    id: "h2-update-nickname",
    category: "update",
    sessions: [
      { as: nuno, turns: ["Hi, I'm Roberto."] },
      { as: nuno, turns: ["honestly everyone calls me Beto, you can too. Roberto feels so formal"] },
      { as: nuno, turns: ["hey again"] },
    ],
    expect: {
      remember: [{ as: nuno, match: /Beto/, scope: "user" }],
      stale: [{ as: nuno, match: only(/Roberto/, /Beto/) }],
      questions: [{ as: nuno, ask: "how should you address me?", expect: /Beto/, stale: only(/Roberto/, /Beto/) }],
    },
  },
  {
    id: "h2-correction-same-message-typo",
    category: "correction",
    sessions: [
      { as: ayse, turns: ["My birthday is March 3rd, sorry typo, March 13th. Remind me to plan something around it"] },
      { as: ayse, turns: ["when is my birthday again?"] },
    ],
    expect: {
      remember: [{ as: ayse, match: /13/, scope: "user" }],
      stale: [{ as: ayse, match: only(/March 3(?!\d)|\b3rd\b/i, /13/) }],
      questions: [{ as: ayse, ask: "when is my birthday?", expect: /13/ }],
    },
  },
  {
    id: "h2-correction-next-turn-time",
    category: "correction",
    sessions: [
      { as: pedro, turns: ["my son's school starts at 8:15 every day", "sorry I mean 8:45, the 8:15 one was last year"] },
      { as: pedro, turns: ["what time do I need to leave the house? it's 20 min by bike"] },
    ],
    expect: {
      remember: [{ as: pedro, match: /8:45/, scope: "user" }],
      stale: [{ as: pedro, match: only(/8:15/, /8:45/) }],
      questions: [{ as: pedro, ask: "what time does my son's school start?", expect: /8:45/, stale: only(/8:15/, /8:45/) }],
    },
  },
  {
    id: "h2-correction-spanglish-allergy",
    category: "correction",
    sessions: [
      { as: wen, turns: ["heads up, I'm allergic to penicillin"] },
      { as: wen, turns: ["perdón, me equivoqué — it's amoxicillin I'm allergic to, not penicillin. my doctor just told me"] },
    ],
    expect: {
      remember: [{ as: wen, match: /amoxicillin/i, scope: "user" }],
      stale: [{ as: wen, match: only(/penicillin/i, /amoxicillin/i) }],
      questions: [{ as: wen, ask: "what am I allergic to?", expect: /amoxicillin/i, stale: only(/penicillin/i, /amoxicillin/i) }],
    },
  },
  {
    id: "h2-hedged-college-story",
    category: "hedged",
    sessions: [
      { as: kat, turns: ["I use Postgres for all my side projects."] },
      { as: kat, turns: ["lol back in college I think I mostly used MySQL, such a pain, the charset stuff drove me nuts"] },
      { as: kat, turns: ["schema advice for a recipe app?"] },
    ],
    expect: {
      remember: [{ as: kat, match: /Postgres/i, scope: "user" }],
      stale: [{ as: kat, match: only(/MySQL/, /Postgres/i) }],
      questions: [{ as: kat, ask: "what database do I use for my side projects?", expect: /Postgres/i, stale: only(/MySQL/, /Postgres/i) }],
    },
  },
  {
    id: "h2-hedged-maybe-future",
    category: "hedged",
    sessions: [
      { as: dana, turns: ["I'm a night owl, I do my best work after 10pm when the kids are asleep."] },
      { as: dana, turns: ["maybe I'll try to become a morning person next year?? not sure, probably not lol"] },
    ],
    expect: {
      remember: [{ as: dana, match: /night owl|10 ?pm/i, scope: "user" }],
      stale: [{ as: dana, match: only(/morning person/i, /night/i) }],
    },
  },
];
