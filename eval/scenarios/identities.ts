/** Several identities over one file: colliding ids in different organisations, users moving between projects. */
import type { ScenarioInput } from "../scenario.js";
import { at } from "./people.js";

const samAcme = at("sam", "acme");
const samGlobex = at("sam", "globex");
const anaAcmeAtlas = at("ana", "acme", "atlas");
const bobGlobexAtlas = at("bob", "globex", "atlas");
const benAcmeAtlas = at("ben", "acme", "atlas");
const noorAtlas = at("noor", "acme", "atlas");
const noorZephyr = at("noor", "acme", "zephyr");
const annie = at("annie", "acme", "atlas");
const benji = at("benji", "acme", "atlas");

/** The several-identities scenarios. */
export const identityCollisionScenarios: ScenarioInput[] = [
  {
    id: "same-user-id-two-orgs",
    category: "identities",
    sessions: [
      { as: samAcme, turns: ["I'm Sam. I mostly write Python, and I like terse answers."] },
      { as: samGlobex, turns: ["Hi, I'm Samantha — I do Java at this company, and I want detailed explanations."] },
    ],
    expect: {
      remember: [{ as: samAcme, match: /Python/ }, { as: samGlobex, match: /Java\b/ }],
      hidden: [{ as: samGlobex, match: /Python/ }, { as: samAcme, match: /Java\b/ }],
    },
  },
  {
    id: "same-project-id-two-orgs",
    category: "identities",
    sessions: [
      { as: anaAcmeAtlas, turns: ["Our project uses Terraform for all the infra."] },
      { as: bobGlobexAtlas, turns: ["We use Pulumi for infra on this project."] },
    ],
    expect: {
      remember: [{ as: benAcmeAtlas, match: /Terraform/ }, { as: bobGlobexAtlas, match: /Pulumi/ }],
      hidden: [{ as: bobGlobexAtlas, match: /Terraform/ }, { as: benAcmeAtlas, match: /Pulumi/ }],
      questions: [{ as: bobGlobexAtlas, ask: "what do we use for infra?", expect: /Pulumi/ }],
    },
  },
  {
    id: "user-moves-between-projects",
    category: "identities",
    sessions: [
      { as: noorAtlas, turns: ["In this repo the tests run with Jest."] },
      { as: noorZephyr, turns: ["This repo uses Vitest for tests."] },
    ],
    expect: {
      remember: [{ as: noorAtlas, match: /Jest/ }, { as: noorZephyr, match: /Vitest/ }],
      hidden: [{ as: noorZephyr, match: /\bJest\b/ }, { as: noorAtlas, match: /Vitest/ }],
      questions: [{ as: noorZephyr, ask: "which test runner does this repo use?", expect: /Vitest/ }],
    },
  },
  {
    id: "two-users-one-project",
    category: "identities",
    sessions: [
      { as: annie, turns: ["Call me Annie, please."] },
      { as: benji, turns: ["you can call me Benji"] },
    ],
    expect: {
      remember: [{ as: annie, match: /Annie/ }, { as: benji, match: /Benji/ }],
      hidden: [{ as: benji, match: /Annie/ }, { as: annie, match: /Benji/ }],
      questions: [{ as: benji, ask: "How should you address me?", expect: /Benji/ }],
    },
  },
  {
    id: "same-user-and-project-ids-two-orgs",
    category: "identities",
    sessions: [
      { as: at("sam", "acme", "atlas"), turns: ["I prefer tabs for indentation."] },
      { as: at("sam", "globex", "atlas"), turns: ["I prefer spaces for indentation."] },
    ],
    expect: {
      remember: [{ as: at("sam", "acme", "atlas"), match: /tabs/ }, { as: at("sam", "globex", "atlas"), match: /spaces/ }],
      hidden: [{ as: at("sam", "globex", "atlas"), match: /tabs/ }, { as: at("sam", "acme", "atlas"), match: /spaces/ }],
      questions: [{ as: at("sam", "globex", "atlas"), ask: "tabs or spaces for me?", expect: /spaces/ }],
    },
  },
];
