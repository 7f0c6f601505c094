/** Personal facts against team, project and organisation facts, read by the right people only. */
import type { ScenarioInput } from "../scenario.js";
import { at } from "./people.js";

const kofiAtlas = at("kofi", "acme", "atlas");
const kofiZephyr = at("kofi", "acme", "zephyr");
const lenaAtlas = at("lena", "acme", "atlas");
const benZephyr = at("ben", "acme", "zephyr");
const amara = at("amara", "initrode", "web");
const devMobile = at("dev", "initrode", "mobile");
const amaraElsewhere = at("amara", "other-co", "web");
const weiAtlas = at("wei", "acme", "atlas");
const weiZephyr = at("wei", "acme", "zephyr");
const patNoProject = at("pat", "acme");
const anaAtlas = at("ana", "acme", "atlas");
const benAtlas = at("ben", "acme", "atlas");
const rui = at("rui", "acme", "atlas");

/** The scope scenarios. */
export const scopeScenarios: ScenarioInput[] = [
  {
    id: "team-style-vs-personal",
    category: "scope",
    sessions: [
      { as: kofiAtlas, turns: ["In this repo our team uses tabs, not spaces.", "Personally, I'd like your answers in British English."] },
      { as: lenaAtlas, turns: ["morning! starting on the importer today"] },
    ],
    expect: {
      remember: [
        { as: lenaAtlas, match: /tabs/i, scope: "project" },
        { as: kofiAtlas, match: /British/i, scope: "user" },
      ],
      hidden: [{ as: lenaAtlas, match: /British/i }],
      questions: [{ as: lenaAtlas, ask: "what's our indentation style here?", expect: /tabs/i }],
    },
  },
  {
    id: "for-this-project-only",
    category: "scope",
    sessions: [
      { as: kofiAtlas, turns: ["For this project only, use snake_case for JSON field names."] },
      { as: kofiZephyr, turns: ["ok, new repo. let's set up the API models"] },
    ],
    expect: {
      remember: [{ as: kofiAtlas, match: /snake_case/ }],
      hidden: [{ as: kofiZephyr, match: /snake_case/ }, { as: benZephyr, match: /snake_case/ }],
    },
  },
  {
    id: "company-wide-sso",
    category: "scope",
    sessions: [{ as: amara, turns: ["Company-wide we use Okta for SSO, every internal tool goes through it."] }],
    expect: {
      remember: [{ as: devMobile, match: /Okta/, scope: "org" }],
      hidden: [{ as: amaraElsewhere, match: /Okta/ }],
      questions: [{ as: devMobile, ask: "what do we use for single sign-on?", expect: /Okta/ }],
    },
  },
  {
    id: "personal-pref-in-team-context",
    category: "scope",
    sessions: [{ as: weiAtlas, turns: ["I prefer dark mode, and please call me Wei."] }],
    expect: {
      remember: [{ as: weiAtlas, match: /dark/i, scope: "user" }, { as: weiZephyr, match: /dark/i, scope: "user" }],
      hidden: [{ as: lenaAtlas, match: /dark/i }, { as: lenaAtlas, match: /\bWei\b/ }],
    },
  },
  {
    id: "team-rule-without-project",
    category: "scope",
    sessions: [{ as: patNoProject, turns: ["In this repo we squash-merge every PR, no merge commits."] }],
    expect: {
      // The identity has no project: the rule is kept for the session, never silently at user scope.
      transient: [/squash/i],
    },
  },
  {
    id: "project-deadline-shared",
    category: "scope",
    sessions: [
      { as: anaAtlas, turns: ["Our deadline for the beta is March 3, and the demo is the day before."] },
      { as: benAtlas, turns: ["hey, catching up on the beta work"] },
    ],
    expect: {
      remember: [{ as: benAtlas, match: /March 3/, scope: "project" }],
      hidden: [{ as: benZephyr, match: /March 3/ }],
      questions: [{ as: benAtlas, ask: "When's the beta deadline?", expect: /March 3/ }],
    },
  },
  {
    id: "mixed-we-and-i",
    category: "scope",
    sessions: [{ as: rui, turns: ["We ship every Thursday. I usually review PRs in the morning, before standup."] }],
    expect: {
      remember: [{ as: rui, match: /Thursday/, scope: ["project", "org"] }],
      hidden: [{ as: lenaAtlas, match: /morning|review/i }],
    },
  },
  {
    id: "my-rule-in-this-repo-only",
    category: "scope",
    sessions: [
      { as: kofiAtlas, turns: ["In this repo, always show me the whole file when you change something; in my other projects diffs are fine."] },
      { as: kofiZephyr, turns: ["let's refactor the router"] },
    ],
    expect: {
      remember: [{ as: kofiAtlas, match: /whole file/i }],
      hidden: [{ as: kofiZephyr, match: /whole file/i }],
    },
  },
  {
    id: "company-fact-without-org",
    category: "scope",
    sessions: [{ as: { userId: "nat" }, turns: ["Company-wide we use Google Workspace for mail and docs."] }],
    expect: {
      // No organisation in the identity: kept for the session, not written at user scope instead.
      transient: [/Google Workspace/],
    },
  },
];
