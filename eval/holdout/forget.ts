/** Held-out scenarios: the user asks to forget something they said in an earlier session. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

const ciara = solo("ciara");
const dov = at("dov", "lumen", "atlas");
const pia = solo("pia");
const zeb = solo("zeb");

/** Forget requests. */
export const holdoutForgetScenarios: ScenarioInput[] = [
  {
    id: "ho-forget-medical",
    category: "forget",
    sessions: [
      { as: ciara, turns: ["I have type 1 diabetes, so keep that in mind for meal plans"] },
      { as: ciara, turns: ["on second thought pls forget about my diabetes, I'd rather not have that stored"] },
      { as: ciara, turns: ["suggest a lunch"] },
    ],
    expect: {
      forgotten: [{ as: ciara, match: /diabet/i, storedAfter: 0 }],
    },
  },
  {
    id: "ho-forget-remove-from-memory",
    category: "forget",
    sessions: [
      { as: dov, turns: ["my kid's name is Ezra and he's 7"] },
      { as: dov, turns: ["can you remove my son's name from your memory? privacy thing"] },
    ],
    expect: { forgotten: [{ as: dov, match: /Ezra/i, storedAfter: 0 }] },
  },
  {
    id: "ho-forget-never-mind-birthday",
    category: "forget",
    sessions: [
      { as: pia, turns: ["my birthday is March 3rd", "I like cheesecake"] },
      { as: pia, turns: ["erase what you know about my birthday please"] },
      { as: pia, turns: ["what dessert should I get?"] },
    ],
    expect: {
      forgotten: [{ as: pia, match: /March 3|3(?:rd)? March|03-03/i, storedAfter: 0 }],
      remember: [{ as: pia, match: /cheesecake/i, scope: "user" }],
    },
  },
  {
    id: "ho-forget-dont-remember-address",
    category: "forget",
    sessions: [
      { as: zeb, turns: ["I live at 14 Alder Lane, Bristol"] },
      { as: zeb, turns: ["don't remember my address anymore, delete it"] },
    ],
    expect: { forgotten: [{ as: zeb, match: /Alder Lane/i, storedAfter: 0 }] },
  },
  {
    id: "ho-forget-scratch-that-job",
    category: "forget",
    sessions: [
      { as: solo("ulla"), turns: ["I work as a night nurse at St. Mary's"] },
      { as: solo("ulla"), turns: ["pls wipe the stuff about my job and where I work from memory"] },
      { as: solo("ulla"), turns: ["what do you remember about me?"] },
    ],
    expect: { forgotten: [{ as: solo("ulla"), match: /nurse|St\.? Mary/i, storedAfter: 0 }] },
  },
  {
    id: "ho-forget-dropped-out-marathon",
    category: "forget",
    sessions: [
      { as: solo("oscar"), turns: ["I'm training for the Valencia marathon in December, plan my weeks around long runs"] },
      { as: solo("oscar"), turns: ["you can forget the marathon stuff, I pulled out with a knee injury"] },
      { as: solo("oscar"), turns: ["plan my week"] },
    ],
    expect: { forgotten: [{ as: solo("oscar"), match: /marathon/i, storedAfter: 0 }] },
  },
];
