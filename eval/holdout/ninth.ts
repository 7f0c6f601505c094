/**
 * Ninth held-out set: new personas (tattoo artist, harbour master, dialysis
 * nurse, crossword setter, zookeeper, farrier, sign-language interpreter,
 * quantity surveyor, SENCo, hotel night manager, lorry driver, retired judge,
 * K-pop fan, GP receptionist, chess coach, refugee learner, compliance
 * officer, bakery regional manager). Written without reading the extractor's
 * rules or the public scenarios.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

const tattoo = solo("h9-ink-rosa");
const harbour = solo("h9-hm-callum");
const judge = solo("h9-judge-ellison");
const lorry = solo("h9-tomasz-w");
const crossword = solo("h9-setter-hemlock");
const farrier = solo("h9-farrier-gwen");
const refugee = solo("h9-amina-k");
const kpop = solo("h9-kpop-jiwoo");
const interpreter = solo("h9-bsl-siobhan");
const chess = solo("h9-chess-marek");
const nurse = at("h9-nurse-adaeze", "h9-org-renalcare", "h9-proj-unit-b");
const nurseColleague = at("h9-nurse-tom", "h9-org-renalcare", "h9-proj-unit-b");
const zoo = at("h9-keeper-finn", "h9-org-chesterzoo", "h9-proj-penguins");
const zooColleague = at("h9-keeper-ruth", "h9-org-chesterzoo", "h9-proj-penguins");
const zooOtherProject = at("h9-keeper-olu", "h9-org-chesterzoo", "h9-proj-big-cats");
const qsRiverside = at("h9-qs-nadia", "h9-org-bramwell", "h9-proj-riverside");
const qsMillbrook = at("h9-qs-nadia", "h9-org-bramwell", "h9-proj-millbrook");
const riversideColleague = at("h9-pm-gary", "h9-org-bramwell", "h9-proj-riverside");
const millbrookColleague = at("h9-pm-lena", "h9-org-bramwell", "h9-proj-millbrook");
const compliance = at("h9-cco-rachel", "h9-org-paylark", "h9-proj-onboarding");
const complianceOtherProject = at("h9-dev-sunil", "h9-org-paylark", "h9-proj-cards");
const otherFintech = at("h9-cco-brian", "h9-org-coinvale", "h9-proj-onboarding");
const bakeryYork = at("h9-rm-dev", "h9-org-crumbco", "h9-proj-york");
const bakeryLeeds = at("h9-rm-dev", "h9-org-crumbco", "h9-proj-leeds");
const yorkSupervisor = at("h9-sup-kasia", "h9-org-crumbco", "h9-proj-york");
const leedsSupervisor = at("h9-sup-omar", "h9-org-crumbco", "h9-proj-leeds");
const senco = at("h9-senco-claire", "h9-org-oakfield-primary");
const receptionist = at("h9-recep-niamh", "h9-org-ennis-gp", "h9-proj-front-desk");
const receptionColleague = at("h9-recep-ciaran", "h9-org-ennis-gp", "h9-proj-front-desk");
const nightManager = at("h9-nm-jules", "h9-org-seaview-hotels", "h9-proj-brighton");
const complianceTeammate = at("h9-analyst-zoe", "h9-org-paylark", "h9-proj-onboarding");
const keeperSolo = solo("h9-keeper-bea");

export const ninthHoldoutScenarios: ScenarioInput[] = [
  // ───────────────────────────── identity ─────────────────────────────
  {
    id: "h9-identity-tattoo-chatty",
    category: "identity",
    sessions: [
      {
        as: tattoo,
        turns: [
          "Ugh, what a week. Had a walk-in at 9am who wanted a full sleeve finished in one sitting (lol no), then the autoclave threw an error, then my apprentice dropped a whole tray of caps. Anyway — context for you: I run a two-chair studio in Leeds called Black Lantern, I'm left-handed so please stop suggesting right-hand workstation layouts, and I only do fine-line and single-needle work these days. Can you help me write a polite reply to people asking for traditional American style?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: tattoo, match: /left.?hand/i },
        { as: tattoo, match: /fine.?line|single.?needle/i },
        { as: tattoo, match: /Leeds|Black Lantern/i },
      ],
      transient: [/autoclave/i, /tray of caps/i],
    },
  },
  {
    id: "h9-identity-lorry-broken-english",
    category: "identity",
    sessions: [
      {
        as: lorry,
        turns: [
          "hello. i am Tomasz, i drive lorry 14 year, international, mostly Poznań to Rotterdam route. my english not so good so please you write short and simple words, no long sentence. thank you",
          "ok so how i say to dispatcher that i need more rest hour because tachograph",
        ],
      },
    ],
    expect: {
      remember: [
        { as: lorry, match: /short|simple/i },
        { as: lorry, match: /lorry|truck|HGV|driver/i },
        { as: lorry, match: /Pozna|Rotterdam/i },
      ],
    },
  },

  // ───────────────────────────── update ─────────────────────────────
  {
    id: "h9-update-crossword-case-back-and-forth",
    category: "update",
    sessions: [
      { as: crossword, turns: ["I set cryptic crosswords under the pseudonym Hemlock. When you suggest anagram fodder, write it in lowercase, please."] },
      { as: crossword, turns: ["New rule: give me anagram suggestions in CAPITALS from now on, it's easier to scan against the grid."] },
      { as: crossword, turns: ["Can we go back to lowercase for anagram suggestions? The capitals felt shouty after all. Now, a clue for ESTUARY?"] },
    ],
    expect: {
      remember: [
        { as: crossword, match: /lower.?case/i },
        { as: crossword, match: /Hemlock/i },
      ],
      stale: [{ as: crossword, match: only(/capital|upper.?case/i, /lower.?case/i) }],
      questions: [{ as: crossword, ask: "What case should anagram suggestions be in for me?", expect: /lower.?case/i, stale: only(/capital|upper.?case/i, /lower.?case/i) }],
    },
  },

  // ───────────────────────────── correction ─────────────────────────────
  {
    id: "h9-correction-judge-same-message",
    category: "correction",
    sessions: [
      {
        as: judge,
        turns: [
          "I retired from the Crown Court bench in 2016 — no, wait, 2017; I always get that wrong, it was the spring of 2017. I'd like help organising my old case notes into a memoir.",
        ],
      },
    ],
    expect: {
      remember: [{ as: judge, match: /2017/ }],
      stale: [{ as: judge, match: only(/2016/, /2017/) }],
    },
  },

  // ───────────────────────────── hedged ─────────────────────────────
  {
    id: "h9-hedged-tattoo-maybe-manchester",
    category: "hedged",
    sessions: [
      {
        as: tattoo,
        turns: [
          "I might move the studio to Manchester next year if the lease goes up again, but honestly I keep changing my mind. For now, can you draft an aftercare leaflet?",
        ],
      },
    ],
    expect: {
      stale: [{ as: tattoo, match: /Manchester/i }],
    },
  },

  // ───────────────────────────── secrets ─────────────────────────────
  {
    id: "h9-secrets-gate-code-in-words",
    category: "secrets",
    sessions: [
      {
        as: harbour,
        turns: [
          "I'm harbour master at Falmouth. The code for the yard gate by the fuel berth is four seven two nine — remember that for me so I don't have to keep asking the night watchman.",
        ],
      },
    ],
    expect: {
      remember: [{ as: harbour, match: /Falmouth/i }],
      secrets: ["four seven two nine", "4729"],
    },
  },
  {
    id: "h9-secrets-berth-lookalike",
    category: "secrets",
    sessions: [
      {
        as: harbour,
        turns: [
          "Note for the season: my own boat, the Kittiwake, is on visitor berth 14B on the inner pontoon, and her MMSI is 235091234 if anyone on the radio asks.",
        ],
      },
    ],
    expect: {
      remember: [{ as: harbour, match: /14B/i, lookalike: true }],
    },
  },

  // ───────────────────────────── forget ─────────────────────────────
  {
    id: "h9-forget-scrub-divorce",
    category: "forget",
    sessions: [
      { as: judge, turns: ["Since my divorce from Helen in 2021 I've been living alone in a cottage near Ludlow. Help me plan a vegetable garden."] },
      { as: judge, turns: ["Be a good fellow and scrub the business about my divorce from whatever you keep on me. The garden stuff can stay."] },
    ],
    expect: {
      forgotten: [{ as: judge, match: /divorce|Helen/i, storedAfter: 0 }],
      remember: [{ as: judge, match: /Ludlow|garden/i }],
    },
  },

  // ───────────────────────────── chit-chat ─────────────────────────────
  {
    id: "h9-chitchat-lorry-weather",
    category: "chit-chat",
    sessions: [{ as: lorry, turns: ["very bad rain on A2 today haha, my coffee is cold also. ok thank you friend, bye"] }],
    expect: { transient: [/rain/i, /coffee/i] },
  },

  // ───────────────────────────── session-only ─────────────────────────────
  {
    id: "h9-session-only-crossword-pirate",
    category: "session-only",
    sessions: [
      {
        as: crossword,
        turns: ["Just for this chat, talk like a grumpy pirate — I need cheering up. Give me three nautical words that could make good crossword answers."],
      },
    ],
    expect: { transient: [/pirate/i] },
  },
  // ───────────────────────────── identity (more) ─────────────────────────────
  {
    id: "h9-identity-harbour-answers-questions",
    category: "identity",
    sessions: [
      {
        as: harbour,
        turns: [
          "Can you help me draft a notice to mariners about maintenance dredging next month?",
          "To answer your questions: it's Falmouth Harbour, the work is in the Penryn river channel, and please — in every notice you draft for me, put times in 24-hour UTC. I got burnt by a BST mix-up once and never again.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: harbour, match: /UTC|24.?h/i },
        { as: harbour, match: /Falmouth/i },
      ],
      questions: [{ as: harbour, ask: "How should times be written in my notices to mariners?", expect: /UTC|24.?h/i }],
    },
  },
  {
    id: "h9-identity-refugee-learner",
    category: "identity",
    sessions: [
      {
        as: refugee,
        turns: [
          "Hello. My name is Amina. I come from Khartoum, Sudan, 8 month ago. Now I live in Glasgow with my two sons. I speak Arabic and little English. Please, when you use a difficult word, write the Arabic word also next to it.",
          "What mean 'appointment letter'?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: refugee, match: /Arabic/i },
        { as: refugee, match: /Glasgow/i },
      ],
      transient: [/appointment letter/i],
    },
  },

  // ───────────────────────────── update (more) ─────────────────────────────
  {
    id: "h9-update-keeper-moved-section-indirectly",
    category: "update",
    sessions: [
      { as: keeperSolo, turns: ["I'm a keeper on the red panda section at the zoo. Can you help me write an enrichment plan for a bamboo-feeder puzzle?"] },
      {
        as: keeperSolo,
        turns: [
          "First fortnight on the penguins done! Much noisier than the red pandas ever were, and I now smell permanently of sprats. Could you help me learn to tell the Humboldts apart by their chest spots?",
        ],
      },
    ],
    expect: {
      remember: [{ as: keeperSolo, match: /penguin/i }],
      stale: [{ as: keeperSolo, match: only(/red panda/i, /penguin/i) }],
      questions: [{ as: keeperSolo, ask: "Which animals do I look after now?", expect: /penguin/i, stale: only(/red panda/i, /penguin/i) }],
    },
  },
  {
    id: "h9-update-night-manager-shift",
    category: "update",
    sessions: [
      { as: nightManager, turns: ["I'm the night manager here; my shifts run 10pm to 7am, four on, four off. Help me plan when to eat so I don't crash at 4am."] },
      { as: nightManager, turns: ["The rota changed this month, so it's 11pm to 8am for me now. Does that shift the meal timing you suggested?"] },
    ],
    expect: {
      remember: [{ as: nightManager, match: /11 ?pm|23[:.]?00/i }],
      stale: [{ as: nightManager, match: only(/10 ?pm|22[:.]?00/i, /11 ?pm|23[:.]?00/i) }],
    },
  },
  {
    id: "h9-update-chess-opening-and-back",
    category: "update",
    sessions: [
      { as: chess, turns: ["When you build opening lessons for my junior group, base them on the Italian Game."] },
      { as: chess, turns: ["Let's switch the juniors' opening lessons to the London System from now on — fewer early tactics to memorise."] },
      { as: chess, turns: ["Right, the London was a mistake; the kids found it boring. Go back to the Italian for the junior lessons, please."] },
    ],
    expect: {
      remember: [{ as: chess, match: /Italian/i }],
      stale: [{ as: chess, match: only(/London/i, /Italian/i) }],
      questions: [{ as: chess, ask: "Which opening should the junior lessons use?", expect: /Italian/i, stale: only(/London/i, /Italian/i) }],
    },
  },

  // ───────────────────────────── correction (more) ─────────────────────────────
  {
    id: "h9-correction-interpreter-surname-spelling",
    category: "correction",
    sessions: [
      { as: interpreter, turns: ["I'm Siobhan Kelleher, a BSL/English interpreter, mostly medical and legal bookings around Cork."] },
      { as: interpreter, turns: ["Small thing — autocorrect mangled my own surname last time. It's Kelliher, K-E-L-L-I-H-E-R. Please use that on any invoices you draft."] },
    ],
    expect: {
      remember: [{ as: interpreter, match: /Kelliher/i }],
      stale: [{ as: interpreter, match: /Kelleher/i }],
    },
  },
  {
    id: "h9-correction-qs-area-later-session",
    category: "correction",
    sessions: [
      { as: qsRiverside, turns: ["For the cost plan: the Riverside scheme's gross internal area is 4,200 m²."] },
      { as: qsRiverside, turns: ["Correction on Riverside — the GIA is 4,800 m², not what I said before; I took it off a superseded drawing."] },
    ],
    expect: {
      remember: [
        { as: qsRiverside, match: /4,?800/, scope: ["project", "user"] },
        { as: riversideColleague, match: /4,?800/, scope: "project" },
      ],
      stale: [
        { as: qsRiverside, match: only(/4,?200/, /4,?800/) },
        { as: riversideColleague, match: only(/4,?200/, /4,?800/) },
      ],
    },
  },
  {
    id: "h9-correction-receptionist-manager-name",
    category: "correction",
    sessions: [
      { as: receptionist, turns: ["For the front desk: our practice manager is Deirdre, so any rota swap requests go to her."] },
      {
        as: receptionist,
        turns: ["I told you wrong the other day — the practice manager is Dervla. Deirdre is the practice nurse; everyone mixes them up. Rota swaps go to Dervla."],
      },
    ],
    expect: {
      remember: [
        { as: receptionist, match: /Dervla/i },
        { as: receptionColleague, match: /Dervla/i, scope: ["project", "org"] },
      ],
      stale: [
        { as: receptionist, match: only(/Deirdre/i, /Dervla|nurse/i) },
        { as: receptionColleague, match: only(/Deirdre/i, /Dervla|nurse/i) },
      ],
    },
  },

  // ───────────────────────────── hedged (more) ─────────────────────────────
  {
    id: "h9-hedged-kpop-hypothetical-seoul",
    category: "hedged",
    sessions: [
      {
        as: kpop,
        turns: [
          "if I ever got to go to Seoul I'd sooo visit the HYBE building but like that's never happening, my mum already said no lol. anyway my bias is Jungkook and I'm learning Korean on Duolingo, 84 day streak!!",
        ],
      },
    ],
    expect: {
      remember: [
        { as: kpop, match: /Jungkook/i },
        { as: kpop, match: /Korean/i },
      ],
      stale: [{ as: kpop, match: /Seoul|HYBE/i }],
    },
  },
  {
    id: "h9-hedged-farrier-maybe-vegetarian",
    category: "hedged",
    sessions: [
      {
        as: farrier,
        turns: [
          "I'm sort of thinking about going vegetarian, maybe after Christmas, we'll see if I can be bothered. I shoe mostly cobs and hunters around the Brecon Beacons, so I eat lunch in the van — what's a good high-protein option?",
        ],
      },
    ],
    expect: {
      remember: [{ as: farrier, match: /Brecon/i }],
      stale: [{ as: farrier, match: /vegetarian/i }],
    },
  },
  {
    id: "h9-hedged-compliance-vendor-rumour",
    category: "hedged",
    sessions: [
      {
        as: compliance,
        turns: [
          "There's talk we might move sanctions screening from World-Check to ComplyAdvantage next year, nothing's signed and it may well not happen. For now, every sanctions screen at Paylark runs through World-Check. Draft me a checklist for a screening alert review.",
        ],
      },
    ],
    expect: {
      remember: [{ as: compliance, match: /World.?Check/i, scope: ["org", "project"] }],
      stale: [{ as: compliance, match: /ComplyAdvantage/i }],
    },
  },
  {
    id: "h9-hedged-nurse-hypothetical-allergy",
    category: "hedged",
    sessions: [
      {
        as: nurse,
        turns: [
          "Hypothetically — if a nurse told occupational health she had a latex allergy, would they have to move her off a dialysis unit? I'm writing a training scenario, it's not about me.",
        ],
      },
    ],
    expect: {
      stale: [{ as: nurse, match: /latex/i }],
    },
  },

  // ───────────────────────────── scope ─────────────────────────────
  {
    id: "h9-scope-qs-two-sites",
    category: "scope",
    sessions: [
      { as: qsRiverside, turns: ["For the Riverside job: we're on an NEC4 ECC Option C contract, and Gary is the project manager."] },
      { as: qsMillbrook, turns: ["Millbrook is on a JCT Design and Build 2016 contract, and the employer's agent is Hollis & Co."] },
    ],
    expect: {
      remember: [
        { as: riversideColleague, match: /NEC ?4|Option C/i, scope: "project" },
        { as: millbrookColleague, match: /JCT/i, scope: "project" },
      ],
      hidden: [
        { as: riversideColleague, match: /JCT|Hollis/i },
        { as: millbrookColleague, match: /NEC ?4|Option C/i },
      ],
      questions: [
        { as: qsMillbrook, ask: "What form of contract is this site on?", expect: /JCT/i, stale: /NEC ?4/i },
        { as: qsRiverside, ask: "What form of contract is this site on?", expect: /NEC ?4|Option C/i, stale: /JCT/i },
      ],
    },
  },
  {
    id: "h9-scope-compliance-org-policy",
    category: "scope",
    sessions: [
      {
        as: compliance,
        turns: [
          "Company-wide policy at Paylark, applies to every team: we retain KYC records for five years after the customer relationship ends, and every onboarding includes a PEP and sanctions screen. Bear that in mind whenever anyone here asks you about onboarding or data retention.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: complianceOtherProject, match: /five years|5 years|5-year|five-year/i, scope: "org" },
        { as: compliance, match: /\bPEP\b|politically exposed/i, scope: "org" },
      ],
      hidden: [{ as: otherFintech, match: /five years|5 years|5-year|five-year|\bPEP\b|Paylark/i }],
    },
  },
  {
    id: "h9-scope-bakery-stores-as-projects",
    category: "scope",
    sessions: [
      { as: bakeryYork, turns: ["York store notes: we open at 6:30am, and the Rational combi oven gets descaled every Monday before opening."] },
      { as: bakeryLeeds, turns: ["Leeds store is different: we open at 7am and there's no combi oven at all, deck ovens only."] },
    ],
    expect: {
      remember: [
        { as: yorkSupervisor, match: /6[:.]30/, scope: "project" },
        { as: yorkSupervisor, match: /descal/i, scope: "project" },
        { as: leedsSupervisor, match: /deck oven/i, scope: "project" },
      ],
      hidden: [
        { as: leedsSupervisor, match: /6[:.]30|descal|Rational/i },
        { as: yorkSupervisor, match: /deck oven/i },
      ],
    },
  },
  {
    id: "h9-scope-compliance-pregnancy-stays-personal",
    category: "scope",
    sessions: [
      {
        as: compliance,
        turns: [
          "Two things. Team fact for the onboarding squad: our SLA for enhanced due diligence reviews is 48 hours from escalation. Personal, not for anyone else: I'm pregnant, due in September, so when you suggest travel for me keep it short-haul.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: complianceTeammate, match: /48 ?h/i, scope: ["project", "org"] },
        { as: compliance, match: /pregnan|short.?haul/i, scope: "user" },
      ],
      hidden: [
        { as: complianceTeammate, match: /pregnan|September|short.?haul/i },
        { as: complianceOtherProject, match: /pregnan|September|short.?haul/i },
        { as: otherFintech, match: /48 ?h|pregnan/i },
      ],
    },
  },
  {
    id: "h9-scope-zoo-team-routine-vs-personal-diet",
    category: "scope",
    sessions: [
      {
        as: zoo,
        turns: [
          "Section routine for the penguin team: feeds are at 11:00 and 15:30, and we weigh every bird on Friday mornings. On a personal note, I'm coeliac, so don't ever suggest the staff canteen sandwiches to me.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: zooColleague, match: /15[:.]30|11[:.]00/, scope: "project" },
        { as: zooColleague, match: /weigh/i, scope: "project" },
        { as: zoo, match: /coeliac|celiac|gluten/i, scope: "user" },
      ],
      hidden: [
        { as: zooColleague, match: /coeliac|celiac|gluten/i },
        { as: zooOtherProject, match: /15[:.]30|weigh|coeliac|celiac/i },
      ],
    },
  },

  // ───────────────────────────── identities (other people's attributes) ─────────────────────────────
  {
    id: "h9-identities-senco-pupils",
    category: "identities",
    sessions: [
      {
        as: senco,
        turns: [
          "I'm the SENCo at Oakfield Primary and I also teach Year 4 two days a week. Oliver in 4B has just had a dyslexia diagnosis, and Maya's EHCP for autism was finally approved. Help me draft a one-page pupil profile for each.",
        ],
      },
    ],
    expect: {
      remember: [{ as: senco, match: /SENCo|special educational/i }],
      stale: [
        { as: senco, match: only(/dyslexi/i, /Oliver|pupil|child|student/i) },
        { as: senco, match: only(/autis|EHCP/i, /Maya|pupil|child|student/i) },
      ],
    },
  },
  {
    id: "h9-identities-nurse-patient-details",
    category: "identities",
    sessions: [
      {
        as: nurse,
        turns: [
          "Handover note I'm drafting: the patient in bed 4 is allergic to penicillin and has a fistula in the left arm, so no BP cuff on that side. For context about me: I'm Adaeze, and I've been a dialysis nurse for nine years.",
        ],
      },
    ],
    expect: {
      remember: [{ as: nurse, match: /nine years|9 years|9 yrs/i }],
      stale: [
        { as: nurse, match: only(/penicillin/i, /patient|bed/i) },
        { as: nurse, match: only(/fistula/i, /patient|bed/i) },
      ],
    },
  },
  {
    id: "h9-identities-colleague-diet",
    category: "identities",
    sessions: [
      {
        as: nightManager,
        turns: [
          "Staff breakfast order for the morning handover: Priya on reception is vegan and gluten-free, so oat milk and the GF muffin for her. Me, I always have black coffee and a bacon roll.",
        ],
      },
    ],
    expect: {
      remember: [{ as: nightManager, match: /black coffee|bacon/i }],
      stale: [
        { as: nightManager, match: only(/vegan/i, /Priya|colleague|reception|staff/i) },
        { as: nightManager, match: only(/oat milk/i, /Priya|colleague|reception|staff/i) },
      ],
    },
  },
  {
    id: "h9-identities-chess-student-rating",
    category: "identities",
    sessions: [
      { as: chess, turns: ["Proud coach moment: my student Leo just crossed 1850 FIDE! My own rating is 2210 and has been stuck there for two years."] },
    ],
    expect: {
      remember: [{ as: chess, match: /2210/ }],
      stale: [{ as: chess, match: only(/1850/, /Leo|student|pupil/i) }],
      questions: [{ as: chess, ask: "What's my chess rating?", expect: /2210/, stale: only(/1850/, /2210/) }],
    },
  },

  // ───────────────────────────── pasted ─────────────────────────────
  {
    id: "h9-pasted-forwarded-supplier-email",
    category: "pasted",
    sessions: [
      {
        as: bakeryYork,
        turns: [
          "Can you summarise this for me in two lines?\n\n---------- Forwarded message ---------\nFrom: Gareth Pryce <gareth@millsflour.co.uk>\nSubject: Changes from May\n\nHi Dev,\nI'm moving to our new depot in Swindon from 1 May. I prefer phone calls to email for anything urgent, and I'm off on paternity leave for most of June, so Hannah will cover my accounts.\nCheers,\nGareth",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Swindon/i },
        { kind: "document", match: /paternity/i },
        { kind: "document", match: /phone calls?/i },
      ],
    },
  },
  {
    id: "h9-pasted-tender-contract-clause",
    category: "pasted",
    sessions: [
      {
        as: qsRiverside,
        turns: [
          "This is from a tender we probably won't even bid on — what does it mean in plain English?\n\n\"X7.1 If the Contractor does not complete the works by the Completion Date, the Contractor pays the Client delay damages at the rate of £5,000 per week until Completion, subject to a cap of 10% of the total of the Prices.\"",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /5,?000/ },
        { kind: "document", match: /delay damages/i },
      ],
    },
  },
  {
    id: "h9-pasted-group-chat-export",
    category: "pasted",
    sessions: [
      {
        as: kpop,
        turns: [
          "lol look at this from our group chat, who is right??\n\n[21:02] Mina: I'm allergic to peanuts so NO satay at the party\n[21:03] Soo-ah: I live in Busan now so I'm not coming 😭\n[21:04] Jess: Jimin is the best dancer, fight me\n[21:05] Mina: my birthday is 3 March btw",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /peanut|satay/i },
        { kind: "document", match: /Busan/i },
        { kind: "document", match: /3 March|March 3/i },
      ],
    },
  },
  {
    id: "h9-pasted-sales-csv",
    category: "pasted",
    sessions: [
      {
        as: bakeryLeeds,
        turns: [
          "Last week's numbers for this store — which line should I cut?\n\nproduct,units_sold,units_wasted\nsourdough,412,38\ncinnamon knot,290,61\nvegan brownie,88,40\nsausage roll,655,12",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /\b(?:412|290|655)\b/ }],
    },
  },
  {
    id: "h9-pasted-stack-trace",
    category: "pasted",
    sessions: [
      {
        as: complianceOtherProject,
        turns: [
          "Why is the settlement job failing?\n\nError: connect ECONNREFUSED 10.2.14.7:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)\n    at PaymentsRepo.getLedger (/srv/cards/src/repo/payments.ts:88:13)\n    at async SettlementJob.run (/srv/cards/src/jobs/settlement.ts:41:5)",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /ECONNREFUSED/i },
        { kind: "log", match: /10\.2\.14\.7/ },
        { kind: "log", match: /payments\.ts|getLedger/i },
      ],
    },
  },
  {
    id: "h9-pasted-recipe-and-news-story",
    category: "pasted",
    sessions: [
      {
        as: farrier,
        turns: [
          "My sister sent me this, can you halve it?\n\nWelsh cakes (makes 24)\n450g self-raising flour\n225g salted butter\n170g caster sugar\n100g currants\n2 eggs\nCook on a hot bakestone for 3 minutes each side.",
        ],
      },
      {
        as: judge,
        turns: [
          "Ha, look at this from the local paper — not me, thank goodness:\n\n\"LUDLOW: A retired High Court judge, 71, was fined £400 yesterday after being caught doing 52mph in a 30 zone on Corve Street. Sir Alan Birch, who sat on the bench for 22 years, told magistrates he had been late for his bridge club.\"\n\nWrite me a witty one-liner to send to my old clerk about it.",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /currants|bakestone|self.?raising/i },
        { kind: "document", match: /52 ?mph|Corve|bridge club|£400|Birch/i },
      ],
    },
  },

  // ───────────────────────────── tool ─────────────────────────────
  {
    id: "h9-tool-tide-lookup",
    category: "tool",
    sessions: [
      {
        as: harbour,
        turns: [
          {
            user: "What's high water tomorrow? And from now on always give me tide heights in metres above chart datum, never in feet.",
            tool: { name: "tide_lookup", output: "Falmouth 2025-06-14: HW 06:42 5.1m, LW 12:58 0.9m, HW 19:03 5.3m (heights above CD)" },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: harbour, match: /metres|meters|chart datum/i }],
      pasted: [{ kind: "log", match: /06:42|12:58|19:03|5\.1 ?m/ }],
    },
  },
  {
    id: "h9-tool-patient-search",
    category: "tool",
    sessions: [
      {
        as: receptionist,
        turns: [
          {
            user: "Pull up Mr Hegarty's next appointment, please. And note for yourself: I'm on my own on the desk on Wednesdays, so on Wednesdays keep any reply drafts for patients to two sentences.",
            tool: {
              name: "patient_search",
              output: "Patient: Seamus Hegarty | DOB 03/11/1954 | Next appt: 2025-06-18 10:20 with Dr O'Brien | Reason: type 2 diabetes review | Tel 065 682 1193",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: receptionist, match: /Wednesday/i }],
      pasted: [
        { kind: "document", match: /1954/ },
        { kind: "document", match: /diabet/i },
        { kind: "document", match: /065 ?682/ },
      ],
    },
  },
  {
    id: "h9-tool-competitor-web-search",
    category: "tool",
    sessions: [
      {
        as: tattoo,
        turns: [
          {
            user: "Look up what people say about Needlepoint Collective — are they doing fine-line work too?",
            tool: {
              name: "web_search",
              output: "Needlepoint Collective, Leeds — 4.8★ (212 reviews). \"Sam does the best fine-line in Yorkshire.\" Open Tue–Sat 11:00–19:00. Owner Sam Rudd, formerly of Manchester. Walk-ins Saturdays only.",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Sam Rudd|212 reviews|4\.8/i },
        { kind: "document", match: /Tue.?Sat|walk-ins saturdays/i },
      ],
    },
  },
  {
    id: "h9-tool-calendar-with-personal-rule",
    category: "tool",
    sessions: [
      {
        as: qsMillbrook,
        turns: [
          {
            user: "Find me a slot for the Millbrook valuation meeting next week. For what it's worth, I never take meetings before 10am — site walks come first.",
            tool: {
              name: "calendar_search",
              output: "Mon 09:00 Site walk Millbrook (Lena)\nTue 14:00 Dentist (private)\nWed 11:00 Riverside CVR review (Gary, Nadia)\nThu free after 10:00",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: qsMillbrook, match: both(/meeting/i, /before 10|10 ?(?:am|a\.m\.|:00)/i), scope: "user" }],
      hidden: [{ as: millbrookColleague, match: /before 10|10 ?(?:am|a\.m\.)/i }],
      pasted: [
        { kind: "log", match: /Dentist/i },
        { kind: "log", match: /CVR review/i },
      ],
    },
  },

  // ───────────────────────────── secrets (more) ─────────────────────────────
  {
    id: "h9-secrets-recovery-phrase-and-pin",
    category: "secrets",
    sessions: [
      {
        as: chess,
        turns: [
          "Keep these safe for me: my crypto wallet recovery phrase is orbit canyon velvet ladder mango frozen pistol eager humble cradle tiger siren, and the hardware wallet PIN is 583017. I keep forgetting both.",
        ],
      },
    ],
    expect: {
      secrets: ["orbit canyon velvet ladder", "mango frozen pistol", "humble cradle tiger siren", "583017"],
    },
  },
  {
    id: "h9-secrets-token-in-curl",
    category: "secrets",
    sessions: [
      {
        as: complianceOtherProject,
        turns: [
          "Why does this return 401?\n\ncurl -H 'Authorization: Bearer ghp_7Hq2LmZx9RtV4nBc8YwK1sPd3FgJ6aE0uT5i' https://api.github.com/repos/paylark/cards-settlement/actions/runs\n\nFor context, our team deploys the cards settlement service with GitHub Actions.",
        ],
      },
    ],
    expect: {
      remember: [{ as: complianceOtherProject, match: /GitHub Actions/i, scope: ["project", "org"] }],
      secrets: ["ghp_7Hq2LmZx9RtV4nBc8YwK1sPd3FgJ6aE0uT5i", "7Hq2LmZx9RtV4nBc8YwK"],
    },
  },
  {
    id: "h9-secrets-bank-and-ni-number",
    category: "secrets",
    sessions: [
      {
        as: refugee,
        turns: [
          "For my Universal Credit form: my sort code is 20-45-77, account number 41229876, and my National Insurance number is QQ 12 34 56 C. Please remember them so I do not lose them. Also I start ESOL class at Glasgow Clyde College, every Tuesday.",
        ],
      },
    ],
    expect: {
      remember: [{ as: refugee, match: /ESOL|Clyde/i }],
      secrets: ["20-45-77", "204577", "41229876", "QQ 12 34 56 C", "QQ123456C"],
    },
  },
  {
    id: "h9-secrets-farrier-lookalikes",
    category: "secrets",
    sessions: [
      {
        as: farrier,
        turns: [
          "For my records, please keep these: my mare Bramble's horse passport number is 826002000123456, the replacement burner for my gas forge is part number FX-220-B, my invoices this year start at INV-2025-0417, and the forge's postcode is LD3 7HR.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: farrier, match: /826002000123456/, lookalike: true },
        { as: farrier, match: /FX-?220-?B/i, lookalike: true },
        { as: farrier, match: /INV-?2025-?0417/i, lookalike: true },
        { as: farrier, match: /LD3 ?7HR/i, lookalike: true },
      ],
    },
  },
  {
    id: "h9-secrets-isbn-lookalike",
    category: "secrets",
    sessions: [
      {
        as: crossword,
        turns: [
          "My puzzle collection 'Hemlock's Hundred' is finally out — ISBN 978-1-915672-04-3. Keep that in my bio notes for when I fill in festival forms.",
        ],
      },
    ],
    expect: {
      remember: [{ as: crossword, match: /978-?1-?915672-?04-?3/, lookalike: true }],
    },
  },

  // ───────────────────────────── forget (more) ─────────────────────────────
  {
    id: "h9-forget-knee-no-longer-needed",
    category: "forget",
    sessions: [
      { as: interpreter, turns: ["I had knee surgery in March, so for now don't suggest assignments with more than two hours on my feet."] },
      { as: interpreter, turns: ["You don't need to hang on to anything about my knee any more — it's healed and I'd rather it wasn't on file at all."] },
    ],
    expect: {
      forgotten: [{ as: interpreter, match: /knee|surgery/i, storedAfter: 0 }],
    },
  },
  {
    id: "h9-forget-teen-address-keep-fandom",
    category: "forget",
    sessions: [
      { as: kpop, turns: ["hiii I'm Jiwoo, I'm 15, I live at 14 Larch Close in Reading and my favourite group is Stray Kids!!"] },
      { as: kpop, turns: ["wait my mum says I shouldn't have told you where I live 😬 can you unremember that bit? keep the Stray Kids stuff obviously"] },
    ],
    expect: {
      forgotten: [{ as: kpop, match: /Larch|Reading/i, storedAfter: 0 }],
      remember: [{ as: kpop, match: /Stray Kids/i }],
    },
  },
  {
    id: "h9-forget-lorry-wife-broken-english",
    category: "forget",
    sessions: [
      { as: lorry, turns: ["my wife name is Agnieszka, she is sick with cancer now, so sometime i need go home fast from route. how i say this to my boss polite?"] },
      { as: lorry, turns: ["please you delete from memory all what i say about my wife. is private thing. i not want you keep it."] },
    ],
    expect: {
      forgotten: [{ as: lorry, match: /Agnieszka|wife|cancer/i, storedAfter: 0 }],
    },
  },

  // ───────────────────────────── chit-chat (more) ─────────────────────────────
  {
    id: "h9-chitchat-kpop-comeback",
    category: "chit-chat",
    sessions: [{ as: kpop, turns: ["OMG OMG the comeback stage was INSANE I literally screamed into my pillow for ten minutes 😭😭😭 ok bye"] }],
    expect: { transient: [/pillow|scream/i, /comeback/i] },
  },
  {
    id: "h9-chitchat-night-manager-quiet-shift",
    category: "chit-chat",
    sessions: [
      { as: nightManager, turns: ["Dead quiet tonight — one guest asked for extra towels and that's been the highlight. Nothing I need, just saying hi."] },
    ],
    expect: { transient: [/towels/i, /quiet/i] },
  },
  {
    id: "h9-chitchat-judge-thanks",
    category: "chit-chat",
    sessions: [{ as: judge, turns: ["Splendid, that's exactly what I needed. Thank you, and do enjoy your evening — if machines have evenings."] }],
    expect: { transient: [/evening/i, /splendid/i] },
  },

  // ───────────────────────────── session-only (more) ─────────────────────────────
  {
    id: "h9-session-only-reply-in-irish",
    category: "session-only",
    sessions: [
      { as: receptionist, turns: ["For this chat only, reply in Irish — I fancy a challenge. How would I say 'the doctor is running about twenty minutes late'?"] },
    ],
    expect: { transient: [/\bIrish\b|Gaeilge/i] },
  },
  {
    id: "h9-session-only-bakery-cover-today",
    category: "session-only",
    sessions: [
      {
        as: bakeryLeeds,
        turns: [
          "I'm regional manager for nine CrumbCo stores across Yorkshire. Today I'm covering the Leeds shop floor myself because the store manager's off sick, so just for today keep answers to two lines max. Quick way to price down end-of-day bread?",
        ],
      },
    ],
    expect: {
      remember: [{ as: bakeryLeeds, match: /regional manager|nine stores|9 stores/i }],
      transient: [/two lines|2 lines/i, /off sick|covering/i],
    },
  },
  {
    id: "h9-session-only-judge-latin-test",
    category: "session-only",
    sessions: [
      {
        as: judge,
        turns: [
          "For the rest of this conversation only, don't translate any of the Latin maxims — I want to test myself. Next time, carry on translating as usual. Start me off with audi alteram partem.",
        ],
      },
    ],
    expect: { transient: [/translat/i, /\bLatin\b/i] },
  },

  // ───────────────────────────── questions ─────────────────────────────
  {
    id: "h9-questions-tattoo-rank-among-supplies",
    category: "questions",
    sessions: [
      {
        as: tattoo,
        turns: [
          "Some things about how I work: I ink with Kwadron cartridges, I use Stencil Stuff for transfers, my go-to aftercare film is Saniderm, and the studio is closed on Mondays.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: tattoo, match: /Kwadron/i },
        { as: tattoo, match: /Saniderm/i },
      ],
      questions: [
        { as: tattoo, ask: "Which needle cartridges do I use?", expect: /Kwadron/i },
        { as: tattoo, ask: "What day is my studio closed?", expect: /Monday/i },
        { as: tattoo, ask: "What aftercare do I recommend to clients?", expect: /Saniderm/i },
      ],
    },
  },
  {
    id: "h9-questions-no-facts-knots",
    category: "questions",
    sessions: [{ as: harbour, turns: ["How do I convert knots to km/h roughly in my head?", "And nautical miles to statute miles?"] }],
    expect: { transient: [/knots|km\/h/i, /statute/i] },
  },
  {
    id: "h9-questions-fact-in-passing-diabetic-nurse",
    category: "questions",
    sessions: [
      {
        as: nurse,
        turns: ["As a type 1 diabetic doing twelve-hour night shifts, what snacks should I keep in my locker so my sugars don't crash around 3am?"],
      },
    ],
    expect: {
      remember: [{ as: nurse, match: /type 1|T1D|diabet/i, scope: "user" }],
      hidden: [{ as: nurseColleague, match: /type 1|T1D|diabet/i }],
    },
  },
  {
    id: "h9-questions-chess-coach-rank",
    category: "questions",
    sessions: [
      {
        as: chess,
        turns: [
          "Coaching notes for you: I run the junior club on Thursdays at 6pm in Harrow library, I charge £35 an hour for private lessons, I play the Grünfeld as Black against 1.d4, and my all-time favourite player is Tal.",
        ],
      },
    ],
    expect: {
      questions: [
        { as: chess, ask: "When is my junior club?", expect: /Thursday/i },
        { as: chess, ask: "How much do I charge for a private lesson?", expect: /35/ },
        { as: chess, ask: "What do I play against 1.d4?", expect: /Gr[üu]e?nfeld/i },
        { as: chess, ask: "Who is my favourite chess player?", expect: /\bTal\b/ },
      ],
    },
  },
  {
    id: "h9-questions-interpreter-rate-after-rise",
    category: "questions",
    sessions: [
      {
        as: interpreter,
        turns: ["Booking preferences: I prefer jobs in Cork city, I don't take court work any more, and my rate is €55 an hour with a two-hour minimum."],
      },
      { as: interpreter, turns: ["My hourly rate went up to €60 from this month — same two-hour minimum."] },
    ],
    expect: {
      remember: [
        { as: interpreter, match: /60/ },
        { as: interpreter, match: both(/court/i, /\b(?:no|not|never|won'?t|don'?t|stop|avoid|declin|refus)/i) },
      ],
      stale: [{ as: interpreter, match: only(/€ ?55|55 ?(?:an|per|\/) ?h/i, /60/) }],
      questions: [
        { as: interpreter, ask: "What's my hourly rate?", expect: /60/, stale: only(/55/, /60/) },
        { as: interpreter, ask: "Do I take court bookings?", expect: /court/i },
      ],
    },
  },
];
