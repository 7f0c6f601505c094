/**
 * The scripted imperfect-LLM suite: what a realistic model extractor proposes
 * for each user turn, good and bad, each proposal labelled. A bad proposal is
 * "let through" when the harm it would do is visible at the end (its `check`
 * matches); a good one is "kept" when its `check` matches a live record.
 */
import type { IdentityContext } from "../../src/index.js";
import type { Turn } from "../scenario.js";
import { only } from "../scenarios/patterns.js";
import { at, solo } from "../scenarios/people.js";

/** The kinds of proposal the suite scripts. */
export type ProposalKind =
  | "another-key"
  | "wrong-scope"
  | "tool-output"
  | "pasted"
  | "guess"
  | "narrative-revert"
  | "contradiction"
  | "secret-field"
  | "transient"
  | "good";

/** One proposed candidate and how to judge it. */
export interface Proposal {
  /** `setup` proposals prepare a case and are not counted. */
  label: "good" | "bad" | "setup";
  kind: ProposalKind;
  candidate: Record<string, unknown>;
  /**
   * For a good proposal, the live record it should leave (visible to `as`,
   * the case's identity by default). For a bad one, the harm: a record that
   * is live for `as` (`where: "live"`) or stored anywhere (`"anywhere"`);
   * with `alongside`, only while another live record matches that too (two
   * live records about one subject).
   */
  check?: { match: RegExp; as?: IdentityContext; where?: "live" | "anywhere"; alongside?: RegExp };
  /**
   * For a bad proposal whose value is right but whose key or scope is wrong:
   * the live record that must still hold the value (for `as`, the case's
   * identity by default), counted with the good proposals kept.
   */
  keep?: { match: RegExp; as?: IdentityContext };
}

/** One user turn and the model's answer to it. */
export interface GateTurn {
  say: Turn;
  propose: Proposal[];
}

/** A case: sessions of turns (each session a restart), as one identity. */
export interface GateCase {
  id: string;
  as: IdentityContext;
  sessions: GateTurn[][];
}

type CandidateFields = { memoryType?: string; scope?: string; confidence?: number; bucket?: string; content?: Record<string, unknown> };

/** A candidate as a model would emit it: explicit statements at 0.9, user scope, preference, unless said otherwise. */
function candidate(key: string, text: string, value: unknown, fields: CandidateFields = {}): Record<string, unknown> {
  return { bucket: "promote", memoryType: "preference", key, text, content: { value }, confidence: 0.9, scope: "user", ...fields };
}

const setup = (c: Record<string, unknown>): Proposal => ({ label: "setup", kind: "good", candidate: c });
const good = (c: Record<string, unknown>, match: RegExp, as?: IdentityContext): Proposal => ({ label: "good", kind: "good", candidate: c, check: { match, as } });
const bad = (kind: ProposalKind, c: Record<string, unknown>, harm: RegExp, where: "live" | "anywhere" = "live", as?: IdentityContext): Proposal => ({
  label: "bad",
  kind,
  candidate: c,
  check: { match: harm, where, as },
});

/** A bad proposal whose value must survive under the right key or scope; its harm, with `alongside`, is a duplicate. */
const salvage = (proposal: Proposal, keep: RegExp, alongside?: RegExp): Proposal => ({
  ...proposal,
  check: { ...proposal.check!, ...(alongside ? { alongside } : {}) },
  keep: { match: keep },
});

const mo = at("mo", "acme", "atlas");
const nell = at("nell", "acme", "atlas");
const zed = at("zed", "acme", "orbit");
const pat = solo("pat");
const rae = at("rae", "northwind", "billing");

const kyotoResults = `1. Ryokan Sakura — Gion, Kyoto · ¥18,000/night · "quiet, I stay here every spring"
2. Hotel Kanra — Karasuma · ¥24,500/night
3. Piece Hostel Sanjo — ¥4,200/night · "great for solo travellers"`;

const deployLog = `10:41:02 api-7f9c deploy started image=registry.internal/api:4.12.0
10:41:40 api-7f9c container OOMKilled (limit 512Mi)
10:41:41 api-7f9c back-off restarting failed container`;

/** Every case of the suite. */
export const GATE_CASES: GateCase[] = [
  // The same subject under another key: the old value must not stay live beside the new one.
  {
    id: "another-key-theme",
    as: pat,
    sessions: [
      [{ say: "I like dark mode.", propose: [setup(candidate("ui.theme", "Prefers dark mode", "dark"))] }],
      [{ say: "switch me over to light mode please, dark is hard to read outside", propose: [salvage(bad("another-key", candidate("ui.appearance", "Prefers light mode", "light"), /dark/i), /light/i, /light/i)] }],
    ],
  },
  {
    id: "another-key-employer",
    as: pat,
    sessions: [
      [{ say: "I work at Umbrella.", propose: [setup(candidate("user.employer", "Works at Umbrella", "Umbrella", { memoryType: "fact" }))] }],
      [{ say: "I quit Umbrella and joined Hooli last month", propose: [salvage(bad("another-key", candidate("work.company", "Works at Hooli", "Hooli", { memoryType: "fact" }), only(/Umbrella/, /Hooli/)), /Hooli/, /Hooli/)] }],
    ],
  },
  {
    id: "another-key-ci",
    as: rae,
    sessions: [
      [{ say: "Our CI is Travis.", propose: [setup(candidate("ci.provider", "The team's CI is Travis", "Travis", { memoryType: "fact", scope: "project" }))] }],
      [{ say: "we migrated from Travis to Buildkite", propose: [salvage(bad("another-key", candidate("build.ci_system", "The team's CI is Buildkite", "Buildkite", { memoryType: "fact", scope: "project" }), only(/Travis/, /Buildkite/)), /Buildkite/, /Buildkite/)] }],
    ],
  },
  // A personal preference proposed at project or org scope: colleagues must not see it.
  {
    id: "org-scope-theme",
    as: mo,
    sessions: [[{ say: "I prefer dark mode.", propose: [salvage(bad("wrong-scope", candidate("ui.theme", "Prefers dark mode", "dark", { scope: "org" }), /dark/i, "live", nell), /dark/i)] }]],
  },
  {
    id: "org-scope-name",
    as: mo,
    sessions: [[{ say: "call me Mo", propose: [salvage(bad("wrong-scope", candidate("user.preferred_name", "Call the user Mo", "Mo", { scope: "org" }), /\bMo\b/, "live", nell), /\bMo\b/)] }]],
  },
  {
    id: "project-scope-language",
    as: mo,
    sessions: [[{ say: "please answer in Portuguese from now on", propose: [salvage(bad("wrong-scope", candidate("response.language", "Answer in Portuguese", "Portuguese", { scope: "project", memoryType: "rule" }), /Portuguese/, "live", nell), /Portuguese/)] }]],
  },
  // Tool output and pasted material taken as the user's memory.
  {
    id: "tool-output-as-content",
    as: pat,
    sessions: [
      [
        {
          say: { user: "find me a hotel in Kyoto for April", tool: { name: "web_search", output: kyotoResults } },
          propose: [bad("tool-output", candidate("search.kyoto_hotels", `Kyoto hotel search results: ${kyotoResults}`, kyotoResults, { memoryType: "fact" }), /Ryokan Sakura|Kanra|¥18,000/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "tool-log-as-content",
    as: rae,
    sessions: [
      [
        {
          say: { user: "check the deploy logs please", tool: { name: "fetch_logs", output: deployLog } },
          propose: [bad("tool-output", candidate("deploy.last_log", "Latest deploy log", deployLog, { memoryType: "fact", scope: "project", content: { log: deployLog } }), /OOMKilled|api-7f9c/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "pasted-posting-as-fact",
    as: pat,
    sessions: [
      [
        {
          say: "Does this fit me?\n\nSenior SRE — Initech (Amsterdam, hybrid). You live in Amsterdam or will relocate. 6+ years of Kubernetes.",
          propose: [bad("pasted", candidate("user.location", "Lives in Amsterdam", "Amsterdam", { memoryType: "fact", confidence: 0.8 }), /Amsterdam/)],
        },
      ],
    ],
  },
  // Guesses at 0.3–0.7 confidence.
  {
    id: "guess-new-fact",
    as: pat,
    sessions: [[{ say: "I've been reading a lot about Rust lately", propose: [bad("guess", candidate("user.primary_language", "Is probably a Rust developer", "Rust", { memoryType: "fact", confidence: 0.6 }), /Rust/)] }]],
  },
  {
    id: "guess-low",
    as: pat,
    sessions: [[{ say: "school run again this morning, ugh", propose: [bad("guess", candidate("user.family", "Might have children", "children", { memoryType: "fact", confidence: 0.45 }), /children/)] }]],
  },
  {
    id: "guess-over-explicit",
    as: pat,
    sessions: [
      [{ say: "I live in Munich.", propose: [setup(candidate("user.location", "Lives in Munich", "Munich", { memoryType: "fact" }))] }],
      [{ say: "flying to Berlin tomorrow for a conference", propose: [bad("guess", candidate("user.location", "Seems to live in Berlin", "Berlin", { memoryType: "fact", confidence: 0.7 }), /Berlin/)] }],
    ],
  },
  {
    id: "guess-very-low",
    as: pat,
    sessions: [[{ say: "hmm, maybe I should try vim one day", propose: [bad("guess", candidate("user.editor", "Uses vim", "vim", { confidence: 0.3 }), /vim/i)] }]],
  },
  // Old values re-proposed from narrative.
  {
    id: "narrative-ci",
    as: rae,
    sessions: [
      [{ say: "We use Buildkite for CI.", propose: [setup(candidate("ci.provider", "The team's CI is Buildkite", "Buildkite", { memoryType: "fact", scope: "project" }))] }],
      [{ say: "Travis was so flaky back in the day", propose: [bad("narrative-revert", candidate("ci.provider", "The team's CI is Travis", "Travis", { memoryType: "fact", scope: "project", confidence: 0.85 }), /Travis/)] }],
    ],
  },
  {
    id: "narrative-language",
    as: pat,
    sessions: [
      [{ say: "I write mostly Rust.", propose: [setup(candidate("user.primary_language", "Writes mostly Rust", "Rust", { memoryType: "fact" }))] }],
      [{ say: "back when I used Perl for everything, regexes were my life", propose: [bad("narrative-revert", candidate("user.primary_language", "Writes mostly Perl", "Perl", { memoryType: "fact", confidence: 0.8 }), /Perl/)] }],
    ],
  },
  {
    id: "narrative-city",
    as: pat,
    sessions: [
      [{ say: "I live in Porto now.", propose: [setup(candidate("user.location", "Lives in Porto", "Porto", { memoryType: "fact" }))] }],
      [{ say: "when I lived in Lisbon the rent was half of this", propose: [bad("narrative-revert", candidate("user.location", "Lives in Lisbon", "Lisbon", { memoryType: "fact", confidence: 0.8 }), /Lisbon/)] }],
    ],
  },
  // Contradictions within one turn.
  {
    id: "contradiction-two-keys",
    as: rae,
    sessions: [
      [
        {
          say: "We deploy with Heroku. Wait, no, it's Fly.io.",
          propose: [
            good(candidate("deploy.platform", "The team deploys with Fly.io", "Fly.io", { memoryType: "fact", scope: "project" }), /Fly\.io/),
            bad("contradiction", candidate("deployment.provider", "The team deploys with Heroku", "Heroku", { memoryType: "fact", scope: "project" }), /Heroku/),
          ],
        },
      ],
    ],
  },
  {
    id: "contradiction-same-key-wrong-order",
    as: rae,
    sessions: [
      [
        {
          say: "The launch is on the 12th, sorry, I mean the 14th.",
          propose: [
            good(candidate("project.launch_date", "The launch is on the 14th", "14th", { memoryType: "fact", scope: "project" }), /14/),
            bad("contradiction", candidate("project.launch_date", "The launch is on the 12th", "12th", { memoryType: "fact", scope: "project" }), only(/12/, /14/)),
          ],
        },
      ],
    ],
  },
  {
    id: "contradiction-mixed-value",
    as: pat,
    sessions: [[{ say: "Call me Sasha. Sorry, typo: Sacha.", propose: [bad("contradiction", candidate("user.preferred_name", "Wants to be called Sasha (or Sacha)", "Sasha / Sacha"), /Sasha/)] }]],
  },
  // Secrets in structured fields.
  {
    id: "secret-password-field",
    as: rae,
    sessions: [
      [
        {
          say: "the staging db is db-stg.internal, user admin, password Tr0ub4dor&3",
          propose: [bad("secret-field", candidate("infra.staging_db", "Staging database is db-stg.internal", null, { memoryType: "fact", scope: "project", content: { host: "db-stg.internal", user: "admin", password: "Tr0ub4dor&3" } }), /Tr0ub4dor&3/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "secret-nested-token",
    as: rae,
    sessions: [
      [
        {
          say: "deploys go to Fly, the token is fo1_8dK2mQ9xLp3Vz7Rt",
          propose: [bad("secret-field", candidate("deploy.config", "Deploys to Fly", null, { memoryType: "fact", scope: "project", content: { deploy: { provider: "fly", credentials: { token: "fo1_8dK2mQ9xLp3Vz7Rt" } } } }), /fo1_8dK2mQ9xLp3Vz7Rt/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "secret-connection-string",
    as: rae,
    sessions: [
      [
        {
          say: "main db: postgres://app:pa55w0rd-blue@db.internal:5432/app",
          propose: [bad("secret-field", candidate("infra.main_db", "Main database connection string", "postgres://app:pa55w0rd-blue@db.internal:5432/app", { memoryType: "fact", scope: "project" }), /pa55w0rd-blue/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "secret-api-key-field",
    as: pat,
    sessions: [
      [
        {
          say: "I use Mailkite for newsletters, key mk_4f9a8b7c6d5e4f3a2b1c",
          propose: [bad("secret-field", candidate("tools.mailkite", "Uses Mailkite for newsletters", null, { memoryType: "fact", content: { service: "Mailkite", apiKey: "mk_4f9a8b7c6d5e4f3a2b1c" } }), /mk_4f9a8b7c6d5e4f3a2b1c/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "secret-env-assignment",
    as: rae,
    sessions: [
      [
        {
          say: "set SENTRY_AUTH_SECRET=8c1f0e9d2b3a4c5d6e7f on the worker",
          propose: [bad("secret-field", candidate("infra.sentry", "SENTRY_AUTH_SECRET=8c1f0e9d2b3a4c5d6e7f on the worker", "SENTRY_AUTH_SECRET=8c1f0e9d2b3a4c5d6e7f", { memoryType: "fact", scope: "project" }), /8c1f0e9d2b3a4c5d6e7f/, "anywhere")],
        },
      ],
    ],
  },
  {
    id: "secret-passphrase",
    as: pat,
    sessions: [[{ say: "my wifi passphrase is correct-horse-battery-staple", propose: [bad("secret-field", candidate("home.wifi", "Home wifi passphrase", "correct-horse-battery-staple", { memoryType: "fact" }), /correct-horse-battery-staple/, "anywhere")] }]],
  },
  // Good proposals, which the gate must keep.
  {
    id: "good-preference",
    as: pat,
    sessions: [[{ say: "I prefer metric units.", propose: [good(candidate("ui.units", "Prefers metric units", "metric"), /metric/)] }]],
  },
  {
    id: "good-team-fact",
    as: mo,
    sessions: [[{ say: "Our team uses pnpm in this repo.", propose: [good(candidate("tooling.package_manager", "The project uses pnpm", "pnpm", { memoryType: "fact", scope: "project" }), /pnpm/, nell)] }]],
  },
  {
    id: "good-update-same-key",
    as: pat,
    sessions: [
      [{ say: "My editor is VS Code.", propose: [setup(candidate("user.editor", "Uses VS Code", "VS Code"))] }],
      [{ say: "I've switched over to Helix.", propose: [good(candidate("user.editor", "Uses Helix", "Helix"), /Helix/)] }],
    ],
  },
  {
    id: "good-lookalike",
    as: mo,
    sessions: [[{ say: "The office door needs a badge and a PIN after 7pm.", propose: [good(candidate("office.access", "The office door needs a badge and a PIN after 7pm", "badge and PIN", { memoryType: "fact", scope: "org" }), /badge/, zed)] }]],
  },
  {
    id: "good-org-fact",
    as: mo,
    sessions: [[{ say: "Company-wide we use Okta for SSO.", propose: [good(candidate("org.sso", "The company uses Okta for SSO", "Okta", { memoryType: "fact", scope: "org" }), /Okta/, zed)] }]],
  },
  {
    id: "good-correction",
    as: rae,
    sessions: [
      [
        { say: "The launch is on the 12th.", propose: [setup(candidate("project.launch_date", "The launch is on the 12th", "12th", { memoryType: "fact", scope: "project" }))] },
        { say: "oops, I meant the 14th", propose: [good(candidate("project.launch_date", "The launch is on the 14th", "14th", { memoryType: "fact", scope: "project" }), /14/)] },
      ],
    ],
  },
  {
    id: "good-rule",
    as: pat,
    sessions: [[{ say: "no more exclamation marks, please", propose: [good(candidate("response.punctuation", "Never use exclamation marks", "no exclamation marks", { memoryType: "rule" }), /exclamation/)] }]],
  },
  // A statement meant for this conversation only, proposed as durable.
  {
    id: "session-statement-as-durable",
    as: pat,
    sessions: [[{ say: "for now keep it short, I'm on my phone", propose: [bad("transient", candidate("response.length", "Prefers short answers", "short"), /short/)] }]],
  },
];
