/**
 * Second held-out set: personal, project and organisation scope, with
 * several identities whose ids collide across organisations and projects.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";

/** Scope and identity isolation. */
export const secondScopeScenarios: ScenarioInput[] = [
  {
    id: "h2-scope-team-deploy-and-personal-theme",
    category: "scope",
    sessions: [
      { as: at("h2-priya", "h2-acme", "h2-billing"), turns: ["our team deploys the billing service with Argo CD, everything goes through gitops", "personally I like dark mode in every tool, my eyes hurt otherwise"] },
      { as: at("h2-tom", "h2-acme", "h2-billing"), turns: ["how do we ship a hotfix here?"] },
    ],
    expect: {
      remember: [
        { as: at("h2-priya", "h2-acme", "h2-billing"), match: /Argo/i, scope: ["project", "org"] },
        { as: at("h2-tom", "h2-acme", "h2-billing"), match: /Argo/i, scope: ["project", "org"] },
        { as: at("h2-priya", "h2-acme", "h2-web"), match: /dark/i, scope: "user" },
      ],
      hidden: [
        { as: at("h2-tom", "h2-acme", "h2-billing"), match: /dark/i },
        { as: at("h2-priya", "h2-other", "h2-billing"), match: /Argo/i },
      ],
    },
  },
  {
    id: "h2-identities-same-user-id-two-orgs",
    category: "identities",
    sessions: [
      { as: at("h2-alex", "h2-north"), turns: ["I'm vegan, have been for 6 years"] },
      { as: at("h2-alex", "h2-south"), turns: ["I eat pretty much anything, big fan of bbq"] },
    ],
    expect: {
      remember: [
        { as: at("h2-alex", "h2-north"), match: /vegan/i, scope: "user" },
        { as: at("h2-alex", "h2-south"), match: /bbq|anything/i, scope: "user" },
      ],
      hidden: [
        { as: at("h2-alex", "h2-south"), match: /vegan/i },
        { as: at("h2-alex", "h2-north"), match: /bbq/i },
      ],
    },
  },
  {
    id: "h2-scope-this-repo-only-rule",
    category: "scope",
    sessions: [
      { as: at("h2-kenji", "h2-acme", "h2-legacy-api"), turns: ["in this repo only: tabs not spaces, the ancient linter breaks otherwise. don't do it anywhere else"] },
      { as: at("h2-kenji", "h2-acme", "h2-web"), turns: ["format this snippet for me"] },
    ],
    expect: {
      remember: [{ as: at("h2-kenji", "h2-acme", "h2-legacy-api"), match: /tabs/i, scope: ["project", "user"] }],
      hidden: [{ as: at("h2-kenji", "h2-acme", "h2-web"), match: /tabs/i }],
    },
  },
  {
    id: "h2-scope-org-data-residency",
    category: "scope",
    sessions: [
      { as: at("h2-ines", "h2-globex", "h2-crm"), turns: ["company-wide rule at Globex: all customer data stays in eu-west-1, we are not allowed to use US regions at all"] },
      { as: at("h2-zoe", "h2-globex", "h2-analytics"), turns: ["where should I create the new bucket?"] },
    ],
    expect: {
      remember: [
        { as: at("h2-ines", "h2-globex", "h2-crm"), match: /eu-west-1/, scope: "org" },
        { as: at("h2-zoe", "h2-globex", "h2-analytics"), match: /eu-west-1/, scope: "org" },
      ],
      hidden: [{ as: at("h2-ines", "h2-initech", "h2-crm"), match: /eu-west-1/ }],
      questions: [{ as: at("h2-zoe", "h2-globex", "h2-analytics"), ask: "which region do we keep customer data in?", expect: /eu-west-1/ }],
    },
  },
  {
    id: "h2-scope-project-tool-and-personal-style",
    category: "scope",
    sessions: [
      { as: at("h2-li", "h2-acme", "h2-web"), turns: ["we use pnpm in this project, not npm. and for me personally: bullet points please, I skim everything"] },
      { as: at("h2-li", "h2-acme", "h2-mobile"), turns: ["explain the release train"] },
    ],
    expect: {
      remember: [
        { as: at("h2-li", "h2-acme", "h2-web"), match: /pnpm/, scope: "project" },
        { as: at("h2-li", "h2-acme", "h2-mobile"), match: /bullet/i, scope: "user" },
      ],
      hidden: [{ as: at("h2-li", "h2-acme", "h2-mobile"), match: /pnpm/ }],
    },
  },
  {
    id: "h2-scope-team-statement-without-team",
    category: "session-only",
    sessions: [
      { as: solo("h2-mara"), turns: ["our team tracks everything in Linear, sprints are two weeks"] },
      { as: solo("h2-mara"), turns: ["what's a good retro format"] },
    ],
    expect: {
      transient: [/Linear/],
    },
  },
  {
    id: "h2-identities-support-agent-customer-facts",
    category: "identities",
    sessions: [
      {
        as: at("h2-kwame", "h2-helpdesk", "h2-tickets"),
        turns: [
          "customer on the line says her name is Dolores Ibarra, she's in Tucson and wants a refund for order 5521, the blender arrived broken",
          "fyi I'm Kwame, I'm on the EMEA shift this month so my replies go out in the morning US time",
        ],
      },
      { as: at("h2-kwame", "h2-helpdesk", "h2-tickets"), turns: ["draft an apology template"] },
    ],
    expect: {
      remember: [{ as: at("h2-kwame", "h2-helpdesk", "h2-tickets"), match: /EMEA/, scope: "user" }],
      questions: [{ as: at("h2-kwame", "h2-helpdesk", "h2-tickets"), ask: "what's my name?", expect: /Kwame/ }],
      transient: [/Dolores|Tucson|5521/],
    },
  },
  {
    id: "h2-identities-colliding-project-ids",
    category: "identities",
    sessions: [
      { as: at("h2-sam", "h2-red", "h2-atlas"), turns: ["in this project we write all the docs in AsciiDoc"] },
      { as: at("h2-sam", "h2-blue", "h2-atlas"), turns: ["this project's docs are Markdown only, we publish with mkdocs"] },
    ],
    expect: {
      remember: [
        { as: at("h2-sam", "h2-red", "h2-atlas"), match: /AsciiDoc/i, scope: "project" },
        { as: at("h2-sam", "h2-blue", "h2-atlas"), match: /mkdocs|Markdown/i, scope: "project" },
      ],
      hidden: [
        { as: at("h2-sam", "h2-blue", "h2-atlas"), match: /AsciiDoc/i },
        { as: at("h2-sam", "h2-red", "h2-atlas"), match: /mkdocs/i },
      ],
    },
  },
];
