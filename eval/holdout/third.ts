/**
 * The third held-out round: personas not used before (a teenager texting in
 * slang, a lawyer writing formally, a sysadmin pasting shell sessions without
 * comment, a product manager in bullet lists, a grandparent, someone who
 * answers the assistant's questions tersely, someone who updates facts
 * implicitly, someone who asks to forget with euphemisms). Written blind:
 * without reading the extractor, the gate, or any other scenario.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

const teen = solo("kayden");
const lawyer = at("m.okafor", "okafor-llp", "merger-review");
const lawyerOther = at("m.okafor", "okafor-llp", "lease-dispute");
const colleague = at("j.brandt", "okafor-llp", "merger-review");
const sysadmin = at("root-rita", "hostco", "edge-fleet");
const sysadminOther = at("root-rita", "hostco", "billing");
const sysPeer = at("tomasz", "hostco", "edge-fleet");
const pm = at("priya", "tidewater", "checkout");
const pmPeer = at("leon", "tidewater", "checkout");
const pmOtherOrg = at("priya", "saltmarsh", "checkout");
const granny = solo("gran-edith");
const terse = solo("ole");
const mover = solo("ines");
const euph = solo("dev-raj");

/** Third held-out round, every id starting with `h3-`. */
export const thirdHoldoutScenarios: ScenarioInput[] = [
  // ---------- identity / preferences ----------
  {
    id: "h3-teen-name-slang",
    category: "identity",
    sessions: [
      { as: teen, turns: ["yo whats good", "ngl just call me Kay, nobody says kayden lol", "k thx"] },
      { as: teen, turns: ["wait what do u call me again"] },
    ],
    expect: {
      remember: [{ as: teen, match: /\bKay\b/, scope: "user" }],
      questions: [{ as: teen, ask: "What should I call you?", expect: /\bKay\b/ }],
    },
  },
  {
    id: "h3-teen-short-answers",
    category: "identity",
    sessions: [
      { as: teen, turns: ["fr keep ur answers short pls, like 2-3 sentences max, i aint reading essays"] },
      { as: teen, turns: ["explain photosynthesis"] },
    ],
    expect: {
      remember: [{ as: teen, match: /short|sentences|brief|concise/i, scope: "user" }],
      questions: [{ as: teen, ask: "How long should answers be?", expect: /short|sentences|brief|concise/i }],
    },
  },
  {
    id: "h3-lawyer-formal-address",
    category: "identity",
    sessions: [
      {
        as: lawyer,
        turns: [
          "Good afternoon. For the avoidance of doubt, and so that our correspondence may proceed on a proper footing, I should be grateful if you would address me as Ms Okafor in all replies, rather than by my given name.",
        ],
      },
      { as: lawyerOther, turns: ["Please summarise the tenancy provisions we discussed."] },
    ],
    expect: {
      remember: [{ as: lawyerOther, match: /Ms\.? Okafor/, scope: "user" }],
      questions: [{ as: lawyerOther, ask: "How should you address me?", expect: /Ms\.? Okafor/ }],
    },
  },
  {
    id: "h3-grandparent-identity",
    category: "identity",
    sessions: [
      {
        as: granny,
        turns: [
          "Hello dear. My grandson set this up for me. I'm Edith, I'm 82 and my eyesight isn't what it was, so could you please always write in short plain sentences without all those symbols and bullet points.",
        ],
      },
      { as: granny, turns: ["How do I send a photo to my daughter?"] },
    ],
    expect: {
      remember: [
        { as: granny, match: /Edith/, scope: "user" },
        { as: granny, match: /plain|bullet|symbols|short/i, scope: "user" },
      ],
      questions: [{ as: granny, ask: "How should you format answers for me?", expect: /plain|bullet|symbols/i }],
    },
  },
  {
    id: "h3-terse-answers-to-questions",
    category: "identity",
    sessions: [
      {
        as: terse,
        turns: [
          "set up my profile",
          "yes, Berlin",
          "nope, tabs",
          "metric obviously",
        ],
      },
      { as: terse, turns: ["format this file for me"] },
    ],
    expect: {
      remember: [
        { as: terse, match: /Berlin/, scope: "user" },
        { as: terse, match: /\btabs?\b/i, scope: "user" },
        { as: terse, match: /metric/i, scope: "user" },
      ],
      questions: [{ as: terse, ask: "Tabs or spaces for indentation?", expect: /\btabs?\b/i }],
    },
  },
  {
    id: "h3-pm-bullets-preferences",
    category: "identity",
    sessions: [
      {
        as: pm,
        turns: [
          "quick context on me:\n- Priya, PM on checkout\n- based in Bangalore (IST)\n- prefer replies as bullet points, max 5\n- I don't read code, skip the snippets",
        ],
      },
      { as: pm, turns: ["what's the status of the payment retry work?"] },
    ],
    expect: {
      remember: [
        { as: pm, match: /Bangalore|IST/, scope: "user" },
        { as: pm, match: /bullet/i },
        { as: pm, match: /snippet|code/i },
      ],
      questions: [{ as: pm, ask: "Which timezone am I in?", expect: /Bangalore|IST/ }],
    },
  },
  // ---------- updates / retirements ----------
  {
    id: "h3-implicit-move-oslo",
    category: "update",
    sessions: [
      { as: mover, turns: ["I live in Lisbon and work remotely for a Dutch company."] },
      { as: mover, turns: ["Since the move to Oslo last month my commute is just the stairs, but the winter light is rough."] },
      { as: mover, turns: ["any tips for a weekend trip nearby?"] },
    ],
    expect: {
      remember: [{ as: mover, match: /Oslo/ }],
      stale: [{ as: mover, match: only(/Lisbon/, /Oslo/) }],
      questions: [{ as: mover, ask: "Where do I live?", expect: /Oslo/, stale: only(/Lisbon/, /Oslo/) }],
    },
  },
  {
    id: "h3-implicit-new-job",
    category: "update",
    sessions: [
      { as: mover, turns: ["I'm a nurse at St. Olav's hospital, mostly night shifts."] },
      { as: mover, turns: ["Now that I'm teaching biology at the high school instead, my evenings are free again!"] },
    ],
    expect: {
      remember: [{ as: mover, match: /biology|teach/i }],
      stale: [{ as: mover, match: only(/nurse|St\.? Olav/i, /teach|biology/i) }],
      questions: [{ as: mover, ask: "What is my job?", expect: /biology|teach/i, stale: only(/nurse/i, /teach/i) }],
    },
  },
  {
    id: "h3-teen-phone-switch",
    category: "update",
    sessions: [
      { as: teen, turns: ["i got an iphone 12 its mid but whatever"] },
      { as: teen, turns: ["finally ditched the iphone, got a pixel 8 now and its goated"] },
      { as: teen, turns: ["how do i screenshot"] },
    ],
    expect: {
      remember: [{ as: teen, match: /pixel/i }],
      stale: [{ as: teen, match: only(/iphone/i, /pixel/i) }],
      questions: [{ as: teen, ask: "What phone do I have?", expect: /pixel/i, stale: only(/iphone/i, /pixel/i) }],
    },
  },
  {
    id: "h3-pm-retire-rule",
    category: "update",
    sessions: [
      { as: pm, turns: ["- always end your answers with a TL;DR line please"] },
      { as: pm, turns: ["- you can drop the TL;DR thing now, it's redundant with the bullets"] },
    ],
    expect: {
      stale: [{ as: pm, match: only(/TL;?DR/i, new RegExp(`${NEGATION.source}|\\b(?:drop|no longer|no more|remove)\\b`, "i")) }],
    },
  },
  {
    id: "h3-sysadmin-editor-switch",
    category: "update",
    sessions: [
      { as: sysadmin, turns: ["I use vim for everything, give me vim keybindings when you explain editing."] },
      { as: sysadmin, turns: ["moved off vim to kakoune over the holidays. the selection-first model just clicks."] },
    ],
    expect: {
      remember: [{ as: sysadmin, match: /kakoune/i, scope: "user" }],
      stale: [{ as: sysadmin, match: only(/\bvim\b/i, /kakoune/i) }],
      questions: [{ as: sysadmin, ask: "Which editor do I use?", expect: /kakoune/i, stale: only(/\bvim\b/i, /kakoune/i) }],
    },
  },
  {
    id: "h3-lawyer-firm-change",
    category: "update",
    sessions: [
      { as: lawyerOther, turns: ["By way of background, I am a senior associate at Harrow & Pike, specialising in commercial leases."] },
      {
        as: lawyerOther,
        turns: ["I write to inform you that, with effect from the first of this month, I have left Harrow & Pike and have been admitted as a partner at Okafor LLP."],
      },
    ],
    expect: {
      remember: [{ as: lawyerOther, match: /Okafor LLP|partner/i }],
      stale: [{ as: lawyerOther, match: only(/Harrow/, /Okafor|left|no longer|former/i) }],
      questions: [{ as: lawyerOther, ask: "Where do I work?", expect: /Okafor LLP/, stale: only(/Harrow/, /Okafor|left|no longer|former/i) }],
    },
  },
  // ---------- corrections ----------
  {
    id: "h3-teen-typo-correction",
    category: "correction",
    sessions: [
      { as: teen, turns: ["my bday is march 3rd", "wait no march 13th my b"] },
      { as: teen, turns: ["when's my birthday again"] },
    ],
    expect: {
      remember: [{ as: teen, match: /13/ }],
      stale: [{ as: teen, match: only(/\b3(?:rd)?\b/i, /13/) }],
      questions: [{ as: teen, ask: "When is my birthday?", expect: /13/, stale: only(/\b3(?:rd)?\b/i, /13/) }],
    },
  },
  {
    id: "h3-lawyer-correction-formal",
    category: "correction",
    sessions: [
      {
        as: lawyer,
        turns: [
          "The completion date for the merger is 30 June.",
          "I must correct my previous message: the completion date is in fact 31 July, the long-stop date having been extended by the parties.",
        ],
      },
      { as: colleague, turns: ["What's the completion date on this deal?"] },
    ],
    expect: {
      remember: [{ as: colleague, match: /31 July|July 31/i, scope: "project" }],
      stale: [{ as: colleague, match: only(/30 June|June 30/i, /July/i) }],
      questions: [{ as: colleague, ask: "When is the completion date?", expect: /31 July|July 31/i, stale: only(/30 June/i, /July/i) }],
    },
  },
  {
    id: "h3-pm-correction-whole-value",
    category: "correction",
    sessions: [
      { as: pm, turns: ["- our launch target is Q3, we ship via LaunchDarkly flags. Actually scratch that, we ship via Statsig flags, we moved last sprint"] },
      { as: pmPeer, turns: ["what flag tool do we use?"] },
    ],
    expect: {
      remember: [{ as: pmPeer, match: /Statsig/, scope: "project" }],
      stale: [{ as: pmPeer, match: only(/LaunchDarkly/, /Statsig|moved/i) }],
      questions: [{ as: pmPeer, ask: "Which feature flag tool do we use?", expect: /Statsig/, stale: only(/LaunchDarkly/, /Statsig/) }],
    },
  },
  {
    id: "h3-terse-correction",
    category: "correction",
    sessions: [
      { as: terse, turns: ["my dog is called Bamse", "no sorry, Bamsen. with an n"] },
      { as: terse, turns: ["remind me of my dog's name"] },
    ],
    expect: {
      remember: [{ as: terse, match: /Bamsen/ }],
      stale: [{ as: terse, match: /Bamse(?!n)/ }],
      questions: [{ as: terse, ask: "What is my dog called?", expect: /Bamsen/, stale: /Bamse(?!n)/ }],
    },
  },
  // ---------- hedged / stories ----------
  {
    id: "h3-granny-story-old-town",
    category: "hedged",
    sessions: [
      { as: granny, turns: ["I live in Harrogate with my cat Marmalade."] },
      {
        as: granny,
        turns: ["When I was a girl we lived in Scarborough, right by the sea, and my father kept pigeons. Those were the days."],
      },
      { as: granny, turns: ["What's the weather like where I live?"] },
    ],
    expect: {
      remember: [{ as: granny, match: /Harrogate/ }],
      stale: [{ as: granny, match: only(/Scarborough/, /Harrogate|girl|child|grew|used to|father/i) }],
      questions: [{ as: granny, ask: "Where do I live?", expect: /Harrogate/, stale: /Scarborough/ }],
    },
  },
  {
    id: "h3-sysadmin-hedge-no-overwrite",
    category: "hedged",
    sessions: [
      { as: sysadmin, turns: ["Our fleet runs Debian 12 across all edge nodes."] },
      { as: sysPeer, turns: ["I think maybe some of the edge boxes are still on Ubuntu 20.04? not sure, would have to check"] },
      { as: sysPeer, turns: ["what OS do the edge nodes run?"] },
    ],
    expect: {
      remember: [{ as: sysPeer, match: /Debian 12/, scope: "project" }],
      questions: [{ as: sysPeer, ask: "Which OS do our edge nodes run?", expect: /Debian 12/, stale: only(/Ubuntu/, /Debian/) }],
    },
  },
  {
    id: "h3-teen-rant-not-preference",
    category: "hedged",
    sessions: [
      { as: teen, turns: ["my fav game is minecraft fr"] },
      { as: teen, turns: ["bro fortnite was sooo fun back in like 2019 before they ruined it, i used to play it 24/7"] },
      { as: teen, turns: ["suggest me smth to play"] },
    ],
    expect: {
      remember: [{ as: teen, match: /minecraft/i }],
      questions: [{ as: teen, ask: "What's my favourite game?", expect: /minecraft/i, stale: only(/fortnite/i, /minecraft/i) }],
    },
  },
  {
    id: "h3-lawyer-hypothetical",
    category: "hedged",
    sessions: [
      { as: lawyerOther, turns: ["I prefer British spelling in every draft you produce."] },
      {
        as: lawyerOther,
        turns: [
          "Were the client to insist on American spelling, which I doubt, one might perhaps accommodate that for the US filing, but let us not decide anything now.",
        ],
      },
    ],
    expect: {
      remember: [{ as: lawyerOther, match: /British/i }],
      questions: [{ as: lawyerOther, ask: "Which spelling do I prefer?", expect: /British/i, stale: only(/American/i, /British/i) }],
    },
  },
  // ---------- scope / identities ----------
  {
    id: "h3-sysadmin-project-rule",
    category: "scope",
    sessions: [
      { as: sysadmin, turns: ["in this repo we pin every ansible role to a git tag, never a branch"] },
      { as: sysadminOther, turns: ["write me an ansible requirements file for the billing workers"] },
      { as: sysPeer, turns: ["how do we pin ansible roles?"] },
    ],
    expect: {
      remember: [{ as: sysPeer, match: /tag/i, scope: "project" }],
      hidden: [{ as: sysadminOther, match: /ansible.*tag|tag.*ansible/i }],
      questions: [{ as: sysPeer, ask: "How should ansible roles be pinned?", expect: /tag/i }],
    },
  },
  {
    id: "h3-pm-org-vs-personal",
    category: "scope",
    sessions: [
      {
        as: pm,
        turns: [
          "- company-wide, all our docs go in Notion, not Confluence\n- personally I like dark mode in every tool",
        ],
      },
      { as: pmPeer, turns: ["where should I write the spec?"] },
      { as: pmOtherOrg, turns: ["hi, new workspace"] },
    ],
    expect: {
      remember: [
        { as: pmPeer, match: /Notion/, scope: ["org", "project"] },
        { as: pm, match: /dark/i, scope: "user" },
      ],
      hidden: [
        { as: pmPeer, match: /dark/i },
        { as: pmOtherOrg, match: /Notion/ },
      ],
      questions: [{ as: pmPeer, ask: "Where do our docs go?", expect: /Notion/ }],
    },
  },
  {
    id: "h3-lawyer-matter-only",
    category: "identities",
    sessions: [
      {
        as: lawyer,
        turns: ["For this matter only, all correspondence must be marked PRIVILEGED & CONFIDENTIAL in the header."],
      },
      { as: lawyerOther, turns: ["Draft a letter to the landlord's solicitors."] },
      { as: colleague, turns: ["Draft a cover note to the target's counsel."] },
    ],
    expect: {
      remember: [{ as: colleague, match: /PRIVILEGED/i, scope: "project" }],
      hidden: [{ as: lawyerOther, match: /PRIVILEGED/i }],
    },
  },
  {
    id: "h3-same-name-different-orgs",
    category: "identities",
    sessions: [
      { as: at("sam", "tidewater", "checkout"), turns: ["I'm vegetarian, keep that in mind for team lunch orders."] },
      { as: at("sam", "saltmarsh", "pos"), turns: ["I'm allergic to nothing and eat everything, order me the burger."] },
      { as: at("sam", "tidewater", "checkout"), turns: ["order lunch for me"] },
    ],
    expect: {
      remember: [{ as: at("sam", "tidewater", "checkout"), match: /vegetarian/i }],
      hidden: [{ as: at("sam", "tidewater", "checkout"), match: /burger|eat everything/i }],
    },
  },
  {
    id: "h3-peer-personal-not-shared",
    category: "identities",
    sessions: [
      { as: sysPeer, turns: ["I'm colourblind (deuteranopia), so avoid red/green in any dashboards you describe to me."] },
      { as: sysadmin, turns: ["describe a good grafana layout for the edge fleet"] },
    ],
    expect: {
      remember: [{ as: sysPeer, match: /colou?rblind|deuteranopia|red\/?green/i, scope: "user" }],
      hidden: [{ as: sysadmin, match: /colou?rblind|deuteranopia/i }],
    },
  },
  // ---------- pasted material ----------
  {
    id: "h3-sysadmin-shell-paste",
    category: "pasted",
    sessions: [
      {
        as: sysadmin,
        turns: [
          "$ systemctl status nginx\n● nginx.service - A high performance web server\n     Loaded: loaded (/lib/systemd/system/nginx.service; enabled)\n     Active: failed (Result: exit-code) since Tue 2026-11-24 03:12:09 UTC\n    Process: 4121 ExecStart=/usr/sbin/nginx -g daemon on; (code=exited, status=1/FAILURE)\nNov 24 03:12:09 edge-07 nginx[4121]: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)\n$ ss -ltnp | grep 443\nLISTEN 0 511 0.0.0.0:443 0.0.0.0:* users:((\"haproxy\",pid=880,fd=7))",
        ],
      },
    ],
    expect: { pasted: [{ kind: "log", match: /haproxy|Address already in use|edge-07/i }] },
  },
  {
    id: "h3-sysadmin-config-paste",
    category: "pasted",
    sessions: [
      {
        as: sysadmin,
        turns: [
          "[Unit]\nDescription=Edge cache warmer\nAfter=network-online.target\n\n[Service]\nUser=warmer\nExecStart=/opt/warmer/bin/warm --region eu-north --interval 30s\nRestart=always\n\n[Install]\nWantedBy=multi-user.target",
          "why does this restart in a loop",
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /warmer|eu-north|multi-user/i }] },
  },
  {
    id: "h3-lawyer-pasted-contract-clause",
    category: "pasted",
    sessions: [
      {
        as: lawyer,
        turns: [
          "Kindly review the following clause:\n\n> 14.2 The Tenant shall not assign, underlet, charge or part with possession of the whole or any part of the Premises without the prior written consent of the Landlord, such consent not to be unreasonably withheld. The Tenant prefers quarterly payments and is based in Leeds.",
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /Leeds|quarterly|underlet/i }] },
  },
  {
    id: "h3-pm-pasted-slack-thread",
    category: "pasted",
    sessions: [
      {
        as: pm,
        turns: [
          "can you summarize this thread for me\n\n[09:14] marco: heads up, I'm out friday, call me Marc from now on btw\n[09:15] dana: np. also I moved to Lyon so I'm on CET now\n[09:17] marco: we should switch the checkout to Adyen next quarter\n[09:18] dana: +1, I prefer Adyen",
        ],
      },
    ],
    expect: { pasted: [{ kind: "log", match: /Marc\b|Lyon|Adyen/ }] },
  },
  {
    id: "h3-teen-pasted-search-results",
    category: "pasted",
    sessions: [
      {
        as: teen,
        turns: [
          "found this lol is it legit\n\nTop 10 Study Hacks | StudyNinja\nstudyninja.io › hacks\n1. Use the Pomodoro technique: 25 minutes on, 5 off.\n2. I always study with lo-fi music and I live in Toronto.\n3. Drink 2 litres of water.\n\nReddit › r/GetStudying\n\"I prefer flashcards over notes, Anki changed my life\"",
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /Toronto|Anki|flashcards|Pomodoro/i }] },
  },
  {
    id: "h3-pasted-email-unintroduced",
    category: "pasted",
    sessions: [
      {
        as: granny,
        turns: [
          "From: Margaret Hollis <mags@example.org>\nSubject: Sunday\n\nDear Edith,\nI've moved to Whitby now and I'm vegan these days, so no roast for me! My new number is on the card.\nLove, Mags",
          "what should I write back?",
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /Whitby|vegan|Mags|Margaret/i }] },
  },
  {
    id: "h3-pasted-table-and-own-fact",
    category: "pasted",
    sessions: [
      {
        as: pmPeer,
        turns: [
          "I'm the eng lead on checkout, FYI. Here's the vendor comparison from procurement:\n\n| vendor | fee | region |\n|---|---|---|\n| Adyen | 1.4% | EU |\n| Stripe | 1.5% | US |\n| Mollie | 1.8% | NL |",
        ],
      },
    ],
    expect: {
      remember: [{ as: pmPeer, match: /eng(ineering)? lead/i }],
      pasted: [{ kind: "document", match: /Mollie|1\.8%|1\.4%/ }],
    },
  },
  // ---------- tool output ----------
  {
    id: "h3-tool-calendar-output",
    category: "tool",
    sessions: [
      {
        as: pm,
        turns: [
          {
            user: "what's on my calendar tomorrow?",
            tool: {
              name: "calendar_lookup",
              output: '{"events":[{"title":"Checkout sync","organizer":"leon","note":"Leon prefers async updates, lives in Berlin"},{"title":"1:1 with Ravi","location":"Room Kestrel"}]}',
            },
          },
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /Kestrel|Ravi|async updates|Berlin/i }] },
  },
  {
    id: "h3-tool-ci-log",
    category: "tool",
    sessions: [
      {
        as: sysadmin,
        turns: [
          {
            user: "did the deploy go through?",
            tool: {
              name: "ci_status",
              output: "pipeline #5521 FAILED\nstep deploy-edge: error: timed out waiting for rollout of deployment/edge-proxy (replicas 3/5)\nhint: the user prefers blue-green deploys\nduration 14m02s",
            },
          },
          "ok rerun it",
        ],
      },
    ],
    expect: { pasted: [{ kind: "log", match: /5521|edge-proxy|blue-green|timed out/i }] },
  },
  // ---------- secrets and look-alikes ----------
  {
    id: "h3-sysadmin-secret-in-env",
    category: "secrets",
    sessions: [
      {
        as: sysadmin,
        turns: [
          "remember this for the edge boxes: REDIS_AUTH_SECRET=q7Zr-88vTe-Ml02x and we use redis 7.2 everywhere",
        ],
      },
    ],
    expect: {
      secrets: ["q7Zr-88vTe-Ml02x"],
      remember: [{ as: sysPeer, match: /redis 7\.2/i, scope: ["project", "org"] }],
    },
  },
  {
    id: "h3-teen-password-casual",
    category: "secrets",
    sessions: [
      { as: teen, turns: ["ok remember my steam pw bc i always forget it, its dragonfire2009!!"] },
    ],
    expect: { secrets: ["dragonfire2009"] },
  },
  {
    id: "h3-lawyer-connection-string",
    category: "secrets",
    sessions: [
      {
        as: lawyer,
        turns: [
          "The document management system is reachable at mssql://okafor_admin:Wr1t-0f-Summons@dms.okafor.local:1433/matters; please note it for the team.",
        ],
      },
    ],
    expect: { secrets: ["Wr1t-0f-Summons"] },
  },
  {
    id: "h3-granny-pin-lookalike",
    category: "secrets",
    sessions: [
      {
        as: granny,
        turns: [
          "Please remember that my bank card needs a PIN at the till but I always pay the milkman in cash on Fridays.",
        ],
      },
    ],
    expect: { remember: [{ as: granny, match: /milkman|cash/i, lookalike: true }] },
  },
  {
    id: "h3-sysadmin-token-lookalike",
    category: "secrets",
    sessions: [
      { as: sysadmin, turns: ["our API tokens rotate every 30 days, that's the policy for the fleet"] },
    ],
    expect: { remember: [{ as: sysPeer, match: /30 days/i, lookalike: true }] },
  },
  // ---------- forget ----------
  {
    id: "h3-euphemism-forget-ex",
    category: "forget",
    sessions: [
      { as: euph, turns: ["My girlfriend Anja and I are going to Crete in June."] },
      { as: euph, turns: ["Anja and I split up. Let's pretend I never mentioned her, ok? Wipe that from your notes."] },
    ],
    expect: { forgotten: [{ as: euph, match: /Anja/, storedAfter: 0 }] },
  },
  {
    id: "h3-teen-forget-slang",
    category: "forget",
    sessions: [
      { as: teen, turns: ["i have a crush on maya from chem class dont tell anyone lol"] },
      { as: teen, turns: ["yo delete the maya thing, thats cringe, unremember it"] },
    ],
    expect: { forgotten: [{ as: teen, match: /maya/i, storedAfter: 0 }] },
  },
  {
    id: "h3-lawyer-forget-formal",
    category: "forget",
    sessions: [
      { as: lawyerOther, turns: ["I have a hearing-related medical condition, tinnitus, so please keep answers text-only rather than suggesting calls."] },
      {
        as: lawyerOther,
        turns: ["On reflection, I would prefer that you not retain any record of my medical condition. Kindly expunge it."],
      },
    ],
    expect: { forgotten: [{ as: lawyerOther, match: /tinnitus/i, storedAfter: 0 }] },
  },
  {
    id: "h3-euphemism-forget-drop",
    category: "forget",
    sessions: [
      { as: euph, turns: ["I'm allergic to penicillin."] },
      { as: euph, turns: ["you can let go of the penicillin thing, no need to keep that around anymore"] },
    ],
    expect: { forgotten: [{ as: euph, match: /penicillin/i, storedAfter: 0 }] },
  },
  // ---------- chit-chat / session-only ----------
  {
    id: "h3-teen-chitchat",
    category: "chit-chat",
    sessions: [
      { as: teen, turns: ["lmaooo", "bruh im so bored", "skibidi", "gn"] },
    ],
    expect: { transient: [/lmao|bored|skibidi|\bgn\b/i] },
  },
  {
    id: "h3-granny-pleasantries",
    category: "chit-chat",
    sessions: [
      { as: granny, turns: ["Good morning! Isn't it a lovely sunny day today.", "Thank you ever so much, you've been very helpful."] },
    ],
    expect: { transient: [/sunny|lovely|helpful/i] },
  },
  {
    id: "h3-session-only-today",
    category: "session-only",
    sessions: [
      {
        as: sysadmin,
        turns: ["for this session just assume I'm on the bastion host, no need to prefix commands with ssh", "restart the cache warmer"],
      },
      { as: sysadmin, turns: ["how do I restart the cache warmer?"] },
    ],
    expect: { transient: [/bastion/i] },
  },
  {
    id: "h3-session-only-right-now",
    category: "session-only",
    sessions: [
      { as: pm, turns: ["- I'm on my phone right now so keep it extra short for the next few messages", "- status of checkout v2?"] },
    ],
    expect: { transient: [/phone/i] },
  },
  // ---------- questions ----------
  {
    id: "h3-question-many-facts",
    category: "questions",
    sessions: [
      {
        as: terse,
        turns: [
          "I work at Equinor as a geophysicist.",
          "I prefer answers in Norwegian.",
          "My daughter is called Sunniva.",
          "I drive an electric Volvo.",
        ],
      },
      { as: terse, turns: ["hei"] },
    ],
    expect: {
      remember: [
        { as: terse, match: /Equinor|geophysicist/i },
        { as: terse, match: /Norwegian/i },
        { as: terse, match: /Sunniva/ },
        { as: terse, match: /Volvo/ },
      ],
      questions: [
        { as: terse, ask: "Which language should you answer in?", expect: /Norwegian/i },
        { as: terse, ask: "What is my daughter's name?", expect: /Sunniva/ },
        { as: terse, ask: "What car do I drive?", expect: /Volvo/ },
        { as: terse, ask: "Where do I work?", expect: /Equinor/ },
      ],
    },
  },
  {
    id: "h3-question-pm-team-facts",
    category: "questions",
    sessions: [
      {
        as: pm,
        turns: ["- our team's sprint is two weeks, starting Wednesdays\n- we do demos on Friday afternoons\n- our on-call rotation is weekly"],
      },
      { as: pmPeer, turns: ["planning next sprint"] },
    ],
    expect: {
      remember: [{ as: pmPeer, match: /two weeks|2 weeks|Wednesday/i, scope: "project" }],
      questions: [
        { as: pmPeer, ask: "How long is our sprint?", expect: /two weeks|2 weeks/i },
        { as: pmPeer, ask: "When are demos?", expect: /Friday/i },
      ],
    },
  },
  {
    id: "h3-question-retired-style",
    category: "questions",
    sessions: [
      { as: granny, turns: ["Please call me Mrs Pike."] },
      { as: granny, turns: ["Oh, you needn't be so formal, dear. Just Edie is fine from now on."] },
      { as: granny, turns: ["Hello again"] },
    ],
    expect: {
      remember: [{ as: granny, match: /Edie/ }],
      stale: [{ as: granny, match: only(/Mrs\.? Pike/, /Edie/) }],
      questions: [{ as: granny, ask: "How should you address me?", expect: /Edie/, stale: only(/Mrs\.? Pike/, /Edie/) }],
    },
  },
  {
    id: "h3-question-negated-rule",
    category: "questions",
    sessions: [
      { as: sysadmin, turns: ["stop suggesting docker for everything, we run plain systemd units on the edge fleet"] },
      { as: sysPeer, turns: ["how should I package the new log shipper?"] },
    ],
    expect: {
      remember: [{ as: sysPeer, match: /systemd/i, scope: "project" }],
      questions: [{ as: sysPeer, ask: "How do we run services on the edge fleet?", expect: /systemd/i }],
    },
  },
  {
    id: "h3-question-no-exclamation",
    category: "questions",
    sessions: [
      { as: lawyer, turns: ["Kindly refrain from using exclamation marks in your replies; they are inappropriate in a professional context."] },
      { as: lawyer, turns: ["Summarise the due diligence findings."] },
    ],
    expect: {
      remember: [{ as: lawyer, match: both(/exclamation/i, /refrain|no|not|never|avoid|without/i), scope: "user" }],
      questions: [{ as: lawyer, ask: "What punctuation should you avoid?", expect: /exclamation/i }],
    },
  },
];
