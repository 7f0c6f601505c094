/**
 * Held-out scenarios: material pasted inside the user's message (code,
 * quotes, transcripts, logs, stack traces, JSON/YAML, e-mails, documents,
 * search results, job postings, tables) is not the user speaking.
 */
import type { ScenarioInput } from "../scenario.js";
import { solo, at } from "../scenarios/people.js";

const ivo = solo("ivo");
const cara = at("cara", "delta", "portal");

/** Pasted material inside user messages. */
export const holdoutPastedScenarios: ScenarioInput[] = [
  {
    id: "ho-pasted-slack-transcript",
    category: "pasted",
    sessions: [
      {
        as: ivo,
        turns: [
          "can you summarise this thread for me\n\n[09:14] marguerite: hi all, I'm Marguerite, please call me Maggie\n[09:15] oskar: I prefer tabs over spaces fwiw\n[09:16] marguerite: my favourite framework is Svelte\n[09:20] oskar: ok let's ship friday",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /Maggie|Marguerite/i },
        { kind: "log", match: /Svelte/i },
        { kind: "log", match: /\btabs\b/i },
      ],
    },
  },
  {
    id: "ho-pasted-stack-trace",
    category: "pasted",
    sessions: [
      {
        as: ivo,
        turns: [
          "why is this crashing??\n\nTypeError: Cannot read properties of undefined (reading 'prefers')\n    at renderTheme (/app/src/theme.js:42:17)\n    at UserSettings.load (/app/src/settings.js:88:5)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\nError: my name is root and I prefer dark mode",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /renderTheme|settings\.js|task_queues/i },
        { kind: "log", match: /\broot\b/i },
      ],
    },
  },
  {
    id: "ho-pasted-json-config",
    category: "pasted",
    sessions: [
      {
        as: cara,
        turns: [
          "is this config valid?\n{\n  \"user\": { \"name\": \"Bartholomew\", \"language\": \"fr\", \"theme\": \"solarized\" },\n  \"retries\": 3,\n  \"region\": \"ap-south-1\"\n}",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Bartholomew/i },
        { kind: "document", match: /solarized/i },
        { kind: "document", match: /ap-south-1/i },
      ],
    },
  },
  {
    id: "ho-pasted-yaml-compose",
    category: "pasted",
    sessions: [
      {
        as: cara,
        turns: [
          "here's our docker-compose, why won't postgres start\n\nservices:\n  db:\n    image: postgres:13\n    environment:\n      POSTGRES_DB: inventory\n      TZ: Pacific/Auckland\n  web:\n    build: .\n    depends_on: [db]",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Pacific\/Auckland|Auckland/i },
        { kind: "document", match: /postgres:13|inventory/i },
      ],
    },
  },
  {
    id: "ho-pasted-email-forward",
    category: "pasted",
    sessions: [
      {
        as: solo("gwen"),
        turns: [
          "can you help me reply to this email politely?\n\nFrom: Harold Pemberton <harold@example.org>\nSubject: Re: quarterly review\n\nHi Gwen,\nI'm vegan, so please no catering with dairy. Also I live in Brighton and prefer meetings on Tuesdays.\nBest,\nHarold",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /vegan|dairy/i },
        { kind: "document", match: /Brighton/i },
        { kind: "document", match: /Tuesday/i },
      ],
    },
  },
  {
    id: "ho-pasted-search-results",
    category: "pasted",
    sessions: [
      {
        as: solo("theo"),
        turns: [
          "which of these looks most legit?\n\n1. Best Rust IDE 2026 — rustforge.dev\n   I switched to RustRover and I'll never go back. My name is Ferris.\n2. Why I prefer Emacs for Rust — blog.example.com\n   We moved our whole team to Emacs last year...\n3. Rust Analyzer docs — rust-analyzer.github.io",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /RustRover/i },
        { kind: "document", match: /Ferris/i },
        { kind: "document", match: /Emacs/i },
      ],
    },
  },
  {
    id: "ho-pasted-job-posting",
    category: "pasted",
    sessions: [
      {
        as: solo("dara"),
        turns: [
          "should I apply to this?\n\nSenior Backend Engineer — Quokka Labs (Remote, EU)\nWe are a team of 40 based in Tallinn. We use Elixir and Phoenix. You will own our billing platform. You have 5+ years of experience and love functional programming. Salary: €85k–€100k.",
          "I'm a Python dev mostly fwiw",
        ],
      },
      { as: solo("dara"), turns: ["what should I learn next?"] },
    ],
    expect: {
      remember: [{ as: solo("dara"), match: /Python/i, scope: "user" }],
      pasted: [
        { kind: "document", match: /Elixir|Phoenix/i },
        { kind: "document", match: /Tallinn/i },
        { kind: "document", match: /Quokka/i },
      ],
    },
  },
  {
    id: "ho-pasted-code-and-quote",
    category: "pasted",
    sessions: [
      {
        as: solo("bea"),
        turns: [
          "my coworker wrote this, is it ok?\n```python\n# I always use tabs, call me Chief\nDEFAULT_LOCALE = \"de_DE\"\ndef greet(name):\n    return f'Hallo {name}'\n```",
          "> I'm based in Reykjavik and I hate meetings before 10\nthat's from our new hire's intro, what's a friendly reply?",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Chief|de_DE/i },
        { kind: "document", match: /Reykjav/i },
      ],
    },
  },
  {
    id: "ho-pasted-markdown-table",
    category: "pasted",
    sessions: [
      {
        as: solo("nils"),
        turns: [
          "turn this into prose:\n\n| name | role | favourite language |\n|---|---|---|\n| Ingrid | lead | Haskell |\n| Sven | intern | Kotlin |\n| Mette | SRE | Bash |",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Haskell/i },
        { kind: "document", match: /Kotlin/i },
        { kind: "document", match: /Ingrid|Mette|Sven/i },
      ],
    },
  },
  {
    id: "ho-pasted-server-log",
    category: "pasted",
    sessions: [
      {
        as: at("lior", "cobalt", "edge"),
        turns: [
          "seeing this in prod, any idea?\n2026-03-02T11:04:55Z INFO  user=admin prefers=compact-view region=us-east-2\n2026-03-02T11:04:56Z WARN  retrying upstream 10.0.3.7:8443 (attempt 3)\n2026-03-02T11:04:58Z ERROR upstream timeout after 30000ms",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /compact-view|us-east-2/i },
        { kind: "log", match: /10\.0\.3\.7|upstream/i },
      ],
    },
  },
  {
    id: "ho-pasted-email-reply-chain",
    category: "pasted",
    sessions: [
      {
        as: solo("hamid"),
        turns: [
          "what does she want here?\n\nOn Tue, 4 Mar 2026 at 09:12, Ottilie Brandt <ottilie@example.com> wrote:\n> Please call me Tilly from now on.\n> I'm moving to Rotterdam in May and I only drink decaf.\n> Can we push the kickoff?",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Tilly|Ottilie/i },
        { kind: "document", match: /Rotterdam/i },
        { kind: "document", match: /decaf/i },
      ],
    },
  },
  {
    id: "ho-pasted-meeting-transcript-no-timestamps",
    category: "pasted",
    sessions: [
      {
        as: at("vera", "granite", "infra"),
        turns: [
          "pull action items out of this:\n\nDmitri: ok so I'm taking the Terraform upgrade\nPriyanka: I'd rather we stay on Terraform 1.5 honestly\nDmitri: fine. also everyone call me Dima\nVera: I'll own the runbook",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /\bDima\b/i },
        { kind: "log", match: /Terraform 1\.5/i },
      ],
    },
  },
  {
    id: "ho-pasted-readme-section",
    category: "pasted",
    sessions: [
      {
        as: solo("jonah"),
        turns: [
          "can you make this README intro less dry?\n\n# Pelican Sync\n\nPelican Sync is a tool that mirrors S3 buckets to local disk. We recommend running it with Python 3.8. Our maintainers prefer issues over e-mail. The default config lives in ~/.pelicanrc and uses the Europe/Berlin timezone.\n\n## Install\n\npip install pelican-sync",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Pelican/i },
        { kind: "document", match: /Python 3\.8/i },
        { kind: "document", match: /Europe\/Berlin/i },
      ],
    },
  },
];
