/**
 * Held-out scenarios: personal against team, project and organisation scope,
 * several identities, and ids that collide across organisations.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

/** Personal vs team/project/org scope. */
export const holdoutScopeScenarios: ScenarioInput[] = [
  {
    id: "ho-scope-repo-only-rule",
    category: "scope",
    sessions: [
      { as: at("nadia", "saltmarsh", "ferry"), turns: ["for this repo only: commit messages follow conventional commits (feat:, fix:, chore:)"] },
      { as: at("nadia", "saltmarsh", "ferry"), turns: ["write a commit message for a bug fix in the parser"] },
      { as: at("nadia", "saltmarsh", "beacon"), turns: ["write a commit message for my change"] },
    ],
    expect: {
      remember: [{ as: at("nadia", "saltmarsh", "ferry"), match: /conventional commit/i, scope: ["project", "user"] }],
      hidden: [{ as: at("nadia", "saltmarsh", "beacon"), match: /conventional commit/i }],
    },
  },
  {
    id: "ho-scope-personal-pref-stays-personal",
    category: "scope",
    sessions: [
      { as: at("ola", "greenway", "atlas"), turns: ["personally I like my code reviews blunt, don't sugarcoat anything"] },
      { as: at("piet", "greenway", "atlas"), turns: ["review this function for me please"] },
    ],
    expect: {
      remember: [{ as: at("ola", "greenway", "atlas"), match: /blunt|sugarcoat|direct/i, scope: "user" }],
      hidden: [{ as: at("piet", "greenway", "atlas"), match: /blunt|sugarcoat/i }],
    },
  },
  {
    id: "ho-scope-org-wide-rule",
    category: "scope",
    sessions: [
      { as: at("ade", "northwind", "billing"), turns: ["company-wide policy at our org: all services must log in JSON format"] },
      { as: at("beth", "northwind", "search"), turns: ["what log format should my new service use?"] },
      { as: at("ade", "southpaw", "billing"), turns: ["setting up logging for a side project"] },
    ],
    expect: {
      remember: [{ as: at("beth", "northwind", "search"), match: /JSON/i, scope: "org" }],
      hidden: [{ as: at("ade", "southpaw", "billing"), match: /log[\s\S]*JSON|JSON[\s\S]*log/i }],
    },
  },
  {
    id: "ho-identities-colliding-user-ids",
    category: "identities",
    sessions: [
      { as: at("alex", "redfern"), turns: ["I'm Alex, I'm the designer here, I prefer Figma links over screenshots"] },
      { as: at("alex", "bluecrest"), turns: ["hi, my favourite drink is oolong tea"] },
      { as: at("alex", "redfern"), turns: ["what do you know about me?"] },
    ],
    expect: {
      remember: [
        { as: at("alex", "redfern"), match: /Figma/i },
        { as: at("alex", "bluecrest"), match: /oolong/i },
      ],
      hidden: [
        { as: at("alex", "bluecrest"), match: /Figma/i },
        { as: at("alex", "redfern"), match: /oolong/i },
      ],
    },
  },
  {
    id: "ho-identities-colliding-project-ids",
    category: "identities",
    sessions: [
      { as: at("mo", "acme", "phoenix"), turns: ["in this project we use pnpm, never npm"] },
      { as: at("zara", "zenith", "phoenix"), turns: ["this project uses yarn berry"] },
      { as: at("lena", "acme", "phoenix"), turns: ["which package manager do we use here?"] },
    ],
    expect: {
      remember: [
        { as: at("lena", "acme", "phoenix"), match: /pnpm/i, scope: ["project", "org"] },
        { as: at("zara", "zenith", "phoenix"), match: /yarn/i },
      ],
      hidden: [
        { as: at("lena", "acme", "phoenix"), match: /yarn/i },
        { as: at("zara", "zenith", "phoenix"), match: /pnpm/i },
      ],
      questions: [{ as: at("lena", "acme", "phoenix"), ask: "which package manager does this project use?", expect: /pnpm/i }],
    },
  },
  {
    id: "ho-scope-team-we-without-project",
    category: "scope",
    sessions: [
      { as: solo("rhea"), turns: ["we use trunk-based development on our team, no long-lived branches"] },
      { as: solo("rhea"), turns: ["how should I name my branch"] },
      { as: solo("other-rhea"), turns: ["how should I name my branch"] },
    ],
    expect: {
      // The identity has no project or organisation to hold a team rule: it stays in the session.
      transient: [/trunk/i],
      hidden: [{ as: solo("other-rhea"), match: /trunk/i }],
    },
  },
  {
    id: "ho-scope-org-british-english",
    category: "scope",
    sessions: [
      { as: at("harriet", "kestrel", "web"), turns: ["at our company we write all customer-facing docs in British English (colour, organise, etc)"] },
      { as: at("sanjay", "kestrel", "android"), turns: ["draft release notes for the android app"] },
      { as: at("harriet", "marigold", "web"), turns: ["draft some docs for my freelance client"] },
    ],
    expect: {
      remember: [{ as: at("sanjay", "kestrel", "android"), match: /British/i, scope: "org" }],
      hidden: [{ as: at("harriet", "marigold", "web"), match: /British/i }],
    },
  },
  {
    id: "ho-scope-personal-rule-in-this-codebase",
    category: "scope",
    sessions: [
      { as: at("yosef", "lumen", "kiln"), turns: ["in this codebase I want you to always write the test before the implementation"] },
      { as: at("yosef", "lumen", "kiln"), turns: ["add a function that parses durations"] },
      { as: at("yosef", "lumen", "prism"), turns: ["add a function that parses dates"] },
    ],
    expect: {
      remember: [{ as: at("yosef", "lumen", "kiln"), match: /test/i, scope: ["project", "user"] }],
      hidden: [{ as: at("yosef", "lumen", "prism"), match: /test[\s\S]*before|before[\s\S]*implementation/i }],
    },
  },
];
