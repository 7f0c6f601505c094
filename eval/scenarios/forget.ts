/** Requests to forget something the user said before. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "./people.js";

const ren = solo("ren");
const ama = solo("ama");
const ivo = at("ivo", "fjord");
const sky = solo("sky");

/** The forget-request scenarios. */
export const forgetScenarios: ScenarioInput[] = [
  {
    id: "forget-allergies",
    category: "forget",
    sessions: [
      { as: ren, turns: ["I'm allergic to penicillin, just so you know.", "I listen to a lot of jazz while I work."] },
      { as: ren, turns: ["forget what I told you about my allergies"] },
    ],
    expect: {
      forgotten: [{ as: ren, match: /penicillin|allerg/i, storedAfter: 0 }],
      remember: [{ as: ren, match: /jazz/i }],
    },
  },
  {
    id: "scratch-birthday",
    category: "forget",
    sessions: [
      { as: ama, turns: ["My birthday is on July 2nd."] },
      { as: ama, turns: ["scratch the thing about my birthday, I'd rather you didn't keep that"] },
    ],
    expect: { forgotten: [{ as: ama, match: /July|birthday/i, storedAfter: 0 }] },
  },
  {
    id: "delete-home-town",
    category: "forget",
    sessions: [
      { as: ivo, turns: ["I grew up in Tromsø, way up north."] },
      { as: ivo, turns: ["please delete my home town from your memory"] },
    ],
    expect: { forgotten: [{ as: ivo, match: /Troms/i, storedAfter: 0 }] },
  },
  {
    id: "forget-employer",
    category: "forget",
    sessions: [
      { as: sky, turns: ["I work at Cyberdyne in the robotics group.", "I prefer metric units."] },
      { as: sky, turns: ["Don't keep where I work anymore, please just forget it."] },
    ],
    expect: {
      forgotten: [{ as: sky, match: /Cyberdyne/i, storedAfter: 0 }],
      remember: [{ as: sky, match: /metric/i }],
    },
  },
  {
    id: "forget-nickname",
    category: "forget",
    sessions: [
      { as: solo("beatrix"), turns: ["You can call me Bee."] },
      { as: solo("beatrix"), turns: ["please forget my nickname, just use my real name from now on"] },
    ],
    expect: { forgotten: [{ as: solo("beatrix"), match: /\bBee\b/, storedAfter: 0 }] },
  },
  {
    id: "stop-remembering-where-i-live",
    category: "forget",
    sessions: [
      { as: solo("cam"), turns: ["I live in Bristol, near the harbour."] },
      { as: solo("cam"), turns: ["I'd rather you didn't remember where I live. Please remove that."] },
    ],
    expect: { forgotten: [{ as: solo("cam"), match: /Bristol/, storedAfter: 0 }] },
  },
  {
    id: "never-mind-salary",
    category: "forget",
    sessions: [
      { as: solo("teo"), turns: ["I make about 85k a year, for the budgeting stuff."] },
      { as: solo("teo"), turns: ["never mind what I said about my salary, please delete it"] },
    ],
    expect: { forgotten: [{ as: solo("teo"), match: /85k|salary/i, storedAfter: 0 }] },
  },
  {
    id: "forget-partner-name",
    category: "forget",
    sessions: [
      { as: at("raf", "fjord"), turns: ["My wife's name is Priya, she's a doctor at the county hospital."] },
      { as: at("raf", "fjord"), turns: ["Could you forget my wife's name? She'd prefer you didn't store it."] },
    ],
    expect: { forgotten: [{ as: at("raf", "fjord"), match: /Priya/, storedAfter: 0 }] },
  },
];
