/** Several memories, then questions in a later session that should find the right one first. */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "./people.js";

const jo = at("jo", "acme", "atlas");
const pia = solo("pia");
const li = at("li", "acme", "atlas");

/** The retrieval scenarios. */
export const questionScenarios: ScenarioInput[] = [
  {
    id: "address-me-not-the-project",
    category: "questions",
    sessions: [
      {
        as: jo,
        turns: ["Call me Jo.", "The project is called Atlas Prime, it's our billing dashboard.", "We use Postgres and Redis.", "I prefer dark mode."],
      },
    ],
    expect: {
      remember: [{ as: jo, match: /\bJo\b/ }, { as: jo, match: /Atlas Prime/ }],
      questions: [
        { as: jo, ask: "How should you address me?", expect: /\bJo\b/ },
        { as: jo, ask: "What's the project called again?", expect: /Atlas Prime/ },
      ],
    },
  },
  {
    id: "many-personal-facts",
    category: "questions",
    sessions: [
      {
        as: pia,
        turns: [
          "I'm a nurse in Dublin, mostly night shifts.",
          "I have two cats, Miso and Tofu.",
          "I drink my coffee black, no sugar.",
          "I'm learning German on Duolingo.",
          "My favourite band is Radiohead.",
        ],
      },
    ],
    expect: {
      remember: [{ as: pia, match: /nurse/i }, { as: pia, match: /cats|Miso/i }, { as: pia, match: /black/i }, { as: pia, match: /German/ }, { as: pia, match: /Radiohead/ }],
      questions: [
        { as: pia, ask: "What language am I learning?", expect: /German/ },
        { as: pia, ask: "what pets do I have?", expect: /cats|Miso|Tofu/i },
        { as: pia, ask: "How do I take my coffee?", expect: /black/i },
        { as: pia, ask: "what do I do for a living?", expect: /nurse/i },
      ],
    },
  },
  {
    id: "team-conventions",
    category: "questions",
    sessions: [
      {
        as: li,
        turns: ["We never deploy on Fridays.", "Our on-call rotation switches every Monday at 9.", "The staging environment lives at staging.atlas.dev."],
      },
    ],
    expect: {
      remember: [{ as: li, match: /Friday/ }, { as: li, match: /on-call/i }, { as: li, match: /staging\.atlas\.dev/ }],
      questions: [
        { as: li, ask: "Can I deploy this on Friday?", expect: /Friday/ },
        { as: li, ask: "where's staging?", expect: /staging\.atlas\.dev/ },
        { as: li, ask: "when does the on-call rotation change?", expect: /on-call|Monday/i },
      ],
    },
  },
];
