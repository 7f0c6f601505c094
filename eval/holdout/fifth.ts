/**
 * Fifth batch of held-out scenarios: written blind (without reading the
 * extractor's rules, the public scenarios or the other held-out files), with
 * personas and phrasing far from tech demos.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

const wedding = solo("h5-odile");
const trucker = solo("h5-dwayne");
const pharm = at("h5-rukmini", "h5-st-brennan", "h5-oncology-ward");
const pharmColleague = at("h5-tomasz", "h5-st-brennan", "h5-oncology-ward");
const pharmOtherWard = at("h5-grace", "h5-st-brennan", "h5-paediatrics");
const translatorA = at("h5-ines", "h5-ines-freelance", "h5-agency-vertaal");
const translatorB = at("h5-ines", "h5-ines-freelance", "h5-agency-lingomar");
const baker = solo("h5-femi");
const landlord = solo("h5-margaret");
const ravi = solo("h5-ravi");
const hester = solo("h5-hester");
const bronwyn = solo("h5-bronwyn");
const adaeze = solo("h5-adaeze");
const jaz = solo("h5-jaz");
const lou = solo("h5-lou");
const kwabena = solo("h5-kwabena");
const nurse = solo("h5-siobhan");
// A game studio: two projects in one organisation, and a namesake in another.
const studioLead = at("h5-noor", "h5-kettlebird", "h5-lantern-tide");
const studioDev = at("h5-ollie", "h5-kettlebird", "h5-lantern-tide");
const studioOtherProject = at("h5-bea", "h5-kettlebird", "h5-gravel-kings");
const studioOtherOrg = at("h5-noor", "h5-foxglove", "h5-lantern-tide");
// A law firm: a paralegal on two matters, a colleague, and another firm.
const paralegalH = at("h5-chidi", "h5-okafor-partners", "h5-matter-hargreaves");
const paralegalD = at("h5-chidi", "h5-okafor-partners", "h5-matter-delacroix");
const solicitorH = at("h5-priyanka", "h5-okafor-partners", "h5-matter-hargreaves");
const otherFirm = at("h5-chidi", "h5-lowther-llp", "h5-matter-hargreaves");
// Two different people who happen to share a user id, in two organisations.
const samBakery = at("h5-sam", "h5-crumb-co", "h5-shopfloor");
const samLaw = at("h5-sam", "h5-okafor-partners", "h5-matter-delacroix");

export const fifthHoldoutScenarios: ScenarioInput[] = [
  // ───────────────────────────── identity ─────────────────────────────
  {
    id: "h5-identity-wedding-planner-buried",
    category: "identity",
    sessions: [
      {
        as: wedding,
        turns: [
          "Right, so it's been a mad week — three tastings, a florist who ghosted me, and the venue in Stroud wants the final numbers by Friday. Anyway I run a small wedding planning business on my own, it's called Bramble & Bough, and most of my couples are in the Cotswolds. Can you help me draft a polite chaser email to the florist?",
        ],
      },
      { as: wedding, turns: ["Draft me a short Instagram caption for a barn wedding we did last weekend."] },
    ],
    expect: {
      remember: [
        { as: wedding, match: /Bramble (?:&|and) Bough/i, scope: "user" },
        { as: wedding, match: /wedding plann/i, scope: "user" },
      ],
      transient: [/ghosted/i, /three tastings/i],
      questions: [{ as: wedding, ask: "What's the name of my business?", expect: /Bramble (?:&|and) Bough/i }],
    },
  },
  {
    id: "h5-identity-trucker-voice-input",
    category: "identity",
    sessions: [
      {
        as: trucker,
        turns: [
          "ok so um im driving right now this is voice to text so sorry about typos. i haul refrigerated freight out of laredo texas mostly up to chicago and back. my truck is a 2019 peterbilt 579. can you tell me how long the mandatory break is after eight hours driving",
        ],
      },
      { as: trucker, turns: ["whats a good stretch i can do at a rest stop for my lower back"] },
    ],
    expect: {
      remember: [
        { as: trucker, match: /refrigerated|reefer/i, scope: "user" },
        { as: trucker, match: /Laredo/i, scope: "user" },
        { as: trucker, match: /Peterbilt/i, scope: "user" },
      ],
      transient: [/driving right now/i, /typos/i],
      questions: [{ as: trucker, ask: "what kind of truck do i drive", expect: /Peterbilt/i }],
    },
  },

  // ───────────────────────────── update ─────────────────────────────
  {
    id: "h5-update-no-longer-vegetarian",
    category: "update",
    sessions: [
      { as: baker, turns: ["I'm vegetarian, so when you suggest recipes for my staff lunches keep them meat-free please."] },
      {
        as: baker,
        turns: [
          "Small change in my life: I'm no longer vegetarian — my doctor wanted more iron in my diet so I eat chicken and fish now. Can you suggest a quick lunch?",
        ],
      },
    ],
    expect: {
      remember: [{ as: baker, match: /chicken|fish|no longer vegetarian|not vegetarian/i }],
      stale: [{ as: baker, match: only(/vegetarian|meat-free/i, /no longer|not|chicken|fish|eat meat|anymore|former/i) }],
      questions: [
        {
          as: baker,
          ask: "Do I eat meat?",
          expect: /chicken|fish|no longer vegetarian|not vegetarian/i,
          stale: only(/vegetarian|meat-free/i, /no longer|not|chicken|fish|anymore|former/i),
        },
      ],
    },
  },
  {
    id: "h5-update-standup-moved-team",
    category: "update",
    sessions: [
      {
        as: pharm,
        turns: ["Team note for the oncology pharmacy: our daily huddle is at 8:15 in the dispensary, everyone on shift attends."],
      },
      {
        as: pharmColleague,
        turns: ["Heads up for the team: we've moved the daily huddle to 9:30 because of the new ward round timings."],
      },
    ],
    expect: {
      remember: [
        { as: pharm, match: /9:30/i, scope: "project" },
        { as: pharmColleague, match: /9:30/i, scope: "project" },
      ],
      stale: [
        { as: pharm, match: only(/8:15/i, /9:30/i) },
        { as: pharmColleague, match: only(/8:15/i, /9:30/i) },
      ],
      hidden: [{ as: pharmOtherWard, match: /huddle/i }],
      questions: [{ as: pharm, ask: "When is our daily huddle?", expect: /9:30/i, stale: only(/8:15/i, /9:30/i) }],
    },
  },

  // ───────────────────────────── correction ─────────────────────────────
  {
    id: "h5-correction-next-turn-flat-count",
    category: "correction",
    sessions: [
      {
        as: landlord,
        turns: [
          "I'm a landlord with three flats in Leith, all let on assured shorthold tenancies.",
          "Sorry, I misspoke — they're private residential tenancies, this is Scotland, not ASTs.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: landlord, match: /Leith/i, scope: "user" },
        { as: landlord, match: /private residential tenanc/i, scope: "user" },
      ],
      stale: [{ as: landlord, match: only(/assured shorthold|\bAST/i, /private residential|not|misspoke/i) }],
    },
  },

  // ───────────────────────────── hedged ─────────────────────────────
  {
    id: "h5-hedged-phd-thinking-about-switch",
    category: "hedged",
    sessions: [
      {
        as: kwabena,
        turns: [
          "I'm a PhD student in hydrology at Leeds. I might switch my thesis to groundwater modelling next year, still thinking about it, my supervisor isn't convinced.",
        ],
      },
    ],
    expect: {
      remember: [{ as: kwabena, match: /hydrology/i, scope: "user" }],
      transient: [only(/groundwater/i, /might|consider|thinking|may|possibl|undecided|not (?:yet )?decided/i)],
    },
  },

  // ───────────────────────────── scope ─────────────────────────────
  {
    id: "h5-scope-translator-two-agencies",
    category: "scope",
    sessions: [
      {
        as: translatorA,
        turns: [
          "For Vertaal jobs: they want British spelling, and their glossary says 'Zorgverzekering' is always translated as 'health insurance policy', never 'care insurance'.",
        ],
      },
      {
        as: translatorB,
        turns: ["For Lingomar work: American spelling throughout, and they bill per source word, not per target word."],
      },
    ],
    expect: {
      remember: [
        { as: translatorA, match: /British spelling/i },
        { as: translatorA, match: /health insurance policy/i },
        { as: translatorB, match: /American spelling/i },
        { as: translatorB, match: /source word/i },
      ],
      hidden: [
        { as: translatorB, match: /British spelling/i },
        { as: translatorB, match: /Zorgverzekering|health insurance policy/i },
        { as: translatorA, match: /American spelling/i },
        { as: translatorA, match: /source word/i },
      ],
    },
  },

  // ───────────────────────────── secrets ─────────────────────────────
  {
    id: "h5-secret-password-in-prose",
    category: "secrets",
    sessions: [
      {
        as: landlord,
        turns: [
          "The wifi at the Ferry Road flat is on a BT Hub, the network is called FerryRoad_2F and the password is purple-otter-4419 — tenants keep asking me for it. Also the boiler there is a Worcester Bosch 30i, serviced every October.",
        ],
      },
    ],
    expect: {
      remember: [{ as: landlord, match: /Worcester Bosch/i, scope: "user" }],
      secrets: ["purple-otter-4419"],
    },
  },
  {
    id: "h5-secret-one-time-code-and-order-number",
    category: "secrets",
    sessions: [
      {
        as: baker,
        turns: [
          "My flour supplier texted me a verification code 583920 to log into their portal — can you remind me how 2FA works? Oh and for the record my standing order with them is order number SO-20417, 25kg of T55 every Tuesday.",
        ],
      },
    ],
    expect: {
      remember: [{ as: baker, match: /SO-20417|T55/i, lookalike: true }],
      secrets: ["583920"],
    },
  },

  // ───────────────────────────── forget ─────────────────────────────
  {
    id: "h5-forget-scrub-that-about-divorce",
    category: "forget",
    sessions: [
      { as: wedding, turns: ["Just so you know, I'm going through a divorce at the moment, so I might be slow to reply some weeks."] },
      { as: wedding, turns: ["Actually, please scrub that thing I told you about my divorce from your memory. I'd rather it wasn't kept anywhere."] },
    ],
    expect: {
      forgotten: [{ as: wedding, match: /divorce/i, storedAfter: 0 }],
    },
  },

  // ───────────────────────────── identity (more) ─────────────────────────────
  {
    id: "h5-identity-indian-english-pointwise",
    category: "identity",
    sessions: [
      {
        as: ravi,
        turns: [
          "Good morning. Myself Ravi Subramanian, I am a chartered accountant practising in Pune. Kindly note I prefer answers in point-wise format only, no long paragraphs. Please explain the new tax regime slabs for salaried persons.",
        ],
      },
      { as: ravi, turns: ["What is the due date for advance tax instalment in December?"] },
    ],
    expect: {
      remember: [
        { as: ravi, match: /chartered accountant|\bCA\b/i, scope: "user" },
        { as: ravi, match: /Pune/i, scope: "user" },
        { as: ravi, match: /point-?wise|bullet|points/i, scope: "user" },
      ],
      transient: [/advance tax|tax regime slab/i],
      questions: [{ as: ravi, ask: "How should you format your answers for me?", expect: /point-?wise|bullet|points/i }],
    },
  },
  {
    id: "h5-identity-fact-inside-question",
    category: "identity",
    sessions: [
      {
        as: hester,
        turns: [
          "Since I'm left-handed and I mostly write with iron gall ink in a Leuchtturm notebook, which fountain pen nib would smudge the least for me?",
        ],
      },
      { as: hester, turns: ["Recommend me a pen case that holds about six pens."] },
    ],
    expect: {
      remember: [
        { as: hester, match: /left-?handed/i, scope: "user" },
        { as: hester, match: /iron gall/i, scope: "user" },
      ],
      questions: [{ as: hester, ask: "Which hand do I write with?", expect: /left/i }],
    },
  },

  // ───────────────────────────── update (more) ─────────────────────────────
  {
    id: "h5-update-aussie-van-sold",
    category: "update",
    sessions: [
      {
        as: bronwyn,
        turns: [
          "G'day! I run a mobile dog grooming business around the Sunshine Coast out of a converted Toyota HiAce van. Can you help me write a price list?",
        ],
      },
      {
        as: bronwyn,
        turns: ["Sold the HiAce last week, mate — I've gone and bought a Ford Transit instead, the bigger hydrobath fits in the back now. Reckon I should update the signage?"],
      },
    ],
    expect: {
      remember: [
        { as: bronwyn, match: /dog groom/i, scope: "user" },
        { as: bronwyn, match: /Transit/i, scope: "user" },
      ],
      stale: [{ as: bronwyn, match: only(/HiAce/i, /Transit|sold|former|previous/i) }],
      questions: [
        { as: bronwyn, ask: "What van do I work out of?", expect: /Transit/i, stale: only(/HiAce/i, /Transit|sold|former|previous/i) },
      ],
    },
  },
  {
    id: "h5-update-hearing-relisted-by-colleague",
    category: "update",
    sessions: [
      {
        as: paralegalH,
        turns: ["For the Hargreaves matter: the preliminary hearing is listed for 14 March at the Manchester Civil Justice Centre. Note that for the team."],
      },
      {
        as: solicitorH,
        turns: ["FYI team, the court has relisted the Hargreaves preliminary hearing — it's now on 2 April, same venue."],
      },
    ],
    expect: {
      remember: [
        { as: paralegalH, match: /2(?:nd)? April|April 2/i, scope: "project" },
        { as: solicitorH, match: /2(?:nd)? April|April 2/i, scope: "project" },
      ],
      stale: [
        { as: paralegalH, match: only(/14(?:th)? March|March 14/i, /April/i) },
        { as: solicitorH, match: only(/14(?:th)? March|March 14/i, /April/i) },
      ],
      hidden: [
        { as: paralegalD, match: /preliminary hearing/i },
        { as: otherFirm, match: /preliminary hearing|Civil Justice Centre/i },
      ],
      questions: [
        {
          as: paralegalH,
          ask: "When is the Hargreaves preliminary hearing?",
          expect: /2(?:nd)? April|April 2/i,
          stale: only(/14(?:th)? March|March 14/i, /April/i),
        },
      ],
    },
  },
  {
    id: "h5-update-switched-bookkeeping-software",
    category: "update",
    sessions: [
      { as: baker, turns: ["We do the bakery's bookkeeping in Xero, and my accountant logs in once a month."] },
      { as: baker, turns: ["we switched from xero to freeagent last month, it's free with our business bank account. how do I export a VAT report?"] },
    ],
    expect: {
      remember: [{ as: baker, match: /FreeAgent/i, scope: "user" }],
      stale: [{ as: baker, match: only(/Xero/i, /FreeAgent/i) }],
      questions: [{ as: baker, ask: "Which accounting software does the bakery use?", expect: /FreeAgent/i, stale: only(/Xero/i, /FreeAgent/i) }],
    },
  },

  // ───────────────────────────── correction (more) ─────────────────────────────
  {
    id: "h5-correction-voice-typo-dispatcher",
    category: "correction",
    sessions: [
      {
        as: trucker,
        turns: [
          "my dispatcher is carla shes the one who approves any detours i take",
          "sorry the voice thing messed that up its karla with a k",
        ],
      },
      { as: trucker, turns: ["who do i need to call if i want to take a detour"] },
    ],
    expect: {
      remember: [{ as: trucker, match: /Karla/i, scope: "user" }],
      stale: [{ as: trucker, match: only(/\bCarla\b/i, /Karla/i) }],
      questions: [{ as: trucker, ask: "what's my dispatcher's name", expect: /Karla/i, stale: only(/\bCarla\b/i, /Karla/i) }],
    },
  },
  {
    id: "h5-correction-freeze-date-team",
    category: "correction",
    sessions: [
      { as: studioLead, turns: ["Team: code freeze for the Lantern Tide vertical slice is 12 June. Plan your branches around it."] },
      { as: studioDev, turns: ["Correction from production for everyone: the vertical slice freeze is 19 June — the 12th in Noor's message was a typo."] },
    ],
    expect: {
      remember: [
        { as: studioLead, match: /19(?:th)? June|June 19/i, scope: "project" },
        { as: studioDev, match: /19(?:th)? June|June 19/i, scope: "project" },
      ],
      stale: [
        { as: studioLead, match: only(/12(?:th)? June|June 12/i, /19/) },
        { as: studioDev, match: only(/12(?:th)? June|June 12/i, /19/) },
      ],
      hidden: [
        { as: studioOtherProject, match: /vertical slice|code freeze/i },
        { as: studioOtherOrg, match: /vertical slice|code freeze/i },
      ],
    },
  },

  // ───────────────────────────── hedged (more) ─────────────────────────────
  {
    id: "h5-hedged-if-i-were-second-shop",
    category: "hedged",
    sessions: [
      {
        as: baker,
        turns: [
          "My bakery is on Tanners Hill in Deptford. If I were to open a second shop it'd probably be in Peckham, but honestly that's years away, if ever. For now, what's a fair price for a sourdough loaf round here?",
        ],
      },
    ],
    expect: {
      remember: [{ as: baker, match: /Deptford/i, scope: "user" }],
      transient: [only(/Peckham/i, /\bif\b|might|maybe|consider|hypothetic|someday|one day|years away|possibl|thinking/i)],
    },
  },
  {
    id: "h5-hedged-landlord-maybe-selling",
    category: "hedged",
    sessions: [
      {
        as: landlord,
        turns: [
          "I've been wondering whether to sell the Portobello flat if the mortgage rates go up again. Not decided anything, just turning it over. What are the tax implications in general of selling a let property?",
        ],
      },
    ],
    expect: {
      transient: [only(/\bsell|\bsold|selling/i, /wonder|\bif\b|might|maybe|consider|thinking|undecided|not decided|possibl|turning it over/i)],
    },
  },
  {
    id: "h5-hedged-may-be-moving",
    category: "hedged",
    sessions: [
      {
        as: nurse,
        turns: [
          "My partner's been offered a job in Bristol so we may be moving there in the autumn, nothing's confirmed yet. I'm a theatre nurse at the Royal Victoria in Belfast at the moment.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: nurse, match: /theatre nurse/i, scope: "user" },
        { as: nurse, match: /Belfast|Royal Victoria/i, scope: "user" },
      ],
      transient: [only(/Bristol/i, /may|might|maybe|possibl|consider|not confirmed|unconfirmed|thinking|offered/i)],
    },
  },

  // ───────────────────────────── scope (more) ─────────────────────────────
  {
    id: "h5-scope-game-studio-team-rules",
    category: "scope",
    sessions: [
      {
        as: studioLead,
        turns: [
          "Posting the team rules for Lantern Tide so everyone's assistant knows them: 1) nobody pushes to main after 4pm on a Friday, 2) every gameplay PR needs a short playtest clip attached, 3) no crunch — nobody on this team works past 7pm. Separately, just for me: I like my summaries as bullet points and with no emojis, ever.",
        ],
      },
      { as: studioDev, turns: ["Can I merge my gameplay PR on Friday at 5pm?"] },
    ],
    expect: {
      remember: [
        { as: studioDev, match: both(/\bmain\b/i, /4 ?pm|16:00|friday/i), scope: "project" },
        { as: studioDev, match: /playtest clip|playtest video|clip/i, scope: "project" },
        { as: studioDev, match: /7 ?pm|19:00|crunch/i, scope: "project" },
        { as: studioLead, match: both(/emoji/i, NEGATION), scope: "user" },
      ],
      hidden: [
        { as: studioDev, match: /emoji/i },
        { as: studioOtherProject, match: /playtest|crunch|push(?:es)? to main/i },
        { as: studioOtherOrg, match: /playtest|crunch|push(?:es)? to main/i },
      ],
    },
  },
  {
    id: "h5-scope-paralegal-two-matters",
    category: "scope",
    sessions: [
      {
        as: paralegalH,
        turns: ["Hargreaves matter: the client wants contact by post only, never by phone — she's hard of hearing."],
      },
      {
        as: paralegalD,
        turns: [
          "Delacroix matter: opposing counsel is Ms Ferreira at Lowther Chambers. And a personal one for me wherever I'm working: keep my case summaries under 200 words.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: paralegalH, match: /by post|post only/i, scope: "project" },
        { as: paralegalD, match: /Ferreira/i, scope: "project" },
        { as: paralegalD, match: /200 words/i, scope: "user" },
        { as: paralegalH, match: /200 words/i, scope: "user" },
      ],
      hidden: [
        { as: paralegalD, match: /by post|post only|hard of hearing/i },
        { as: paralegalH, match: /Ferreira|Lowther/i },
        { as: otherFirm, match: /by post|post only|hard of hearing|Ferreira/i },
        { as: solicitorH, match: /200 words/i },
      ],
    },
  },
  {
    id: "h5-scope-firm-wide-rule",
    category: "scope",
    sessions: [
      {
        as: solicitorH,
        turns: ["Firm-wide policy at Okafor & Partners, for everyone on every matter: every outgoing client letter has to be checked by a second fee-earner before it's sent."],
      },
      { as: paralegalD, turns: ["I've drafted a letter to the Delacroix client, can I send it now?"] },
    ],
    expect: {
      remember: [
        { as: paralegalD, match: /second fee-?earner/i, scope: "org" },
        { as: paralegalH, match: /second fee-?earner/i, scope: "org" },
      ],
      hidden: [{ as: otherFirm, match: /second fee-?earner/i }],
    },
  },

  // ───────────────────────────── identities ─────────────────────────────
  {
    id: "h5-identities-same-name-two-orgs",
    category: "identities",
    sessions: [
      { as: samBakery, turns: ["I'm allergic to sesame, so flag anything on our menu that has it in."] },
      { as: samLaw, turns: ["I'm training for the Berlin marathon in September, so I'll be out at lunchtimes running."] },
    ],
    expect: {
      remember: [
        { as: samBakery, match: /sesame/i, scope: "user" },
        { as: samLaw, match: /Berlin marathon|marathon/i, scope: "user" },
      ],
      hidden: [
        { as: samLaw, match: /sesame/i },
        { as: samBakery, match: /marathon/i },
      ],
    },
  },
  {
    id: "h5-identities-colleague-nicknames",
    category: "identities",
    sessions: [
      { as: pharm, turns: ["Please call me Ruki, everyone on the ward does."] },
      { as: pharmColleague, turns: ["Call me Tom. And give me doses in micrograms when they're under a milligram, I hate decimals."] },
    ],
    expect: {
      remember: [
        { as: pharm, match: /Ruki/i, scope: "user" },
        { as: pharmColleague, match: /\bTom\b/i, scope: "user" },
        { as: pharmColleague, match: /microgram/i, scope: "user" },
      ],
      hidden: [
        { as: pharmColleague, match: /Ruki/i },
        { as: pharm, match: /\bTom\b/i },
        { as: pharm, match: /microgram/i },
        { as: pharmOtherWard, match: /Ruki|microgram/i },
      ],
    },
  },
  {
    id: "h5-identities-boss-and-daughter-nigerian-english",
    category: "identities",
    sessions: [
      {
        as: adaeze,
        turns: [
          "Abeg help me plan this week. My oga at work, Mr Balogun, prefers every report to come as a one-page PDF, he no dey read long mails at all. Me, I like detailed explanations with examples. Also my daughter Chiamaka is allergic to groundnuts, so any lunchbox idea for her must avoid groundnut completely.",
        ],
      },
      { as: adaeze, turns: ["Suggest three lunchbox ideas for my daughter for Monday to Wednesday."] },
    ],
    expect: {
      remember: [
        { as: adaeze, match: both(/Balogun|boss|oga|manager/i, /one-?page|PDF/i), scope: "user" },
        { as: adaeze, match: both(/daughter|Chiamaka/i, /groundnut|peanut/i), scope: "user" },
        { as: adaeze, match: /detailed|examples/i, scope: "user" },
      ],
      questions: [
        { as: adaeze, ask: "Is anyone in my family allergic to anything?", expect: /groundnut|peanut/i },
        { as: adaeze, ask: "How does my boss like reports?", expect: /one-?page|PDF/i },
      ],
    },
  },

  // ───────────────────────────── pasted ─────────────────────────────
  {
    id: "h5-pasted-tenant-email",
    category: "pasted",
    sessions: [
      {
        as: landlord,
        turns: [
          `Can you help me reply to this from one of my tenants? I always use Stuart from Leith Plumbing for leaks, so I'll send him.

From: Jamie Petrie
Subject: Bathroom ceiling again

Hi Margaret,
The bathroom ceiling is dripping again. I work nights at the sorting office so please only send tradespeople after 2pm. Also, I've adopted a rescue greyhound called Pickle, hope that's alright.
Thanks, Jamie`,
        ],
      },
    ],
    expect: {
      remember: [{ as: landlord, match: /Stuart|Leith Plumbing/i, scope: "user" }],
      pasted: [
        { kind: "document", match: /after 2 ?pm|sorting office|work nights/i },
        { kind: "document", match: /greyhound|Pickle/i },
      ],
    },
  },
  {
    id: "h5-pasted-bakery-orders-csv",
    category: "pasted",
    sessions: [
      {
        as: baker,
        turns: [
          `Here's this week's wholesale orders, can you total the croissants?

customer,item,qty,delivery
Cafe Lumen,croissant,40,Tue
The Dockside,croissant,24,Wed
Mill Lane Deli,pain au chocolat,18,Wed
Hollis & Daughters,croissant,30,Fri`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Cafe Lumen|Dockside|Mill Lane|Hollis/i },
        { kind: "document", match: /pain au chocolat/i },
      ],
    },
  },
  {
    id: "h5-pasted-couple-call-transcript",
    category: "pasted",
    sessions: [
      {
        as: wedding,
        turns: [
          `Transcript from my call with a couple this morning, can you pull out the action items for me?

[00:01] Hannah: So we definitely want no lilies anywhere, my mum's properly allergic.
[00:03] Josh: And I'm vegan, so the main has to be plant-based. My brother's gluten-free too.
[00:06] Hannah: Budget's about eighteen grand all in.
[00:09] Josh: Oh and we're both terrified of speeches, keep them to two.`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /vegan|plant-based/i },
        { kind: "document", match: /lil(?:y|ies)/i },
        { kind: "document", match: /gluten/i },
        { kind: "document", match: /eighteen grand|18,?000|18k/i },
      ],
    },
  },
  {
    id: "h5-pasted-family-group-chat",
    category: "pasted",
    sessions: [
      {
        as: trucker,
        turns: [
          `my moms group chat is going crazy can u summarize what i need to know

[21:04] Mom: Dwayne don't forget Rosa's quinceañera is on the 9th
[21:06] Tío Beto: I'm bringing the big grill, also I moved to San Antonio btw
[21:07] Lupe: I'm allergic to shellfish so NO shrimp cocktail pls
[21:09] Mom: Beto you moved?? since when`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "log", match: /San Antonio/i },
        { kind: "log", match: /shellfish|shrimp/i },
        { kind: "log", match: /grill/i },
      ],
    },
  },
  {
    id: "h5-pasted-crash-stack-trace",
    category: "pasted",
    sessions: [
      {
        as: studioDev,
        turns: [
          `last night's build crashed on the second island, any idea?

NullReferenceException: Object reference not set to an instance of an object
  at LanternTide.Player.InventoryController.Equip (LanternTide.Items.ItemId id) [0x0002a] in Assets/Scripts/Player/InventoryController.cs:212
  at LanternTide.UI.HotbarSlot.OnClick () [0x00011] in Assets/Scripts/UI/HotbarSlot.cs:58
  at UnityEngine.Events.InvokableCall.Invoke () [0x00010]`,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /NullReference|InventoryController|HotbarSlot/i }],
    },
  },

  // ───────────────────────────── tool ─────────────────────────────
  {
    id: "h5-tool-road-conditions-toll-preference",
    category: "tool",
    sessions: [
      {
        as: trucker,
        turns: [
          {
            user: "check road conditions on i 35 north of san antonio. and fyi i always avoid toll roads my company wont reimburse them",
            tool: {
              name: "road_conditions",
              output:
                "I-35 NB MM 165-172: right lane closure for bridge works until 18:00. Wind advisory for high-profile vehicles, gusts to 45 mph. SH-130 toll alternate: clear.",
            },
          },
        ],
      },
      { as: trucker, turns: ["plan me a route from laredo to dallas for tomorrow morning"] },
    ],
    expect: {
      remember: [{ as: trucker, match: both(/toll/i, NEGATION), scope: "user" }],
      pasted: [{ kind: "log", match: /lane closure|MM 16\d|gusts|bridge works|SH-130/i }],
      questions: [{ as: trucker, ask: "do i take toll roads", expect: /toll/i }],
    },
  },
  {
    id: "h5-tool-glossary-lookup-language-pair",
    category: "tool",
    sessions: [
      {
        as: translatorB,
        turns: [
          {
            user: "Look up 'eigen risico' in the client glossary. And please remember: I only translate from Dutch and Flemish into English, never into Dutch.",
            tool: {
              name: "glossary_search",
              output:
                "1 match — 'eigen risico' → 'deductible' (US) / 'excess' (UK). Source: Lingomar insurance glossary v3, last edited 2024-02-11 by m.devries.",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: translatorB, match: /Dutch/i, scope: "user" }],
      pasted: [{ kind: "document", match: /m\.devries|glossary v3|eigen risico/i }],
    },
  },
  {
    id: "h5-tool-calendar-one-wedding-per-weekend",
    category: "tool",
    sessions: [
      {
        as: wedding,
        turns: [
          {
            user: "What's on my calendar this Saturday? And make a note: I never take on two weddings in the same weekend, full stop.",
            tool: {
              name: "calendar_lookup",
              output:
                "Sat 14 Jun: 11:00 Ashworth–Patel wedding, Cowley Manor (on site from 07:30). 16:30 call with Ellie Marsh (caterer) re: dessert table.",
            },
          },
        ],
      },
      { as: wedding, turns: ["A couple wants 21 June but I've got the Okoro wedding on the 22nd. Should I take it?"] },
    ],
    expect: {
      remember: [{ as: wedding, match: /same weekend|per weekend|two weddings/i, scope: "user" }],
      pasted: [{ kind: "log", match: /Ashworth|Cowley Manor|Ellie Marsh|dessert table/i }],
    },
  },

  // ───────────────────────────── secrets (more) ─────────────────────────────
  {
    id: "h5-secret-card-number-and-tracking",
    category: "secrets",
    sessions: [
      {
        as: wedding,
        turns: [
          "The venue wants the deposit today — my business Visa is 4539 1488 0343 6467, expiry 11/27. Actually just walk me through paying on their portal myself. Separately, please keep a note that the linen hire delivery tracking number is 1Z 999 AA1 01 2345 6784, it's coming via UPS.",
        ],
      },
    ],
    expect: {
      remember: [{ as: wedding, match: /1Z ?999|6784|linen/i, lookalike: true }],
      secrets: ["4539 1488 0343 6467", "4539148803436467", "4539-1488-0343-6467"],
    },
  },
  {
    id: "h5-secret-nin-and-room-number",
    category: "secrets",
    sessions: [
      {
        as: adaeze,
        turns: [
          "I'm filling the passport renewal form. My NIN is 70123456789 if you need it for the example. By the way my office is Room 4B, third floor, Elephant House in Alausa — use that as my work address on drafts.",
        ],
      },
    ],
    expect: {
      remember: [{ as: adaeze, match: /4B|Elephant House/i, lookalike: true }],
      secrets: ["70123456789"],
    },
  },
  {
    id: "h5-secret-team-api-key-and-build-version",
    category: "secrets",
    sessions: [
      {
        as: studioLead,
        turns: [
          "For the team: our Steam partner web API key is 9F3A7C21D4E8B6A0F1C2D3E4F5A6B7C8 — the CI needs it. Current release candidate is build v0.14.2-rc3 and the Steam app id is 2281940.",
        ],
      },
    ],
    expect: {
      remember: [{ as: studioDev, match: /0\.14\.2|2281940/i, scope: "project", lookalike: true }],
      secrets: ["9F3A7C21D4E8B6A0F1C2D3E4F5A6B7C8"],
    },
  },

  // ───────────────────────────── forget (more) ─────────────────────────────
  {
    id: "h5-forget-terse-gym-times",
    category: "forget",
    sessions: [
      { as: jaz, turns: ["fyi i lift mon wed fri 6am at the puregym on kingsland rd"] },
      { as: jaz, turns: ["pls forget my gym times lol not going anymore"] },
    ],
    expect: {
      forgotten: [{ as: jaz, match: /6 ?am|puregym|kingsland/i, storedAfter: 0 }],
    },
  },
  {
    id: "h5-forget-bin-home-address",
    category: "forget",
    sessions: [
      {
        as: bronwyn,
        turns: ["I run mobile dog grooming on the Sunshine Coast. Home base is 14 Banksia Crescent, Buderim — customers sometimes drop dogs there."],
      },
      { as: bronwyn, turns: ["Can you bin my home address? I don't want that kept anywhere, customers can use the pickup point at the Maroochydore markets from now on."] },
    ],
    expect: {
      remember: [{ as: bronwyn, match: /dog groom/i, scope: "user" }],
      forgotten: [{ as: bronwyn, match: /Banksia|Buderim/i, storedAfter: 0 }],
    },
  },
  {
    id: "h5-forget-clean-slate-about-ex",
    category: "forget",
    sessions: [
      { as: lou, turns: ["My ex, Daniel, and I still co-own a whippet called Biscuit — we swap him every other weekend."] },
      { as: lou, turns: ["Could you forget everything about Daniel, please? Clean slate. He's not in my life any more."] },
    ],
    expect: {
      forgotten: [{ as: lou, match: /Daniel/i, storedAfter: 0 }],
    },
  },

  // ───────────────────────────── chit-chat ─────────────────────────────
  {
    id: "h5-chitchat-oven-door-cheers",
    category: "chit-chat",
    sessions: [
      { as: baker, turns: ["haha the oven door fell off AGAIN this morning 😂 what a day", "anyway cheers for yesterday, you're a star"] },
    ],
    expect: {
      transient: [/oven door/i, /\bstar\b/i, /what a day/i],
    },
  },
  {
    id: "h5-chitchat-aussie-weather",
    category: "chit-chat",
    sessions: [
      { as: bronwyn, turns: ["Arvo! Stinking hot up here today, 38 degrees, reckon the dogs are over it too haha. How's your day going?"] },
    ],
    expect: {
      transient: [/38|stinking hot|\bhot\b/i, /over it/i],
    },
  },
  {
    id: "h5-chitchat-with-buried-durable-fact",
    category: "chit-chat",
    sessions: [
      {
        as: trucker,
        turns: ["lol thats wild man. hey btw im off every sunday for church so never plan me a route on a sunday. anyway how u doin"],
      },
      { as: trucker, turns: ["plan my week of runs starting saturday"] },
    ],
    expect: {
      remember: [{ as: trucker, match: /sunday/i, scope: "user" }],
      transient: [/\bwild\b/i, /how u doin/i],
      questions: [{ as: trucker, ask: "which day am i off", expect: /sunday/i }],
    },
  },

  // ───────────────────────────── session-only ─────────────────────────────
  {
    id: "h5-session-only-french-this-reply",
    category: "session-only",
    sessions: [
      {
        as: baker,
        turns: ["For this reply only, write it in French — I'm pasting it straight into a message to my butter supplier in Normandy. Tell them the Tuesday delivery was two blocks short."],
      },
      { as: baker, turns: ["Now write a short note to my staff about the new rota."] },
    ],
    expect: {
      transient: [/French|fran[cç]ais/i, /two blocks short/i],
    },
  },
  {
    id: "h5-session-only-knackered-vs-general",
    category: "session-only",
    sessions: [
      { as: kwabena, turns: ["In general, I like full explanations with the reasoning spelled out, not just the answer."] },
      { as: kwabena, turns: ["I'm knackered today, so keep it short just this once: what's a confined aquifer?"] },
    ],
    expect: {
      remember: [{ as: kwabena, match: /reasoning|full explanation|detailed/i, scope: "user" }],
      transient: [/knackered|tired/i, only(/\bshort\b|brief|concise/i, /full|reasoning|detail|not just/i)],
      questions: [{ as: kwabena, ask: "How much detail do I like in answers?", expect: /reasoning|full explanation|detailed/i }],
    },
  },
  {
    id: "h5-session-only-on-phone-beginner",
    category: "session-only",
    sessions: [
      {
        as: pharm,
        turns: ["I'm on my phone at the bus stop right now, so no tables this time. And pretend I'm a complete beginner for this one — I'm explaining it to my nephew: what does a pharmacist actually check on a chemo prescription?"],
      },
    ],
    expect: {
      transient: [/bus stop|on (?:my|the) phone/i, /no tables|tables/i, /beginner|nephew/i],
    },
  },

  // ───────────────────────────── questions ─────────────────────────────
  {
    id: "h5-questions-no-fact-legal",
    category: "questions",
    sessions: [
      { as: nurse, turns: ["What's the difference between a lasting power of attorney and a will in Northern Ireland? Is one more important than the other?"] },
    ],
    expect: {
      transient: [/power of attorney/i, /\bwill\b/i],
    },
  },
  {
    id: "h5-questions-hypothetical-dog",
    category: "questions",
    sessions: [
      { as: jaz, turns: ["if i got a dog would my landlord legally have to let me keep it? asking for later lol"] },
    ],
    expect: {
      transient: [/\bdog\b/i],
    },
  },
  {
    id: "h5-questions-diabetic-in-passing",
    category: "questions",
    sessions: [
      {
        as: nurse,
        turns: ["As a type 1 diabetic working twelve-hour night shifts in theatres, how should I think about timing my basal insulin?"],
      },
      { as: nurse, turns: ["Any snack ideas for a long shift?"] },
    ],
    expect: {
      remember: [
        { as: nurse, match: /type 1|diabet/i, scope: "user" },
        { as: nurse, match: /night shift/i, scope: "user" },
      ],
      questions: [{ as: nurse, ask: "Do I have any medical conditions you should keep in mind?", expect: /type 1|diabet/i }],
    },
  },
  {
    id: "h5-questions-recall-among-many",
    category: "questions",
    sessions: [
      {
        as: baker,
        turns: [
          "Some bakery basics for you: we open 7am Tuesday to Sunday and we're closed Mondays. Our sourdough gets a 36-hour cold retard. My head baker is called Tunde. We only use Shipton Mill flour. The shop dog is a lurcher named Moss.",
        ],
      },
      { as: baker, turns: ["Draft a job ad for a weekend counter assistant."] },
    ],
    expect: {
      remember: [
        { as: baker, match: /Tunde/i, scope: "user" },
        { as: baker, match: /Monday/i, scope: "user" },
        { as: baker, match: /Shipton Mill/i, scope: "user" },
      ],
      questions: [
        { as: baker, ask: "Who's my head baker again?", expect: /Tunde/i },
        { as: baker, ask: "Which day is the shop closed?", expect: /Monday/i },
        { as: baker, ask: "How long do we retard the sourdough?", expect: /36/i },
        { as: baker, ask: "What's the shop dog called?", expect: /Moss/i },
      ],
    },
  },
];
