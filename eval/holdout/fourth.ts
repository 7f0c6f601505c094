/**
 * The fourth held-out round: personas not used before (a night-shift nurse,
 * a taqueria owner, a data scientist pasting pandas output and tracebacks, a
 * support agent juggling two customer accounts in one organisation, speakers
 * of Portuguese-, Polish- and Hindi-influenced English, a teacher dictating
 * by voice without punctuation, an engineering manager posting team
 * conventions Slack-style). Written blind: without reading the extractor,
 * the gate, or any other scenario.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

const nurse = at("amara.n", "st-brigid", "ward-4b");
const nurseColleague = at("kofi.a", "st-brigid", "ward-4b");
const owner = solo("lupe-tucson");
const ds = at("wen.li", "quantfold", "churn-model");
const dsPeer = at("arjun", "quantfold", "churn-model");
const joao = solo("joao-recife");
const kasia = solo("kasia.w");
const rohit = solo("rohit-qa");
const ngozi = solo("ngozi.e");
const teacher = solo("marguerite-d");
const bartek = solo("bartek-dev");
const dmitri = solo("dmitri.v");
const theo = solo("theo-indie");
const manager = at("lena", "fernway", "mobile-app");
const managerPeer = at("obi", "fernway", "mobile-app");
const managerOtherProject = at("lena", "fernway", "web-portal");
const fernwayOtherTeam = at("sven", "fernway", "data-platform");
const otherOrgUser = at("obi", "kestrel", "mobile-app");
const agentHarlow = at("dana", "helpdeskly", "acct-harlow-bikes");
const agentQuayside = at("dana", "helpdeskly", "acct-quayside-foods");
const agentEmea = at("dana", "helpdeskly", "tickets");
const samNorth = at("sam", "northwind", "ops");
const samSouth = at("sam", "southwind", "ops");
const hrAnalyst = at("hana", "brindle", "comp-review");

/** Fourth held-out round, every id starting with `h4-`. */
export const fourthHoldoutScenarios: ScenarioInput[] = [
  // ---------- identity / preferences ----------
  {
    id: "h4-nurse-nights-bullets",
    category: "identity",
    sessions: [
      {
        as: nurse,
        turns: [
          "hi, quick one. I'm a charge nurse and I work nights, 7p to 7a, so I read everything on my phone between rounds. Please keep summaries to short bullet points, no long paragraphs.",
          "ok thanks",
        ],
      },
    ],
    expect: {
      remember: [
        { as: nurse, match: /bullet/i, scope: "user" },
        { as: nurse, match: /night/i, scope: "user" },
      ],
    },
  },
  {
    id: "h4-portuguese-nickname-city",
    category: "identity",
    sessions: [
      {
        as: joao,
        turns: [
          "Hello! My name is João but everybody call me Jota, please call me like this also. I am from Recife but I am living in Lisbon since 2019.",
          "Can you help me to write a message for my landlord?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: joao, match: /\bJota\b/, scope: "user" },
        { as: joao, match: /Lisbon|Lisboa/, scope: "user" },
      ],
    },
  },
  {
    id: "h4-voice-dictation-teacher",
    category: "identity",
    sessions: [
      {
        as: teacher,
        turns: [
          "ok so um I'm dictating this while I drive so sorry there's no punctuation my name is Marguerite I teach third grade in Duluth and I'm always looking for science activities that don't need expensive materials because our budget is basically zero so keep that in mind whenever you suggest stuff",
        ],
      },
    ],
    expect: {
      remember: [
        { as: teacher, match: /third grade|3rd grade|third-grade|3rd-grade/i, scope: "user" },
        { as: teacher, match: /Duluth/, scope: "user" },
        { as: teacher, match: /cheap|inexpensive|expensive|budget|low[- ]cost/i, scope: "user" },
      ],
    },
  },
  {
    id: "h4-polish-vegetarian-no-fish",
    category: "identity",
    sessions: [
      {
        as: kasia,
        turns: [
          "I am vegetarian since many years, so please not propose me recipes with meat. Fish also no, I don't eat it.",
          "Today I need idea for dinner for 4 persons, something with potatoes.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: kasia, match: /vegetarian/i, scope: "user" },
        { as: kasia, match: both(/fish/i, NEGATION), scope: "user" },
      ],
    },
  },
  {
    id: "h4-hindi-english-qa-lead-tables",
    category: "identity",
    sessions: [
      {
        as: rohit,
        turns: [
          "Hi. Myself Rohit, working as QA lead in one fintech company in Pune. Kindly always share test cases in tabular format only, with columns Steps, Expected Result, Actual Result. Please do the needful.",
          "Now give test cases for OTP login screen.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: rohit, match: /tabular|table/i, scope: "user" },
        { as: rohit, match: /\bQA\b/, scope: "user" },
        { as: rohit, match: /Pune/, scope: "user" },
      ],
    },
  },
  {
    id: "h4-taqueria-owner",
    category: "identity",
    sessions: [
      {
        as: owner,
        turns: [
          "I own a little taqueria called La Lupita in Tucson, about 12 employees. We're closed Mondays. Can you help me think about a fair way to split weekend shifts?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: owner, match: /La Lupita/ },
        { as: owner, match: /Monday/i },
      ],
    },
  },

  // ---------- updates ----------
  {
    id: "h4-moved-austin-to-raleigh",
    category: "update",
    sessions: [
      { as: kasia, turns: ["I live in Austin, so when you give me events please think Central Time."] },
      { as: kasia, turns: ["Small update: actually I've moved to Raleigh last month, so now it's Eastern Time for me."] },
    ],
    expect: {
      remember: [{ as: kasia, match: /Raleigh/, scope: "user" }],
      stale: [{ as: kasia, match: only(/Austin/, /Raleigh/) }],
    },
  },
  {
    id: "h4-slack-dropped-jira-for-linear",
    category: "update",
    sessions: [
      { as: manager, turns: ["heads up team :wave: we track all bugs for the mobile app in Jira, pls file there and nowhere else"] },
      {
        as: manager,
        turns: ["fyi we dropped Jira for Linear as of this sprint :tada: all new mobile bugs go to Linear from now on"],
      },
    ],
    expect: {
      remember: [{ as: managerPeer, match: /Linear/, scope: ["project", "org"] }],
      stale: [
        { as: manager, match: only(/Jira/, /Linear/) },
        { as: managerPeer, match: only(/Jira/, /Linear/) },
      ],
    },
  },
  {
    id: "h4-taqueria-closed-day-changed",
    category: "update",
    sessions: [
      { as: owner, turns: ["For the staff schedule stuff: La Lupita is closed on Mondays."] },
      {
        as: owner,
        turns: ["Change of plans — starting this month La Lupita is open Mondays and we close on Tuesdays instead. Slowest day by far."],
      },
    ],
    expect: {
      remember: [{ as: owner, match: /Tuesday/i }],
      stale: [{ as: owner, match: only(/Monday/i, /Tuesday/i) }],
    },
  },
  {
    id: "h4-pandas-version-upgraded",
    category: "update",
    sessions: [
      { as: ds, turns: ["fyi the churn-model env is pinned to pandas 1.5.3, so don't suggest anything that needs pandas 2."] },
      {
        as: ds,
        turns: ["good news, we upgraded the churn-model env to pandas 2.2 over the weekend, so copy-on-write and the pyarrow dtypes are fair game now"],
      },
    ],
    expect: {
      remember: [{ as: ds, match: /2\.2/ }],
      stale: [{ as: ds, match: only(/1\.5/, /2\.2/) }],
    },
  },
  {
    id: "h4-vegan-now-pescatarian",
    category: "update",
    sessions: [
      { as: ngozi, turns: ["I'm vegan, so keep that in mind for any meal plans you make me."] },
      {
        as: ngozi,
        turns: ["Heads up, my doctor suggested more omega-3 so I've started eating fish again — I'm pescatarian now. Can you redo next week's meal plan?"],
      },
    ],
    expect: {
      remember: [{ as: ngozi, match: /pescatarian|fish/i, scope: "user" }],
      stale: [{ as: ngozi, match: only(/\bvegan\b/i, /pescatarian|fish|no longer|not vegan|anymore/i) }],
    },
  },

  // ---------- corrections ----------
  {
    id: "h4-polish-surname-typo",
    category: "correction",
    sessions: [
      {
        as: kasia,
        turns: [
          "For the formal letters, my full name is Katarzyna Kowalczky.",
          "ojej, typo — it is Kowalczyk, y and k other way. Please use Kowalczyk.",
        ],
      },
    ],
    expect: {
      remember: [{ as: kasia, match: /Kowalczyk/, scope: "user" }],
      stale: [{ as: kasia, match: only(/Kowalczky/, /Kowalczyk/) }],
    },
  },
  {
    id: "h4-nurse-bed-count-corrected",
    category: "correction",
    sessions: [
      { as: nurse, turns: ["For context when I ask about staffing ratios: ward 4B has 28 beds."] },
      { as: nurse, turns: ["sorry, I told you 28 beds before, that was my old ward. 4B has 24 beds."] },
    ],
    expect: {
      remember: [{ as: nurse, match: /\b24\b/ }],
      stale: [{ as: nurse, match: only(/\b28\b/, /\b24\b/) }],
    },
  },
  {
    id: "h4-birthday-month-corrected",
    category: "correction",
    sessions: [
      { as: teacher, turns: ["my daughter Mia's birthday is June 12 so when I ask about party planning that's the date"] },
      {
        as: teacher,
        turns: ["oh shoot I told you June 12 for Mia's birthday but I mixed it up it's July 12 not June"],
      },
    ],
    expect: {
      remember: [{ as: teacher, match: both(/Mia/, /July/) }],
      stale: [{ as: teacher, match: only(/June/, /July/) }],
    },
  },
  {
    id: "h4-standup-time-corrected",
    category: "correction",
    sessions: [
      {
        as: manager,
        turns: [
          "reminder: daily standup for the mobile team is at 9:30 sharp",
          "correction — standup is 9:15, not 9:30. sorry for the noise :sweat_smile:",
        ],
      },
    ],
    expect: {
      remember: [{ as: managerPeer, match: /9:15/, scope: ["project", "org"] }],
      stale: [
        { as: manager, match: only(/9:30/, /9:15/) },
        { as: managerPeer, match: only(/9:30/, /9:15/) },
      ],
    },
  },

  // ---------- hedged ----------
  {
    id: "h4-hedged-maybe-denver",
    category: "hedged",
    sessions: [
      {
        as: rohit,
        turns: [
          "I might move to Denver next year, not sure yet, depends if the offer comes through. Anyway, what is a good way to compare cost of living between two cities?",
        ],
      },
    ],
    expect: {
      transient: [/Denver/],
    },
  },
  {
    id: "h4-hedged-elixir-rewrite",
    category: "hedged",
    sessions: [
      {
        as: manager,
        turns: [
          "been toying with the idea of rewriting the sync service in Elixir, nothing decided, just thinking out loud. what would the tradeoffs be?",
        ],
      },
    ],
    expect: {
      transient: [/Elixir/i],
    },
  },
  {
    id: "h4-hypothetical-bakery",
    category: "hedged",
    sessions: [
      {
        as: dmitri,
        turns: [
          "Hypothetically — if I quit my job and opened a bakery, roughly how much would I need saved up for the first year?",
        ],
      },
    ],
    expect: {
      transient: [/baker/i, /quit/i],
    },
  },

  // ---------- scope ----------
  {
    id: "h4-scope-pr-title-convention",
    category: "scope",
    sessions: [
      {
        as: manager,
        turns: [
          "team convention for the mobile repo: every PR title starts with the ticket number, e.g. `MOB-123: fix login crash`. no exceptions pls :pray:",
        ],
      },
    ],
    expect: {
      remember: [
        { as: managerPeer, match: /MOB-|ticket/i, scope: "project" },
        { as: manager, match: /MOB-|ticket/i, scope: "project" },
      ],
      hidden: [{ as: managerOtherProject, match: /MOB-/ }],
    },
  },
  {
    id: "h4-scope-org-no-friday-deploys",
    category: "scope",
    sessions: [
      {
        as: manager,
        turns: [
          "company-wide policy from our CTO, applies to every team at Fernway, not just mobile: no production deploys on Fridays.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: fernwayOtherTeam, match: both(/deploy/i, /Friday/i), scope: "org" },
        { as: managerPeer, match: both(/deploy/i, /Friday/i), scope: "org" },
      ],
      hidden: [{ as: otherOrgUser, match: /Friday/i }],
    },
  },
  {
    id: "h4-scope-personal-polars",
    category: "scope",
    sessions: [
      {
        as: ds,
        turns: [
          "personally I prefer polars over pandas for my own scratch notebooks — the shared team code stays pandas though. anyway, how do I do a rolling mean by group in polars?",
        ],
      },
    ],
    expect: {
      remember: [{ as: ds, match: /polars/i, scope: "user" }],
      hidden: [{ as: dsPeer, match: /polars/i }],
    },
  },

  // ---------- identities (isolation) ----------
  {
    id: "h4-support-two-customer-accounts",
    category: "identities",
    sessions: [
      {
        as: agentHarlow,
        turns: [
          "Context for this account: Harlow Bikes is on the Enterprise plan, their main contact is Pete Novak, and they want all replies in British English.",
        ],
      },
      {
        as: agentQuayside,
        turns: ["Context for this account: Quayside Foods is on the Starter plan and their contact is Liv Ahlberg."],
      },
    ],
    expect: {
      remember: [
        { as: agentHarlow, match: /Pete Novak|Enterprise/, scope: "project" },
        { as: agentQuayside, match: /Ahlberg|Starter/, scope: "project" },
      ],
      hidden: [
        { as: agentQuayside, match: /Harlow|Novak|British/ },
        { as: agentHarlow, match: /Quayside|Ahlberg/ },
      ],
    },
  },
  {
    id: "h4-same-userid-two-orgs",
    category: "identities",
    sessions: [
      { as: samNorth, turns: ["Our main warehouse is in Reno and we only ship with UPS."] },
      { as: samSouth, turns: ["Where's our main warehouse again, and which carrier do we use?"] },
    ],
    expect: {
      remember: [{ as: samNorth, match: /Reno/ }],
      hidden: [{ as: samSouth, match: /Reno|UPS/ }],
    },
  },
  {
    id: "h4-colleague-colorblind-private",
    category: "identities",
    sessions: [
      {
        as: managerPeer,
        turns: [
          "I'm colorblind (deuteranopia), so when you make charts for me never use red vs green to tell things apart.",
        ],
      },
      { as: manager, turns: ["can you sketch a burndown chart layout for our sprint review?"] },
    ],
    expect: {
      remember: [{ as: managerPeer, match: /colou?r ?blind|deuteranop|red.{0,20}green|green.{0,20}red/i, scope: "user" }],
      hidden: [{ as: manager, match: /colou?r ?blind|deuteranop/i }],
    },
  },

  // ---------- pasted ----------
  {
    id: "h4-pandas-traceback",
    category: "pasted",
    sessions: [
      {
        as: ds,
        turns: [
          `why is this blowing up?

>>> df.head()
   customer_id  tenure_mo  monthly_spend  churned
0        10442         14          61.20        0
1        10443          3          19.99        1
2        10447         27          88.00        0
>>> df.groupby("plan_tier")["tenure_months"].mean()
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "/opt/conda/lib/python3.11/site-packages/pandas/core/groupby/generic.py", line 1951, in __getitem__
    return super().__getitem__(key)
KeyError: 'Column not found: tenure_months'`,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /tenure_months|KeyError|10442|61\.20|plan_tier/ }],
    },
  },
  {
    id: "h4-pasted-colleague-email",
    category: "pasted",
    sessions: [
      {
        as: joao,
        turns: [
          `Can you help me reply politely to this email from my colleague? I want to say congratulations.

---
From: Beatriz Alves
Subject: News!

Hi all, I'm relocating to the Singapore office in May. My new manager will be Hiroshi Tanaka and I will lead the APAC onboarding team. I prefer to be contacted on Teams from now on, not by email.
Cheers, Bia
---`,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Singapore|Hiroshi|Tanaka|Beatriz|APAC/ }],
    },
  },
  {
    id: "h4-pasted-search-results",
    category: "pasted",
    sessions: [
      {
        as: owner,
        turns: [
          `I googled espresso machines for the restaurant, which of these is worth it?

1. Best Espresso Machines of 2024 | CoffeeGeek
   Our top pick is the Breville Barista Express at $599 — it's what I use at home every morning and I've never looked back.
2. Gaggia Classic Pro Review - HomeBarista
   We've had the Gaggia in our test kitchen for three years; it pulls a great shot but the steam wand is weak.
3. r/espresso · "Rancilio Silvia after 8 years"
   I run a small café and we still use our Rancilio Silvia daily. Descale monthly and it'll outlive you.`,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Breville|Gaggia|Rancilio|CoffeeGeek|HomeBarista/ }],
    },
  },
  {
    id: "h4-pasted-k8s-yaml",
    category: "pasted",
    sessions: [
      {
        as: manager,
        turns: [
          `does this look right to you?

\`\`\`yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: payments
          image: registry.internal.fernway.io/payments:4.2.1
          env:
            - name: REGION
              value: eu-west-3
            - name: FEATURE_SPLIT_TENDER
              value: "true"
\`\`\``,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /payments:4\.2\.1|registry\.internal|eu-west-3|payments-api|SPLIT_TENDER/i }],
    },
  },
  {
    id: "h4-pasted-terminal-session",
    category: "pasted",
    sessions: [
      {
        as: bartek,
        turns: [
          `$ whoami
bartek
$ lsb_release -a
Distributor ID: Ubuntu
Description:    Ubuntu 22.04.4 LTS
Codename:       jammy
$ node -v
v18.19.1
$ npm install
npm ERR! code EBADENGINE
npm ERR! engine Unsupported engine
npm ERR! notsup Required: {"node":">=20"}`,
          "what do I do",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /22\.04|jammy|18\.19|EBADENGINE|notsup/i }],
    },
  },
  {
    id: "h4-pasted-csv-with-own-role",
    category: "pasted",
    sessions: [
      {
        as: hrAnalyst,
        turns: [
          `I'm the HR analyst running Brindle's compensation review this quarter. Can you flag outliers in this export?

employee,dept,level,salary
Adaeze Okonkwo,Finance,L3,84000
Marek Sobczak,Eng,L4,131500
Tuva Berg,Eng,L4,97000
Liam Farrow,Sales,L2,61250`,
        ],
      },
    ],
    expect: {
      remember: [{ as: hrAnalyst, match: /HR analyst|compensation review/i }],
      pasted: [{ kind: "document", match: /Okonkwo|Sobczak|Tuva|Farrow|131500|84000|61250/ }],
    },
  },

  // ---------- tool output ----------
  {
    id: "h4-tool-weather",
    category: "tool",
    sessions: [
      {
        as: joao,
        turns: [
          {
            user: "How is the weather in Porto today? I go there for one day, I need jacket?",
            tool: {
              name: "get_weather",
              output: "Porto, PT — 2024-10-14 — 17°C, light rain, wind NW 22 km/h, humidity 81%, UV index 2",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /17°C|light rain|22 km\/h|81%|UV index/i }],
    },
  },
  {
    id: "h4-tool-crm-lookup",
    category: "tool",
    sessions: [
      {
        as: agentEmea,
        turns: [
          {
            user: "pull up the account behind ticket 88213 please. fyi I'm on the EMEA support team, so I mostly cover CET hours.",
            tool: {
              name: "crm_lookup",
              output:
                "Account: Greta Lindqvist\nCompany: Nordhavn Design ApS\nPlan: Pro (annual)\nRenewal: 2025-03-01\nOpen tickets: 2\nLast NPS: 6\nNote: prefers phone callbacks before 10:00",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: agentEmea, match: /EMEA/, scope: "user" }],
      pasted: [{ kind: "log", match: /Lindqvist|Nordhavn|2025-03-01|NPS|callbacks/i }],
    },
  },

  // ---------- secrets ----------
  {
    id: "h4-secret-api-key-and-token",
    category: "secrets",
    sessions: [
      {
        as: ds,
        turns: [
          "here's my key for the scoring script, just hardcode it for now: sk-proj-7Hq2LmX9vB4nR8tK1wZ3yP6cD0fG5jAeU",
          `and this is my .env if that helps:
GITHUB_TOKEN=ghp_Q3vR8nT2kL9mX4wB7yH1cJ6dF0pS5aZ8eU2i
WANDB_PROJECT=churn-model`,
        ],
      },
    ],
    expect: {
      secrets: ["sk-proj-7Hq2LmX9vB4nR8tK1wZ3yP6cD0fG5jAeU", "ghp_Q3vR8nT2kL9mX4wB7yH1cJ6dF0pS5aZ8eU2i"],
    },
  },
  {
    id: "h4-secret-iban-portuguese",
    category: "secrets",
    sessions: [
      {
        as: joao,
        turns: [
          "Please fill this transfer template for the rent. My IBAN is PT50 0002 0123 1234 5678 9015 4 and my NIF is 245 123 987. The landlord is called Sr. Mendes.",
        ],
      },
    ],
    expect: {
      secrets: [
        "PT50 0002 0123 1234 5678 9015 4",
        "PT50000201231234567890154",
        "0002 0123 1234 5678",
        "245 123 987",
        "245123987",
      ],
    },
  },
  {
    id: "h4-secret-bank-account-wifi-lookalike",
    category: "secrets",
    sessions: [
      {
        as: owner,
        turns: [
          "For the table tent cards: our guest wifi is called LaLupita-Guest, it's open, customers don't need a password.",
          "Also for the new produce supplier form — our business checking account number is 4400 1928 3347, routing 122105155. Can you format the form?",
        ],
      },
    ],
    expect: {
      remember: [{ as: owner, match: /LaLupita-Guest/, lookalike: true }],
      secrets: ["4400 1928 3347", "440019283347", "122105155"],
    },
  },

  // ---------- forget ----------
  {
    id: "h4-forget-divorce-scrub",
    category: "forget",
    sessions: [
      {
        as: dmitri,
        turns: ["heads up, I'm going through a divorce so my schedule's a mess — I have the kids Tuesdays and Thursdays."],
      },
      {
        as: dmitri,
        turns: ["can you scrub the bit about my divorce from your memory? I'd rather that not be stored anywhere."],
      },
    ],
    expect: {
      forgotten: [{ as: dmitri, match: /divorc/i, storedAfter: 0 }],
    },
  },
  {
    id: "h4-forget-brother-polish",
    category: "forget",
    sessions: [
      { as: kasia, turns: ["My brother Piotr works at Allegro in Poznań as recruiter, maybe he can check my CV later."] },
      {
        as: kasia,
        turns: ["Please erase what I told you about my brother. He don't want his info to be kept anywhere, sorry."],
      },
    ],
    expect: {
      forgotten: [{ as: kasia, match: /Piotr|Allegro/, storedAfter: 0 }],
    },
  },
  {
    id: "h4-forget-latex-allergy",
    category: "forget",
    sessions: [
      { as: nurse, turns: ["fyi I'm allergic to latex, so if you ever suggest supplies for me go for nitrile."] },
      { as: nurse, turns: ["hey, take the latex allergy thing out of your memory please. I don't want health stuff about me kept."] },
      { as: nurse, turns: ["what glove sizes usually come in a standard supply order?"] },
    ],
    expect: {
      forgotten: [{ as: nurse, match: /latex|allerg/i, storedAfter: 0 }],
    },
  },

  // ---------- chit-chat ----------
  {
    id: "h4-chitchat-rainy-monday",
    category: "chit-chat",
    sessions: [
      {
        as: dmitri,
        turns: [
          "what's an 18% tip on $64?",
          "haha perfect. ugh it's raining AGAIN here, so gloomy, mondays am I right. anyway thanks, have a good one!",
        ],
      },
    ],
    expect: {
      transient: [/\brain|gloomy/i],
    },
  },

  // ---------- session-only ----------
  {
    id: "h4-session-only-farmers-market",
    category: "session-only",
    sessions: [
      {
        as: owner,
        turns: [
          "just for today I'm working off my phone at the farmers market booth, so keep answers super short. back to normal tomorrow.",
          "how many tortillas per pound of masa roughly?",
        ],
      },
      { as: owner, turns: ["ok back at my desk. how should I price a new al pastor special?"] },
    ],
    expect: {
      transient: [/farmers|market|phone|short|brief|concise/i],
    },
  },

  // ---------- questions answered from memory ----------
  {
    id: "h4-q-nurse-braden-scale",
    category: "questions",
    sessions: [
      { as: nurse, turns: ["our unit uses the Braden scale for pressure injury risk, and we reassess every shift."] },
      { as: nurseColleague, turns: ["can you draft a checklist for admissions on 4B?"] },
    ],
    expect: {
      questions: [
        { as: nurse, ask: "Which pressure injury risk scale does my unit use?", expect: /Braden/ },
        { as: nurseColleague, ask: "What risk assessment scale do we use for pressure injuries on our ward?", expect: /Braden/ },
      ],
    },
  },
  {
    id: "h4-q-hosting-moved",
    category: "questions",
    sessions: [
      { as: theo, turns: ["my side project, a habit tracker called Streakly, is hosted on Heroku."] },
      { as: theo, turns: ["finally did it — moved Streakly off Heroku to Fly.io this weekend. bill went from $50 to $9 lol"] },
    ],
    expect: {
      remember: [{ as: theo, match: /Fly/ }],
      stale: [{ as: theo, match: only(/Heroku/, /Fly/) }],
      questions: [{ as: theo, ask: "Where is Streakly hosted?", expect: /Fly/, stale: only(/Heroku/, /Fly/) }],
    },
  },
  {
    id: "h4-q-sous-chef",
    category: "questions",
    sessions: [
      {
        as: owner,
        turns: ["Staff notes for La Lupita: my head chef is Marisol, the sous chef is Teodoro, and Teodoro handles all the produce ordering."],
      },
      { as: owner, turns: ["what's a good template for a weekly kitchen meeting?"] },
    ],
    expect: {
      questions: [
        { as: owner, ask: "Who's my sous chef again?", expect: /Teodoro/ },
        { as: owner, ask: "Who does the produce ordering at the restaurant?", expect: /Teodoro/ },
      ],
    },
  },
  {
    id: "h4-q-oncall-rotation-peer",
    category: "questions",
    sessions: [
      {
        as: manager,
        turns: ["📣 reminder: on-call for the mobile app rotates every Wednesday at noon, handoff happens in #mobile-oncall"],
      },
    ],
    expect: {
      remember: [{ as: managerPeer, match: /Wednesday/i, scope: ["project", "org"] }],
      questions: [{ as: managerPeer, ask: "When does the mobile on-call rotation hand off?", expect: /Wednesday/i }],
    },
  },
];
