/**
 * Second held-out set: pasted material (with and without a lead-in) and tool
 * output that must leave no record, next to the user's own facts that must.
 */
import type { ScenarioInput } from "../scenario.js";
import { solo } from "../scenarios/people.js";

const FENCE = "```";

/** Pasted code, logs, transcripts, e-mails, tables, documents, search results, job postings, configs; tool output. */
export const secondPastedScenarios: ScenarioInput[] = [
  {
    id: "h2-paste-unfenced-code-no-lead",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-gus"),
        turns: [
          "def greet(user):\n    # I'm Viktor and I prefer tabs, see style guide\n    name = user.get('nickname') or 'Vik'\n    return f\"hello {name}, I live in Tallinn\"\n\nprint(greet({}))",
          "why does this print Vik",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Viktor|Tallinn|\bVik\b/ }],
    },
  },
  {
    id: "h2-paste-fenced-code-with-lead",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-gus"),
        turns: [
          `I write Elixir at work. Here's the module that breaks:\n${FENCE}elixir\ndefmodule Prefs do\n  # my timezone is Asia/Kolkata, always use 24h clock\n  def tz, do: "Asia/Kolkata"\nend\n${FENCE}`,
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h2-gus"), match: /Elixir/, scope: "user" }],
      pasted: [{ kind: "document", match: /Kolkata|24h/ }],
    },
  },
  {
    id: "h2-paste-stack-trace-no-lead",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-hannah"),
        turns: [
          "2026-11-02T09:14:07.332Z ERROR [worker-3] user=hannah.k tz=America/Chicago locale=es-MX request failed\nTypeError: Cannot read properties of undefined (reading 'prefersDarkMode')\n    at renderSettings (/app/src/settings.js:88:21)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /Chicago|es-MX|prefersDarkMode|dark/i }],
    },
  },
  {
    id: "h2-paste-slack-transcript",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-nadia"),
        turns: [
          "[09:12] rosa: I'm moving to Berlin next month\n[09:13] rosa: also pls never schedule me before 10am\n[09:15] ben: call me Benny from now on lol\n[09:16] ben: I switched to Arch btw\n\nsummarize this thread pls",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /Berlin|10 ?am/i },
        { kind: "log", match: /Benny|Arch/ },
      ],
    },
  },
  {
    id: "h2-paste-forwarded-email",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-olu"),
        turns: [
          "---------- Forwarded message ---------\nFrom: Dan Whitfield <dan@example.org>\nDate: Mon, 3 Nov 2026\nSubject: offsite\n\nHi all,\nI'm vegetarian and gluten-free, so please order accordingly for the offsite. I live in Leeds so I'll take the train on Thursday morning.\nCheers, Dan\n\ncan you draft a polite reply saying we'll sort the food",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Leeds|gluten|vegetarian|Dan/i }],
    },
  },
  {
    id: "h2-paste-table-of-people",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-olu"),
        turns: [
          "| name | role | language | city |\n|---|---|---|---|\n| Ana | backend | Go | Porto |\n| Ilse | design | Figma | Utrecht |\n| Raj | data | Python | Pune |\n\nwhich of them should review a Go PR",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Porto|Utrecht|Pune/ }],
    },
  },
  {
    id: "h2-paste-job-posting-plus-own-fact",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-ivan"),
        turns: [
          "Senior Rust Engineer (Remote, EU)\nAbout us: we are a fintech scale-up based in Lisbon.\nYou will: own our ledger service, work with Kubernetes and Kafka.\nYou have: 5+ years of Rust, experience with event sourcing. You live within 3 hours of Lisbon.\nWe offer: 30 days holiday, learning budget.\n\nis this a good fit? I'm a Go developer with 6 years of experience, never touched Rust in production",
        ],
      },
      { as: solo("h2-ivan"), turns: ["ok what should I learn first"] },
    ],
    expect: {
      remember: [{ as: solo("h2-ivan"), match: /Go developer|6 years|\bGo\b/, scope: "user" }],
      pasted: [{ kind: "document", match: /Lisbon|ledger|Kafka/ }],
    },
  },
  {
    id: "h2-paste-search-results",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-chiara"),
        turns: [
          "1. Best Pizza in Naples 2026 - TripAdvisor\n   www.tripadvisor.com › Restaurants-Naples\n   I always go to Da Michele, my favourite place in the world, the queue is worth it...\n2. L'Antica Pizzeria da Michele - Wikipedia\n   en.wikipedia.org › wiki › Da_Michele\n   Founded in 1870, it serves only two pizzas: margherita and marinara.\n3. 10 pizzerias locals love | Naples Travel Blog\n   I moved to Naples in 2019 and these are my picks...\n\nwhich one is closest to the station",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Michele|Naples|margherita/i }],
    },
  },
  {
    id: "h2-paste-config-file-no-lead",
    category: "pasted",
    sessions: [
      { as: solo("h2-ferdi"), turns: ["I use VS Code for basically everything"] },
      {
        as: solo("h2-ferdi"),
        turns: [
          "editor:\n  name: emacs\n  theme: solarized-light\n  font_size: 15\nuser:\n  name: Greta\n  shell: fish\n",
          "why does this yaml fail to load in my tool",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h2-ferdi"), match: /VS ?Code/i, scope: "user" }],
      pasted: [{ kind: "document", match: /emacs|solarized|Greta|fish/i }],
      questions: [{ as: solo("h2-ferdi"), ask: "which editor do I use?", expect: /VS ?Code/i }],
    },
  },
  {
    id: "h2-paste-long-doc-then-own-preference",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-yuki"),
        turns: [
          "RFC 0042: Retry policy for outbound webhooks\n\nStatus: Draft\nAuthor: platform team\n\nMotivation. Today every webhook delivery is attempted once; a failure is logged and dropped. Customers have asked for retries with back-off, and support spends hours replaying events by hand. " +
            "Proposal. We retry a failed delivery up to eight times with exponential back-off starting at 30 seconds and capped at one hour. Each attempt is recorded with its status code. After the last attempt the event is moved to a dead-letter queue that the customer can inspect and replay from the dashboard. " +
            "I prefer Kotlin for services like this because of coroutines, and I always ask for idempotency keys in reviews. " +
            "Alternatives. A fixed schedule was considered and rejected because it synchronises retries across customers after an outage.\n\n" +
            "---\nanyway, unrelated to the doc: please keep your answers short with me, 3-4 sentences max.",
        ],
      },
      { as: solo("h2-yuki"), turns: ["thoughts on the dead-letter part?"] },
    ],
    expect: {
      remember: [{ as: solo("h2-yuki"), match: /short|concise|brief|sentences/i, scope: "user" }],
      pasted: [{ kind: "document", match: /Kotlin|idempotency|retry|dead-letter/i }],
    },
  },
  {
    id: "h2-paste-block-quote-colleague",
    category: "pasted",
    sessions: [
      {
        as: solo("h2-malik"),
        turns: ["my colleague wrote this in the PR:\n> I always use light mode and honestly I'd rather you call me Jo\n> I'm based in Oslo so reviews come late\nwhat do you think, is he being passive aggressive"],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Oslo|light mode|\bJo\b/ }],
    },
  },
  {
    id: "h2-tool-profile-lookup",
    category: "tool",
    sessions: [
      {
        as: solo("h2-petra"),
        turns: [
          {
            user: "look up the profile of the maintainer who merged my PR",
            tool: { name: "github_profile", output: '{"login":"mkovacs","name":"Marko Kovač","location":"Zagreb, Croatia","company":"@acme-oss","bio":"I prefer Mercurial. Vim forever."}' },
          },
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Zagreb|Mercurial|Kova/ }],
    },
  },
  {
    id: "h2-tool-shell-env-with-secret",
    category: "tool",
    sessions: [
      {
        as: solo("h2-petra"),
        turns: [
          {
            user: "run env and tell me why the deploy can't find the region",
            tool: { name: "shell", output: "USER=deploy\nHOME=/home/deploy\nSHELL=/bin/zsh\nAWS_ACCESS_KEY_ID=AKIAZ7QH3EXAMPLE42\nAWS_SECRET_ACCESS_KEY=q9Xv2LmT8rWn4KpZ0aBcYdEfGhIjKlMnOpQrStUv\nEDITOR=nano\nLANG=pt_BR.UTF-8" },
          },
        ],
      },
    ],
    expect: {
      secrets: ["q9Xv2LmT8rWn4KpZ0aBcYdEfGhIjKlMnOpQrStUv"],
      pasted: [{ kind: "log", match: /zsh|nano|pt_BR/ }],
    },
  },
  {
    id: "h2-tool-weather-with-own-fact",
    category: "tool",
    sessions: [
      {
        as: solo("h2-marek"),
        turns: [
          {
            user: "whats the weather tomorrow, I live in Kraków since 2019 so use that",
            tool: { name: "weather", output: "Kraków, PL — Thu: overcast, 4°C, humidity 87%, wind NW 12 km/h. Advisory: fog until 10:00." },
          },
        ],
      },
      { as: solo("h2-marek"), turns: ["and the weekend?"] },
    ],
    expect: {
      remember: [{ as: solo("h2-marek"), match: /Krak[óo]w/, scope: "user" }],
      pasted: [{ kind: "log", match: /overcast|humidity|fog/i }],
      questions: [{ as: solo("h2-marek"), ask: "where do I live?", expect: /Krak[óo]w/ }],
    },
  },
];
