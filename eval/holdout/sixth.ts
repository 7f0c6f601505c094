/**
 * Sixth held-out set: personas and phrasing far from tech demos (a marine
 * biologist at sea, a head teacher, a florist, a physiotherapist, an estate
 * agent, a choir director, a Brazilian seller, a retired engineer, a
 * teenager, a sommelier, a site manager, a call-centre supervisor, a tax
 * adviser, a parent), written without reading the extractor's rules or the
 * public scenarios. Every id, user, organisation and project starts with `h6-`.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

// Solo users.
const marina = solo("h6-marina");
const florist = solo("h6-florist-ines");
const physio = solo("h6-physio-kwame");
const harold = solo("h6-retired-harold");
const teen = solo("h6-teen-jayden");
const rafaela = solo("h6-seller-rafaela");
const claire = solo("h6-sommelier-claire");
const dad = solo("h6-dad-marcus");
const priya = solo("h6-teacher-priya");

// Organisations and projects.
const choir = at("h6-choir-director", "h6-st-aidans", "h6-choir");
const siteManager = at("h6-site-manager", "h6-builders", "h6-riverside-flats");
const crewSameProject = at("h6-crew-tomasz", "h6-builders", "h6-riverside-flats");
const crewOtherProject = at("h6-crew-tomasz", "h6-builders", "h6-school-extension");
const siteManagerOtherOrg = at("h6-site-manager", "h6-other-firm", "h6-riverside-flats");

const agentOrchard = at("h6-agent-dev", "h6-harbour-estates", "h6-orchard-lane");
const agentMill = at("h6-agent-dev", "h6-harbour-estates", "h6-mill-house");

const taxHartley = at("h6-tax-fiona", "h6-ledger-co", "h6-client-hartley");
const taxNordvik = at("h6-tax-fiona", "h6-ledger-co", "h6-client-nordvik");

const supervisor = at("h6-supervisor-gwen", "h6-dialtone", "h6-billing");
const billingAgent = at("h6-agent-rhys", "h6-dialtone", "h6-billing");
const salesAgent = at("h6-agent-rhys", "h6-dialtone", "h6-sales");
const otherCallCentre = at("h6-agent-rhys", "h6-other-callcentre", "h6-billing");

const head = at("h6-head-amara", "h6-brook-lane");
const teacherYear2 = at("h6-teacher-li", "h6-brook-lane", "h6-year2");
const teacherOtherSchool = at("h6-teacher-li", "h6-oakfield-primary", "h6-year2");

const sommA = at("h6-somm-claire", "h6-bistro-lumiere", "h6-wine-list");
const sommB = at("h6-somm-yann", "h6-bistro-lumiere", "h6-wine-list");
const sommOtherOrg = at("h6-somm-yann", "h6-other-bistro", "h6-wine-list");

const samFlorist = at("h6-sam", "h6-petals-ltd");
const samChoir = at("h6-sam", "h6-harmony-choir");

const mum = at("h6-mum-rosa", "h6-family-alvarez");
const son = at("h6-teen-diego", "h6-family-alvarez");

const kofi = at("h6-physio-kofi", "h6-motion-clinic", "h6-outpatients");
const beth = at("h6-physio-beth", "h6-motion-clinic", "h6-outpatients");

// Times of day written in many ways ("9am", "9:00", "at 9", "nine").
const NINE = /(?<![\d.])9\s*(?::00|am|a\.m|o'?clock)|\bat 9\b|\bnine\b/i;
const EIGHT = /(?<![\d.])8\s*(?::00|am|a\.m|o'?clock)|\bat 8\b|\beight\b/i;

export const sixthHoldoutScenarios: ScenarioInput[] = [
  // ================================================================ identity
  {
    id: "h6-identity-marine-biologist",
    category: "identity",
    sessions: [
      {
        as: marina,
        turns: [
          "Hi — I'm a marine biologist, currently three weeks into a cruise on the RV Celtic Explorer. My work is mostly on cold-water corals, and our satellite link only gives me about 20 minutes a day, so please keep answers short.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: marina, match: /marine biolog/i },
        { as: marina, match: /cold-?water coral|coral/i },
        { as: marina, match: /short|brief|concise/i },
      ],
    },
  },
  {
    id: "h6-identity-hearing-aids",
    category: "identity",
    sessions: [
      {
        as: harold,
        turns: [
          "Good afternoon. I'm Harold, retired civil engineer — spent forty years on bridges. I wear hearing aids in both ears so I won't do phone calls; please always suggest email or letters instead when I need to contact someone.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: harold, match: /hearing aid/i },
        { as: harold, match: /e-?mail|letter/i },
        { as: harold, match: /retired|civil engineer|bridge/i },
      ],
    },
  },
  {
    id: "h6-identity-brazilian-seller",
    category: "identity",
    sessions: [
      {
        as: rafaela,
        turns: [
          "Olá! I am Rafaela, I sell biquínis handmade on Mercado Livre and Shopee, from Florianópolis. Please, always you write the prices in reais (R$), not in dollar. My english is not perfect so use simple words, ok? Obrigada!",
        ],
      },
    ],
    expect: {
      remember: [
        { as: rafaela, match: /Florian[oó]polis/i },
        { as: rafaela, match: /reais|R\$|BRL/i },
        { as: rafaela, match: /simple|plain|easy/i },
        { as: rafaela, match: /biqu[ií]ni|bikini|swimwear|Mercado Livre|Shopee/i },
      ],
    },
  },
  {
    id: "h6-identity-physio-patient-not-own",
    category: "identity",
    sessions: [
      {
        as: physio,
        turns: [
          "I'm a physiotherapist, I specialise in sports injuries — mostly rugby players and runners.",
          "Can you help me plan a home-exercise sheet? The patient is a 72-year-old lady, Mrs Doyle, six weeks after a hip replacement, and she's terrified of falling. She also has type 2 diabetes.",
        ],
      },
    ],
    expect: {
      remember: [{ as: physio, match: /sports injur|rugby|runner/i }],
      // The patient's condition must never be stored as the physio's own.
      hidden: [
        { as: physio, match: only(/hip replacement|diabet|terrified of falling/i, /Doyle|patient|client|\bshe\b|\bher\b/i) },
      ],
    },
  },
  {
    id: "h6-identity-parent-kids-facts",
    category: "identity",
    sessions: [
      {
        as: dad,
        turns: [
          "I'm a single dad and I work night shifts as a paramedic. My two: Ella is 9 and swims on Tuesdays, Noah is 6 and has a severe peanut allergy — he carries an EpiPen.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dad, match: /paramedic/i },
        { as: dad, match: both(/peanut/i, /Noah/i) },
        { as: dad, match: both(/swim/i, /Ella/i) },
      ],
      // The allergy is Noah's, not the parent's.
      hidden: [{ as: dad, match: only(/peanut/i, /Noah|\bson\b|child|\bkid|\bhe\b/i) }],
    },
  },

  // ================================================================ update
  {
    id: "h6-update-choir-rehearsal-day",
    category: "update",
    sessions: [
      {
        as: choir,
        turns: ["I direct the choir at St Aidan's. Our rehearsals are on Thursday evenings at 7:30 in the church hall."],
      },
      {
        as: choir,
        turns: ["Quick heads-up: we don't do Thursdays anymore, it's Wednesdays now, same time, because the hall got booked by the Scouts."],
      },
    ],
    expect: {
      remember: [{ as: choir, match: /wednesday/i }],
      stale: [{ as: choir, match: only(/thursday/i, /wednesday/i) }],
      questions: [
        { as: choir, ask: "Which evening is choir rehearsal?", expect: /wednesday/i, stale: only(/thursday/i, /wednesday/i) },
      ],
    },
  },
  {
    id: "h6-update-kindle-to-paper",
    category: "update",
    sessions: [
      { as: harold, turns: ["I do all my reading on the Kindle these days, mostly old naval histories and crime novels."] },
      { as: harold, turns: ["Ditched the Kindle for paper books, I'm afraid — my eyes prefer a proper page. Still the crime novels, mind."] },
    ],
    expect: {
      remember: [
        { as: harold, match: /paper|printed|physical book/i },
        { as: harold, match: /crime/i },
      ],
      stale: [{ as: harold, match: only(/kindle/i, /paper|printed|physical|ditch|no longer|stopped|switched|instead/i) }],
      questions: [
        {
          as: harold,
          ask: "Should I suggest an e-book or a paperback for my next read?",
          expect: /paper|printed|physical book/i,
          stale: only(/kindle/i, /paper|printed|physical|ditch|no longer|stopped|switched|instead/i),
        },
      ],
    },
  },
  {
    id: "h6-update-surname-marriage",
    category: "update",
    sessions: [
      { as: priya, turns: ["Hello! I'm Priya Shah, I teach Year 4 at a primary school in Leicester."] },
      { as: priya, turns: ["Small thing: my surname changed when I got married over the summer — I'm Priya Desai now, so please use that on any letters to parents."] },
    ],
    expect: {
      remember: [
        { as: priya, match: /Desai/i },
        { as: priya, match: /Year 4/i },
      ],
      stale: [{ as: priya, match: only(/\bShah\b/i, /Desai/i) }],
      questions: [{ as: priya, ask: "What name should I sign the parents' letter with?", expect: /Desai/i, stale: only(/\bShah\b/i, /Desai/i) }],
    },
  },
  {
    id: "h6-update-listing-price",
    category: "update",
    sessions: [
      { as: agentOrchard, turns: ["14 Orchard Lane is on the market with an asking price of £425,000 — three beds, south-facing garden."] },
      { as: agentOrchard, turns: ["We've knocked Orchard Lane down to £410k after the survey came back with damp in the cellar."] },
    ],
    expect: {
      remember: [{ as: agentOrchard, match: /410(?:k|,000| ?000)/i }],
      stale: [{ as: agentOrchard, match: only(/425(?:k|,000| ?000)/i, /410(?:k|,000| ?000)/i) }],
      hidden: [{ as: agentMill, match: /410(?:k|,000| ?000)|Orchard/i }],
    },
  },

  {
    id: "h6-update-carnations-back",
    category: "update",
    sessions: [
      { as: florist, turns: ["Stop suggesting carnations in my arrangements, I don't stock them — customers think they're cheap."] },
      { as: florist, turns: ["Funny thing, carnations are back in fashion with the wedding crowd, so I'm stocking them again. Feel free to suggest them."] },
    ],
    expect: {
      remember: [{ as: florist, match: /carnation/i }],
      stale: [{ as: florist, match: both(/carnation/i, NEGATION) }],
    },
  },

  // ================================================================ correction
  {
    id: "h6-correction-florist-mid-message",
    category: "correction",
    sessions: [
      {
        as: florist,
        turns: [
          "My shop opens at 8 on Saturdays — no wait, sorry, that was last year, it's 9 on Saturdays now since I dropped the early market run.",
        ],
      },
    ],
    expect: {
      remember: [{ as: florist, match: both(/saturday/i, NINE) }],
      stale: [{ as: florist, match: only(EIGHT, NINE) }],
    },
  },
  {
    id: "h6-correction-teen-exam-date",
    category: "correction",
    sessions: [
      {
        as: teen,
        turns: ["my chem exam is on 14 june... wait nah its 16 june, just checked the timetable, the 14th is maths"],
      },
    ],
    expect: {
      remember: [{ as: teen, match: both(/chem/i, /16(?:th)? june|june 16/i) }],
      stale: [{ as: teen, match: only(both(/chem/i, /14(?:th)? june|june 14/i), /16(?:th)? june|june 16/i) }],
    },
  },
  {
    id: "h6-correction-wine-list-size",
    category: "correction",
    sessions: [
      { as: claire, turns: ["Our wine list at the bistro runs to about 180 references, mostly French."] },
      { as: claire, turns: ["Correction to what I told you last time: it's 120 references, not 180 — I'd counted the cellar reserve as well."] },
    ],
    expect: {
      remember: [{ as: claire, match: /\b120\b/ }],
      stale: [{ as: claire, match: only(/\b180\b/, /\b120\b/) }],
    },
  },
  {
    id: "h6-correction-client-year-end",
    category: "correction",
    sessions: [
      { as: taxHartley, turns: ["Hartley's Bakery has its accounting year end on 31 March."] },
      { as: taxHartley, turns: ["I got that wrong earlier — Hartley's year end is 30 April. March was the old one, before they changed it."] },
    ],
    expect: {
      remember: [{ as: taxHartley, match: /april/i }],
      stale: [{ as: taxHartley, match: only(/march/i, /april/i) }],
      hidden: [{ as: taxNordvik, match: /april|hartley/i }],
      questions: [{ as: taxHartley, ask: "When is the client's year end?", expect: /april/i, stale: only(/march/i, /april/i) }],
    },
  },
  {
    id: "h6-correction-grandchildren",
    category: "correction",
    sessions: [
      {
        as: harold,
        turns: ["I've got three grandchildren — four, actually, how could I forget little Alfie, born in June."],
      },
    ],
    expect: {
      remember: [{ as: harold, match: both(/grandchild|grandkid/i, /\bfour\b|\b4\b|Alfie/i) }],
      stale: [{ as: harold, match: only(both(/grandchild|grandkid/i, /\bthree\b|\b3\b/i), /\bfour\b|\b4\b|Alfie/i) }],
    },
  },

  // ================================================================ hedged
  {
    id: "h6-hedged-florist-maybe-vegan",
    category: "hedged",
    sessions: [
      {
        as: florist,
        turns: [
          "I've been toying with the idea of going vegan, maybe after Easter, but honestly I might not. Anyway, can you suggest a spring bouquet with ranunculus?",
        ],
      },
    ],
    expect: {
      stale: [{ as: florist, match: only(/vegan/i, /might|maybe|consider|toying|thinking|possibl|not sure|undecided/i) }],
      transient: [/ranunculus/i],
    },
  },
  {
    id: "h6-hedged-lottery-vineyard",
    category: "hedged",
    sessions: [
      {
        as: claire,
        turns: [
          "If I ever won the lottery I'd buy a tiny vineyard in the Jura and never answer email again. Ha. Right, what pairs with a Comté that's been aged 24 months?",
        ],
      },
    ],
    expect: {
      transient: [/lottery|buy a .*vineyard|own a vineyard/i],
    },
  },
  {
    id: "h6-hedged-half-vs-full-marathon",
    category: "hedged",
    sessions: [
      {
        as: physio,
        turns: [
          "I run the Edinburgh half marathon every May. I'm maybe going to try the full marathon next year, we'll see how my Achilles holds up.",
        ],
      },
    ],
    expect: {
      remember: [{ as: physio, match: /half marathon/i }],
      stale: [{ as: physio, match: only(/full marathon/i, /maybe|might|consider|thinking|possibl|perhaps|plan|hop|tentative|see how/i) }],
    },
  },
  {
    id: "h6-hedged-teen-uni",
    category: "hedged",
    sessions: [
      {
        as: teen,
        turns: ["might do medicine at uni idk, or maybe law?? my mum wants medicine obvs. dunno tbh"],
      },
    ],
    expect: {
      stale: [{ as: teen, match: only(/medicine|law/i, /might|maybe|idk|undecided|not sure|consider|dunno|mum|mother|either/i) }],
    },
  },

  // ================================================================ scope
  {
    id: "h6-scope-site-rules",
    category: "scope",
    sessions: [
      {
        as: siteManager,
        turns: [
          "Site rule for the whole Riverside Flats crew, please keep it for everyone on the project: hard hats and hi-vis on at all times past the gate, and no one works on the scaffold after 6pm.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: siteManager, match: /hard hat|hi-?vis/i, scope: "project" },
        { as: crewSameProject, match: /hard hat|hi-?vis/i, scope: "project" },
        { as: crewSameProject, match: /scaffold/i, scope: "project" },
      ],
      hidden: [
        { as: crewOtherProject, match: /scaffold|hi-?vis|hard hat/i },
        { as: siteManagerOtherOrg, match: /scaffold|hi-?vis|hard hat/i },
      ],
    },
  },
  {
    id: "h6-scope-two-listings",
    category: "scope",
    sessions: [
      {
        as: agentOrchard,
        turns: ["For Orchard Lane: the vendors only want viewings at weekends, and whoever shows it must not let the cat out."],
      },
      {
        as: agentMill,
        turns: ["For Mill House: the vendor lives in Dubai, so every offer goes through her solicitor, Ms Achebe, never to her directly."],
      },
    ],
    expect: {
      remember: [
        { as: agentOrchard, match: /weekend/i },
        { as: agentOrchard, match: /\bcat\b/i },
        { as: agentMill, match: /solicitor|Achebe/i },
      ],
      hidden: [
        { as: agentMill, match: /weekend|\bcat\b/i },
        { as: agentOrchard, match: /solicitor|Achebe|Dubai/i },
      ],
    },
  },
  {
    id: "h6-scope-tax-two-clients",
    category: "scope",
    sessions: [
      {
        as: taxHartley,
        turns: ["Hartley's Bakery is VAT registered on the flat rate scheme and runs a monthly payroll for its nine staff."],
      },
      {
        as: taxNordvik,
        turns: ["Nordvik Shipping isn't VAT registered yet, they pay their two deckhands weekly in cash, and the director is Lars Nordvik."],
      },
    ],
    expect: {
      remember: [
        { as: taxHartley, match: /flat rate/i },
        { as: taxNordvik, match: /weekly/i },
        { as: taxNordvik, match: /Lars/i },
      ],
      hidden: [
        { as: taxNordvik, match: /flat rate|monthly payroll|nine staff/i },
        { as: taxHartley, match: /weekly|deckhand|Lars/i },
      ],
      questions: [{ as: taxHartley, ask: "Which VAT scheme is this client on?", expect: /flat rate/i }],
    },
  },
  {
    id: "h6-scope-callcentre-policy-not-pref",
    category: "scope",
    sessions: [
      {
        as: supervisor,
        turns: [
          "Team policy for everyone on the billing line: we never promise a refund on the call — refund requests get escalated to tier 2. Please make sure the whole billing team sees this.",
          "And a personal one, just for me: I like my end-of-shift summaries as three bullet points.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: supervisor, match: /refund/i, scope: "project" },
        { as: billingAgent, match: /refund/i, scope: "project" },
        { as: supervisor, match: /bullet/i, scope: "user" },
      ],
      hidden: [
        { as: billingAgent, match: /bullet/i },
        { as: salesAgent, match: /refund|bullet/i },
        { as: otherCallCentre, match: /refund|tier 2/i },
      ],
    },
  },
  {
    id: "h6-scope-school-wide",
    category: "scope",
    sessions: [
      {
        as: head,
        turns: [
          "Message for all staff across Brook Lane Primary, every class: on the last day of term we close at 1pm, and no child leaves with an adult who isn't on their collection list — no exceptions.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: teacherYear2, match: /1 ?pm|13:00/i, scope: "org" },
        { as: teacherYear2, match: /collection list/i, scope: "org" },
      ],
      hidden: [{ as: teacherOtherSchool, match: /collection list|1 ?pm/i }],
    },
  },

  // ================================================================ identities
  {
    id: "h6-identities-same-id-two-orgs",
    category: "identities",
    sessions: [
      { as: samFlorist, turns: ["I'm allergic to lilies, so never put them in arrangements I handle. I live in Galway."] },
      { as: samChoir, turns: ["I sing tenor, and I can't make any concerts in August."] },
    ],
    expect: {
      remember: [
        { as: samFlorist, match: /lil(y|ies)/i },
        { as: samChoir, match: /tenor/i },
      ],
      hidden: [
        { as: samChoir, match: /lil(y|ies)|Galway/i },
        { as: samFlorist, match: /tenor|August/i },
      ],
    },
  },
  {
    id: "h6-identities-colleague-notes-format",
    category: "identities",
    sessions: [
      { as: kofi, turns: ["I write all my clinical notes in SOAP format. Also I'm vegetarian, if you ever suggest lunch spots."] },
      { as: beth, turns: ["I prefer free-text clinical notes, no headings please. And I'm the one who covers Saturdays."] },
    ],
    expect: {
      remember: [
        { as: kofi, match: /SOAP/i },
        { as: beth, match: /free-?text/i },
      ],
      hidden: [
        { as: beth, match: /SOAP|vegetarian/i },
        { as: kofi, match: /free-?text/i },
      ],
      questions: [{ as: beth, ask: "How do I like my clinical notes written?", expect: /free-?text/i }],
    },
  },
  {
    id: "h6-identities-mum-and-son",
    category: "identities",
    sessions: [
      { as: mum, turns: ["Please always write my reminders in Spanish — es más fácil para mí."] },
      { as: son, turns: ["yo keep my reminders in english n short af pls"] },
    ],
    expect: {
      remember: [
        { as: mum, match: /spanish|español/i },
        { as: son, match: /english/i },
      ],
      hidden: [
        { as: son, match: /spanish|español/i },
        { as: mum, match: only(/english|short/i, /spanish|español/i) },
      ],
    },
  },
  {
    id: "h6-identities-team-vs-personal",
    category: "identities",
    sessions: [
      {
        as: sommA,
        turns: [
          "Team note for everyone on the wine list: our house Champagne is now Pierre Gimonnet — we've dropped Bollinger.",
          "Personally, don't ever ping me on my days off, Sundays and Mondays.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: sommB, match: /Gimonnet/i, scope: "project" },
        { as: sommA, match: /sunday|monday|days off/i, scope: "user" },
      ],
      stale: [{ as: sommB, match: only(/Bollinger/i, /Gimonnet|dropp|no longer|replac|instead/i) }],
      hidden: [
        { as: sommB, match: /sunday|monday|days off/i },
        { as: sommOtherOrg, match: /Gimonnet/i },
      ],
    },
  },

  // ================================================================ pasted
  {
    id: "h6-pasted-recipe",
    category: "pasted",
    sessions: [
      {
        as: solo("h6-home-cook"),
        turns: [
          "Can you halve this for me?\n\nGRANDMA'S LEMON DRIZZLE\n225g unsalted butter\n225g caster sugar\n4 eggs\nzest of 2 lemons\n225g self-raising flour\nBake 45 min at 180C, gas mark 4. Drizzle: juice of 1.5 lemons + 85g icing sugar.",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /225g|caster sugar|gas mark 4|icing sugar/i }],
    },
  },
  {
    id: "h6-pasted-tenancy-clause",
    category: "pasted",
    sessions: [
      {
        as: agentMill,
        turns: [
          "Can you put this clause into plain English for the tenant?\n\n\"7.2 The Tenant shall not keep or permit to be kept any animal, bird or reptile at the Property without the prior written consent of the Landlord. 7.3 The Rent of £1,250 per calendar month shall be payable in advance on the first day of each month by standing order. 7.4 The Tenant shall not smoke or permit smoking within the Property.\"",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /1,250|reptile|standing order|calendar month/i }],
      transient: [/smok/i],
    },
  },
  {
    id: "h6-pasted-whatsapp-export",
    category: "pasted",
    sessions: [
      {
        as: dad,
        turns: [
          "This is from the class WhatsApp, what do I actually need to do? My son Noah is in this class.\n\n[12/03/24, 19:02] Karen B: Reminder the bake sale is FRIDAY, nut-free only please!!\n[12/03/24, 19:05] Deepa: I'm allergic to cats btw so can't host the playdate, sorry x\n[12/03/24, 19:11] Karen B: Also non-uniform day Thursday, £1 for Children in Need\n[12/03/24, 19:14] Tom's dad: We're moving to Leeds at Easter so Tom will be leaving",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Karen|Deepa|allergic to cats|Leeds|non-uniform/i },
      ],
    },
  },
  {
    id: "h6-pasted-orders-csv",
    category: "pasted",
    sessions: [
      {
        as: rafaela,
        turns: [
          "me ajuda? how much I sold in total this week?\n\npedido,cliente,cidade,valor\n10231,Joana Silva,Recife,189.90\n10232,Marcos Lima,Curitiba,245.00\n10233,Ana Beatriz Rocha,Manaus,99.90\n10234,Joana Silva,Recife,120.00",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Joana|Marcos|Recife|Curitiba|Manaus|10231|189\.90/i }],
    },
  },
  {
    id: "h6-pasted-dialler-log",
    category: "pasted",
    sessions: [
      {
        as: supervisor,
        turns: [
          "Half my team dropped off the dialler this morning, what does this mean?\n\n2024-05-02 09:14:33.118 ERROR [dialler-core] SIP/2.0 503 Service Unavailable trunk=BT-07 agent_id=4471 call_id=a93f-22c1\n2024-05-02 09:14:33.402 WARN  [dialler-core] retry 1/3 trunk=BT-07 backoff=2000ms\n2024-05-02 09:14:39.880 ERROR [media] RTP timeout after 6000ms peer=10.40.2.17:16384\n2024-05-02 09:14:40.001 FATAL [dialler-core] trunk BT-07 marked DOWN, 38 agents affected",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /BT-07|SIP\/2\.0|503 Service|RTP timeout|agent_id|10\.40\.2\.17/i }],
    },
  },

  // ================================================================ tool
  {
    id: "h6-tool-tide-table",
    category: "tool",
    sessions: [
      {
        as: marina,
        turns: [
          {
            user: "What's the tide doing at Oban tomorrow? We want to launch the ROV at slack water.",
            tool: {
              name: "tide_lookup",
              output: "Oban, 2024-06-12 (BST): HW 04:12 3.9m | LW 10:31 0.6m | HW 16:40 3.7m | LW 22:58 0.8m. Spring range.",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /3\.9 ?m|04:12|10:31|16:40|22:58/i }],
    },
  },
  {
    id: "h6-tool-forecast-with-own-fact",
    category: "tool",
    sessions: [
      {
        as: florist,
        turns: [
          {
            user: "Check the forecast for Saturday — I do the Bath farmers' market every Saturday with the van, so I need to know if the buckets will blow over.",
            tool: {
              name: "weather_forecast",
              output: "Bath, Sat 15 Jun: heavy rain 14mm, wind SW 35km/h gusting 60km/h, high 11°C, low 7°C. Yellow wind warning 06:00–18:00.",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: florist, match: /farmers'? market|market/i }],
      pasted: [{ kind: "document", match: /14 ?mm|35 ?km|60 ?km|11 ?°C|yellow wind warning/i }],
    },
  },
  {
    id: "h6-tool-search-producers",
    category: "tool",
    sessions: [
      {
        as: claire,
        turns: [
          {
            user: "Find me some Jura producers doing oxidative Savagnin; I want to add two to the list.",
            tool: {
              name: "web_search",
              output:
                "1. Domaine Tissot (Arbois) — biodynamic since 1999, '\"I've always hated new oak,\" says Stéphane Tissot.'\n2. Jean Macle (Château-Chalon) — benchmark vin jaune, tiny production, sells mostly to restaurants.\n3. Domaine de la Tournelle — natural wines, owner Pascal Clairet lives in Arbois and cycles to the cellar.",
            },
          },
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Tissot|Macle|Tournelle|Clairet|new oak|since 1999/i }],
    },
  },
  {
    id: "h6-tool-crm-record",
    category: "tool",
    sessions: [
      {
        as: supervisor,
        turns: [
          {
            user: "Summarise this for my shift note. By the way, I always write shift notes in the past tense — keep to that from now on.",
            tool: {
              name: "crm_lookup",
              output:
                "Customer: Mr D. Fenwick | Account: 55120934 | DOB: 03/07/1961 | Address: 4 Hill Terrace, Neath SA11 3BT | Complaint: double-billed for April, £64.20 | Mood: angry, threatened to go to the ombudsman.",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: supervisor, match: /past tense/i }],
      pasted: [{ kind: "document", match: /Fenwick|55120934|1961|Hill Terrace|64\.20|ombudsman/i }],
    },
  },

  // ================================================================ secrets
  {
    id: "h6-secrets-alarm-code-prose",
    category: "secrets",
    sessions: [
      {
        as: physio,
        turns: [
          "Note for when I open the clinic early: the alarm code is four-seven-seven-one, then hash. And the key safe by the back door is 2290. Also, I always open on Mondays at 7.",
        ],
      },
    ],
    expect: {
      secrets: ["2290", "4771", "four-seven-seven-one"],
      remember: [{ as: physio, match: /monday/i }],
    },
  },
  {
    id: "h6-secrets-recovery-phrase",
    category: "secrets",
    sessions: [
      {
        as: rafaela,
        turns: [
          "guarda isso pra mim please, is my wallet recovery phrase for the crypto payments: velvet canyon orbit lemon tribe husband glove siren pact ocean tiny marble. I accept Pix and crypto in my shop.",
        ],
      },
    ],
    expect: {
      secrets: ["velvet canyon orbit", "siren pact ocean", "tribe husband glove"],
      remember: [{ as: rafaela, match: /\bPix\b/i }],
    },
  },
  {
    id: "h6-secrets-bank-pin-and-lookalikes",
    category: "secrets",
    sessions: [
      {
        as: harold,
        turns: [
          "My Nationwide card PIN is 8163 — I keep forgetting it, so hang on to it for me. Unrelated: my flight to see my daughter in Toronto is AC849 on the 3rd of October, and my postcode is HG1 2RE if you need it for anything.",
        ],
      },
    ],
    expect: {
      secrets: ["8163"],
      remember: [
        { as: harold, match: /AC ?849/i, lookalike: true },
        { as: harold, match: /HG1 ?2RE/i, lookalike: true },
        { as: harold, match: /Toronto/i },
      ],
    },
  },
  {
    id: "h6-secrets-ssh-key-fragment",
    category: "secrets",
    sessions: [
      {
        as: marina,
        turns: [
          "The ship's data server keeps rejecting this key, why?\n\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACDk3Vx8Lr0pQe7sWmN1yTq2KfZcH8uBvJd4XgA6oRt9CwAAAJi1nD2e\n-----END OPENSSH PRIVATE KEY-----\n\nI log in as user 'mbio' on the server.",
        ],
      },
    ],
    expect: {
      secrets: ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", "QyNTUxOQAAACDk3Vx8Lr0pQe7sWmN1yTq2KfZcH8uBvJd4XgA6oRt9Cw"],
    },
  },
  {
    id: "h6-secrets-licence-key-lookalikes",
    category: "secrets",
    sessions: [
      {
        as: priya,
        turns: [
          "Our licence key for the phonics software is RDX4-99KQ-LM2P-7TZA, keep it handy. The invoice for it was INV-2024-0387, and this term's class reader is ISBN 978-0-14-032872-1 (Charlotte's Web).",
        ],
      },
    ],
    expect: {
      secrets: ["RDX4-99KQ-LM2P-7TZA", "RDX4 99KQ LM2P 7TZA"],
      remember: [
        { as: priya, match: /978-?0-?14-?032872-?1|Charlotte'?s Web/i, lookalike: true },
        { as: priya, match: /INV-?2024-?0387/i, lookalike: true },
      ],
    },
  },

  // ================================================================ forget
  {
    id: "h6-forget-wipe-separation",
    category: "forget",
    sessions: [
      { as: harold, turns: ["My wife Margaret and I have been separated since March; I live on my own in Harrogate now."] },
      { as: harold, turns: ["Please wipe what you know about Margaret and the separation. I'd rather it wasn't kept anywhere."] },
    ],
    expect: {
      forgotten: [{ as: harold, match: /margaret|separat/i, storedAfter: 0 }],
      remember: [{ as: harold, match: /Harrogate/i }],
    },
  },
  {
    id: "h6-forget-stop-remembering-diet",
    category: "forget",
    sessions: [
      { as: claire, turns: ["I'm doing keto at the moment — no bread, no beer, which is tragic in Lyon. I also speak fluent Italian."] },
      { as: claire, turns: ["Stop remembering my diet stuff, please. It's nobody's business."] },
    ],
    expect: {
      forgotten: [{ as: claire, match: /keto|bread|beer|diet/i, storedAfter: 0 }],
      remember: [{ as: claire, match: /Italian/i }],
    },
  },
  {
    id: "h6-forget-take-back-school",
    category: "forget",
    sessions: [
      { as: teen, turns: ["fav band is Arctic Monkeys n im in year 11 at Westfield Academy"] },
      { as: teen, turns: ["i take back what i said about my school, dont keep that pls"] },
    ],
    expect: {
      forgotten: [{ as: teen, match: /Westfield/i, storedAfter: 0 }],
      remember: [{ as: teen, match: /Arctic Monkeys/i }],
    },
  },
  {
    id: "h6-forget-team-rule",
    category: "forget",
    sessions: [
      {
        as: supervisor,
        turns: ["Rule for everyone on the billing team: always read the GDPR notice word for word at the start of every call."],
      },
      {
        as: supervisor,
        turns: ["Scrap the GDPR notice rule from the team's memory entirely — legal says the IVR plays it now, so nobody should be reminded of it."],
      },
    ],
    expect: {
      forgotten: [
        { as: billingAgent, match: /GDPR/i, storedAfter: 0 },
        { as: supervisor, match: /GDPR/i, storedAfter: 0 },
      ],
    },
  },

  // ================================================================ chit-chat
  {
    id: "h6-chitchat-teen",
    category: "chit-chat",
    sessions: [{ as: teen, turns: ["yo whats good", "lmao ok bet", "nah im just bored ngl, this rain is mad"] }],
    expect: {
      transient: [/bored|\brain\b|whats good|\bbet\b/i],
    },
  },
  {
    id: "h6-chitchat-thank-you-dear",
    category: "chit-chat",
    sessions: [
      {
        as: harold,
        turns: ["Thank you, dear, that was ever so helpful.", "Have a lovely evening. I'm off to put the kettle on."],
      },
    ],
    expect: {
      transient: [/lovely evening|kettle|helpful/i],
    },
  },
  {
    id: "h6-chitchat-portuguese",
    category: "chit-chat",
    sessions: [{ as: rafaela, turns: ["kkkkkk que legal!! obrigada, você é demais 😍", "ok tchau tchau, bom final de semana"] }],
    expect: {
      transient: [/legal|obrigad|demais|tchau|final de semana/i],
    },
  },
  {
    id: "h6-chitchat-site-washout",
    category: "chit-chat",
    sessions: [{ as: siteManager, turns: ["Absolute washout today, the lads are soaked through.", "Ah well. Cheers for that anyway."] }],
    expect: {
      transient: [/washout|soaked|cheers/i],
    },
  },

  // ================================================================ session-only
  {
    id: "h6-session-only-formal-email",
    category: "session-only",
    sessions: [
      {
        as: physio,
        turns: [
          "Just for this email, write very formally and sign it 'Dr K. Mensah, MCSP' — I'm writing to the insurer. Normally I wouldn't bother with titles.",
        ],
      },
    ],
    expect: {
      transient: [/formal/i, /MCSP|Dr K/i],
    },
  },
  {
    id: "h6-session-only-welsh-practice",
    category: "session-only",
    sessions: [
      {
        as: supervisor,
        turns: [
          "For this conversation only, reply in Welsh — I'm practising for my course. I supervise the night shift at our Swansea centre, by the way.",
        ],
      },
    ],
    expect: {
      transient: [/welsh|cymraeg/i],
      remember: [{ as: supervisor, match: /Swansea|night shift/i }],
    },
  },
  {
    id: "h6-session-only-american-spelling",
    category: "session-only",
    sessions: [
      {
        as: agentOrchard,
        turns: ["Just for this one, use American spelling — the buyer's from Ohio. Draft me a reply confirming the second viewing."],
      },
    ],
    expect: {
      transient: [/american|Ohio|US spelling/i],
    },
  },
  {
    id: "h6-session-only-tonight-french",
    category: "session-only",
    sessions: [{ as: teen, turns: ["for tonight only quiz me in french not english, its for my oral tmrw"] }],
    expect: {
      transient: [/french|\boral\b/i],
    },
  },

  // ================================================================ questions
  {
    id: "h6-questions-sommelier-ranking",
    category: "questions",
    sessions: [
      {
        as: claire,
        turns: [
          "I'm head sommelier at a small bistro in Lyon. I can't stand oaky Chardonnay. My favourite region is the Jura, especially vin jaune. I cycle to work every day.",
        ],
      },
    ],
    expect: {
      remember: [{ as: claire, match: /jura|vin jaune/i }],
      questions: [
        { as: claire, ask: "Which wine region do I like best?", expect: /jura|vin jaune/i },
        { as: claire, ask: "How do I get to work?", expect: /cycl|bike|bicycle/i },
        { as: claire, ask: "Any white wine styles I dislike?", expect: /oak/i },
      ],
    },
  },
  {
    id: "h6-questions-fact-in-passing",
    category: "questions",
    sessions: [
      { as: physio, turns: ["Since I'm left-handed, which side of the treatment couch should I stand on for a lumbar mobilisation?"] },
    ],
    expect: {
      remember: [{ as: physio, match: /left-?handed/i }],
      questions: [{ as: physio, ask: "Which hand do I use for writing?", expect: /left/i }],
    },
  },
  {
    id: "h6-questions-no-facts",
    category: "questions",
    sessions: [
      {
        as: florist,
        turns: ["How long do tulips last in a vase?", "And do peonies prefer warm or cold water when you first cut them?"],
      },
    ],
    expect: {
      transient: [/tulip|peon/i],
    },
  },
  {
    id: "h6-questions-family-ranking",
    category: "questions",
    sessions: [
      {
        as: dad,
        turns: [
          "For my own notes: Ella's swimming is Tuesdays at 5, Noah's football is Saturday mornings, I work nights Monday to Thursday, and our family dentist is Dr Park on Mill Road.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dad, match: both(/football/i, /saturday/i) },
        { as: dad, match: /Dr\.? Park/i },
      ],
      questions: [
        { as: dad, ask: "When is Noah's football?", expect: both(/football/i, /saturday/i) },
        { as: dad, ask: "Who's our dentist again?", expect: /Park/i },
        { as: dad, ask: "Which nights am I working?", expect: both(/night/i, /monday|thursday/i) },
      ],
    },
  },
  {
    id: "h6-questions-carrier-after-switch",
    category: "questions",
    sessions: [
      { as: rafaela, turns: ["I send all the orders by Correios PAC, is the cheaper one."] },
      { as: rafaela, turns: ["agora I use Jadlog for everything, the Correios was too much slow in December. Also I started selling saídas de praia, the beach cover-ups."] },
    ],
    expect: {
      remember: [{ as: rafaela, match: /Jadlog/i }],
      stale: [{ as: rafaela, match: only(/Correios/i, /Jadlog/i) }],
      questions: [
        { as: rafaela, ask: "Which shipping company should I book for this order?", expect: /Jadlog/i, stale: only(/Correios/i, /Jadlog/i) },
        { as: rafaela, ask: "What products do I sell?", expect: /sa[ií]das? de praia|cover-?up/i },
      ],
    },
  },
];
