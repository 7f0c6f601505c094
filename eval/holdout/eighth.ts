/**
 * Eighth batch of held-out scenarios: new personas (air-traffic controller,
 * maths teacher, fishmonger, UX researcher, pharmacist, rugby club treasurer,
 * PhD supervisor, cruise-ship chef, voice-dictating pensioner, social worker,
 * streamer, accountant, B&B landlady, location scout, cyclist, ...), written
 * without reading the extractor's rules.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

// Solo users.
const atc = solo("h8-niamh-atc");
const fishmonger = solo("h8-gordie-fish");
const chef = solo("h8-rosario-chef");
const edna = solo("h8-edna-voice");
const kenji = solo("h8-kenji-osaka");
const kelly = solo("h8-kelly-scouse");
const vex = solo("h8-vex-streams");
const ollie = solo("h8-ollie-streams");
const morag = solo("h8-morag-bnb");
const joe = solo("h8-joe-cycles");

// A school: two projects (year groups) in one organisation.
const teacher = at("h8-owusu", "h8-st-aidans", "h8-y10-maths");
const teacherColleague = at("h8-bellamy", "h8-st-aidans", "h8-y10-maths");
const scienceTeacher = at("h8-rees", "h8-st-aidans", "h8-y7-science");

// A UX research agency with two client studies.
const priyaBank = at("h8-priya-ux", "h8-fieldwork-co", "h8-study-northbank");
const priyaGrocer = at("h8-priya-ux", "h8-fieldwork-co", "h8-study-greengage");
const tomBank = at("h8-tom-ux", "h8-fieldwork-co", "h8-study-northbank");

// Rugby clubs (the club is the organisation).
const dai = at("h8-dai-treasurer", "h8-llanfair-rfc");
const sian = at("h8-sian-secretary", "h8-llanfair-rfc");
const gwen = at("h8-gwen-treasurer", "h8-abergele-rfc");

// An accountancy firm with a tax-season project and an audit project, and another firm.
const harriet = at("h8-harriet-acct", "h8-ledger-partners", "h8-tax-season");
const bilal = at("h8-bilal-acct", "h8-ledger-partners", "h8-audit");
const otherFirm = at("h8-harriet-acct", "h8-other-firm", "h8-tax-season");

// A film location department: two productions.
const lena = at("h8-lena-scout", "h8-northlight-films", "h8-ferryman");
const lenaSaltmarsh = at("h8-lena-scout", "h8-northlight-films", "h8-saltmarsh");
const marcus = at("h8-marcus-locations", "h8-northlight-films", "h8-ferryman");

// Others.
const pharmacist = at("h8-tomasz-rx", "h8-hillside-pharmacy");
const supervisor = at("h8-prof-okafor", "h8-uni-physics", "h8-okafor-lab");
const socialWorker = at("h8-adaeze-sw", "h8-council-childrens");

export const eighthHoldoutScenarios: ScenarioInput[] = [
  // =================================================================== identity
  {
    id: "h8-identity-atc-buried-in-chatty",
    category: "identity",
    sessions: [
      {
        as: atc,
        turns: [
          "ugh what a week. three nights on the approach sector at Shannon, then a day off where I did absolutely nothing except watch the rain, and now I'm back on earlies from Thursday. anyway, I'm an air traffic controller, been doing it eleven years, and the rota is the bane of my life. can you help me plan meals around a 2-2-3 shift pattern? I'm usually starving at 4am.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: atc, match: /air[- ]traffic control/i },
        { as: atc, match: /2-2-3/ },
      ],
      questions: [{ as: atc, ask: "What do I do for a living?", expect: /air[- ]traffic control/i }],
    },
  },
  {
    id: "h8-identity-answers-as-facts",
    category: "identity",
    sessions: [
      {
        as: fishmonger,
        turns: [
          "I want to put together a weekly price board for the stall. Before you start, ask me whatever you need to know.",
          "yes, metric — everything by the kilo, nobody under sixty asks for pounds anymore",
          "nope, just me and my brother Callum on the stall, no staff",
        ],
      },
    ],
    expect: {
      remember: [
        { as: fishmonger, match: /metric|kilo/i },
        { as: fishmonger, match: /Callum/i },
      ],
    },
  },
  {
    id: "h8-identity-cyclist-nope-vegetarian",
    category: "identity",
    sessions: [
      {
        as: joe,
        turns: [
          "Can you put together a fuelling plan for my long Sunday rides? Ask me anything you need first.",
          "nope, vegetarian — have been since uni. and yes, I can tolerate gels fine, it's just caffeine that gives me the jitters so none of the caffeinated ones",
        ],
      },
    ],
    expect: {
      remember: [
        { as: joe, match: /vegetarian/i },
        { as: joe, match: /caffein/i },
      ],
      questions: [{ as: joe, ask: "Do I eat meat?", expect: /vegetarian/i }],
    },
  },
  {
    id: "h8-identity-elderly-voice-dictation",
    category: "identity",
    sessions: [
      {
        as: edna,
        turns: [
          "hello there um this is Edna speaking full stop I am eighty three and I live on my own in Harrogate with my cat Biscuit full stop could you tell me what time the number thirty six bus goes into Leeds on a Sunday question mark",
          "oh and I don't see so well now comma so please use big simple words and not too many of them full stop thank you dear",
        ],
      },
    ],
    expect: {
      remember: [
        { as: edna, match: /Harrogate/i },
        { as: edna, match: /Biscuit/i },
        { as: edna, match: /simple|short|plain|big|few(er)? words|brief/i },
      ],
      questions: [{ as: edna, ask: "What is my cat called?", expect: /Biscuit/i }],
    },
  },
  {
    id: "h8-identity-japanese-english-speaker",
    category: "identity",
    sessions: [
      {
        as: kenji,
        turns: [
          "Hello. I am living in Osaka from 2019, my job is translator for manga publisher (Japanese to English). My English is intermediate so please use easy words, not idioms. Today I want to ask, what is difference between 'fed up' and 'full up'?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: kenji, match: /Osaka/i },
        { as: kenji, match: /translat/i },
        { as: kenji, match: /easy|simple|plain|idiom/i },
      ],
      transient: [/fed up|full up/i],
    },
  },

  // =================================================================== update
  {
    id: "h8-update-milk-changes-and-back",
    category: "update",
    sessions: [
      {
        as: teacher,
        turns: ["For the record I take my coffee with oat milk, no sugar. Can you remind me how to freeze the top row in Google Sheets?"],
      },
      {
        as: teacher,
        turns: ["Switched to soya milk this term, the oat stuff was upsetting my stomach. Anyway — what's a good starter activity for simultaneous equations?"],
      },
      {
        as: teacher,
        turns: ["Right, soya was a disaster, I'm back on oat milk. Can you draft a short note to parents about mock exams?"],
      },
    ],
    expect: {
      remember: [{ as: teacher, match: /\boat\b/i, scope: "user" }],
      stale: [{ as: teacher, match: only(/soya/i, /\boat\b|disaster|back/i) }],
      hidden: [{ as: teacherColleague, match: /oat milk|soya/i }],
      questions: [{ as: teacher, ask: "What milk do I take in my coffee?", expect: /\boat\b/i, stale: only(/soya/i, /\boat\b/i) }],
    },
  },
  {
    id: "h8-update-gone-fully-remote",
    category: "update",
    sessions: [
      {
        as: priyaBank,
        turns: ["I'm in the Clerkenwell office three days a week, Tuesdays to Thursdays, so book my in-person interviews on those days please."],
      },
      {
        as: priyaBank,
        turns: ["Heads up, we've gone fully remote — the lease on the office ended and nobody wanted to renew. Can you rethink how I run the diary study kickoff?"],
      },
    ],
    expect: {
      remember: [{ as: priyaBank, match: /remote/i }],
      stale: [{ as: priyaBank, match: only(/Clerkenwell|three days a week|Tuesdays to Thursdays/i, /remote|lease|no longer|former|used to|ended/i) }],
      questions: [
        { as: priyaBank, ask: "Where do I work from these days?", expect: /remote/i, stale: only(/Clerkenwell/i, /remote/i) },
      ],
    },
  },
  {
    id: "h8-update-club-training-moved",
    category: "update",
    sessions: [
      {
        as: dai,
        turns: ["For the club: senior training is Tuesday nights at 7 on the top pitch. I need to budget floodlight costs for the season — can you help?"],
      },
      {
        as: dai,
        turns: ["The club moved training to Wednesdays because the top pitch is being relaid, same time. Redo the floodlight numbers for me?"],
      },
    ],
    expect: {
      remember: [{ as: dai, match: /Wednesday/i }],
      stale: [{ as: dai, match: only(/Tuesday/i, /Wednesday/i) }],
      questions: [{ as: dai, ask: "What night is senior training?", expect: /Wednesday/i, stale: only(/Tuesday/i, /Wednesday/i) }],
    },
  },
  {
    id: "h8-update-off-dairy-now",
    category: "update",
    sessions: [
      {
        as: chef,
        turns: [
          "I'm a sous chef on a cruise ship, galley of about forty. My breakfast before service is always Greek yoghurt with honey and walnuts, no time for anything else. Can you help me plan prep lists?",
        ],
      },
      {
        as: chef,
        turns: ["I'm off dairy now, doctor's orders. Suggest me some quick breakfasts I can grab before a 5am start?"],
      },
    ],
    expect: {
      remember: [
        { as: chef, match: /cruise/i },
        { as: chef, match: both(/dairy/i, /\b(off|free|no|not|avoid\w*|cut|without|stopp?\w*|gave up|doctor)\b/i) },
      ],
      stale: [{ as: chef, match: only(/yog(h)?urt/i, /dairy|no longer|used to|stopped|former/i) }],
    },
  },
  {
    id: "h8-update-cyclist-event-and-ftp",
    category: "update",
    sessions: [
      {
        as: joe,
        turns: [
          "Training for the Dragon Ride in June, the 300k route. Current FTP is 245 watts. Can you build me a 12-week block?",
        ],
      },
      {
        as: joe,
        turns: ["Did a ramp test this morning — FTP's up to 262 now. Can you update the zones?"],
      },
      {
        as: joe,
        turns: ["Change of plan: Dragon Ride sold out so I've entered the Fred Whitton instead, same month. Need more climbing in the plan."],
      },
    ],
    expect: {
      remember: [
        { as: joe, match: /262/ },
        { as: joe, match: /Fred Whitton/i },
      ],
      stale: [
        { as: joe, match: only(/\b245\b/, /262/) },
        { as: joe, match: only(/Dragon Ride/i, /Fred Whitton|sold out/i) },
      ],
      questions: [
        { as: joe, ask: "Which event am I training for?", expect: /Fred Whitton/i, stale: only(/Dragon Ride/i, /Fred Whitton/i) },
        { as: joe, ask: "What's my FTP?", expect: /262/, stale: only(/\b245\b/, /262/) },
      ],
    },
  },

  // =================================================================== correction
  {
    id: "h8-correction-value-same-message",
    category: "correction",
    sessions: [
      {
        as: fishmonger,
        turns: ["Our pitch number at the market is 12 — sorry, it's 14, not 12, they moved us last spring. Can you put it on the flyer?"],
      },
    ],
    expect: {
      remember: [{ as: fishmonger, match: /\b14\b/ }],
      stale: [{ as: fishmonger, match: only(/\b(pitch|stall)\b[^.]*\b12\b/i, /\b14\b/) }],
    },
  },
  {
    id: "h8-correction-rate-later-session",
    category: "correction",
    sessions: [
      {
        as: harriet,
        turns: ["My hourly rate for self-assessment clients is £85. Draft me an engagement letter paragraph that mentions it?"],
      },
      {
        as: harriet,
        turns: ["Hang on, I gave you the wrong rate last time — it's £95 an hour, not 85, it went up in April. Fix the letter please."],
      },
    ],
    expect: {
      remember: [{ as: harriet, match: /95/ }],
      stale: [{ as: harriet, match: only(/\b85\b/, /95/) }],
      questions: [{ as: harriet, ask: "What's my hourly rate?", expect: /95/, stale: only(/\b85\b/, /95/) }],
    },
  },
  {
    id: "h8-correction-surname-spelling",
    category: "correction",
    sessions: [
      {
        as: supervisor,
        turns: ["My new PhD student is Mina Farouk, she's working on muon tomography. Can you help me plan her first-year milestones?"],
      },
      {
        as: supervisor,
        turns: ["I misspelled my student's name before: it's Farouki, with an i on the end. Mina Farouki. Please get that right on the progress report."],
      },
    ],
    expect: {
      remember: [{ as: supervisor, match: /Farouki/i }],
      stale: [{ as: supervisor, match: /Farouk\b/i }],
    },
  },
  {
    id: "h8-correction-cleaner-by-name",
    category: "correction",
    sessions: [
      {
        as: morag,
        turns: ["Janet does the changeovers for me every Tuesday and Friday. Can you write a checklist I can leave for her?"],
      },
      {
        as: morag,
        turns: ["Och, I called her Janet — it's Janice! Janet was the woman before her. Same days. Put Janice on the checklist."],
      },
    ],
    expect: {
      remember: [{ as: morag, match: /Janice/i }],
      stale: [{ as: morag, match: only(/Janet\b/i, /Janice/i) }],
    },
  },
  {
    id: "h8-correction-scouse-mams-birthday",
    category: "correction",
    sessions: [
      {
        as: kelly,
        turns: [
          "remind me about me mam's birthday, it's the 3rd of May — no wait, I'm thinkin' of me nan, mam's is the 13th of May. she's sixty this year so it's a big one, wanna do somethin' dead nice for her",
        ],
      },
    ],
    expect: {
      remember: [{ as: kelly, match: both(/\b(mam|mum|mother)\b/i, /\b13(th)?\b/i) }],
      stale: [{ as: kelly, match: only(both(/\b(mam|mum|mother)\b/i, /\b3(rd)?\s+(of\s+)?May\b|May\s+3(rd)?\b/i), /\bnan\b|gran/i) }],
      questions: [{ as: kelly, ask: "When's me mam's birthday?", expect: /\b13(th)?\b/ }],
    },
  },
  {
    id: "h8-correction-handle-spelling",
    category: "correction",
    sessions: [
      {
        as: vex,
        turns: ["my channel is twitch.tv/vexxed_out — can you write me a short bio for the About panel?"],
      },
      {
        as: vex,
        turns: ["omg I typo'd my own handle lol. it's vexed_out, ONE x. redo the bio with the right link pls"],
      },
    ],
    expect: {
      remember: [{ as: vex, match: /\bvexed_out/i }],
      stale: [{ as: vex, match: /vexxed_out/i }],
    },
  },

  // =================================================================== hedged
  {
    id: "h8-hedged-atc-maybe-dublin",
    category: "hedged",
    sessions: [
      {
        as: atc,
        turns: [
          "I might put in for a transfer to Dublin tower next year, haven't decided, depends whether we sell the house. What would I need to think about, pension-wise?",
        ],
      },
    ],
    expect: {
      stale: [
        { as: atc, match: only(/Dublin/i, /might|may|consider|thinking|possib|maybe|undecided|not decided|haven'?t decided|depend|if\b|whether|transfer/i) },
      ],
    },
  },
  {
    id: "h8-hedged-teacher-hypothetical-part-time",
    category: "hedged",
    sessions: [
      {
        as: teacher,
        turns: [
          "Purely hypothetically — if I dropped to four days a week, roughly how much would that knock off my Teachers' Pension? Not planning anything, just curious.",
        ],
      },
    ],
    expect: {
      stale: [
        { as: teacher, match: only(/four days|4 days|part[- ]time|0\.8/i, /if\b|hypothetic|consider|might|thinking|whether|curious|not planning/i) },
      ],
    },
  },
  {
    id: "h8-hedged-penicillin-unconfirmed",
    category: "hedged",
    sessions: [
      {
        as: pharmacist,
        turns: [
          "Funny one for a pharmacist to admit, but I think I might be allergic to penicillin? My mum always said I came out in a rash as a kid, but I've never actually been tested. Should I get that sorted?",
        ],
      },
    ],
    expect: {
      stale: [
        { as: pharmacist, match: only(/penicillin/i, /think|might|possib|maybe|unconfirm|untested|not (been )?tested|never been tested|mum|mother|unsure|may|suspect|unverified/i) },
      ],
    },
  },
  {
    id: "h8-hedged-cyclist-tubeless-with-firm-fact",
    category: "hedged",
    sessions: [
      {
        as: joe,
        turns: [
          "I ride a Ribble Endurance SL with Di2. Thinking about maybe going tubeless before the summer, but honestly not sure it's worth the faff. What are the pros and cons?",
        ],
      },
    ],
    expect: {
      remember: [{ as: joe, match: /Ribble/i }],
      stale: [{ as: joe, match: only(/tubeless/i, /think|maybe|consider|not sure|might|unsure|undecided|whether|pros and cons/i) }],
    },
  },

  // =================================================================== scope
  {
    id: "h8-scope-year10-team-note",
    category: "scope",
    sessions: [
      {
        as: teacher,
        turns: [
          "Team note for the Year 10 maths group: we're on the Edexcel Higher spec this year and the mock is the week of 3 March. Separately, just for me, I like your answers as bullet points, not paragraphs.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: teacherColleague, match: /Edexcel/i, scope: "project" },
        { as: teacher, match: /bullet/i, scope: "user" },
      ],
      hidden: [
        { as: scienceTeacher, match: /Edexcel/i },
        { as: teacherColleague, match: /bullet/i },
      ],
    },
  },
  {
    id: "h8-scope-ux-two-client-studies",
    category: "scope",
    sessions: [
      {
        as: priyaBank,
        turns: [
          "For the Northbank study: participants get a £40 voucher and sessions are 45 minutes, moderated on Teams. Everyone on this study should stick to that.",
        ],
      },
      {
        as: priyaGrocer,
        turns: [
          "Greengage study setup: we're recruiting over-65s only, and incentives here are a £25 supermarket gift card. Can you draft the screener?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: tomBank, match: /£?40/, scope: "project" },
        { as: priyaGrocer, match: /over[- ]65|65\+/i, scope: "project" },
      ],
      hidden: [
        { as: priyaGrocer, match: /£40|45 min/i },
        { as: priyaBank, match: /over[- ]65|£25|gift card/i },
        { as: tomBank, match: /over[- ]65|£25/i },
      ],
      questions: [{ as: tomBank, ask: "How much is the participant incentive on this study?", expect: /£?40/ }],
    },
  },
  {
    id: "h8-scope-rugby-club-subs",
    category: "scope",
    sessions: [
      {
        as: dai,
        turns: [
          "Club-wide, for anyone on the committee: subs this season are £120 for seniors and £60 for juniors, due by 30 September. Personally I'm a Scarlets fan, so spare me any Ospreys banter in your jokes.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: sian, match: /120/, scope: "org" },
        { as: dai, match: /Scarlets/i, scope: "user" },
      ],
      hidden: [
        { as: gwen, match: /£?120|£?60 for juniors/i },
        { as: sian, match: /Scarlets|Ospreys/i },
      ],
    },
  },
  {
    id: "h8-scope-accountancy-firm-and-season",
    category: "scope",
    sessions: [
      {
        as: harriet,
        turns: [
          "Firm-wide policy at Ledger Partners: we use Xero for every client, no QuickBooks. And for this tax season specifically, the cut-off for clients to send paperwork is 10 January — after that it's a late fee.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: bilal, match: /Xero/i, scope: "org" },
        { as: harriet, match: /10 Jan|January 10|10th (of )?January/i, scope: "project" },
      ],
      hidden: [
        { as: bilal, match: /10 Jan|January 10|10th (of )?January|late fee/i },
        { as: otherFirm, match: /Xero|10 Jan/i },
      ],
    },
  },
  {
    id: "h8-scope-location-scout-carsick",
    category: "scope",
    sessions: [
      {
        as: lena,
        turns: [
          "For the Ferryman crew: unit base is the Whitby abbey car park, and the harbour recce is on the 18th. And a note about me personally — I get horribly carsick, so when you plan my routes, trains over driving wherever possible.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: marcus, match: /Whitby/i, scope: "project" },
        { as: lena, match: /carsick|car sick|train/i, scope: "user" },
      ],
      hidden: [
        { as: marcus, match: /carsick|car sick|motion sick/i },
        { as: lenaSaltmarsh, match: /Whitby|abbey car park/i },
      ],
      questions: [{ as: lenaSaltmarsh, ask: "How should I travel to the recce?", expect: /carsick|car sick|train/i }],
    },
  },

  // =================================================================== identities (other people)
  {
    id: "h8-identities-grandson-sesame",
    category: "identities",
    sessions: [
      {
        as: morag,
        turns: [
          "My grandson Alfie is coming to stay for half-term and he's allergic to sesame — bad, EpiPen bad. Can you check which of my usual breakfast breads are safe?",
        ],
      },
    ],
    expect: {
      remember: [{ as: morag, match: both(/Alfie|grandson/i, /sesame/i) }],
      hidden: [{ as: morag, match: only(/sesame/i, /Alfie|grandson|grandchild|grandkid/i) }],
    },
  },
  {
    id: "h8-identities-social-worker-client",
    category: "identities",
    sessions: [
      {
        as: socialWorker,
        turns: [
          "I need to write up a visit. My client, Mr D, was diagnosed with early-onset Alzheimer's last month and his daughter is the main carer. Can you help me structure the assessment? Also — I'm type 1 diabetic myself, so if I ask you to plan a day of home visits, build in a lunch break.",
        ],
      },
    ],
    expect: {
      remember: [{ as: socialWorker, match: /diabet/i, scope: "user" }],
      hidden: [
        { as: socialWorker, match: only(/Alzheimer/i, /client|Mr\.? D\b|service user/i) },
        { as: socialWorker, match: only(/\bcarer\b/i, /client|Mr\.? D\b|daughter|service user/i) },
      ],
    },
  },
  {
    id: "h8-identities-student-email-preference",
    category: "identities",
    sessions: [
      {
        as: supervisor,
        turns: [
          "One of my students, Mina, really hates getting emails after 6pm, so I schedule mine for the next morning. Me, I'm an insomniac and do my best thinking at midnight. Can you draft her feedback on chapter two?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: supervisor, match: both(/Mina|student/i, /6 ?pm|evening|after hours/i) },
        { as: supervisor, match: /insomnia|midnight|night/i },
      ],
      hidden: [{ as: supervisor, match: only(/after 6|6 ?pm/i, /Mina|student/i) }],
    },
  },
  {
    id: "h8-identities-sous-chef-vegan",
    category: "identities",
    sessions: [
      {
        as: chef,
        turns: [
          "My junior sous Teodor is vegan and he does most of the staff meals, so I want the crew menu to always have a proper vegan main. I'm not vegan myself — I'd eat a horse. Ideas for Thursday?",
        ],
      },
    ],
    expect: {
      remember: [{ as: chef, match: both(/Teodor|sous/i, /vegan/i) }],
      hidden: [{ as: chef, match: only(/vegan/i, /Teodor|sous|staff|crew|colleague|junior|not vegan/i) }],
    },
  },
  {
    id: "h8-identities-two-streamers",
    category: "identities",
    sessions: [
      {
        as: vex,
        turns: ["My main game right now is Elden Ring, I'm doing a no-hit run on stream. Help me write a schedule post?"],
      },
      {
        as: ollie,
        turns: ["I stream mostly Stardew Valley, cosy vibes only, and I go live at 9pm GMT. Can you write a schedule post for me?"],
      },
    ],
    expect: {
      remember: [
        { as: vex, match: /Elden Ring/i },
        { as: ollie, match: /Stardew/i },
      ],
      hidden: [
        { as: vex, match: /Stardew/i },
        { as: ollie, match: /Elden Ring|no-hit/i },
      ],
    },
  },

  // =================================================================== pasted
  {
    id: "h8-pasted-forwarded-email",
    category: "pasted",
    sessions: [
      {
        as: teacher,
        turns: [
          `Can you summarise this for my department meeting?

---------- Forwarded message ---------
From: Deputy Head <dh@staidans.example>
Subject: Cover arrangements

Colleagues, from Monday Mr Halloran will be on paternity leave for four weeks. His Year 11 set will be covered by Ms Petrakis, who prefers lessons planned on the shared drive by 8am. Please note the staff car park will be closed on Friday for resurfacing.`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Halloran|paternity/i },
        { kind: "document", match: /Petrakis/i },
        { kind: "document", match: /car park|resurfac/i },
      ],
    },
  },
  {
    id: "h8-pasted-pharmacy-sop-excerpt",
    category: "pasted",
    sessions: [
      {
        as: pharmacist,
        turns: [
          `Can you turn this SOP section into a one-page checklist for the locums?

4.2 Controlled Drugs Register
4.2.1 The Responsible Pharmacist (RP) must reconcile the CD register against physical stock every Monday before 10:00.
4.2.2 Any discrepancy must be reported to the Controlled Drugs Accountable Officer (CDAO) within 24 hours.
4.2.3 Running balances are recorded in black ink; corrections are annotated, never obliterated.`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /CDAO|Accountable Officer/i },
        { kind: "document", match: /every Monday before 10|black ink|obliterat/i },
      ],
    },
  },
  {
    id: "h8-pasted-rugby-chat-export",
    category: "pasted",
    sessions: [
      {
        as: dai,
        turns: [
          `Who's available for Saturday? Here's the WhatsApp export from the vets group:

[12/03/2025, 19:02] Gareth Pugh: out till April with the hamstring, sorry boys
[12/03/2025, 19:05] Rhys T: I'm in. can bring the kit bag, got the Vauxhall back from the garage
[12/03/2025, 19:11] Owain: in, but leaving at half time, my daughter's christening
[12/03/2025, 19:20] Big Lew: depends on the shifts at the depot`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /hamstring/i },
        { kind: "document", match: /Vauxhall|kit bag/i },
        { kind: "document", match: /christening/i },
        { kind: "document", match: /depot/i },
      ],
    },
  },
  {
    id: "h8-pasted-expenses-csv",
    category: "pasted",
    sessions: [
      {
        as: harriet,
        turns: [
          `Total these by category for a sole-trader client and flag anything that looks personal:

date,payee,category,amount
2025-01-03,Screwfix,materials,84.20
2025-01-07,Shell Garage,fuel,61.05
2025-01-09,Netflix,subscriptions,10.99
2025-01-14,Toolstation,materials,212.40
2025-01-20,Pizza Express,meals,47.80`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Screwfix|Toolstation/i },
        { kind: "document", match: /Netflix|Pizza Express/i },
        { kind: "document", match: /212\.40|84\.20/ },
      ],
    },
  },
  {
    id: "h8-pasted-stack-trace-with-fact",
    category: "pasted",
    sessions: [
      {
        as: vex,
        turns: [
          `I stream from OBS on Linux Mint and my chat overlay script keeps dying mid-stream. Here's the trace:

Traceback (most recent call last):
  File "/home/vex/overlay/bot.py", line 88, in <module>
    ws.connect("ws://127.0.0.1:4455")
  File "/usr/lib/python3/dist-packages/websocket/_core.py", line 249, in connect
    self.sock, addrs = connect(url, self.sock_opt, proxy_info(**options), options.pop("socket", None))
ConnectionRefusedError: [Errno 111] Connection refused`,
        ],
      },
    ],
    expect: {
      remember: [{ as: vex, match: /Linux Mint/i }],
      pasted: [
        { kind: "log", match: /Errno 111|ConnectionRefused/i },
        { kind: "log", match: /bot\.py|_core\.py|4455/i },
      ],
    },
  },
  {
    id: "h8-pasted-news-article",
    category: "pasted",
    sessions: [
      {
        as: joe,
        turns: [
          `What do you reckon to this? Pasted from the local paper:

"Councillors last night approved a £2.3m segregated cycle lane along Otley Road, despite objections from traders who say losing 40 parking spaces will hit footfall. Works begin in September and are expected to last eleven months. Cllr Anne Hoyle said the scheme was 'long overdue'."`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Otley Road/i },
        { kind: "document", match: /2\.3\s?m|Hoyle|40 parking/i },
      ],
    },
  },

  // =================================================================== tool
  {
    id: "h8-tool-recipe-lookup",
    category: "tool",
    sessions: [
      {
        as: chef,
        turns: [
          {
            user: "Look up a classic bouillabaisse recipe for me, I want to compare it with ours.",
            tool: {
              name: "recipe_search",
              output:
                "Bouillabaisse (serves 6). 1.5kg mixed rockfish (rascasse, gurnard, John Dory), 2 onions, 1 fennel bulb, 4 tomatoes, pinch of saffron, orange zest, 2 tbsp pastis. Serve with rouille and toasted baguette. Simmer hard for 12 minutes so the oil emulsifies.",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /rascasse|gurnard|John Dory/i },
        { kind: "document", match: /rouille|pastis|saffron/i },
      ],
    },
  },
  {
    id: "h8-tool-weather-for-recce",
    category: "tool",
    sessions: [
      {
        as: lena,
        turns: [
          {
            user: "What's the weather looking like for the harbour recce?",
            tool: {
              name: "weather_forecast",
              output:
                "Whitby, Thu 18: heavy rain 06:00-13:00, gusts to 45 mph from the NE, sea state rough, sunset 19:42. Fri 19: dry, light winds, sunset 19:44.",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /45 ?mph|gust/i },
        { kind: "log", match: /19:42|19:44|sea state/i },
      ],
    },
  },
  {
    id: "h8-tool-flight-status-for-sister",
    category: "tool",
    sessions: [
      {
        as: atc,
        turns: [
          {
            user: "Can you check EI105 for me? My sister's on it.",
            tool: {
              name: "flight_status",
              output: "EI105 DUB-JFK: scheduled 11:35, estimated 13:50 (delayed), gate B12, aircraft A330-300 EI-GCF.",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /gate B12|EI-GCF|13:50/i },
      ],
    },
  },
  {
    id: "h8-tool-hmrc-search-with-own-fact",
    category: "tool",
    sessions: [
      {
        as: harriet,
        turns: [
          {
            user: "I'm a chartered accountant, ICAEW. Search what the current trading allowance is so I can check it against my notes.",
            tool: {
              name: "web_search",
              output:
                "GOV.UK — Tax-free allowances on property and trading income: You can have up to £1,000 a year in tax-free allowances for property or trading income. If your income is more than £1,000 you must register for Self Assessment. Last updated 6 April 2024.",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: harriet, match: /ICAEW|chartered accountant/i }],
      pasted: [{ kind: "document", match: /trading allowance|£?1,000|tax-free allowance/i }],
    },
  },

  // =================================================================== secrets
  {
    id: "h8-secrets-passport-in-prose",
    category: "secrets",
    sessions: [
      {
        as: atc,
        turns: [
          "I'm renewing my passport before the Lanzarote trip. The old one is number P7731904, expiring in June. Can you tell me what photos the Irish passport office needs? And for flights, I always book seat 2A, I like the window.",
        ],
      },
    ],
    expect: {
      remember: [{ as: atc, match: /\b2A\b|window/i, lookalike: true }],
      secrets: ["P7731904"],
    },
  },
  {
    id: "h8-secrets-bnb-wifi-and-rooms",
    category: "secrets",
    sessions: [
      {
        as: morag,
        turns: [
          "Guests keep asking about the Wi-Fi. The network's MoragsBnB-5G and the key is heather&Thistle1987. Make me a wee card for the rooms? Breakfast is 7:30 till 9:30, and room 3 is the family room with the bunk beds, postcode for taxis is PH16 5AB.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: morag, match: /7[:.]30/ },
        { as: morag, match: both(/room 3|room three/i, /family|bunk/i), lookalike: true },
        { as: morag, match: /PH16 5AB/i, lookalike: true },
      ],
      secrets: ["heather&Thistle1987"],
      questions: [{ as: morag, ask: "Which room has the bunk beds?", expect: /room 3|room three/i }],
    },
  },
  {
    id: "h8-secrets-2fa-backup-codes",
    category: "secrets",
    sessions: [
      {
        as: vex,
        turns: [
          "Twitch just gave me these backup codes and I'm paranoid I'll lose them, can you keep them for me? 4821-9930 1177-0264 5538-4410 9902-7713 3046-8851",
        ],
      },
    ],
    expect: {
      secrets: ["4821-9930", "1177-0264", "5538-4410", "9902-7713", "3046-8851"],
    },
  },
  {
    id: "h8-secrets-pin-as-words",
    category: "secrets",
    sessions: [
      {
        as: edna,
        turns: [
          "my bank card pin is four seven one nine full stop can you remind me of it when I am at the cash machine please because I keep forgetting it",
        ],
      },
    ],
    expect: {
      secrets: ["four seven one nine", "4719"],
    },
  },
  {
    id: "h8-secrets-api-token-in-config",
    category: "secrets",
    sessions: [
      {
        as: supervisor,
        turns: [
          "My lab's data logger script gets a 401 from the weather service. The .env has this line: OPENWEATHER_API_KEY=8f3c2a91d7e44b0fa61c5e2d9b7a3f10 — is the format wrong? We're logging from detector hut 4 at Boulby.",
        ],
      },
    ],
    expect: {
      secrets: ["8f3c2a91d7e44b0fa61c5e2d9b7a3f10"],
    },
  },
  {
    id: "h8-secrets-safe-combination-and-postcode",
    category: "secrets",
    sessions: [
      {
        as: fishmonger,
        turns: [
          "The cash safe in the van is 31-07-22 — if I forget, it's my daughter's birthday backwards-ish. Anyway the stall's at Leith Market, EH6 6QU, can you put that postcode on the new flyers? Order ref for the flyers was FLY-20931 if the printer asks.",
        ],
      },
    ],
    expect: {
      remember: [{ as: fishmonger, match: /EH6 6QU/i, lookalike: true }],
      secrets: ["31-07-22"],
    },
  },

  // =================================================================== forget
  {
    id: "h8-forget-unremember-address",
    category: "forget",
    sessions: [
      {
        as: atc,
        turns: ["My home address is 4 Quarry Lane, Sixmilebridge. Can you work out how long the drive to Shannon is at 5am?"],
      },
      { as: atc, turns: ["please unremember my home address, I'd rather it wasn't sitting anywhere."] },
    ],
    expect: {
      forgotten: [{ as: atc, match: /Quarry Lane|Sixmilebridge/i, storedAfter: 0 }],
    },
  },
  {
    id: "h8-forget-drop-what-you-know-ex",
    category: "forget",
    sessions: [
      {
        as: kelly,
        turns: ["me ex Darren still owes me three hundred quid from the holiday, and he's got our Lily every other weekend. how do I ask for it back without it kickin' off?"],
      },
      { as: kelly, turns: ["drop what you know about Darren, yeah? done with him, don't want him in here at all"] },
    ],
    expect: {
      forgotten: [{ as: kelly, match: /Darren/i, storedAfter: 0 }],
    },
  },
  {
    id: "h8-forget-rather-not-hold-weight",
    category: "forget",
    sessions: [
      {
        as: joe,
        turns: ["I'm 78kg at the moment and I'm aiming for 74 by race day. Also I'm training for the Fred Whitton. What should my weekly deficit look like?"],
      },
      {
        as: joe,
        turns: ["I'd rather you didn't hold on to my weight, it messes with my head. Keep the training stuff though."],
      },
    ],
    expect: {
      remember: [{ as: joe, match: /Fred Whitton/i }],
      forgotten: [{ as: joe, match: /\b7[48]\s?(kg|kilo)/i, storedAfter: 0 }],
    },
  },
  {
    id: "h8-forget-delete-medication-bit",
    category: "forget",
    sessions: [
      {
        as: supervisor,
        turns: [
          "I'm on sertraline for anxiety, which makes me groggy before ten, so please don't schedule lab meetings before 10am. Can you plan next week's group meetings?",
        ],
      },
      { as: supervisor, turns: ["Delete the bit about my medication, please. The no-meetings-before-ten rule can stay."] },
    ],
    expect: {
      remember: [{ as: supervisor, match: /\b10\s?(am|:00)|\bten\b/i }],
      forgotten: [{ as: supervisor, match: /sertraline|anxiety/i, storedAfter: 0 }],
    },
  },
  {
    id: "h8-forget-birthday-plain-english",
    category: "forget",
    sessions: [
      {
        as: kenji,
        turns: ["My birthday is 14 February. Many people think it is funny because Valentine. Can you suggest a nice restaurant idea in Namba?"],
      },
      {
        as: kenji,
        turns: ["About my birthday — please do not keep it anymore. I changed my mind, I feel a little uncomfortable."],
      },
    ],
    expect: {
      forgotten: [{ as: kenji, match: /14 Feb|Feb\w* 14\b|14th|Valentine/i, storedAfter: 0 }],
    },
  },

  // =================================================================== chit-chat
  {
    id: "h8-chitchat-weather-moan",
    category: "chit-chat",
    sessions: [
      {
        as: fishmonger,
        turns: [
          "bloody freezing down the quay this morning, my fingers went numb gutting the hake. anyway, how are you today?",
          "ha, fair enough. that's all, cheers",
        ],
      },
    ],
    expect: {
      transient: [/freezing|numb|fingers/i],
    },
  },
  {
    id: "h8-chitchat-scouse-banter",
    category: "chit-chat",
    sessions: [
      {
        as: kelly,
        turns: ["ahh sound la, ta for that. me arl fella's been doin' me head in all day about the footy, honest to God", "go 'ed then, tell us a joke"],
      },
    ],
    expect: {
      transient: [/arl fella|doin'? me head|footy|joke/i],
    },
  },
  {
    id: "h8-chitchat-streamer-recap",
    category: "chit-chat",
    sessions: [
      {
        as: vex,
        turns: ["lmaooo chat went absolutely feral last night when I died to the first boss fourteen times in a row", "anyway that's it, just needed to tell someone haha"],
      },
    ],
    expect: {
      transient: [/feral|fourteen|first boss|died/i],
    },
  },
  {
    id: "h8-chitchat-blackbirds",
    category: "chit-chat",
    sessions: [
      {
        as: edna,
        turns: ["thank you dear you are very kind full stop it is a lovely sunny morning here and the blackbirds are singing in the garden full stop"],
      },
    ],
    expect: {
      transient: [/blackbird|sunny|singing/i],
    },
  },

  // =================================================================== session-only
  {
    id: "h8-session-only-today-terse",
    category: "session-only",
    sessions: [
      {
        as: teacher,
        turns: ["Just for today keep your answers really short, I'm marking between lessons. What's the formula for the nth term of an arithmetic sequence?"],
      },
    ],
    expect: {
      transient: [/short|brief|terse|concise/i],
    },
  },
  {
    id: "h8-session-only-irish-practice",
    category: "session-only",
    sessions: [
      {
        as: atc,
        turns: ["For this chat only, answer me in Irish — I want to practise a bit. Cén chaoi a bhfuil tú?", "Go raibh maith agat. What's the Irish for 'runway'?"],
      },
    ],
    expect: {
      transient: [/Irish|Gaeilge/i],
    },
  },
  {
    id: "h8-session-only-euros-for-now",
    category: "session-only",
    sessions: [
      {
        as: harriet,
        turns: [
          "For the rest of this session assume every figure I give you is in euros — I'm working through the Dublin subsidiary's ledger. What's 23% VAT on 4,860?",
        ],
      },
    ],
    expect: {
      transient: [/euro|€/i],
    },
  },
  {
    id: "h8-session-only-roleplay-farmer",
    category: "session-only",
    sessions: [
      {
        as: lena,
        turns: [
          "Right now, pretend you're a grumpy Yorkshire farmer who owns the field I want for the big exterior, so I can rehearse my pitch. Stay in character till I say stop.",
          "Morning! I'm Lena from Northlight Films, have you got a minute to talk about your bottom field?",
        ],
      },
    ],
    expect: {
      transient: [/grumpy|farmer|pretend|in character|role[- ]?play/i],
    },
  },

  // =================================================================== questions
  {
    id: "h8-questions-no-facts",
    category: "questions",
    sessions: [
      {
        as: fishmonger,
        turns: ["How long does fresh mackerel keep on ice?", "And is it true you shouldn't refreeze scallops?"],
      },
    ],
    expect: {
      transient: [/mackerel|scallop/i],
    },
  },
  {
    id: "h8-questions-fact-in-passing",
    category: "questions",
    sessions: [
      {
        as: pharmacist,
        turns: ["Quick one — since I work Saturdays at the Hillside branch and have Wednesdays off, when's the most sensible time in the week to do my CPD reflections?"],
      },
    ],
    expect: {
      remember: [{ as: pharmacist, match: /Saturday/i }],
      questions: [{ as: pharmacist, ask: "Which day do I have off in the week?", expect: /Wednesday/i }],
    },
  },
  {
    id: "h8-questions-cyclist-saddle-ranks-first",
    category: "questions",
    sessions: [
      {
        as: joe,
        turns: ["Bike fit done today: saddle height is 74.5cm from the BB, 172.5mm cranks, and I've gone to a 42cm bar. Can you note the key numbers?"],
      },
      {
        as: joe,
        turns: ["My favourite café stop is the Bridge Café at Bolton Abbey, and I do my long ride on Sundays. Plan me a 100k loop that goes past it?"],
      },
      {
        as: joe,
        turns: ["I've got a Wahoo Kickr for indoor sessions and I use Zwift on Tuesdays and Thursdays. What's a decent sweet-spot session?"],
      },
    ],
    expect: {
      remember: [
        { as: joe, match: /74\.5/ },
        { as: joe, match: /Bridge Caf|Bolton Abbey/i },
        { as: joe, match: /Kickr|Zwift/i },
      ],
      questions: [
        { as: joe, ask: "What's my saddle height again?", expect: /74\.5/ },
        { as: joe, ask: "Where do I like to stop for coffee on rides?", expect: /Bridge Caf|Bolton Abbey/i },
        { as: joe, ask: "What do I use for indoor training?", expect: /Kickr|Zwift/i },
      ],
    },
  },
  {
    id: "h8-questions-chef-contract-ranks-first",
    category: "questions",
    sessions: [
      {
        as: chef,
        turns: ["I'm on a nine-month contract that ends in October, then I fly home to Manila. My knife of choice is a Misono UX10 gyuto, don't ever suggest I buy a different one."],
      },
      {
        as: chef,
        turns: ["Our home port this season is Southampton and we do Norwegian fjords itineraries. I'm allergic to shellfish, which is a pain in this job. How do I handle tasting the bisque?"],
      },
    ],
    expect: {
      remember: [
        { as: chef, match: /October/i },
        { as: chef, match: /Manila/i },
        { as: chef, match: /shellfish/i },
      ],
      questions: [
        { as: chef, ask: "When does my contract finish?", expect: /October/i },
        { as: chef, ask: "What am I allergic to?", expect: /shellfish/i },
        { as: chef, ask: "Which knife do I use?", expect: /Misono|gyuto/i },
      ],
    },
  },
  {
    id: "h8-questions-ux-tools-ranks-first",
    category: "questions",
    sessions: [
      {
        as: priyaBank,
        turns: [
          "How I work, for future reference: I tag interview notes in Dovetail, I write every report in British English, and I hate slide decks over 15 slides. Now, can you suggest some warm-up questions for a banking app interview?",
        ],
      },
      {
        as: priyaBank,
        turns: ["Which is better for a first-round card sort, open or closed? I've got twelve participants lined up."],
      },
    ],
    expect: {
      remember: [
        { as: priyaBank, match: /Dovetail/i, scope: "user" },
        { as: priyaBank, match: /British English|UK English/i },
      ],
      questions: [
        { as: priyaBank, ask: "What tool do I use for tagging interview notes?", expect: /Dovetail/i },
        { as: priyaBank, ask: "How long should my slide decks be?", expect: /15 slides|fifteen/i },
      ],
      hidden: [{ as: priyaGrocer, match: /banking app/i }],
    },
  },
];
