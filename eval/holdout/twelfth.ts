/**
 * Twelfth batch of held-out scenarios: new personas and domains (hospital
 * porters, tree surgeons, escape rooms, archivists, bike couriers,
 * hydroponics, court stenography, rally co-driving, piano tuning, pharmacy,
 * meteorology, locksmiths), written blind to the extractor's rules.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

// --- identities ---------------------------------------------------------
const dariusz = solo("h12-dariusz");
const morag = solo("h12-morag");
const priya = solo("h12-priya");
const tol = solo("h12-tol");
const niamh = solo("h12-niamh");

// Tree surgery company with two jobs, and a rival company reusing a project id.
const timberOrg = "h12-timberline";
const fenwick = at("h12-fenwick", timberOrg, "h12-oakfield");
const lowri = at("h12-lowri", timberOrg, "h12-oakfield");
const baz = at("h12-baz", timberOrg, "h12-riverside");
const rivalOakfield = at("h12-gethin", "h12-arborwise", "h12-oakfield");

// Hydroponic farm.
const greenOrg = "h12-greenstack";
const tomasz = at("h12-tomasz", greenOrg, "h12-tower-b");
const ayo = at("h12-ayo", greenOrg, "h12-tower-b");
const kit = at("h12-kit", greenOrg, "h12-tower-a");

export const twelfthHoldoutScenarios: ScenarioInput[] = [
  // ======================================================================
  // identity / preferences / standing rules
  // ======================================================================
  {
    id: "h12-identity-porter-non-native",
    category: "identity",
    sessions: [
      {
        as: dariusz,
        turns: [
          "hello. i am Dariusz, i work like porter in St Aldhelm hospital, mostly night shifts. my english is not perfect so please simple words",
          "can you help me write short message to supervisor, i want swap my shift on friday with Kasia",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dariusz, match: /Dariusz/ },
        { as: dariusz, match: /porter/i },
        { as: dariusz, match: /St\.? Aldhelm/i },
        { as: dariusz, match: /simple|plain|easy/i },
      ],
    },
  },
  {
    id: "h12-identity-tree-surgeon-buried",
    category: "identity",
    sessions: [
      {
        as: morag,
        turns: [
          "Quick one before I head out — need a risk assessment template for felling a leaning ash about 6m from an 11kV line. I'm Morag btw, I run a small tree surgery outfit called Canopy & Root up near Inverness, so keep it to UK / HSE wording please.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: morag, match: /Morag/ },
        { as: morag, match: /Canopy (&|and) Root/i },
        { as: morag, match: /Inverness/i },
      ],
    },
  },
  {
    id: "h12-identity-stenographer-kit",
    category: "identity",
    sessions: [
      {
        as: priya,
        turns: [
          "ugh, long day in Crown Court, the barrister talked like an auctioneer",
          "anyway can you give me a few brief-form drills for medical terms? for context I write on a Stenograph Luminex, sitting around 225 wpm, RPR certified since 2019. oh and I'm Priya.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: priya, match: /Priya/ },
        { as: priya, match: /Luminex/i },
        { as: priya, match: /RPR/ },
      ],
    },
  },
  {
    id: "h12-identity-preferred-name-pronouns",
    category: "identity",
    sessions: [
      {
        as: tol,
        turns: [
          "Small admin thing first: my legal name is Bartholomew but nobody calls me that, please just use Tol. And my pronouns are they/them.",
          "Right, now — I'm restoring an 1890s Broadwood upright and the hammer felts are shot. What are my options?",
        ],
      },
      { as: tol, turns: ["Back again. Found a supplier for the felts, thanks for the pointers."] },
    ],
    expect: {
      remember: [
        { as: tol, match: /\bTol\b/ },
        { as: tol, match: /they\s*\/\s*them/i },
      ],
      questions: [{ as: tol, ask: "What name should I use for this user?", expect: /\bTol\b/ }],
    },
  },
  {
    id: "h12-identity-pharmacy-standing-rules",
    category: "identity",
    sessions: [
      {
        as: niamh,
        turns: [
          "I'm a pharmacy technician in Dublin. Two rules going forward, for every answer: give doses in mg with the brand name in brackets after the generic, and no American spellings please (it's paracetamol, not acetaminophen!).",
          "Ok first question: max daily dose of ibuprofen OTC for an adult?",
        ],
      },
      { as: niamh, turns: ["what's the usual adult dose of cetirizine?"] },
    ],
    expect: {
      remember: [
        { as: niamh, match: /pharmacy tech/i },
        { as: niamh, match: /Dublin/i },
        { as: niamh, match: both(/\bmg\b|milligram/i, /brand/i) },
        { as: niamh, match: both(/spell|paracetamol|acetaminophen/i, /American|US\b|British|Irish|UK/i) },
      ],
    },
  },

  // ======================================================================
  // updates
  // ======================================================================
  {
    id: "h12-update-courier-bike-stolen",
    category: "update",
    sessions: [
      {
        as: solo("h12-jojo"),
        turns: [
          "I do bike courier work in Manchester, mostly legal docs between chambers. My bike's a Surly Long Haul Trucker, steel, heavy but bombproof. Can you suggest a good pannier setup for A3 document tubes?",
        ],
      },
      {
        as: solo("h12-jojo"),
        turns: [
          "well. the Trucker got nicked outside the Arndale on tuesday 😭 rode a mate's cargo bike for a few days and loved it so I bit the bullet — I'm on a Tern GSD now. need to rethink the tube carrying thing for it",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("h12-jojo"), match: /Tern|GSD/i },
        { as: solo("h12-jojo"), match: /courier/i },
      ],
      stale: [{ as: solo("h12-jojo"), match: only(/Surly|Long Haul Trucker/i, /Tern|GSD|stolen|nicked|former|previous|used to|no longer/i) }],
      questions: [
        { as: solo("h12-jojo"), ask: "What bike does the user ride?", expect: /Tern|GSD/i, stale: only(/Surly|Trucker/i, /Tern|GSD/i) },
      ],
    },
  },
  {
    id: "h12-update-hydroponic-ec-by-colleague",
    category: "update",
    sessions: [
      {
        as: tomasz,
        turns: [
          "For tower B (the lettuce and basil tower) we run the nutrient solution at EC 1.8 and pH 5.8. Can you make me a little daily checklist for the night tech?",
        ],
      },
      {
        as: ayo,
        turns: [
          "heads up for tower B — the agronomist bumped the target up, EC is 2.2 now because we swapped the lettuce for pak choi. pH target hasn't changed.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: tomasz, match: /2\.2/, scope: "project" },
        { as: ayo, match: /2\.2/, scope: "project" },
      ],
      stale: [
        { as: tomasz, match: only(/EC\s*(of|at|=|:)?\s*1\.8/i, /2\.2/) },
        { as: ayo, match: only(/EC\s*(of|at|=|:)?\s*1\.8/i, /2\.2/) },
      ],
      hidden: [{ as: kit, match: /EC\s*(of|at|=|:)?\s*(1\.8|2\.2)/i }],
    },
  },
  {
    id: "h12-update-escape-room-lineup",
    category: "update",
    sessions: [
      {
        as: solo("h12-rhiannon"),
        turns: [
          "I own an escape room place in Swansea, Lockdown Bay. Our three rooms are The Vault, Pharaoh's Curse and Asylum 13. I want a new booking-page blurb for each, 50 words max.",
        ],
      },
      {
        as: solo("h12-rhiannon"),
        turns: [
          "Update on the rooms: Asylum 13 is gone, we kept getting complaints that it was too scary for the corporate groups. Built a steampunk one in its place called Clockwork Heist, opened last weekend. Vault and Pharaoh's Curse unchanged.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("h12-rhiannon"), match: /Clockwork Heist/i },
        { as: solo("h12-rhiannon"), match: /Lockdown Bay/i },
      ],
      stale: [
        {
          as: solo("h12-rhiannon"),
          match: only(/Asylum 13/i, /gone|retired|replaced|closed|removed|no longer|Clockwork/i),
        },
      ],
      questions: [
        {
          as: solo("h12-rhiannon"),
          ask: "Which rooms does the escape room currently run?",
          expect: /Clockwork Heist/i,
          stale: only(/Asylum 13/i, /Clockwork|replaced|retired|gone|closed|removed/i),
        },
      ],
    },
  },
  {
    id: "h12-update-meteorologist-shift-rota",
    category: "update",
    sessions: [
      {
        as: solo("h12-haruto"),
        turns: [
          "I'm a forecaster on the regional aviation desk, working the 06:00–14:00 early shift this winter. Can you help me structure a morning briefing for the helicopter operators?",
        ],
      },
      {
        as: solo("h12-haruto"),
        turns: [
          "Rota got reshuffled — I'm on lates now, 14:00 to 22:00, probably through to the end of March. So the briefing I need is the afternoon handover one, not the morning one.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-haruto"), match: /14:?00\s*(–|-|to|until)\s*22|2\s*pm\s*(–|-|to|until)\s*10\s*pm|late shift|\blates\b/i }],
      stale: [{ as: solo("h12-haruto"), match: only(/06:?00\s*(–|-|to|until)\s*14|early shift/i, /22:?00|10\s*pm|\blates?\b|late shift/i) }],
    },
  },
  {
    id: "h12-update-piano-tuner-pitch",
    category: "update",
    sessions: [
      {
        as: tol,
        turns: ["When I ask for tuning charts, assume A440 — that's my default reference pitch for concert work."],
      },
      {
        as: tol,
        turns: [
          "FYI I've changed my default reference to A=442. Nearly every orchestra and the two concert halls round here want the brighter pitch now, so 442 unless I say otherwise.",
        ],
      },
    ],
    expect: {
      remember: [{ as: tol, match: /442/ }],
      stale: [{ as: tol, match: only(/\b440\b/, /442/) }],
    },
  },
  {
    id: "h12-update-locksmith-hours-same-session",
    category: "update",
    sessions: [
      {
        as: solo("h12-colm"),
        turns: [
          "I run a locksmith shop in Limerick, Keyline. We open at 8am Mon–Sat. Can you draft a Google Business description for me?",
          "oh hang on — scratch the 8am, we're moving to 7:30 from this Monday, the trades lads kept queuing outside before we opened. put 7:30 in the description",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("h12-colm"), match: /7:30|07:30|half (past )?seven/i },
        { as: solo("h12-colm"), match: /Keyline/i },
      ],
      stale: [{ as: solo("h12-colm"), match: only(/\b8\s*am\b|\b08:00\b|\bopens? at 8\b/i, /7:30|07:30|half (past )?seven/i) }],
    },
  },
  {
    id: "h12-update-rally-codriver-new-team",
    category: "update",
    sessions: [
      {
        as: solo("h12-eilidh-cd"),
        turns: [
          "I'm a rally co-driver. Currently sitting in with Fraser Munro in the Scottish Rally Championship, we run a Ford Fiesta Rally4. Need help tidying my pace-note abbreviations list.",
        ],
      },
      {
        as: solo("h12-eilidh-cd"),
        turns: [
          "big change since we last spoke!! Fraser's budget dried up so I've moved across — I'm co-driving for Kalle Virtanen now, Škoda Fabia RS Rally2. we've already done two rounds together. his notes are in Finnish-style numbering (1 = fastest) which I'll need to convert to",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("h12-eilidh-cd"), match: /Virtanen/i },
        { as: solo("h12-eilidh-cd"), match: /Fabia/i },
      ],
      stale: [
        {
          as: solo("h12-eilidh-cd"),
          match: only(/Fraser Munro|\bMunro\b/i, /Virtanen|former|previous|used to|no longer|moved|left/i),
        },
        { as: solo("h12-eilidh-cd"), match: only(/Fiesta/i, /Fabia|former|previous|used to|no longer/i) },
      ],
      questions: [
        {
          as: solo("h12-eilidh-cd"),
          ask: "Which driver is the user co-driving for?",
          expect: /Virtanen/i,
          stale: only(/Munro/i, /Virtanen/i),
        },
      ],
    },
  },
  {
    id: "h12-update-archive-standard-org",
    category: "update",
    sessions: [
      {
        as: at("h12-gwen", "h12-county-archives", "h12-parish-registers"),
        turns: [
          "Across the whole record office we catalogue to ISAD(G), every collection, so any descriptions you help with should follow its 26 elements.",
        ],
      },
      {
        as: at("h12-idris", "h12-county-archives", "h12-estate-papers"),
        turns: [
          "Just so you know, as of April the record office has moved off ISAD(G) — all new cataloguing across every collection is done to Records in Contexts (RiC-CM) now. Old descriptions stay as they are until we migrate them.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-mererid", "h12-county-archives", "h12-maps-plans"), match: /Records in Contexts|RiC/, scope: "org" },
      ],
      stale: [
        {
          as: at("h12-mererid", "h12-county-archives", "h12-maps-plans"),
          match: only(/ISAD\s*\(G\)/i, /Records in Contexts|RiC|moved|replaced|former|previous|no longer|old descriptions|migrat/i),
        },
      ],
      hidden: [{ as: at("h12-gwen", "h12-other-archives", "h12-parish-registers"), match: /ISAD|Records in Contexts|RiC-CM/ }],
    },
  },

  // ======================================================================
  // corrections
  // ======================================================================
  {
    id: "h12-correction-manager-surname",
    category: "correction",
    sessions: [
      {
        as: solo("h12-bethan"),
        turns: [
          "My line manager at the university archive is Gwendolyn Pryce, she signs off any digitisation requests.",
          "sorry — Pryce-Jones, double-barrelled. she's quite particular about that so it matters",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-bethan"), match: /Pryce-Jones/ }],
      stale: [{ as: solo("h12-bethan"), match: only(/Gwendolyn Pryce(?!-)/, /Pryce-Jones/) }],
    },
  },
  {
    id: "h12-correction-cd-check-by-colleague",
    category: "correction",
    sessions: [
      {
        as: at("h12-aoife", "h12-ormond-pharmacy", "h12-dispensary"),
        turns: [
          "For our dispensary: the controlled drugs register balance check is done every Tuesday, after the wholesaler delivery. Can you make me a little CD check log template?",
        ],
      },
      {
        as: at("h12-senan", "h12-ormond-pharmacy", "h12-dispensary"),
        turns: [
          "Small correction to what Aoife told you — the CD balance check is Thursdays, not Tuesdays. It moved when the wholesaler changed delivery days, she must've forgotten.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-aoife", "h12-ormond-pharmacy", "h12-dispensary"), match: /Thursday/i, scope: "project" },
        { as: at("h12-senan", "h12-ormond-pharmacy", "h12-dispensary"), match: /Thursday/i, scope: "project" },
      ],
      stale: [
        { as: at("h12-aoife", "h12-ormond-pharmacy", "h12-dispensary"), match: only(/Tuesday/i, /Thursday/i) },
      ],
    },
  },
  {
    id: "h12-correction-allergy-mixup",
    category: "correction",
    sessions: [
      {
        as: solo("h12-femi"),
        turns: [
          "Keep in mind when I ask about meds: I'm allergic to penicillin.",
          "wait no. I always mix these up. It's sulfa drugs I react to — the penicillin thing was a mistake on my old GP notes, got it cleared up last year. Penicillin is fine for me.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-femi"), match: /sulfa|sulpha|sulfonamide/i }],
      stale: [{ as: solo("h12-femi"), match: only(/allergic to penicillin|penicillin allergy/i, /sulfa|sulpha|sulfonamide|mistake|not allergic|fine/i) }],
    },
  },
  {
    id: "h12-correction-kayak-lake",
    category: "correction",
    sessions: [
      {
        as: solo("h12-ollie"),
        turns: [
          "I coach the juniors at a kayak club, we paddle on Windermere every Saturday morning. Could you help me plan a 6-week progression for 11-13 year olds?",
        ],
      },
      {
        as: solo("h12-ollie"),
        turns: [
          "Just realised I told you Windermere last time — it's Coniston Water, not Windermere. We moved to Coniston years ago, I was thinking of my old club. Doesn't change the plan much but the launch is from Brown Howe now.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-ollie"), match: /Coniston/i }],
      stale: [{ as: solo("h12-ollie"), match: only(/Windermere/i, /Coniston/i) }],
    },
  },
  {
    id: "h12-correction-model-grid-cross-session",
    category: "correction",
    sessions: [
      {
        as: at("h12-ingrid", "h12-northsea-met", "h12-offshore"),
        turns: [
          "For the offshore wind forecasts, our operational model run is on the 0.25° grid. Please keep that in mind when I ask about resolution limits.",
        ],
      },
      {
        as: at("h12-ingrid", "h12-northsea-met", "h12-offshore"),
        turns: [
          "I need to fix something I said last week. The operational run is on the 0.1° grid — 0.25° is only what the ensemble uses. Sorry, two different products.",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("h12-ingrid", "h12-northsea-met", "h12-offshore"), match: /0\.1\s*(°|-?\s*deg)/i }],
      stale: [
        {
          as: at("h12-ingrid", "h12-northsea-met", "h12-offshore"),
          match: only(/operational[^.]*0\.25|0\.25[^.]*operational/i, /ensemble|0\.1\s*(°|-?\s*deg)/i),
        },
      ],
    },
  },
  {
    id: "h12-correction-depot-street",
    category: "correction",
    sessions: [
      {
        as: at("h12-kwame", "h12-swiftpedal", "h12-dispatch"),
        turns: [
          "new riders need to know: our depot is at 40 Mercer Street, round the back, bikes go in the cage. can you turn that into a welcome text?",
          "ahh no, Mercer LANE. 40 Mercer Lane. Mercer Street is where the pub is, the new lot would end up in the pub lol",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("h12-dele", "h12-swiftpedal", "h12-dispatch"), match: /Mercer Lane/i, scope: ["project", "org"] }],
      stale: [{ as: at("h12-dele", "h12-swiftpedal", "h12-dispatch"), match: only(/Mercer Street/i, /Mercer Lane/i) }],
    },
  },
  {
    id: "h12-correction-teletracking-timing-org",
    category: "correction",
    sessions: [
      {
        as: at("h12-sunita", "h12-westgate-nhs", "h12-east-wing"),
        turns: [
          "Trust-wide policy for porters: every patient move gets logged in Teletracking before you leave the ward. That's all sites, not just us.",
        ],
      },
      {
        as: at("h12-marek", "h12-westgate-nhs", "h12-west-wing"),
        turns: [
          "Sunita's note about logging moves isn't quite right — it's logged when you *arrive* at the destination, not before leaving the ward. Policy changed that so the timings are accurate. Still trust-wide.",
        ],
      },
    ],
    expect: {
      remember: [
        {
          as: at("h12-jan", "h12-westgate-nhs", "h12-theatres"),
          match: both(/Teletracking|log/i, /arriv|destination/i),
          scope: "org",
        },
      ],
      stale: [
        {
          as: at("h12-jan", "h12-westgate-nhs", "h12-theatres"),
          match: only(/before (you )?leav/i, /arriv|destination|not before|changed|instead/i),
        },
      ],
    },
  },

  // ======================================================================
  // hedged
  // ======================================================================
  {
    id: "h12-hedged-escape-room-venue-confirmed",
    category: "hedged",
    sessions: [
      {
        as: solo("h12-rhiannon"),
        turns: [
          "We *might* move Lockdown Bay into the old bank building on Castle Row — nothing signed, landlord's being slow. Just thinking out loud.",
        ],
      },
      {
        as: solo("h12-rhiannon"),
        turns: [
          "It's done!! Signed the lease on the Castle Row bank building this morning. We move in over the summer and reopen there in September.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-rhiannon"), match: /Castle Row/i }],
      questions: [{ as: solo("h12-rhiannon"), ask: "Where is the escape room moving to?", expect: /Castle Row/i }],
    },
  },
  {
    id: "h12-hedged-grow-lights-dropped",
    category: "hedged",
    sessions: [
      {
        as: tomasz,
        turns: [
          "Thinking maybe we swap tower B to Heliospectra fixtures next quarter? Not decided, just floating it. Our current lights are Fluence SPYDR.",
        ],
      },
      {
        as: tomasz,
        turns: [
          "Forget the Heliospectra idea, quote came back way over budget. We're sticking with the Fluence SPYDRs for the foreseeable.",
        ],
      },
    ],
    expect: {
      remember: [{ as: tomasz, match: /Fluence|SPYDR/i }],
      stale: [
        {
          as: tomasz,
          match: only(/Heliospectra/i, /drop|abandon|over budget|too expensive|rejected|no longer|decided against|sticking|won'?t|instead|scrap|not (go|proceed|switch|swap|mov)/i),
        },
      ],
    },
  },
  {
    id: "h12-hedged-registration-number-checked",
    category: "hedged",
    sessions: [
      {
        as: niamh,
        turns: [
          "For the CPD form I need my PSI registration number — I *think* it's 5012387 but I might have the last digits swapped, I'll check the cert.",
        ],
      },
      {
        as: niamh,
        turns: ["Checked the cert: my PSI registration number is 5012378. Can you fill that into the CPD form header?"],
      },
    ],
    expect: {
      remember: [{ as: niamh, match: /5012378/ }],
      stale: [{ as: niamh, match: only(/5012387/, /5012378/) }],
    },
  },

  // ======================================================================
  // scope
  // ======================================================================
  {
    id: "h12-scope-newt-season-project-vs-personal",
    category: "scope",
    sessions: [
      {
        as: fenwick,
        turns: [
          "Two things. On the Oakfield estate job, nobody works within 30m of the big pond between March and June — great crested newts, the ecologist was very clear. And for me personally: give me briefings as short bullet points, I read them on my phone up a tree.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: lowri, match: /newt/i, scope: "project" },
        { as: fenwick, match: /newt/i, scope: "project" },
        { as: fenwick, match: /bullet/i, scope: "user" },
      ],
      hidden: [
        { as: baz, match: /newt/i },
        { as: rivalOakfield, match: /newt/i },
        { as: lowri, match: /bullet/i },
      ],
    },
  },
  {
    id: "h12-scope-company-rescue-rule",
    category: "scope",
    sessions: [
      {
        as: baz,
        turns: [
          "Company rule for all Timberline crews, every site, not just mine: there's always a second climber on the ground kitted up for aerial rescue before anyone goes up. It's a condition of our insurance.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: lowri, match: /rescue/i, scope: "org" },
        { as: baz, match: /rescue/i, scope: "org" },
      ],
      hidden: [{ as: rivalOakfield, match: /aerial rescue|second climber/i }],
    },
  },
  {
    id: "h12-scope-hospital-lift-project-and-org",
    category: "scope",
    sessions: [
      {
        as: at("h12-sunita", "h12-westgate-nhs", "h12-east-wing"),
        turns: [
          "east wing quirk: bariatric beds only fit in lift 7, the others are too narrow, don't even try lift 5. Also across the whole trust, porters can't move a patient on oxygen without a cylinder check signed on the transfer sheet.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-olu", "h12-westgate-nhs", "h12-east-wing"), match: /lift 7/i, scope: "project" },
        { as: at("h12-marek", "h12-westgate-nhs", "h12-west-wing"), match: /oxygen|cylinder/i, scope: "org" },
      ],
      hidden: [
        { as: at("h12-marek", "h12-westgate-nhs", "h12-west-wing"), match: /lift 7/i },
        { as: at("h12-olu", "h12-riverside-nhs", "h12-east-wing"), match: /lift 7|cylinder check/i },
      ],
    },
  },
  {
    id: "h12-scope-inquiry-transcript-style",
    category: "scope",
    sessions: [
      {
        as: at("h12-priya", "h12-verbatim-reporting", "h12-harrowgate-inquiry"),
        turns: [
          "Style for the Harrowgate Inquiry transcripts: speaker labels in caps followed by a colon (MR HALE:, THE CHAIR:), and inaudible bits marked [inaudible 00:12:34] with the timestamp. That's what the inquiry secretariat asked for.",
          "can you reformat this line for me: 'hale said i don't recall that meeting at all'",
        ],
      },
    ],
    expect: {
      remember: [
        {
          as: at("h12-dom", "h12-verbatim-reporting", "h12-harrowgate-inquiry"),
          match: /caps|capital|upper.?case|inaudible/i,
          scope: "project",
        },
      ],
      hidden: [
        { as: at("h12-dom", "h12-verbatim-reporting", "h12-kestrel-trial"), match: /Harrowgate|\[inaudible/i },
      ],
    },
  },
  {
    id: "h12-scope-colour-blind-personal-in-team",
    category: "scope",
    sessions: [
      {
        as: ayo,
        turns: [
          "Can you make a chart of tower B's daily yield? Oh and note for me specifically, I'm colour-blind (deuteranopia), so never use red vs green to tell series apart in anything you make me.",
        ],
      },
    ],
    expect: {
      remember: [{ as: ayo, match: /colou?r.?blind|deuteranop|red.{0,20}green/i, scope: "user" }],
      hidden: [
        { as: tomasz, match: /colou?r.?blind|deuteranop/i },
        { as: kit, match: /colou?r.?blind|deuteranop/i },
      ],
    },
  },
  {
    id: "h12-scope-locksmith-org-vs-other-org",
    category: "scope",
    sessions: [
      {
        as: at("h12-sam", "h12-keyholders", "h12-commercial"),
        turns: [
          "For the whole Keyholders team: we only fit BS3621-rated mortice locks on insurance jobs, no exceptions, doesn't matter which van or which job type.",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("h12-rosa", "h12-keyholders", "h12-residential"), match: /BS\s?3621/i, scope: "org" }],
      hidden: [{ as: at("h12-sam", "h12-open-house", "h12-commercial"), match: /BS\s?3621/i }],
    },
  },

  // ======================================================================
  // identities
  // ======================================================================
  {
    id: "h12-identities-two-sams",
    category: "identities",
    sessions: [
      {
        as: at("h12-sam", "h12-keyholders", "h12-commercial"),
        turns: ["I'm left-handed, so when you describe how to hold a pick and tension wrench, mirror it for me."],
      },
      {
        as: at("h12-sam", "h12-open-house", "h12-lettings"),
        turns: ["I'm a lettings agent, I mostly deal with student houses in Leeds. Keep answers short."],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-sam", "h12-keyholders", "h12-commercial"), match: /left.?hand/i },
        { as: at("h12-sam", "h12-open-house", "h12-lettings"), match: /lettings/i },
      ],
      hidden: [
        { as: at("h12-sam", "h12-open-house", "h12-lettings"), match: /left.?hand/i },
        { as: at("h12-sam", "h12-keyholders", "h12-commercial"), match: /lettings|student houses/i },
      ],
    },
  },
  {
    id: "h12-identities-same-project-id-two-orgs",
    category: "identities",
    sessions: [
      {
        as: at("h12-ana", "h12-leafline", "h12-atrium"),
        turns: [
          "Atrium is our rooftop greenhouse project — microgreens only, harvest every Wednesday for the restaurant orders.",
        ],
      },
      {
        as: at("h12-ben", "h12-glassworks-arch", "h12-atrium"),
        turns: ["Atrium project: it's the hospital entrance refurb, the deadline for stage 4 drawings is 14 November."],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-cleo", "h12-leafline", "h12-atrium"), match: /microgreens/i, scope: "project" },
        { as: at("h12-dan", "h12-glassworks-arch", "h12-atrium"), match: /stage 4|14 Nov/i, scope: "project" },
      ],
      hidden: [
        { as: at("h12-dan", "h12-glassworks-arch", "h12-atrium"), match: /microgreens/i },
        { as: at("h12-cleo", "h12-leafline", "h12-atrium"), match: /stage 4|hospital entrance/i },
      ],
    },
  },
  {
    id: "h12-identities-teammates-private-prefs",
    category: "identities",
    sessions: [
      {
        as: at("h12-yusuf", "h12-gale-watch", "h12-marine"),
        turns: ["Personally I like wind speeds in knots and pressure in hPa — don't give me mph."],
      },
      {
        as: at("h12-carys", "h12-gale-watch", "h12-marine"),
        turns: ["For me, please: Beaufort numbers for wind, I think in Beaufort after 20 years at sea."],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-yusuf", "h12-gale-watch", "h12-marine"), match: /knots/i, scope: "user" },
        { as: at("h12-carys", "h12-gale-watch", "h12-marine"), match: /Beaufort/i, scope: "user" },
      ],
      hidden: [
        { as: at("h12-carys", "h12-gale-watch", "h12-marine"), match: /knots/i },
        { as: at("h12-yusuf", "h12-gale-watch", "h12-marine"), match: /Beaufort/i },
      ],
    },
  },

  // ======================================================================
  // pasted documents and logs
  // ======================================================================
  {
    id: "h12-pasted-finding-aid",
    category: "pasted",
    sessions: [
      {
        as: solo("h12-bethan"),
        turns: [
          `Can you summarise this finding aid entry in two sentences for the online catalogue? It's for the Thornbury parish collection, which is my main project this year.

Reference: TPR/4/2/17
Title: Vestry minute book
Dates: 1783-1841
Extent: 1 volume, 212 folios
Scope and content: Minutes of the select vestry, including appointment of overseers of the poor, rates assessed upon the inhabitants, disputes concerning the repair of the Ashgrove bridge, and a petition of 1822 against the enclosure of Furze Common.
Condition: Spine detached; folios 190-212 water damaged.`,
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-bethan"), match: /Thornbury/i }],
      pasted: [
        { kind: "document", match: /Ashgrove bridge/i },
        { kind: "document", match: /Furze Common/i },
        { kind: "document", match: /TPR\/4\/2\/17/ },
      ],
    },
  },
  {
    id: "h12-pasted-hydroponic-controller-log",
    category: "pasted",
    sessions: [
      {
        as: kit,
        turns: [
          `tower A pumps did something weird overnight, what's going on here?

2024-11-03 02:13:58 INFO  doser[2] dosed 12.0ml part_A
2024-11-03 02:14:07 ERR   pump_3 dry-run detected, flow=0.00 l/min
2024-11-03 02:14:07 WARN  reservoir_A level 11% (low threshold 15%)
2024-11-03 02:14:09 INFO  pump_3 auto-shutdown
2024-11-03 02:44:09 INFO  pump_3 restart attempt 1/3
2024-11-03 02:44:15 ERR   pump_3 dry-run detected, flow=0.00 l/min`,
          "ok so reservoir topup. thanks",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /dry-run detected/i },
        { kind: "log", match: /reservoir_A level 11%/i },
      ],
    },
  },
  {
    id: "h12-pasted-transcript-excerpt",
    category: "pasted",
    sessions: [
      {
        as: priya,
        turns: [
          `proofread this bit of my rough draft, just punctuation:

Q. and where were you standing when the van pulled in
A. by the bins near the loading bay the side nearest Carrow Road
Q. could you see the driver
A. no the windscreen was tinted I only saw his arm a tattoo on the arm like a swallow
MR OKONJO: objection leading
THE JUDGE: overruled carry on`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /swallow/i },
        { kind: "document", match: /Carrow Road/i },
        { kind: "document", match: /OKONJO/i },
      ],
    },
  },
  {
    id: "h12-pasted-metar-with-role",
    category: "pasted",
    sessions: [
      {
        as: solo("h12-haruto"),
        turns: [
          `I'm the duty forecaster for Edinburgh airport this week, decode this for the ops note pls:
METAR EGPH 121350Z 24015G28KT 9999 FEW025 BKN040 11/06 Q1009 NOSIG
TAF EGPH 121100Z 1212/1318 24014KT 9999 FEW030 TEMPO 1214/1220 24018G32KT`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /24015G28KT/ },
        { kind: "log", match: /Q1009/ },
      ],
    },
  },

  // ======================================================================
  // tool output
  // ======================================================================
  {
    id: "h12-tool-supplier-search-with-preference",
    category: "tool",
    sessions: [
      {
        as: tol,
        turns: [
          {
            user: "find me suppliers for size 17 music wire, UK please",
            tool: {
              name: "web_search",
              output:
                "1. Pianoforte Supplies Ltd — Roslau music wire, sizes 12-22, £14.20/lb coil, next-day dispatch from Northampton\n2. Hammerhead Piano Parts — Mapes International wire, size 17 £12.80/lb, 3-5 day delivery\n3. Tuners' Trade Counter — generic steel wire, mixed gauges, clearance £6/lb",
            },
          },
          "the first one. and make a note: I only ever use Röslau wire, never Mapes or generic, so don't bother suggesting anything else in future",
        ],
      },
    ],
    expect: {
      remember: [{ as: tol, match: /R(ö|o|oe)slau/i }],
      pasted: [
        { kind: "document", match: /Tuners' Trade Counter|£6\/lb/i },
        { kind: "document", match: /Hammerhead Piano Parts/i },
      ],
    },
  },
  {
    id: "h12-tool-weather-api-output",
    category: "tool",
    sessions: [
      {
        as: morag,
        turns: [
          {
            user: "what's the wind doing at the Culloden job tomorrow? need to know if we can climb",
            tool: {
              name: "get_forecast",
              output:
                '{"location":"Culloden","date":"tomorrow","hourly":[{"t":"08:00","wind_mps":6.1,"gust_mps":11.4},{"t":"12:00","wind_mps":8.9,"gust_mps":15.7},{"t":"16:00","wind_mps":7.2,"gust_mps":13.0}],"precip_mm":2.3}',
            },
          },
          "right, morning only then. we stop climbing if gusts go over 13 m/s, that's our cut-off, always has been",
        ],
      },
    ],
    expect: {
      remember: [{ as: morag, match: /13\s?m\/s|13 metres/i }],
      pasted: [
        { kind: "log", match: /15\.7/ },
        { kind: "log", match: /gust_mps/ },
      ],
    },
  },
  {
    id: "h12-tool-env-file-with-key",
    category: "tool",
    sessions: [
      {
        as: kit,
        turns: [
          {
            user: "can you check what the sensor service is configured to talk to?",
            tool: {
              name: "read_file",
              output:
                "# sensor-bridge/.env\nINFLUX_URL=http://10.20.0.14:8086\nINFLUX_ORG=greenstack\nINFLUX_BUCKET=tower_a_raw\nINFLUX_TOKEN=q8ZtN3vRx0-LmK2pYw7sTf4HbJ9cAe1Ud6Gi5oXn==\nPOLL_SECONDS=30",
            },
          },
          "yeah so for the record tower A's sensors all write to InfluxDB, bucket tower_a_raw, polled every 30 seconds. that's the setup",
        ],
      },
    ],
    expect: {
      remember: [{ as: kit, match: /Influx/i }],
      secrets: ["q8ZtN3vRx0-LmK2pYw7sTf4HbJ9cAe1Ud6Gi5oXn"],
    },
  },

  // ======================================================================
  // secrets, next to benign look-alikes
  // ======================================================================
  {
    id: "h12-secrets-keysafe-code-vs-model",
    category: "secrets",
    sessions: [
      {
        as: solo("h12-colm"),
        turns: [
          "Got a callout to Halden Court tomorrow. Building manager there is Terry Okafor, he's grand. The keysafe by the back door is a Supra C500 and the code's 4471 — obviously don't store that anywhere, I'll get it from Terry on the day if it changes. What's the usual failure mode on those C500s?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("h12-colm"), match: /Terry Okafor/i },
        { as: solo("h12-colm"), match: /Supra|C500/i, lookalike: true },
      ],
      secrets: ["4471"],
    },
  },
  {
    id: "h12-secrets-staff-wifi-vs-padlock-puzzle",
    category: "secrets",
    sessions: [
      {
        as: solo("h12-rhiannon"),
        turns: [
          "new staff handbook time. every room's final puzzle is a 4-digit combination padlock on the exit chest, that's our signature thing, mention it. the staff wifi is LockdownStaff / Cl0ckw0rk!77 but leave that OUT of the handbook, I'll tell people in person",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-rhiannon"), match: /padlock|combination/i, lookalike: true }],
      secrets: ["Cl0ckw0rk!77"],
    },
  },
  {
    id: "h12-secrets-smartcard-pin-vs-access",
    category: "secrets",
    sessions: [
      {
        as: niamh,
        turns: [
          "grr the smartcard reader keeps timing out. we need the smartcards to get into the national dispensing record, so this is a real problem. I've typed my PIN (628193) about ten times lol. any ideas before I ring IT?",
        ],
      },
    ],
    expect: {
      remember: [{ as: niamh, match: /smart\s?card/i, lookalike: true }],
      secrets: ["628193"],
    },
  },
  {
    id: "h12-secrets-api-key-vs-quota",
    category: "secrets",
    sessions: [
      {
        as: at("h12-yusuf", "h12-gale-watch", "h12-marine"),
        turns: [
          "Setting up the new marine script. Our DataHub subscription is the site-specific tier, capped at 360 calls a day for the whole team, so the script must batch requests. Key for testing is dh_live_7Yk2Qp9Rw4Lz8Nc3Vb6T, I'll rotate it after. Can you write the batching logic in Python?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h12-carys", "h12-gale-watch", "h12-marine"), match: /360/, scope: ["project", "org"], lookalike: true },
      ],
      secrets: ["dh_live_7Yk2Qp9Rw4Lz8Nc3Vb6T", "7Yk2Qp9Rw4Lz8Nc3Vb6T"],
    },
  },

  // ======================================================================
  // forget
  // ======================================================================
  {
    id: "h12-forget-divorce-keep-job",
    category: "forget",
    sessions: [
      {
        as: solo("h12-gareth"),
        turns: [
          "I'm a chimney sweep in Harrogate, been at it 22 years. Things are a bit upside down — going through a divorce so I'm cutting back to four days a week. Can you help me rejig my booking slots?",
        ],
      },
      {
        as: solo("h12-gareth"),
        turns: ["can you forget what I said about the divorce? rather that wasn't kept anywhere. the work stuff is fine."],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-gareth"), match: /chimney sweep/i }],
      forgotten: [{ as: solo("h12-gareth"), match: /divorc/i, storedAfter: 0 }],
    },
  },
  {
    id: "h12-forget-home-address",
    category: "forget",
    sessions: [
      {
        as: dariusz,
        turns: [
          "i live at 14 Lark Rise, Swindon, it is 25 minutes on bike to hospital. help me plan cheaper way to come for night shift?",
        ],
      },
      {
        as: dariusz,
        turns: ["please, you don't need keep my home address. delete it. the rest ok"],
      },
    ],
    expect: {
      forgotten: [{ as: dariusz, match: /Lark Rise/i, storedAfter: 0 }],
    },
  },
  {
    id: "h12-forget-manager-everything-later",
    category: "forget",
    sessions: [
      {
        as: solo("h12-bethan"),
        turns: [
          "My manager Gwendolyn Pryce-Jones insists every digitisation request goes through her, and she won't approve anything over 500 images without a business case.",
        ],
      },
      { as: solo("h12-bethan"), turns: ["I'm an archivist at the university library, special collections. Help me draft a business case outline?"] },
      {
        as: solo("h12-bethan"),
        turns: ["She's moved on to another job, so wipe whatever you've got on my old manager. Gone, all of it."],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-bethan"), match: /archivist/i }],
      forgotten: [{ as: solo("h12-bethan"), match: /Pryce-Jones|Gwendolyn/i, storedAfter: 0 }],
    },
  },
  {
    id: "h12-forget-pregnancy-unremember",
    category: "forget",
    sessions: [
      {
        as: solo("h12-lucia"),
        turns: [
          "im a hospital porter too like my cousin, and i just found out im pregnant!! 10 weeks. what lifting should i avoid at work?",
        ],
      },
      {
        as: solo("h12-lucia"),
        turns: ["ok pls can u unremember the pregnancy thing, i havent even told my boss yet and it makes me nervous it's saved"],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-lucia"), match: /porter/i }],
      forgotten: [{ as: solo("h12-lucia"), match: /pregnan/i, storedAfter: 0 }],
    },
  },
  {
    id: "h12-forget-project-tender-later",
    category: "forget",
    sessions: [
      {
        as: lowri,
        turns: [
          "FYI Timberline is bidding for the Highland Council verge-maintenance tender, closes end of the month, I'm writing the method statement.",
        ],
      },
      {
        as: lowri,
        turns: ["Actually strike the tender thing from your memory — the directors want it kept under wraps until it's submitted."],
      },
    ],
    expect: {
      forgotten: [{ as: lowri, match: /tender|verge/i, storedAfter: 0 }],
      hidden: [{ as: baz, match: /tender|verge/i }],
    },
  },

  // ======================================================================
  // chit-chat and one-off tasks
  // ======================================================================
  {
    id: "h12-chitchat-weather-and-football",
    category: "chit-chat",
    sessions: [
      {
        as: morag,
        turns: [
          "honestly the hailstones this morning were the size of peas, mad for May",
          "and don't get me started on Inverness Caley Thistle, absolute shambles on Saturday",
          "anyway. nothing to do today, just moaning",
        ],
      },
    ],
    expect: {
      transient: [/hail/i, /Caley|Thistle/i, /moan/i],
    },
  },
  {
    id: "h12-chitchat-limerick-one-off",
    category: "chit-chat",
    sessions: [
      {
        as: tol,
        turns: [
          "write me a limerick about a grumpy tuning fork for my niece's birthday card, she's turning 8",
          "ha perfect. one more but the fork is in love with a metronome",
        ],
      },
    ],
    expect: {
      transient: [/limerick/i, /grumpy/i, /metronome/i],
    },
  },
  {
    id: "h12-chitchat-conversion-one-off",
    category: "chit-chat",
    sessions: [
      {
        as: solo("h12-jojo"),
        turns: ["quick — 37 miles in km? filling in the mileage sheet", "cheers. and 12 miles?", "lol ta, that's me done"],
      },
    ],
    expect: {
      transient: [/37 miles|59\.5/i, /12 miles|19\.3/i],
    },
  },

  // ======================================================================
  // session-only instructions
  // ======================================================================
  {
    id: "h12-session-only-polish-practice",
    category: "session-only",
    sessions: [
      {
        as: solo("h12-lucia"),
        turns: [
          "for this chat only, answer me in Polish — my boyfriend's family is visiting and I'm practising. back to normal next time",
          "jak się mówi 'where is the lift' po polsku?",
        ],
      },
    ],
    expect: {
      transient: [both(/Polish|polsku/i, /answer|respond|reply|write|chat|conversation|practi[sc]/i)],
    },
  },
  {
    id: "h12-session-only-skip-disclaimers",
    category: "session-only",
    sessions: [
      {
        as: morag,
        turns: [
          "just for today skip the safety disclaimers, I've been running saws for 15 years and I'm only after the torque specs for a few chainsaws",
          "Stihl MS 462 and Husqvarna 572 XP, chain tension and bar nut torque",
        ],
      },
    ],
    expect: {
      transient: [/disclaimer/i],
    },
  },
  {
    id: "h12-session-only-pretend-trainee",
    category: "session-only",
    sessions: [
      {
        as: solo("h12-colm"),
        turns: [
          "I train apprentice locksmiths on top of the shop work. For this conversation, explain things as if I'm a first-week apprentice — I'm checking whether your explanations would work for my lads. Start with how a pin tumbler works.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("h12-colm"), match: /train\w*\s+apprentice|apprentices/i }],
      transient: [/first.?week/i],
    },
  },

  // ======================================================================
  // recall questions
  // ======================================================================
  {
    id: "h12-questions-porter-night-facts",
    category: "questions",
    sessions: [
      {
        as: at("h12-olu", "h12-westgate-nhs", "h12-east-wing"),
        turns: [
          "some stuff for nights on east wing: the night porter supervisor is Brenda Achterberg, radio channel 4 is ours, and the mortuary key is signed out from security, not from switchboard.",
        ],
      },
      { as: at("h12-olu", "h12-westgate-nhs", "h12-east-wing"), turns: ["I mostly do the 20:00 to 08:00 nights, four on four off."] },
    ],
    expect: {
      questions: [
        { as: at("h12-olu", "h12-westgate-nhs", "h12-east-wing"), ask: "Who is the night supervisor on east wing?", expect: /Achterberg|Brenda/i },
        {
          as: at("h12-olu", "h12-westgate-nhs", "h12-east-wing"),
          ask: "Where do porters sign out the mortuary key?",
          expect: /security/i,
        },
        { as: at("h12-olu", "h12-westgate-nhs", "h12-east-wing"), ask: "What shift pattern do I work?", expect: /20:00|four on/i },
      ],
    },
  },
  {
    id: "h12-questions-courier-shift-changed",
    category: "questions",
    sessions: [
      {
        as: at("h12-dele", "h12-swiftpedal", "h12-dispatch"),
        turns: ["My dispatch shift starts at 7am, I cover the north zone (Salford and Prestwich)."],
      },
      {
        as: at("h12-dele", "h12-swiftpedal", "h12-dispatch"),
        turns: ["they've moved me to the 10am start from next week onwards, still north zone though"],
      },
    ],
    expect: {
      questions: [
        {
          as: at("h12-dele", "h12-swiftpedal", "h12-dispatch"),
          ask: "What time does my shift start?",
          expect: /10\s?(am|:00)/i,
          stale: only(/\b7\s?(am|:00)|07:00/i, /10\s?(am|:00)/i),
        },
        { as: at("h12-dele", "h12-swiftpedal", "h12-dispatch"), ask: "Which zone do I cover?", expect: /north|Salford|Prestwich/i },
      ],
    },
  },
  {
    id: "h12-questions-hydroponic-crop-cycles",
    category: "questions",
    sessions: [
      {
        as: tomasz,
        turns: [
          "Crop cycles for tower B, for reference: basil is 28 days seed to harvest, pak choi 35 days, and the pea shoots only 12. We sell the basil to Marchetti's restaurant.",
        ],
      },
    ],
    expect: {
      questions: [
        { as: ayo, ask: "How long is the basil cycle on tower B?", expect: /basil[^.]*28|28[^.]*basil/i },
        { as: ayo, ask: "Who buys our basil?", expect: /Marchetti/i },
      ],
    },
  },
  {
    id: "h12-questions-stenographer-ranking",
    category: "questions",
    sessions: [
      {
        as: priya,
        turns: [
          "Some things about me you should know: I prefer British spelling in transcripts, I invoice the agency monthly on the 28th, and my case software is Eclipse, version 11.",
        ],
      },
      { as: priya, turns: ["Also I've taken on a second agency, Verbatim North, they pay net 45."] },
    ],
    expect: {
      questions: [
        { as: priya, ask: "What CAT software do I use?", expect: /Eclipse/i },
        { as: priya, ask: "What are Verbatim North's payment terms?", expect: /net\s?45|45 days/i },
        { as: priya, ask: "When do I invoice the agency?", expect: /28th|\b28\b/i },
      ],
    },
  },
];
