/**
 * Second held-out set: secrets and harmless look-alikes, forget requests in
 * varied words, chit-chat, session-only statements, and later questions.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

const june = solo("h2-june");
const arjun = solo("h2-arjun");
const hiro = at("h2-hiro", "h2-nimbus", "h2-pay");
const lotte = solo("h2-lotte");
const sofia = solo("h2-sofia");
const emeka = solo("h2-emeka");
const ruth = solo("h2-ruth");
const paulo = solo("h2-paulo");
const greta = solo("h2-greta");
const tariq = at("h2-tariq", "h2-orbit", "h2-falcon");

/** Secrets, forget, transient statements and questions. */
export const secondMiscScenarios: ScenarioInput[] = [
  {
    id: "h2-secret-wifi-password-and-hardware-token",
    category: "secrets",
    sessions: [
      { as: june, turns: ["the wifi password at my parents' place is sunflower77, remember it for when I visit", "my bank makes me use a little hardware token to log in, so I can't do transfers from my phone"] },
    ],
    expect: {
      secrets: ["sunflower77"],
      remember: [{ as: june, match: /hardware token/i, scope: "user", lookalike: true }],
    },
  },
  {
    id: "h2-secret-connection-string-terse",
    category: "secrets",
    sessions: [{ as: hiro, turns: ["db = postgresql://admin:Tr0ub4dor-x9@10.0.4.5:5432/prod , save it for later. also we're on postgres 16 in this project"] }],
    expect: {
      secrets: ["Tr0ub4dor-x9"],
      remember: [{ as: hiro, match: /postgres(ql)? ?16/i, scope: "project" }],
    },
  },
  {
    id: "h2-secret-bare-key-pasted",
    category: "secrets",
    sessions: [
      { as: arjun, turns: ["sk-proj-4fQ9zLr2Xc7VbN1mK8pT3wYs6HdJ0eGa", "that's my openai key, keep it so you can call the api for me. also I prefer python for scripts"] },
    ],
    expect: {
      secrets: ["sk-proj-4fQ9zLr2Xc7VbN1mK8pT3wYs6HdJ0eGa"],
      remember: [{ as: arjun, match: /python/i, scope: "user" }],
    },
  },
  {
    id: "h2-secret-root-password-in-sentence",
    category: "secrets",
    sessions: [{ as: hiro, turns: ["fyi the staging box root pw is hunter2-Staging! — note it down somewhere, I always forget"] }],
    expect: { secrets: ["hunter2-Staging!"] },
  },
  {
    id: "h2-secret-private-key-block",
    category: "secrets",
    sessions: [
      {
        as: arjun,
        turns: ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOTAAAAAgh2Q5xR7sT1uVwX3yZ8aBcDeFgHiJkLmNoPqRsTuVwXyZAAAAmGv0xkFr\n-----END OPENSSH PRIVATE KEY-----\nthis is my deploy key, remember it pls"],
      },
    ],
    expect: { secrets: ["QyNTUxOTAAAAAgh2Q5xR7sT1uVwX3yZ8aBcDeFgHiJkLmNoPqRsTuVwXyZ"] },
  },
  {
    id: "h2-secret-lookalikes-pin-pad-and-token-bucket",
    category: "secrets",
    sessions: [
      {
        as: lotte,
        turns: [
          "my son's school has a PIN pad at the gate so pickup takes forever, I pick him up at 3:30 every weekday",
          "at work I'm the one who owns the token bucket rate limiter, so questions about throttling come to me",
        ],
      },
    ],
    expect: {
      remember: [
        { as: lotte, match: /3:30/, scope: "user", lookalike: true },
        { as: lotte, match: /rate limit|token bucket|throttl/i, scope: "user", lookalike: true },
      ],
    },
  },
  {
    id: "h2-forget-pls-forget-cats",
    category: "forget",
    sessions: [
      { as: sofia, turns: ["I have two cats, Miso and Tofu, they're my whole world"] },
      { as: sofia, turns: ["pls forget about my cats, I don't like having that stored"] },
    ],
    expect: { forgotten: [{ as: sofia, match: /Miso|Tofu|\bcats?\b/i, storedAfter: 0 }] },
  },
  {
    id: "h2-forget-rather-not-keep",
    category: "forget",
    sessions: [
      { as: emeka, turns: ["I'm pregnant, due in April, so travel plans need to be before February"] },
      { as: emeka, turns: ["actually I'd rather you didn't keep the pregnancy thing on file. wipe it"] },
    ],
    expect: { forgotten: [{ as: emeka, match: /pregnan|due in April/i, storedAfter: 0 }] },
  },
  {
    id: "h2-forget-mixed-language-address",
    category: "forget",
    sessions: [
      { as: ruth, turns: ["my home address is 12 Rue Oberkampf, Paris 11e, for deliveries"] },
      { as: ruth, turns: ["bitte lösch my address from your memory, ich will das nicht gespeichert haben"] },
    ],
    expect: { forgotten: [{ as: ruth, match: /Oberkampf/i, storedAfter: 0 }] },
  },
  {
    id: "h2-forget-one-of-two-facts",
    category: "forget",
    sessions: [
      { as: paulo, turns: ["I'm left-handed and I play bass in a covers band on weekends"] },
      { as: paulo, turns: ["erase the bit about me being left-handed. the bass stuff is fine to keep"] },
    ],
    expect: {
      forgotten: [{ as: paulo, match: /left.?hand/i, storedAfter: 0 }],
      remember: [{ as: paulo, match: /bass/i, scope: "user" }],
    },
  },
  {
    id: "h2-forget-no-longer-want-you-to-know",
    category: "forget",
    sessions: [
      { as: greta, turns: ["I take sertraline every morning, 50mg"] },
      { as: greta, turns: ["I don't want you to remember anything about my medication anymore, remove it"] },
    ],
    expect: { forgotten: [{ as: greta, match: /sertraline|50 ?mg/i, storedAfter: 0 }] },
  },
  {
    id: "h2-chitchat-chatty-parent",
    category: "chit-chat",
    sessions: [
      { as: lotte, turns: ["lol my toddler just drew on the living room wall with a sharpie 😅 what a morning. anyway how are you doing today", "haha ok thanks, you're sweet"] },
    ],
    expect: { transient: [/sharpie|toddler|wall/i] },
  },
  {
    id: "h2-chitchat-weather-small-talk",
    category: "chit-chat",
    sessions: [{ as: paulo, turns: ["ugh raining again here, third day in a row", "ok whatever, thx for listening"] }],
    expect: { transient: [/rain/i] },
  },
  {
    id: "h2-session-only-eli5",
    category: "session-only",
    sessions: [
      { as: sofia, turns: ["just for this conversation, pretend I'm a total beginner and explain like I'm five", "what is a hash map"] },
      { as: sofia, turns: ["explain b-trees"] },
    ],
    expect: { transient: [/beginner|five|ELI5/i] },
  },
  {
    id: "h2-session-only-today-on-train",
    category: "session-only",
    sessions: [{ as: emeka, turns: ["today i'm working from the train with awful signal so keep answers super short for now"] }],
    expect: { transient: [/train|signal/i] },
  },
  {
    id: "h2-session-only-this-time-formal",
    category: "session-only",
    sessions: [{ as: ruth, turns: ["this time only, write in a very formal tone, it's going to my landlord. normally I like casual"] }],
    expect: {
      transient: [/landlord|very formal/i],
    },
  },
  {
    id: "h2-questions-food-to-avoid",
    category: "questions",
    sessions: [
      { as: greta, turns: ["I'm allergic to peanuts, and I live in Bergen. I drive an old Volvo."] },
      { as: greta, turns: ["going to a thai place tonight"] },
    ],
    expect: {
      remember: [{ as: greta, match: /peanut/i, scope: "user" }],
      questions: [
        { as: greta, ask: "any food I should avoid?", expect: /peanut/i },
        { as: greta, ask: "what car do I drive?", expect: /Volvo/ },
      ],
    },
  },
  {
    id: "h2-questions-address-me-vs-project-name",
    category: "questions",
    sessions: [
      { as: tariq, turns: ["this project is called Falcon, it's our new payments gateway", "and you can call me T, everyone does"] },
      { as: tariq, turns: ["morning"] },
    ],
    expect: {
      remember: [{ as: tariq, match: /\bT\b/, scope: "user" }],
      questions: [{ as: tariq, ask: "how should you address me?", expect: /\bT\b/ }],
    },
  },
  {
    id: "h2-questions-deploy-target",
    category: "questions",
    sessions: [
      { as: arjun, turns: ["my main language is Kotlin and I deploy my hobby apps on fly.io. I'm on a Framework laptop running Fedora"] },
      { as: arjun, turns: ["new app idea, a habit tracker"] },
    ],
    expect: {
      remember: [{ as: arjun, match: /fly\.?io/i, scope: "user" }],
      questions: [
        { as: arjun, ask: "where do I deploy my apps?", expect: /fly\.?io/i },
        { as: arjun, ask: "what OS am I on?", expect: /Fedora/ },
      ],
    },
  },
];
