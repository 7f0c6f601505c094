/**
 * Material pasted inside the user's message: it is not the user speaking,
 * and must leave no record, while the user's own words around it still count.
 */
import type { ScenarioInput } from "../scenario.js";
import { only } from "./patterns.js";
import { at, solo } from "./people.js";

const olu = at("olu", "acme", "atlas");
const vik = at("vik", "acme", "atlas");
const sre = at("amy", "wayne", "infra");
const cfg = solo("jonas");
const job = solo("lucia");
const food = solo("marco");
const pr = solo("tess");
const rfc = at("ravi", "stark", "platform");
const mail = solo("hana");
const code = solo("ed");
const chat = solo("nia");

const slackThread = `can you summarise this thread from #platform for me?

[14:02] dmitri: call me Dima, everyone does
[14:03] dmitri: also I'm moving to Berlin in March
[14:05] priya: we should switch CI to CircleCI tbh
[14:06] dmitri: +1, and I prefer light mode in Grafana

btw I'm Olu, I lead the platform team.`;

const stackTrace = `getting this when I run the tests, any idea?

\`\`\`
TypeError: Cannot read properties of undefined (reading 'userId')
    at resolveUser (/srv/app/src/auth/session.ts:42:17)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async Router.handle (/srv/app/node_modules/express/lib/router/index.js:284:9)
\`\`\`

We're on Node 20, if that matters.`;

const logs = `prod is flapping again, here are the last lines:

2026-11-20T10:02:11Z WARN  payments-worker retrying job=settle-batch attempt=3 region=eu-west-1
2026-11-20T10:02:12Z ERROR payments-worker db connection refused host=db-prod-3.internal port=5432
2026-11-20T10:02:12Z INFO  payments-worker user preference theme=dark locale=de-DE
2026-11-20T10:02:15Z ERROR payments-worker giving up after 3 attempts

what should I look at first?`;

const configJson = `here's our app config, why isn't the cache being used?

\`\`\`json
{
  "cache": { "driver": "redis", "ttlSeconds": 30, "host": "cache-7.internal" },
  "locale": { "language": "de", "timezone": "Europe/Berlin" },
  "features": { "darkMode": true }
}
\`\`\``;

const jobPosting = `Does this job look like a fit for me?

Senior Platform Engineer — Hooli (Remote, EU)
About the role: You'll own our Kubernetes platform and the Kafka pipelines behind checkout.
You have: 5+ years with Kubernetes, strong Go, on-call experience. You live in Amsterdam or are willing to relocate.
We offer: €90k–€110k, 30 days of holiday, a yearly learning budget.

For context, I'm a frontend developer in Madrid with 4 years of React.`;

const searchResults = `I searched for places and got this, which one should I pick?

1. Trattoria Da Enzo — Rome, Trastevere · ★★★★☆ (2,314 reviews) · "Best carbonara I've ever had, I'm a regular here"
2. Roscioli Salumeria — Rome, Centro · ★★★★★ (5,901 reviews) · Reservations required
3. Pizzeria Ai Marmi — Rome · ★★★★☆ (1,187 reviews) · "Cash only, I always go on Sundays"`;

const blockQuote = `my coworker left this on my PR:

> I prefer tabs over spaces, and I always use Emacs for reviews. Please reformat the whole file.

how do I push back politely? I'm firmly a spaces person.`;

const designDoc = `Can you review this RFC draft before I send it out?

RFC-042: Moving session storage off Memcached
Status: Draft. Authors: platform team.
Summary. We will replace Memcached with DynamoDB for session storage by Q3. Sessions will be keyed by a ULID and expire after 14 days.
Motivation. Memcached evictions caused 3 incidents in the last quarter; DynamoDB gives us durability and point-in-time recovery.
Design. A thin SessionStore interface with two implementations; a dual-write phase of two weeks; reads switch behind a feature flag named sessions_dynamo_read.
Alternatives. Redis Cluster (rejected: operational cost), Postgres (rejected: write amplification).
Rollout. Canary at 1% for a week, then 10%, 50%, 100%. The on-call rotation owns the rollback runbook.
Open questions. Do we need cross-region replication? Who owns the TTL sweeper?`;

const forwardedEmail = `---------- Forwarded message ---------
From: Karen Holt <karen.holt@vendor.example>
Subject: Intro

Hi all, my name is Karen and I'm your new account manager. I prefer calls on Fridays and I'm based in Denver.

---
can you draft a short friendly reply for me?`;

const pastedCode = `why does this log undefined?

\`\`\`ts
// TODO(bob): I prefer 4-space indentation, fix before merge
const settings = { userName: "Bob Lawson", theme: "solarized" };
export function greet(user?: { name: string }) {
  console.log(user.name);
}
\`\`\``;

const chatLog = `this is what the support bot and the customer said, can you tell me what went wrong?

Customer: Hi, my name is Gerald and I live in Leeds.
Bot: Hello Gerald! How can I help?
Customer: I want all my invoices in Spanish from now on.
Bot: Done! Your invoices will be in Spanish.`;

/** The pasted-material scenarios. */
export const pastedScenarios: ScenarioInput[] = [
  {
    id: "pasted-chat-transcript",
    category: "pasted",
    sessions: [{ as: olu, turns: [slackThread] }],
    expect: {
      remember: [{ as: olu, match: /\bOlu\b/ }],
      pasted: [{ kind: "log", match: /\bDima\b|Berlin|CircleCI|Grafana/ }],
      questions: [{ as: olu, ask: "How should you address me?", expect: /\bOlu\b/ }],
    },
  },
  {
    id: "pasted-stack-trace",
    category: "pasted",
    sessions: [{ as: vik, turns: [stackTrace] }],
    expect: {
      remember: [{ as: vik, match: /Node ?20/i }],
      pasted: [{ kind: "log", match: /resolveUser|Cannot read properties|session\.ts|processTicks/ }],
    },
  },
  {
    id: "pasted-log-lines",
    category: "pasted",
    sessions: [{ as: sre, turns: [logs] }],
    expect: {
      pasted: [{ kind: "log", match: /db-prod-3|settle-batch|de-DE|theme=dark|payments-worker/ }],
    },
  },
  {
    id: "pasted-json-config",
    category: "pasted",
    sessions: [
      { as: cfg, turns: ["Please always answer me in English."] },
      { as: cfg, turns: [configJson] },
    ],
    expect: {
      remember: [{ as: cfg, match: /English/ }],
      pasted: [{ kind: "document", match: /redis|cache-7|Europe\/Berlin|"de"|darkMode/ }],
      questions: [{ as: cfg, ask: "Which language should you answer in?", expect: /English/ }],
    },
  },
  {
    id: "pasted-job-posting",
    category: "pasted",
    sessions: [{ as: job, turns: [jobPosting] }],
    expect: {
      remember: [{ as: job, match: /Madrid/ }],
      pasted: [{ kind: "document", match: /Kafka|Kubernetes|Amsterdam|Hooli|110k|Senior Platform/ }],
    },
  },
  {
    id: "pasted-search-results",
    category: "pasted",
    sessions: [{ as: food, turns: [searchResults] }],
    expect: { pasted: [{ kind: "document", match: /Trattoria|Roscioli|Marmi|carbonara|Sundays|Trastevere/ }] },
  },
  {
    id: "pasted-block-quote",
    category: "pasted",
    sessions: [{ as: pr, turns: [blockQuote] }],
    expect: {
      remember: [{ as: pr, match: only(/spaces/i, /tabs|Emacs/i) }],
      pasted: [{ kind: "document", match: /Emacs|tabs over spaces|reformat/i }],
    },
  },
  {
    id: "pasted-design-doc",
    category: "pasted",
    sessions: [{ as: rfc, turns: [designDoc] }],
    expect: { pasted: [{ kind: "document", match: /DynamoDB|Memcached|ULID|sessions_dynamo_read|Redis Cluster/ }] },
  },
  {
    id: "pasted-forwarded-email",
    category: "pasted",
    sessions: [{ as: mail, turns: [forwardedEmail] }],
    expect: { pasted: [{ kind: "document", match: /Karen|Denver|Fridays|account manager/ }] },
  },
  {
    id: "pasted-code-comments",
    category: "pasted",
    sessions: [{ as: code, turns: [pastedCode] }],
    expect: { pasted: [{ kind: "document", match: /4-space|Bob Lawson|solarized/ }] },
  },
  {
    id: "pasted-support-chat",
    category: "pasted",
    sessions: [{ as: chat, turns: [chatLog] }],
    expect: { pasted: [{ kind: "log", match: /Gerald|Leeds|Spanish/ }] },
  },
  {
    id: "pasted-yaml",
    category: "pasted",
    sessions: [
      {
        as: cfg,
        turns: ["is this valid?\n\n```yaml\nowner: frank\nlanguage: ja\ntimezone: Asia/Tokyo\nnotify: sms\n```\n\nI'm on macOS if you need to know."],
      },
    ],
    expect: { remember: [{ as: cfg, match: /macOS/ }], pasted: [{ kind: "document", match: /frank|Asia\/Tokyo|\bja\b|sms/ }] },
  },
  {
    id: "pasted-terminal-session",
    category: "pasted",
    sessions: [{ as: vik, turns: ["why is my editor wrong?\n\n$ whoami\nbuild-bot\n$ echo $EDITOR\nnano\n$ cat ~/.config/theme\nsolarized-light"] }],
    expect: { pasted: [{ kind: "log", match: /build-bot|nano|solarized/ }] },
  },
  {
    id: "pasted-ci-output",
    category: "pasted",
    sessions: [
      {
        as: vik,
        turns: [
          "CI is red on my branch:\n\nRun npm test\n> vitest run\n FAIL  test/billing.test.ts > invoices > rounds totals\nAssertionError: expected 10.01 to be 10\n ❯ test/billing.test.ts:88:23\nError: Process completed with exit code 1.\n\nI'm pretty sure it's the rounding change I made yesterday.",
        ],
      },
    ],
    expect: { pasted: [{ kind: "log", match: /billing\.test|AssertionError|exit code|rounds totals/ }] },
  },
  {
    id: "pasted-irc-log",
    category: "pasted",
    sessions: [
      {
        as: chat,
        turns: [
          "what do you make of this?\n\n<mike> I'm the new lead, call me boss\n<mike> we're moving everything to Azure next month\n<sara> I prefer Go for the new services\n\nI'm not sure mike can decide that alone.",
        ],
      },
    ],
    expect: { pasted: [{ kind: "log", match: /\bboss\b|Azure|prefer Go/ }] },
  },
];
