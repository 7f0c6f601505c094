/**
 * Tenth held-out set: new personas and domains (beekeeping, air-traffic
 * control, wedding planning, wine, museum conservation, esports, ship's
 * galley, podcasting, drone surveying, theatre, lutherie, brewing …), written
 * without reading the extractor's rules or the public scenarios.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

// ---------------------------------------------------------------------------
// Identities
// ---------------------------------------------------------------------------

const marta = solo("h10-marta");
const joost = solo("h10-joost");
const margaux = solo("h10-margaux");
const chinwe = solo("h10-chinwe");
const ilse = at("h10-ilse", "h10-rijks", "h10-tapestry");
const pieter = at("h10-pieter", "h10-rijks", "h10-tapestry");

const tiago = solo("h10-tiago");
const rhea = at("h10-rhea", "h10-nightowls", "h10-lol-main");
const jonas = at("h10-jonas", "h10-nightowls", "h10-lol-main");
const ines = at("h10-ines", "h10-veilandvow", "h10-okafor-lindqvist");
const bayani = solo("h10-bayani");
const femi = at("h10-femi", "h10-wavelength", "h10-deepcuts");
const harriet = at("h10-harriet", "h10-wavelength", "h10-deepcuts");
const kasia = at("h10-kasia", "h10-kettleworks", "h10-fermwatch");
const dawid = at("h10-dawid", "h10-kettleworks", "h10-fermwatch");
const annika = solo("h10-annika");
const oskar = solo("h10-oskar");
const noorSky = at("h10-noor", "h10-skyward", "h10-quarry");
const lucasSky = at("h10-lucas", "h10-skyward", "h10-windfarm");

const dragana = solo("h10-dragana");
const ana = at("h10-ana", "h10-rijks", "h10-lacquer");
const bram = at("h10-bram", "h10-rijks", "h10-lacquer");
const callum = solo("h10-callum");
const inesHaddad = at("h10-ines", "h10-veilandvow", "h10-haddad");
const dani = at("h10-dani", "h10-nightowls", "h10-valorant");
const mika = at("h10-mika", "h10-nightowls", "h10-lol-main");
const yusuf = solo("h10-yusuf");
const lotte = at("h10-lotte", "h10-wavelength", "h10-deepcuts-s3");
const greg = at("h10-greg", "h10-wavelength", "h10-deepcuts-s3");

const elodie = solo("h10-elodie");
const maeve = at("h10-maeve", "h10-polarfilm", "h10-svalbard-doc");
const rosa = solo("h10-rosa");

const noorAero = at("h10-noor", "h10-aerolens", "h10-quarry");
const tedAero = at("h10-ted", "h10-aerolens", "h10-quarry");
const luciaAero = at("h10-lucia", "h10-aerolens", "h10-windfarm");
const tedVista = at("h10-ted", "h10-vistadrone", "h10-quarry");
const wren = at("h10-wren", "h10-lyceum", "h10-macbeth");
const ossie = at("h10-ossie", "h10-lyceum", "h10-macbeth");
const kit = at("h10-kit", "h10-lyceum", "h10-tempest");
const june = at("h10-june", "h10-lyceum", "h10-tempest");
const giulia = at("h10-giulia", "h10-vinoteca", "h10-autumn-cat");
const henrik = at("h10-henrik", "h10-vinoteca", "h10-autumn-cat");
const sofie = at("h10-sofie", "h10-vinoteca", "h10-horeca");
const sofieOther = at("h10-sofie", "h10-cantina-sud", "h10-horeca");
const rafa = at("h10-rafa", "h10-alba");
const bia = at("h10-bia", "h10-alba", "h10-taproom");
const biaOther = at("h10-bia", "h10-brouwerij", "h10-taproom");

const alexGlass = at("h10-alex", "h10-glassworks");
const alexFerry = at("h10-alex", "h10-ferryco");
const samMapco = at("h10-sam", "h10-mapco", "h10-atlas");
const samGeo = at("h10-sam", "h10-geoworks", "h10-atlas");
const lena = at("h10-lena", "h10-cantus", "h10-requiem");
const omar = at("h10-omar", "h10-cantus", "h10-requiem");

const inesBerg = at("h10-ines", "h10-veilandvow", "h10-berg-sato");
const nadia = at("h10-nadia", "h10-wavelength", "h10-nightshift");
const nadiaColleague = at("h10-tomas", "h10-wavelength", "h10-nightshift");
const bruno = solo("h10-bruno");
const hugh = solo("h10-hugh");
const sabine = solo("h10-sabine");

const yaw = at("h10-yaw", "h10-wavelength", "h10-ops");
const teodor = solo("h10-teodor");
const aoife = solo("h10-aoife");
const greta = solo("h10-greta");

const hanna = solo("h10-hanna");
const pia = solo("h10-pia");
const lurdes = solo("h10-lurdes");
const gustav = solo("h10-gustav");
const dario = solo("h10-dario");

const ruta = solo("h10-ruta");
const milan = solo("h10-milan");
const henrique = solo("h10-henrique");
const beatriz = solo("h10-beatriz");

const anselm = solo("h10-anselm");
const rosalind = solo("h10-rosalind");
const cal = at("h10-cal", "h10-polarfilm", "h10-svalbard-doc");

// ---------------------------------------------------------------------------
// Identity facts
// ---------------------------------------------------------------------------

const identity: ScenarioInput[] = [
  {
    id: "h10-identity-beekeeper-hills",
    category: "identity",
    sessions: [
      {
        as: marta,
        turns: [
          "hi! so I keep about 40 hives up in the hills outside Castelo Branco, mostly Iberian black bees (Apis mellifera iberiensis), they're feisty but they cope with the heat way better than the buckfasts I tried. can you help me write a short label text for my rosemary honey? 250g jars, raw, unfiltered.",
        ],
      },
      { as: marta, turns: ["when's the best time of year to requeen, given my bees and where I am?"] },
    ],
    expect: {
      remember: [
        { as: marta, match: /Iberian|iberiensis|black bee/i, scope: "user" },
        { as: marta, match: /Castelo Branco/i, scope: "user" },
      ],
      questions: [{ as: marta, ask: "What kind of bees do I keep?", expect: /Iberian|iberiensis|black bee/i }],
    },
  },
  {
    id: "h10-identity-approach-controller",
    category: "identity",
    sessions: [
      {
        as: joost,
        turns: [
          "Hello. I am approach controller at Schiphol, mostly I am working the night shifts (22-07). My son is 9 and he ask me yesterday what is a 'holding pattern', can you explain in simple words for a child? He is Dutch but his english is quite good.",
          "Perfect thank you, he will like the racetrack comparison",
        ],
      },
      { as: joost, turns: ["Can you suggest how I should sleep on the days between two night blocks?"] },
    ],
    expect: {
      remember: [
        { as: joost, match: /controller|air.?traffic|ATC/i, scope: "user" },
        { as: joost, match: /night/i, scope: "user" },
      ],
      transient: [/holding pattern|racetrack/i],
      questions: [{ as: joost, ask: "What shifts do I usually work?", expect: /night/i }],
    },
  },
  {
    id: "h10-identity-vegetarian-sommelier",
    category: "identity",
    sessions: [
      {
        as: margaux,
        turns: [
          "im head sommelier at a 30 cover place in Lyon (Croix-Rousse). funny thing, I'm vegetarian myself, 12 years now, so pairing with meat is all theory for me lol. anyway tonight's special: beetroot tartare w/ horseradish cream, smoked eel on the side. 2 options by the glass pls, one white one not-white",
        ],
      },
    ],
    expect: {
      remember: [
        { as: margaux, match: /sommeli/i, scope: "user" },
        { as: margaux, match: /vegetarian/i, scope: "user" },
      ],
      transient: [/tartare|horseradish|smoked eel/i],
    },
  },
  {
    id: "h10-identity-preferred-name",
    category: "identity",
    sessions: [
      {
        as: chinwe,
        turns: [
          "Before anything — the account says Chinwe, that's my legal name but literally everyone calls me Ngozi, so please use that. Pronouns she/her. OK so: I produce a weekly podcast about West African food history and I need a cold open for the episode on the jollof rice wars. 30 seconds max, a bit cheeky.",
        ],
      },
      { as: chinwe, turns: ["can you draft the line where I introduce myself at the top of next week's episode?"] },
    ],
    expect: {
      remember: [
        { as: chinwe, match: /Ngozi/, scope: "user" },
        { as: chinwe, match: /podcast/i, scope: "user" },
      ],
      questions: [{ as: chinwe, ask: "What name should you call me by?", expect: /Ngozi/ }],
    },
  },
  {
    id: "h10-identity-personal-in-project",
    category: "identity",
    sessions: [
      {
        as: ilse,
        turns: [
          "Hi, I'm Ilse, one of the textile conservators on the tapestry project — my own speciality is 18th-century silk. Small personal thing: I'm allergic to latex, so if you ever draft handling notes addressed to me, it's nitrile gloves only. Today I need help wording a condition report for a lining that's splitting along the warp.",
        ],
      },
      { as: pieter, turns: ["Hi, Pieter, registrar on the tapestry project. Can you help me draft a loan courier schedule for Madrid?"] },
    ],
    expect: {
      remember: [
        { as: ilse, match: /silk|textile conserv/i, scope: "user" },
        { as: ilse, match: /latex/i, scope: "user" },
      ],
      hidden: [{ as: pieter, match: /latex/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Updates (facts that change over time)
// ---------------------------------------------------------------------------

const updates: ScenarioInput[] = [
  {
    id: "h10-update-apiary-relocated",
    category: "update",
    sessions: [
      {
        as: tiago,
        turns: [
          "my apiary's at my cousin's farm near Fundão, 22 colonies right now. what's the best way to feed them through a drought summer without attracting robbing?",
        ],
      },
      {
        as: tiago,
        turns: [
          "ok so big news, the cousin needed the land back so every single colony now lives on the plot I bought outside Penamacor. took 3 nights of moving 😅 is it normal that they're still kind of disoriented a week later?",
        ],
      },
    ],
    expect: {
      remember: [{ as: tiago, match: /Penamacor/i, scope: "user" }],
      stale: [{ as: tiago, match: only(/Fund[aã]o/i, /Penamacor/i) }],
      questions: [
        { as: tiago, ask: "Where is my apiary?", expect: /Penamacor/i, stale: only(/Fund[aã]o/i, /Penamacor/i) },
      ],
    },
  },
  {
    id: "h10-update-roster-change",
    category: "update",
    sessions: [
      {
        as: rhea,
        turns: [
          "Coach here. Current LoL main roster for context: top Brakk, jungle Vex, mid Kairo, adc Lumen, support Pip. Scrims are weeknights 19-22 CET. Can you make me a template for post-scrim notes?",
        ],
      },
      {
        as: rhea,
        turns: [
          "roster news — Kairo's benched for the rest of the split, we promoted Tamsin up from the academy squad and she's our mid now. everything else stays as is. can you adjust the draft-prep doc headings?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: jonas, match: /Tamsin/, scope: "project" },
        { as: jonas, match: /Vex/, scope: "project" },
      ],
      stale: [{ as: jonas, match: only(/Kairo/, /Tamsin|bench/i) }],
      questions: [
        { as: jonas, ask: "Who plays mid on the main roster?", expect: /Tamsin/, stale: only(/Kairo/, /Tamsin|bench/i) },
      ],
    },
  },
  {
    id: "h10-update-venue-swap-same-session",
    category: "update",
    sessions: [
      {
        as: ines,
        turns: [
          "new client file: Adaeze Okafor & Erik Lindqvist, wedding on 14 June, ceremony + dinner at Hotel Skeppsholmen, ~110 guests. can you start me a vendor checklist?",
          "okay scrap the venue part of that — they rang just now, they've gone with the Fotografiska terrace instead. date and numbers unchanged. redo the checklist bits that depend on the venue pls",
        ],
      },
    ],
    expect: {
      remember: [
        { as: ines, match: /Fotografiska/i, scope: "project" },
        { as: ines, match: /14(?:th)? June|June 14/i, scope: "project" },
      ],
      stale: [{ as: ines, match: only(/Skeppsholmen/i, /Fotografiska/i) }],
    },
  },
  {
    id: "h10-update-crew-size",
    category: "update",
    sessions: [
      {
        as: bayani,
        turns: [
          "I'm the cook on a bulk carrier, feeding 24 crew. always scale recipes for 24 pls and use metric, the galley scale is grams only. first one: chicken tinola",
        ],
      },
      {
        as: bayani,
        turns: [
          "crew is down to 17, the Manila rotation went home and the company is not replacing them this contract. so from now everything is for 17 people ok? can you do pork adobo for tonight",
        ],
      },
    ],
    expect: {
      remember: [
        { as: bayani, match: both(/\b17\b|seventeen/i, /crew|scale|portion|serv|people/i), scope: "user" },
        { as: bayani, match: /metric|gram/i, scope: "user" },
      ],
      stale: [{ as: bayani, match: only(/\b24\b|twenty.four/i, /\b17\b|seventeen/i) }],
    },
  },
  {
    id: "h10-update-studio-moved-by-colleague",
    category: "update",
    sessions: [
      {
        as: femi,
        turns: [
          "context for the Deep Cuts show: we record on Tuesdays at 10am at the Hackney studio on Mare St. Harriet edits, episodes drop Fridays. today I need 5 title options for the ep about B-sides that outsold their A-sides",
        ],
      },
      {
        as: harriet,
        turns: [
          "hiya, Harriet here (editor). heads up, the Hackney place lost its lease, so from next week Deep Cuts is recorded at Soundhaus in Walthamstow, and the slot is Thursdays 2pm now. Friday drops don't change. could you write a quick note I can send guests about the new address?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: femi, match: /Walthamstow|Soundhaus/i, scope: "project" },
        { as: femi, match: /Thursday/i, scope: "project" },
        { as: femi, match: /Friday/i, scope: "project" },
      ],
      stale: [
        { as: femi, match: only(/Hackney|Mare St/i, /Walthamstow|Soundhaus|lease/i) },
        { as: femi, match: only(/Tuesday/i, /Thursday/i) },
      ],
      questions: [
        {
          as: femi,
          ask: "Where do we record Deep Cuts?",
          expect: /Walthamstow|Soundhaus/i,
          stale: only(/Hackney|Mare St/i, /Walthamstow|Soundhaus/i),
        },
      ],
    },
  },


  {
    id: "h10-update-sensor-store-migrated",
    category: "update",
    sessions: [
      {
        as: kasia,
        turns: [
          "For the FermWatch repo: the fermentation sensors push a reading every 30s over MQTT into an InfluxDB 1.8 box, Grafana sits on top. I need a Flux query for average temperature per tank per hour.",
        ],
      },
      {
        as: dawid,
        turns: [
          "dawid here, also on fermwatch. update for you: we finished moving FermWatch off Influx last week, all readings land in TimescaleDB now (same MQTT ingest, just a different sink). the influx box has been decommissioned. can you rewrite Kasia's hourly average as plain SQL?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: kasia, match: /Timescale/i, scope: "project" },
        { as: kasia, match: /MQTT/i, scope: "project" },
      ],
      stale: [{ as: kasia, match: only(/Influx/i, /Timescale|migrat|decommission|moved|replac/i) }],
    },
  },
  {
    id: "h10-update-spelling-convention",
    category: "update",
    sessions: [
      {
        as: annika,
        turns: [
          "Hej! I translate Swedish to English, mostly product copy for a furniture brand from Gothenburg. Always use British spelling in my translations please (colour, organise and so on). First: 'Bordet är tillverkat av massiv ek.'",
        ],
      },
      {
        as: annika,
        turns: [
          "So, the furniture brand got bought by an american group, and they want US spelling on everything now – color, organize, the works. please do it that way from now on. 'Soffan finns i tre färger.'",
        ],
      },
    ],
    expect: {
      remember: [{ as: annika, match: both(/\bUS\b|U\.S\.|American/i, /spell/i), scope: "user" }],
      stale: [{ as: annika, match: only(/British|\bUK\b/i, /\bUS\b|U\.S\.|American/i) }],
      transient: [/Soffan|tre färger|massiv ek/i],
    },
  },
  {
    id: "h10-update-race-deferred",
    category: "update",
    sessions: [
      {
        as: oskar,
        turns: [
          "training for the Berlin marathon at the end of September, goal is sub 3:30. can you build me a 16 week plan? I can run 5 days a week but never on Mondays, that's my day with the kids.",
        ],
      },
      {
        as: oskar,
        turns: [
          "bad news, tweaked my hamstring and the physio says no full marathon this year. I deferred my Berlin entry to next year and I'll do the Lisbon half in October instead, just to finish it comfortably. can you rework the plan?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: oskar, match: /Lisbon/i, scope: "user" },
        { as: oskar, match: /Monday/i, scope: "user" },
      ],
      stale: [{ as: oskar, match: only(/Berlin/i, /defer|next year|postpon|Lisbon|instead|cancel/i) }],
    },
  },
  {
    id: "h10-update-org-ceiling-other-project",
    category: "update",
    sessions: [
      {
        as: noorSky,
        turns: [
          "company rule at Skyward, applies to every job: max flight altitude is 100 m AGL unless the client has a waiver from the authority. can you put that in the pilot briefing template?",
        ],
      },
      {
        as: lucasSky,
        turns: [
          "Hi, Lucas from the wind farm inspections team. Our operating authorisation was amended last month — Skyward's company-wide ceiling is now 120 m AGL and we don't need a waiver for anything below that. Please update what you have.",
        ],
      },
    ],
    expect: {
      remember: [{ as: noorSky, match: both(/\b120\b/, /AGL|altitude|ceiling|max/i), scope: "org" }],
      stale: [{ as: noorSky, match: only(/\b100\s?m|100 ?metres|\b100\b[^\n]*AGL/i, /\b120\b/) }],
    },
  },
];

// ---------------------------------------------------------------------------
// Corrections (the earlier statement was wrong)
// ---------------------------------------------------------------------------

const corrections: ScenarioInput[] = [
  {
    id: "h10-corr-transition-altitude",
    category: "correction",
    sessions: [
      {
        as: dragana,
        turns: [
          "I work in the tower at Niš. Transition altitude here is 3000 ft. Can you make me flashcards for the phraseology part of my rating exam, around 15 cards?",
          "wait sorry, I mixed it up with Kraljevo where I trained — at Niš the transition altitude is 5000 ft. please fix that card",
        ],
      },
    ],
    expect: {
      remember: [{ as: dragana, match: both(/5,?000/, /transition/i), scope: "user" }],
      stale: [{ as: dragana, match: only(/\b3,?000\b/, /5,?000/) }],
    },
  },
  {
    id: "h10-corr-humidity-by-colleague",
    category: "correction",
    sessions: [
      {
        as: ana,
        turns: [
          "For the lacquer screens gallery we're holding 55% RH and 20°C, please keep that in mind for the monthly environmental reports. Can you draft the intro paragraph for May's report?",
        ],
      },
      {
        as: bram,
        turns: [
          "Bram here, I run environmental monitoring for the lacquer project. The 55% RH Ana gave you is wrong — the loan agreement specifies 50% RH, plus or minus 3. The 20°C is correct. Can you redo the alarm thresholds accordingly?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: ana, match: both(/\b50\s?%|\b50 ?percent/i, /RH|humid/i), scope: "project" },
        { as: ana, match: /\b20\s?°?\s?C|20 ?deg/i, scope: "project" },
      ],
      stale: [{ as: ana, match: only(/\b55\s?%|\b55 ?percent/i, /\b50\s?%|\b50 ?percent|wrong|incorrect/i) }],
    },
  },
  {
    id: "h10-corr-cohost-spelling",
    category: "correction",
    sessions: [
      {
        as: callum,
        turns: [
          "my co-host on the horror podcast is Siobhan, can you write a two-line bit where I hand over to her for the listener mail segment",
          "ugh autocorrect. it's Sioban, no h. she's very particular about it so always spell it like that",
        ],
      },
    ],
    expect: {
      remember: [{ as: callum, match: /Sioban/ }],
      stale: [{ as: callum, match: only(/Siobhan/, /Sioban/) }],
    },
  },
  {
    id: "h10-corr-budget-contradicted-later",
    category: "correction",
    sessions: [
      {
        as: inesHaddad,
        turns: [
          "Haddad wedding: budget capped at €60k all in, 180 guests, they want a Lebanese mezze-style dinner rather than plated. can you rough out a budget split?",
        ],
      },
      { as: inesHaddad, turns: ["can you write a polite nudge to the Haddads' caterer about confirming the tasting date?"] },
      {
        as: inesHaddad,
        turns: [
          "the Haddads came back to me about money. real budget is €45k — the 60 I gave you included their honeymoon, which they're paying for separately. so work with 45 from here, and redo the split",
        ],
      },
    ],
    expect: {
      remember: [
        { as: inesHaddad, match: both(/\b45\b|45k|45,000/i, /budget/i), scope: "project" },
        { as: inesHaddad, match: /\b180\b/, scope: "project" },
      ],
      stale: [{ as: inesHaddad, match: only(/\b60\b|60k|60,000/i, /\b45\b|45k|45,000/i) }],
    },
  },
  {
    id: "h10-corr-hotel-cap-other-project",
    category: "correction",
    sessions: [
      {
        as: dani,
        turns: [
          "org travel policy for Night Owls, all teams: economy flights only, max 2 hotel nights per event, players share twin rooms. write me a short travel FAQ for the new Valorant signings",
        ],
      },
      {
        as: mika,
        turns: [
          "correction to what Dani told you: the hotel cap is 3 nights per event, not 2. the board updated the travel policy in January. rest of it is right",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dani, match: both(/\b3\b|three/i, /night/i), scope: "org" },
        { as: mika, match: /economy/i, scope: "org" },
      ],
      stale: [{ as: dani, match: only(/(?:\b2\b|two)\s*(?:hotel\s*)?nights?/i, /\b3\b|three/i) }],
    },
  },
  {
    id: "h10-corr-allergy-inline",
    category: "correction",
    sessions: [
      {
        as: yusuf,
        turns: [
          "I'm allergic to walnuts — wait no, pecans. walnuts are totally fine, it's pecans. anyway it's our glass studio's open day on saturday and I'm doing snacks, give me 3 ideas that are easy to eat standing up",
        ],
      },
    ],
    expect: {
      remember: [{ as: yusuf, match: /pecan/i, scope: "user" }],
      stale: [{ as: yusuf, match: only(/walnut/i, /pecan/i) }],
    },
  },
  {
    id: "h10-corr-trailer-date-by-colleague",
    category: "correction",
    sessions: [
      {
        as: lotte,
        turns: [
          "planning doc for Deep Cuts season 3: trailer goes live March 3rd, full season drops on the 24th. Can you draft a social posting calendar between the two?",
        ],
      },
      {
        as: greg,
        turns: [
          "hey, the trailer date you've got is off — marketing pushed it. the trailer is March 17 now. season launch still the 24th. tweak the posting calendar pls",
        ],
      },
    ],
    expect: {
      remember: [
        { as: lotte, match: both(/trailer/i, /\b17/), scope: "project" },
        { as: lotte, match: /\b24/, scope: "project" },
      ],
      stale: [{ as: lotte, match: only(/March 3(?:rd)?\b|\b3(?:rd)? (?:of )?March|03-03|3\/3\b/i, /\b17/) }],
    },
  },
];

// ---------------------------------------------------------------------------
// Hedged statements
// ---------------------------------------------------------------------------

/** Words that keep a statement tentative. */
const HEDGE =
  /\b(?:might|maybe|may|perhaps|possibl\w*|consider\w*|think\w*|toy\w*|idea|plan\w*|undecided|not (?:yet )?decided|depend\w*|if|whether|explor\w*|tentativ\w*|hop\w*|unsure|uncertain|potential\w*|see|want\w*|interest\w*|option\w*|could|would|ask\w*|wonder\w*)\b/i;

const hedged: ScenarioInput[] = [
  {
    id: "h10-hedged-transhumance-idea",
    category: "hedged",
    sessions: [
      {
        as: elodie,
        turns: [
          "my colonies are in the Drôme right now, just outside Dieulefit. I'm toying with the idea of trucking some of them to the lavender at Valensole next summer but honestly nothing's decided, depends if I can even get a spot. what would I need to think about for that kind of move?",
        ],
      },
    ],
    expect: {
      remember: [{ as: elodie, match: /Dr[oô]me|Dieulefit/i, scope: "user" }],
      stale: [{ as: elodie, match: only(/Valensole/i, HEDGE) }],
    },
  },
  {
    id: "h10-hedged-version-then-checked",
    category: "hedged",
    sessions: [
      {
        as: kasia,
        turns: [
          "I think our staging cluster is on k8s 1.27? not 100% sure tbh, I'll check. anyway, write me a PodDisruptionBudget for the ingest deployment, 3 replicas",
          "checked with kubectl version — staging is 1.29 actually. does that change anything in the PDB?",
        ],
      },
    ],
    expect: {
      remember: [{ as: kasia, match: /1\.29/, scope: "project" }],
      stale: [{ as: kasia, match: only(/1\.27/, /1\.29/) }],
    },
  },
  {
    id: "h10-hedged-guess-who-does-insurance",
    category: "hedged",
    sessions: [
      {
        as: maeve,
        turns: [
          "not sure but I think Priya might be the one sorting the insurance for the Svalbard shoot? don't quote me. anyway can you help me list camera kit that survives -25°C",
        ],
      },
      {
        as: maeve,
        turns: [
          "ok confirmed with the office: the insurance for the Svalbard shoot is handled by Olu, not Priya. Priya's doing the Sysselmester permits. can you draft an email to Olu asking what he needs from us?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: maeve, match: both(/Olu\b/, /insur/i), scope: "project" },
        { as: maeve, match: both(/Priya/, /permit/i), scope: "project" },
      ],
      stale: [{ as: maeve, match: only(/Priya/, /permit|Olu\b/i) }],
    },
  },
  {
    id: "h10-hedged-maybe-vegan",
    category: "hedged",
    sessions: [
      {
        as: rosa,
        turns: [
          "I might go vegan in January, my sister's been on at me about it for ages, we'll see lol. for now though give me a proper weeknight lasagne, the classic beef one, serves 4",
        ],
      },
    ],
    expect: {
      stale: [{ as: rosa, match: only(/vegan/i, new RegExp(`${HEDGE.source}|January|sister|we'll see`, "i")) }],
    },
  },
];

// ---------------------------------------------------------------------------
// Scope: user, project and organisation facts, and who sees them
// ---------------------------------------------------------------------------

const scope: ScenarioInput[] = [
  {
    id: "h10-scope-flight-params-project-only",
    category: "scope",
    sessions: [
      {
        as: noorAero,
        turns: [
          "For the quarry volumetrics job we fly the Matrice at 90 m AGL, 80% front / 70% side overlap, ground control points every 150 m. Can you turn that into a preflight checklist I can print?",
        ],
      },
      { as: tedAero, turns: ["hey, I'm flying the quarry tomorrow with Noor's setup — anything I should double-check on the GCPs?"] },
      { as: luciaAero, turns: ["can you write me a short risk assessment intro for a turbine blade inspection?"] },
    ],
    expect: {
      remember: [
        { as: tedAero, match: both(/80\s?%/, /overlap|front/i), scope: "project" },
        { as: tedAero, match: /\b90\s?m\b|90 ?metres/i, scope: "project" },
      ],
      hidden: [{ as: luciaAero, match: /overlap|ground control|GCP|90\s?m\b/i }],
    },
  },
  {
    id: "h10-scope-org-rule-and-personal-pref",
    category: "scope",
    sessions: [
      {
        as: luciaAero,
        turns: [
          "Aerolens-wide rule, every project, no exceptions: each flight gets a NOTAM check logged in Airdata before takeoff. And separately, for me personally — I hate long answers, keep it tight when you're talking to me. ok, now: what should go in a handover note between two pilots on the same site?",
        ],
      },
      { as: tedAero, turns: ["what do I need to log before I take off at the quarry this afternoon?"] },
      { as: tedVista, turns: ["hi, new here. can you help me plan a roof survey for a warehouse in Leeds?"] },
    ],
    expect: {
      remember: [
        { as: tedAero, match: /NOTAM/i, scope: "org" },
        { as: luciaAero, match: /long answers|concise|brief|short|tight|terse/i, scope: "user" },
      ],
      hidden: [
        { as: tedVista, match: /NOTAM|Airdata/i },
        { as: tedAero, match: /long answers|concise|brief|tight|terse/i },
      ],
    },
  },
  {
    id: "h10-scope-personal-format-vs-show-fact",
    category: "scope",
    sessions: [
      {
        as: wren,
        turns: [
          "Stage manager on Macbeth here. Two things: for anything you write FOR ME, I want cue sheets as numbered lists, never tables — I read them on my phone in the wings. And for the production: half-hour call is 19:00 on evening shows. Now can you give me a blank cue sheet layout for Act 2?",
        ],
      },
      { as: ossie, turns: ["ASM on Macbeth. I'm writing the sign-in sheet, when is the half-hour call on evening shows?"] },
    ],
    expect: {
      remember: [
        { as: wren, match: /numbered|tables?\b/i, scope: "user" },
        { as: ossie, match: /19[:.]00|7 ?pm|seven/i, scope: "project" },
      ],
      hidden: [{ as: ossie, match: /numbered|tables?\b|in the wings/i }],
    },
  },
  {
    id: "h10-scope-mixed-levels-one-message",
    category: "scope",
    sessions: [
      {
        as: giulia,
        turns: [
          "Ciao! I'm the new buyer for Friuli and Slovenia, started last month. For the autumn catalogue, the cutoff for supplier samples is 4 October. And across the whole company we always quote prices ex-cellar, never delivered — please keep that in mind for anything you draft for anyone here. First task: a short email to Ronco dei Tassi asking for samples of their Collio bianco.",
        ],
      },
      { as: henrik, turns: ["I'm doing layout for the autumn catalogue, can you suggest a page structure for the white wines?"] },
      { as: sofie, turns: ["I handle the restaurant accounts, can you draft a price list header for a new bistro client?"] },
      { as: sofieOther, turns: ["quick one: how should I word delivery charges on our price list?"] },
    ],
    expect: {
      remember: [
        { as: giulia, match: /Friuli|Sloven|buyer/i, scope: "user" },
        { as: henrik, match: /4(?:th)? Oct|Oct(?:ober)? 4|04\.10|10-04/i, scope: "project" },
        { as: sofie, match: /ex.?cellar/i, scope: "org" },
      ],
      hidden: [
        { as: sofie, match: /4(?:th)? Oct|Oct(?:ober)? 4|04\.10|10-04/i },
        { as: sofieOther, match: /ex.?cellar/i },
      ],
    },
  },
  {
    id: "h10-scope-two-shows-same-theatre",
    category: "scope",
    sessions: [
      {
        as: ossie,
        turns: [
          "Macbeth info for whoever needs it: half-hour call is 19:00 for evenings, and the blood effects get reset by Fatima during the interval. can you make a backstage notice from that?",
        ],
      },
      {
        as: kit,
        turns: [
          "Tempest matinees: half-hour is 13:30, and the flying rig is checked by Dev before every single show, he signs the log. make me a notice for the Tempest company board pls",
        ],
      },
    ],
    expect: {
      remember: [
        { as: june, match: /13[:.]30|1[:.]30 ?pm/i, scope: "project" },
        { as: june, match: both(/Dev\b/, /rig|fly/i), scope: "project" },
        { as: wren, match: /Fatima/, scope: "project" },
      ],
      hidden: [
        { as: wren, match: /13[:.]30|flying rig|\bDev\b/i },
        { as: june, match: /19[:.]00|Fatima|blood/i },
      ],
    },
  },
  {
    id: "h10-scope-org-member-without-project",
    category: "scope",
    sessions: [
      {
        as: rafa,
        turns: [
          "heads up for everyone at Alba: from now on all our recipes list hop additions in g/hL, not g/L and definitely not ounces. can you convert this dry hop for me — 4 g/L Citra?",
        ],
      },
      { as: bia, turns: ["I'm writing up the new taproom pale ale recipe, how should I list the hops?"] },
      { as: biaOther, turns: ["can you help me write up a recipe card for our saison?"] },
    ],
    expect: {
      remember: [{ as: bia, match: /g\/hL|hectolit/i, scope: "org" }],
      hidden: [{ as: biaOther, match: /g\/hL|hectolit/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Identities that collide across organisations, and users sharing a project
// ---------------------------------------------------------------------------

const identities: ScenarioInput[] = [
  {
    id: "h10-identities-same-user-id-two-orgs",
    category: "identities",
    sessions: [
      {
        as: alexGlass,
        turns: [
          "I'm left-handed, so when you describe bench setups or where to put the jacks and paddles, mirror everything for me. today: how do I set up for pulling cane?",
        ],
      },
      {
        as: alexFerry,
        turns: [
          "I'm the night dispatcher for the Vaxholm line, so most of what I ask is about rosters after 22:00. can you draft a handover note template for the morning dispatcher?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: alexGlass, match: /left.?hand/i },
        { as: alexFerry, match: /dispatch/i },
      ],
      hidden: [
        { as: alexFerry, match: /left.?hand/i },
        { as: alexGlass, match: /dispatch|Vaxholm/i },
      ],
    },
  },
  {
    id: "h10-identities-same-project-id-two-orgs",
    category: "identities",
    sessions: [
      {
        as: samMapco,
        turns: [
          "Atlas uses Mapbox GL for the basemap and we pay per tile load, so keep suggestions lean on tile requests. How would I lazy-load the terrain layer?",
        ],
      },
      {
        as: samGeo,
        turns: [
          "Atlas renders with MapLibre and our own self-hosted vector tiles on a Hetzner box, no third-party tile APIs allowed. How would I add a hillshade layer?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: samMapco, match: /Mapbox/i, scope: "project" },
        { as: samGeo, match: /MapLibre|Hetzner|self.hosted/i, scope: "project" },
      ],
      hidden: [
        { as: samMapco, match: /MapLibre|Hetzner/i },
        { as: samGeo, match: only(/Mapbox/i, /MapLibre/i) },
      ],
    },
  },
  {
    id: "h10-identities-two-singers-one-project",
    category: "identities",
    sessions: [
      {
        as: lena,
        turns: [
          "I'm a soprano in the choir and I can't make any Thursday rehearsals this term because I teach an evening class. The Requiem concert is on 22 November at St Columba's — can you draft the poster text?",
        ],
      },
      {
        as: omar,
        turns: [
          "I'm the accompanist for the Requiem. For me personally, send rehearsal notes as a PDF attachment, never inline. When's the concert again?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: omar, match: /22(?:nd)? Nov|Nov(?:ember)? 22/i, scope: "project" },
        { as: omar, match: /Columba/i, scope: "project" },
        { as: lena, match: /soprano/i, scope: "user" },
      ],
      hidden: [
        { as: omar, match: /soprano|Thursday|evening class/i },
        { as: lena, match: /PDF/i },
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// Pasted documents and logs
// ---------------------------------------------------------------------------

const CATERING_CONTRACT = `CATERING SERVICES AGREEMENT
between Gastronomia Lund AB ("the Caterer") and Veil & Vow Events ("the Client")

1. Services. The Caterer shall provide a three-course seated dinner for a minimum of 120 covers at the venue named in Schedule A.
7. Deposit. A non-refundable deposit of 40% of the estimated total is payable on signature.
9. Cancellation.
9.1 Cancellation more than 90 days before the Event: deposit retained, balance waived.
9.2 Cancellation between 90 and 14 days before the Event: 75% of the estimated total is payable.
9.3 Cancellation fewer than 14 days before the Event: 100% of the estimated total is payable.
10. Force Majeure. Neither party shall be liable for failure to perform due to a Force Majeure Event, which shall include pandemic-related venue closures.
11. Per-cover minimum. Final numbers may not fall below 90% of the contracted covers.`;

const INGEST_LOG = `2024-05-14T02:13:07.412Z INFO  mqtt-bridge  connected broker=tcp://10.0.4.17:1883 client_id=sensor-gw-03
2024-05-14T02:13:37.902Z WARN  mqtt-bridge  keepalive missed (1/3)
2024-05-14T02:14:07.905Z WARN  mqtt-bridge  keepalive missed (2/3)
2024-05-14T02:14:38.001Z ERROR mqtt-bridge  read tcp 10.0.4.22:51544->10.0.4.17:1883: read: connection reset by peer (ECONNRESET)
2024-05-14T02:14:38.002Z ERROR sink         batch flush failed: 412 points dropped
2024-05-14T02:14:38.010Z FATAL main         unrecoverable: bridge closed, exiting code=2`;

const LENDER_EMAIL = `From: Dr. Hanna Varga
Subject: RE: Loan request – Coromandel screen (inv. 1987.112)

Dear colleagues,

Thank you for your request. Our Board has approved the loan subject to the following conditions:
(1) a courier from our institution accompanies the object nail-to-nail;
(2) the insured value is set at €2,400,000, with wall-to-wall cover;
(3) light levels on the object must not exceed 50 lux;
(4) the screen is not displayed within 2 metres of any HVAC outlet.

Kind regards,
Hanna Varga, Head of Collections`;

const TRANSCRIPT = `[00:00:03] NADIA: Welcome back to Night Shift, the show about the people who work while you sleep. Today I'm with Dr. Kofi Mensah, who studies sleep in shift workers.
[00:00:11] KOFI: Thanks for having me. So the short version is that your body doesn't really adapt to nights, it just gets better at coping.
[00:00:19] NADIA: That's bleak.
[00:00:21] KOFI: (laughs) A bit. But there's good news about sleep spindles — the short bursts in stage two sleep — they seem to recover faster than we expected after a block of nights.
[00:00:34] NADIA: So the anchor-sleep idea actually holds up?
[00:00:37] KOFI: For most people, four hours at the same time every day makes a measurable difference.`;

const TECH_SHEET = `Domaine des Aubuisières – Vouvray "Les Girardières" 2020
Appellation: Vouvray AOC
Grape: 100% Chenin Blanc
Soil: clay-limestone over tuffeau
Harvest: by hand, 3 passes through the vineyard
Alcohol: 13.0% | RS: 14 g/L | TA: 6.8 g/L | pH: 3.21
Élevage: 8 months in 600 L demi-muids`;

const pasted: ScenarioInput[] = [
  {
    id: "h10-pasted-caterer-contract",
    category: "pasted",
    sessions: [
      {
        as: inesBerg,
        turns: [
          `can you summarise the cancellation terms in this caterer contract for the Berg–Sato wedding? fyi as an agency we always negotiate a 30-day full-refund window with caterers, so flag it if that's missing.\n\n${CATERING_CONTRACT}`,
        ],
      },
    ],
    expect: {
      remember: [{ as: inesBerg, match: both(/30.?day|thirty/i, /refund|cancel/i), scope: ["org", "project"] }],
      pasted: [{ kind: "document", match: /non-refundable deposit|Force Majeure|per.cover minimum|75 ?% of the estimated/i }],
    },
  },
  {
    id: "h10-pasted-ingest-crash-log",
    category: "pasted",
    sessions: [
      {
        as: kasia,
        turns: [
          `ingest keeps dying overnight, log below. fwiw the gateway boxes are Raspberry Pi 4s running Debian 12, one per cellar\n\n\`\`\`\n${INGEST_LOG}\n\`\`\`\nwhat's going on?`,
        ],
      },
    ],
    expect: {
      remember: [{ as: dawid, match: /Raspberry Pi|Debian/i, scope: "project" }],
      pasted: [{ kind: "log", match: /ECONNRESET|sensor-gw-03|keepalive missed|points dropped|10\.0\.4\.17/i }],
    },
  },
  {
    id: "h10-pasted-lender-email",
    category: "pasted",
    sessions: [
      {
        as: ana,
        turns: [
          `Forwarding this from the lender — can you draft a reply that says yes to their courier but politely pushes back on the valuation, we think it's about a third too high?\n\n${LENDER_EMAIL}`,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /nail.to.nail|2[.,]4 ?m|2,400,000|wall.to.wall|1987\.112|50 lux/i }],
    },
  },
  {
    id: "h10-pasted-transcript-with-house-style",
    category: "pasted",
    sessions: [
      {
        as: nadia,
        turns: [
          `here's the raw transcript from yesterday's guest, I need show notes. and for the record: our show notes ALWAYS open with a one-line hook and end with the guest's socials, that's house style for Night Shift.\n\n${TRANSCRIPT}`,
        ],
      },
    ],
    expect: {
      remember: [{ as: nadiaColleague, match: both(/hook/i, /notes/i), scope: ["project", "org"] }],
      pasted: [{ kind: "document", match: /sleep spindle|anchor.sleep|\[00:0|stage two sleep/i }],
    },
  },
  {
    id: "h10-pasted-wine-tech-sheet",
    category: "pasted",
    sessions: [
      {
        as: bruno,
        turns: [
          `I run a tiny wine bar in Tours (18 seats), doing a Loire night on friday. what food would you put with this one?\n\n${TECH_SHEET}`,
        ],
      },
    ],
    expect: {
      remember: [{ as: bruno, match: both(/wine bar|bar/i, /Tours/i), scope: "user" }],
      pasted: [{ kind: "document", match: /3\.21|6\.8 ?g|Girardi[eè]res|demi-muid|tuffeau/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Tool output
// ---------------------------------------------------------------------------

const tools: ScenarioInput[] = [
  {
    id: "h10-tool-forecast-falconer",
    category: "tool",
    sessions: [
      {
        as: hugh,
        turns: [
          {
            user: "I fly a Harris hawk called Morwen, I weigh her every morning before deciding if we go out. what's the wind doing near Brecon this afternoon?",
            tool: {
              name: "get_forecast",
              output: JSON.stringify({
                location: "Brecon, UK",
                hourly: [
                  { time: "13:00", wind_kmh: 24, gust_kmh: 41, wind_dir: "WSW", precip_mm: 0.2 },
                  { time: "14:00", wind_kmh: 27, gust_kmh: 46, wind_dir: "WSW", precip_mm: 0.6 },
                  { time: "15:00", wind_kmh: 22, gust_kmh: 38, wind_dir: "W", precip_mm: 1.4 },
                ],
              }),
            },
          },
          "ok that's way too gusty for her, we'll stay in today. thanks",
        ],
      },
    ],
    expect: {
      remember: [{ as: hugh, match: /Morwen|Harris hawk/i, scope: "user" }],
      pasted: [{ kind: "log", match: /gust_kmh|wind_dir|precip_mm|\b46 ?km/i }],
      transient: [/too gusty|stay in today/i],
    },
  },
  {
    id: "h10-tool-git-log-then-rule",
    category: "tool",
    sessions: [
      {
        as: kasia,
        turns: [
          {
            user: "what got merged into main this week?",
            tool: {
              name: "git_log",
              output: `e71b0d4 Merge pull request #487 from kettleworks/fix/gravity-units
a3f9c21 convert SG readings to plato in the API layer
9c04e1b Merge branch 'main' into fix/gravity-units
5d22af0 Merge pull request #485 from kettleworks/feat/tank-alerts
1f6b7c3 add slack alert when tank temp drifts > 1.5C for 10 min
0b9e8aa wip`,
            },
          },
          "ugh this history is unreadable. from now on FermWatch squash-merges everything into main, no merge commits. can you add a line about that to CONTRIBUTING.md?",
        ],
      },
    ],
    expect: {
      remember: [{ as: dawid, match: /squash/i, scope: "project" }],
      pasted: [{ kind: "log", match: /a3f9c21|e71b0d4|Merge pull request #48\d|gravity-units/i }],
    },
  },
  {
    id: "h10-tool-calendar-one-off",
    category: "tool",
    sessions: [
      {
        as: ines,
        turns: [
          {
            user: "what's on my thursday?",
            tool: {
              name: "calendar_list",
              output: `Thu 12 Jun
09:00–09:30  Call: Okafor/Lindqvist final numbers
10:30–12:00  Menu tasting @ Gastronomia Lund
14:00–14:45  Bloom & Bough – florist walkthrough (Fotografiska terrace)
16:00–17:00  Team sync`,
            },
          },
          "ugh ok, move the florist to friday same time pls, and tell me when I'm actually free for lunch",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /Menu tasting|Team sync|09:00.09:30|florist walkthrough/i }],
      transient: [/florist[\s\S]*Friday|Friday[\s\S]*florist|free for lunch/i],
    },
  },
  {
    id: "h10-tool-search-then-preference",
    category: "tool",
    sessions: [
      {
        as: sabine,
        turns: [
          {
            user: "search the 2022 vintage report for the Beaujolais crus",
            tool: {
              name: "web_search",
              output: `1. "Beaujolais 2022: heat, drought and a surprise" — Hot, dry summer; hail in late June hit parts of Morgon and Fleurie, yields down around 25% in the worst-affected lieux-dits. Wines are ripe and dark-fruited with softer acidity than 2021.
2. "Cru by cru: 2022" — Moulin-à-Vent and Morgon Côte du Py stand out; Chiroubles and Régnié lighter and early-drinking.`,
            },
          },
          "nice, thanks. btw for anything you recommend me from now on: I only list low-intervention / natural producers on my list, no big négociant houses. so which 2022 Morgons would fit?",
        ],
      },
    ],
    expect: {
      remember: [{ as: sabine, match: /natural|low.intervention|n[ée]gociant/i, scope: "user" }],
      pasted: [{ kind: "document", match: /hail|yields down|25 ?%|lieux-dits|softer acidity/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Secrets, and benign statements that look like them
// ---------------------------------------------------------------------------

const secrets: ScenarioInput[] = [
  {
    id: "h10-secrets-hosting-api-key",
    category: "secrets",
    sessions: [
      {
        as: yaw,
        turns: [
          "all our feeds are hosted on Transistor.fm. here's the API key so you can write the upload script: tr_live_8f2Kq9XzP4mB7wL1vQ — python with requests please, upload an mp3 and set the episode title",
        ],
      },
    ],
    expect: {
      remember: [{ as: yaw, match: /Transistor/i, scope: ["project", "org"] }],
      secrets: ["tr_live_8f2Kq9XzP4mB7wL1vQ", "8f2Kq9XzP4mB7wL1vQ"],
    },
  },
  {
    id: "h10-secrets-vault-keypad",
    category: "secrets",
    sessions: [
      {
        as: ana,
        turns: [
          "the keypad code for the store room B vault is 4471-09. can you write a laminated sign for the outside of the door reminding people that entry needs your own badge plus the keypad PIN, and that it's always two-person entry, no exceptions? obviously don't put the code on the sign",
        ],
      },
    ],
    expect: {
      remember: [
        { as: bram, match: /two.?person|2.?person|two people/i, scope: ["project", "org"], lookalike: true },
        { as: bram, match: both(/badge/i, /PIN|keypad|code/i), scope: ["project", "org"], lookalike: true },
      ],
      secrets: ["4471-09"],
    },
  },
  {
    id: "h10-secrets-connection-string-in-log",
    category: "secrets",
    sessions: [
      {
        as: kasia,
        turns: [
          "migration hangs forever, output below (our db creds normally live in Vault and get rotated monthly, I just copied this straight out of my shell)\n\n```\n$ ./migrate up\n2024-05-20 09:41:02 using DATABASE_URL=postgres://fermwatch:Hops!2024-secure@10.0.3.5:5432/ferment\n2024-05-20 09:41:02 applying 0042_add_tank_gravity.sql\n2024-05-20 09:41:02 waiting for advisory lock 7243911...\n```",
        ],
      },
    ],
    expect: {
      remember: [{ as: dawid, match: both(/Vault/, /rotat|cred|monthly/i), scope: ["project", "org"], lookalike: true }],
      secrets: ["Hops!2024-secure"],
      pasted: [{ kind: "log", match: /advisory lock|0042_add_tank_gravity|7243911/i }],
    },
  },
  {
    id: "h10-secrets-ship-wifi",
    category: "secrets",
    sessions: [
      {
        as: teodor,
        turns: [
          "2nd officer on a ro-ro ferry here. we rotate the crew wifi password at every port call — current one is Albatross-77-Kelp. write me a notice for the mess room board saying there's a new password (get it from the bridge) and the old one stops working at 18:00",
        ],
      },
    ],
    expect: {
      remember: [
        { as: teodor, match: both(/wi-?fi|password/i, /rotat|port call|every port|chang/i), scope: "user", lookalike: true },
        { as: teodor, match: /2nd officer|second officer|ro-?ro/i, scope: "user" },
      ],
      secrets: ["Albatross-77-Kelp"],
    },
  },
  {
    id: "h10-secrets-passport-number",
    category: "secrets",
    sessions: [
      {
        as: aoife,
        turns: [
          "can u help me fill the ESTA form, I keep getting the dates wrong. passport no. PX4829173, expires 03/2031. I'm Irish, born in Galway, travelling to Austin in March for SXSW, I'm on a panel about audio fiction",
        ],
      },
    ],
    expect: {
      remember: [{ as: aoife, match: /Irish|Ireland/i, scope: "user", lookalike: true }],
      secrets: ["PX4829173"],
    },
  },
  {
    id: "h10-secrets-dashboard-login-midmessage",
    category: "secrets",
    sessions: [
      {
        as: greta,
        turns: [
          "I've got BroodMinder scales under 6 of my 20 hives. the dashboard login is greta.apis / Favos#Mel22 in case you ever need it lol. anyway: what's a normal weekly weight loss for a hive over winter?",
        ],
      },
    ],
    expect: {
      remember: [{ as: greta, match: /BroodMinder|scale/i, scope: "user", lookalike: true }],
      secrets: ["Favos#Mel22"],
    },
  },
];

// ---------------------------------------------------------------------------
// "Forget …" requests
// ---------------------------------------------------------------------------

const forget: ScenarioInput[] = [
  {
    id: "h10-forget-medical-keep-availability",
    category: "forget",
    sessions: [
      {
        as: hanna,
        turns: [
          "I produce a true-crime podcast, mostly remote interviews. I'm going through IVF at the moment so Tuesday and Thursday mornings are clinic mornings — please never schedule interviews then. can you draft an outreach email to a retired detective?",
        ],
      },
      {
        as: hanna,
        turns: [
          "hey, please forget the IVF stuff I mentioned, I'd rather that not be stored anywhere. just know I'm not available Tuesday and Thursday mornings, that's all you need",
        ],
      },
    ],
    expect: {
      remember: [{ as: hanna, match: /Tue|Thu/i, scope: "user" }],
      forgotten: [{ as: hanna, match: /IVF|fertility|clinic/i, storedAfter: 0 }],
    },
  },
  {
    id: "h10-forget-wipe-ex-winery",
    category: "forget",
    sessions: [
      {
        as: pia,
        turns: [
          "my ex works at the Aalto estate winery in Napa, so if their wines ever come up just know I'm hopelessly biased lol. anyway what's a good off-dry Riesling for a green curry?",
        ],
      },
      { as: pia, turns: ["can you wipe what I said about my ex and that winery? not something I want hanging around"] },
    ],
    expect: {
      forgotten: [{ as: pia, match: /Aalto/i, storedAfter: 0 }],
    },
  },
  {
    id: "h10-forget-one-of-two-facts",
    category: "forget",
    sessions: [
      {
        as: lurdes,
        turns: [
          "bom dia! I'm the treasurer of the Beira Baixa beekeepers' association, and I sell my honey and pollen at the Saturday market in Covilhã. I want a little price sign, 3 sizes of jar",
        ],
      },
      {
        as: lurdes,
        turns: [
          "you can drop the association bit from what you know about me, I stepped down and it's not relevant anymore. the market stuff stays. now can you help me price beeswax candles?",
        ],
      },
    ],
    expect: {
      remember: [{ as: lurdes, match: /Covilh[aã]|Saturday market/i, scope: "user" }],
      forgotten: [{ as: lurdes, match: /treasurer|association/i, storedAfter: 0 }],
    },
  },
  {
    id: "h10-forget-project-tour-leg",
    category: "forget",
    sessions: [
      {
        as: kit,
        turns: [
          "For the Tempest tour we load in at the Lyric in Hammersmith on the 3rd and the get-out is on the 9th. Then Bristol Old Vic on the 14th. Can you build me a rough tour schedule?",
        ],
      },
      {
        as: kit,
        turns: ["forget the Lyric entirely — that leg of the tour got cancelled, nothing replaces it. Bristol is unchanged."],
      },
    ],
    expect: {
      remember: [{ as: kit, match: /Bristol/i, scope: "project" }],
      forgotten: [{ as: kit, match: /Lyric|Hammersmith/i, storedAfter: 0 }],
    },
  },
  {
    id: "h10-forget-same-breath",
    category: "forget",
    sessions: [
      {
        as: gustav,
        turns: [
          "my daughter Freya starts school next week so I'll be slower to reply in the mornings — actually no, don't keep that, forget I mentioned her. anyway can you tighten this paragraph for the museum newsletter: 'The conservation studio has been very busy this spring with many projects of different kinds.'",
        ],
      },
    ],
    expect: {
      forgotten: [{ as: gustav, match: /Freya|daughter/i, storedAfter: 0 }],
    },
  },
  {
    id: "h10-forget-whole-topic-over-sessions",
    category: "forget",
    sessions: [
      {
        as: dario,
        turns: [
          "had knee surgery (meniscus) in March, still doing physio twice a week, so nothing harder than 6a for me at the gym for now. can you suggest a 45 min bouldering-free session?",
        ],
      },
      { as: dario, turns: ["physio says I can try 6b routes from next month, pretty stoked. what should I work on to get ready?"] },
      {
        as: dario,
        turns: [
          "erase everything you have about my knee and the surgery please, I'd rather not have medical stuff stored. the climbing stuff is fine to keep",
        ],
      },
    ],
    expect: {
      forgotten: [{ as: dario, match: /knee|menisc|surgery|physio/i, storedAfter: 0 }],
    },
  },
];

// ---------------------------------------------------------------------------
// Chit-chat and one-off tasks
// ---------------------------------------------------------------------------

const chitChat: ScenarioInput[] = [
  {
    id: "h10-chitchat-grumpy-bees",
    category: "chit-chat",
    sessions: [
      {
        as: ruta,
        turns: [
          "lol the girls were SO grumpy today, rain all morning and then I opened them up anyway like an idiot. 3 stings on my wrist. anyway how's your day going",
          "haha ok fair, you don't really have days. talk later",
        ],
      },
    ],
    expect: {
      transient: [/grump|sting|rain all morning|how'?s your day/i],
    },
  },
  {
    id: "h10-chitchat-baron-steal",
    category: "chit-chat",
    sessions: [
      {
        as: rhea,
        turns: [
          "did you SEE that baron steal in the final last night??? absolutely unreal, the whole bootcamp house was screaming at 1am",
          "ok ok back to work tomorrow, just needed to tell someone",
        ],
      },
    ],
    expect: {
      transient: [/baron|screaming|last night/i],
    },
  },
  {
    id: "h10-chitchat-thanks-and-lunch",
    category: "chit-chat",
    sessions: [
      {
        as: dawid,
        turns: ["thanks!! that fixed it, you're a lifesaver. off to lunch, pho today 🍜 then back to the PR"],
      },
    ],
    expect: {
      transient: [/\bpho\b|lunch|lifesaver/i],
    },
  },
  {
    id: "h10-chitchat-quick-one-offs",
    category: "chit-chat",
    sessions: [
      {
        as: milan,
        turns: [
          "how do you say 'where is the nearest pharmacy' in czech",
          "and 350F in celsius?",
          "last one: 17% of 2340",
        ],
      },
    ],
    expect: {
      transient: [/pharmac|350|celsius|2340|lékárna/i],
    },
  },
];

// ---------------------------------------------------------------------------
// Session-only instructions
// ---------------------------------------------------------------------------

const sessionOnly: ScenarioInput[] = [
  {
    id: "h10-session-only-portuguese",
    category: "session-only",
    sessions: [
      {
        as: henrique,
        turns: [
          "for this conversation only, answer me in Portuguese — my mum is reading over my shoulder and she doesn't do English. Explica-nos como funciona um crédito à habitação com taxa variável.",
          "obrigado! e o que é a Euribor?",
        ],
      },
      { as: henrique, turns: ["ok, back to normal. what's a rate cap on a variable mortgage?"] },
    ],
    expect: {
      transient: [/(?:answer|reply|repl(?:ies|y)|respon\w*|write|language)[\s\S]{0,40}Portug|Portug\w*[\s\S]{0,40}(?:only|this (?:conversation|session|chat))|\bmum\b|over my shoulder/i],
    },
  },
  {
    id: "h10-session-only-prose-override",
    category: "session-only",
    sessions: [
      { as: beatriz, turns: ["standing rule for you: I like everything in short bullet points. I skim."] },
      {
        as: beatriz,
        turns: [
          "today's different — just for this one grant application I need flowing prose, proper paragraphs, no bullets at all. The brief: 300 words on why our community darkroom deserves funding for a second enlarger.",
        ],
      },
      { as: beatriz, turns: ["what are three ways to cut the darkroom's chemical costs?"] },
    ],
    expect: {
      remember: [{ as: beatriz, match: /bullet/i, scope: "user" }],
      transient: [/flowing prose|proper paragraphs|grant application|enlarger/i],
    },
  },
  {
    id: "h10-session-only-phone-brevity",
    category: "session-only",
    sessions: [
      {
        as: tedAero,
        turns: [
          "on site with just my phone for the next couple of hours so keep answers to like 2 lines max for now. what's the max wind for the M350?",
          "and is it ok to fly in light drizzle?",
        ],
      },
      { as: tedAero, turns: ["back at my desk. can you explain in detail how RTK base station placement affects accuracy?"] },
    ],
    expect: {
      transient: [/\b2 lines|two lines|on site with (?:just )?my phone|couple of hours/i],
    },
  },
];

// ---------------------------------------------------------------------------
// Recall: which memory comes first for a question
// ---------------------------------------------------------------------------

const questions: ScenarioInput[] = [
  {
    id: "h10-questions-luthier",
    category: "questions",
    sessions: [
      { as: anselm, turns: ["I build archtop guitars in a one-man shop, mostly Adirondack spruce tops with big-leaf maple backs and sides."] },
      {
        as: anselm,
        turns: ["for finishing I only ever do French polish with shellac, never nitro, it's half the point of my instruments. what's a good blonde shellac flake?"],
      },
      { as: anselm, turns: ["a customer wants a sunburst; any tips for shading by hand?"] },
    ],
    expect: {
      questions: [
        { as: anselm, ask: "What finish do I use on my guitars?", expect: /shellac|French polish/i },
        { as: anselm, ask: "What wood do I use for the tops?", expect: /Adirondack|spruce/i },
      ],
    },
  },
  {
    id: "h10-questions-quarry-colleague",
    category: "questions",
    sessions: [
      {
        as: noorAero,
        turns: [
          "Quarry job details: client contact is Morag Ellis at Tarnbrook Aggregates; we can only fly Tuesdays and Fridays because they blast Mon/Wed/Thu; the deliverable is a DEM at 5 cm GSD plus a stockpile volume report.",
        ],
      },
      { as: tedAero, turns: ["I'm picking up the quarry job next week, can you help me write the flight log template?"] },
    ],
    expect: {
      questions: [
        { as: tedAero, ask: "Which days are we allowed to fly at the quarry?", expect: /Tue|Fri/i },
        { as: tedAero, ask: "Who is the client contact for the quarry job?", expect: /Morag/ },
        { as: tedAero, ask: "What resolution does the quarry DEM need?", expect: /5 ?cm/i },
      ],
    },
  },
  {
    id: "h10-questions-cartographer-prefs",
    category: "questions",
    sessions: [
      {
        as: rosalind,
        turns: ["I'm a freelance cartographer. always give me coordinates in decimal degrees, WGS84, 5 decimal places."],
      },
      {
        as: rosalind,
        turns: ["also, I'm colour-blind (deuteranopia) so never suggest red/green palettes for me. what's a good ramp for elevation?"],
      },
      { as: rosalind, turns: ["help me pick a palette for a rainfall choropleth of Wales"] },
    ],
    expect: {
      remember: [{ as: rosalind, match: /deuteranop|colou?r.?blind/i, scope: "user" }],
      questions: [
        { as: rosalind, ask: "Do I have any colour vision issue?", expect: /deuteranop|colou?r.?blind/i },
        { as: rosalind, ask: "What coordinate format do I prefer?", expect: /decimal degrees|WGS ?84/i },
      ],
    },
  },
  {
    id: "h10-questions-fixer-replaced",
    category: "questions",
    sessions: [
      {
        as: maeve,
        turns: ["our fixer in Longyearbyen is Henrik Sæther, he sorts snowmobiles, guns and the guide. can you draft him an intro email?"],
      },
      {
        as: cal,
        turns: [
          "Cal here, production manager on the Svalbard doc. Henrik's left for the season — our new fixer up in Longyearbyen is Ingrid Moe, same responsibilities. can you update the contact sheet?",
        ],
      },
    ],
    expect: {
      remember: [{ as: maeve, match: /Ingrid/, scope: "project" }],
      stale: [{ as: maeve, match: only(/Henrik/, /Ingrid|left/i) }],
      questions: [
        { as: maeve, ask: "Who is our fixer in Longyearbyen?", expect: /Ingrid/, stale: only(/Henrik/, /Ingrid|left/i) },
      ],
    },
  },
];


/** The tenth held-out set. */
export const tenthHoldoutScenarios: ScenarioInput[] = [
  ...identity,
  ...updates,
  ...corrections,
  ...hedged,
  ...scope,
  ...identities,
  ...pasted,
  ...tools,
  ...secrets,
  ...forget,
  ...chitChat,
  ...sessionOnly,
  ...questions,
];
