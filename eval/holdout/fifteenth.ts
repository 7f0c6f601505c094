/**
 * Fifteenth held-out batch: written blind (only the scenario schema and the
 * helpers were read). New domains: fire service, roofing, opticians, dairy
 * farming, aquarium maintenance, court interpreting, heating engineers, dog
 * grooming, funeral directors, bookbinding, paramedics, ceramics studios,
 * scaffolding, allotments, driving instructors, sheep shearing, leisure-centre
 * lifeguards, picture framing, watch repair, lettings, climbing walls, solar
 * installers, mushroom farming, hairdressing, risograph printing, car garages,
 * cheesemaking, planetariums, tailoring, recycling centres, pest control,
 * kitesurf schools.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

// Fire service
const kieran = at("kieran", "westmids-fire", "station-14");
const bex = at("bex", "westmids-fire", "station-14");
// Roofing
const dai = solo("dai-roofer");
// Opticians
const priya = at("priya", "clearview-optics", "tiverton");
const tom = at("tom", "clearview-optics", "tiverton");
// Dairy
const jakub = solo("jakub");
// Aquarium maintenance
const marla = solo("marla-reefs");
// Court interpreting
const agata = solo("agata");
// Heating engineers
/** A bare number, not part of a longer number, a date or a time. */
const num = (n: string): RegExp => new RegExp(`(?<![\\d:/.-])${n}(?![\\d:T-])`);
/** A statement that something is not done ("doesn't do ear plucking"). */
const REFUSAL = new RegExp(`${NEGATION.source}|doesn'?t|won'?t|refuses?|no longer`, "i");

const gaz = at("gaz", "hotflow-heating");
const shona = at("shona", "hotflow-heating");
// Dog grooming
const kayleigh = solo("kayleigh");
// Funeral directors
const helen = solo("helen-fd");
// Bookbinding
const otto = solo("otto-bindery");
// Paramedics
const femi = solo("femi");
// Ceramics studio (and a rival studio reusing the project id)
const noor = at("noor", "claywork", "kiln-room");
const ines = at("ines", "claywork", "kiln-room");
const ro = at("ro", "muddyhands", "kiln-room");
// Scaffolding
const lee = at("lee", "hightower-scaffolding", "yard");
// Allotments
const margaret = at("margaret", "greenlane-allotments");
const bilal = at("bilal", "greenlane-allotments");
// Driving instructor
const sue = solo("sue-adi");
// Sheep shearing
const gethin = solo("gethin");
// Leisure-centre lifeguards
const jo = at("jo", "fitlife-leisure", "riverside-pool");
const sandeep = at("sandeep", "fitlife-leisure", "eastgate-pool");
// Picture framing
const wren = solo("wren-frames");
// Watch repair
const ambrose = solo("ambrose");
// Lettings
const dani = at("dani", "keystone-lettings", "portfolio");
// Climbing wall
const mo = at("mo", "cragtime", "bristol-wall");
// Solar installers
const callum = at("callum", "sunroof-co", "installs");
const erin = at("erin", "sunroof-co", "installs");
// Mushroom farm
const fen = solo("fen-fungi");
// Hairdressing
const aoife = at("aoife", "snip-salon", "main-st");
const keisha = at("keisha", "snip-salon", "main-st");
// Risograph print shop
const pip = solo("pip-riso");
// Car garage
const dean = at("dean", "bridge-motors");
const tash = at("tash", "bridge-motors");
// Cheesemaking
const morwenna = solo("morwenna");
// Planetarium
const lucia = at("lucia", "starhall", "schools");
const ben = at("ben", "starhall", "late-shows");
// Tailoring
const cosmo = solo("cosmo-tailor");
// Recycling centre
const wes = at("wes", "tipside-hwrc");
const nia = at("nia", "tipside-hwrc");
// Pest control
const raj = solo("raj-pest");
// Kitesurf school
const zoe = solo("zoe-kite");
// Dairy, two farms reusing one project id
const hannah = at("hannah", "hollins-farm", "parlour");
const owen = at("owen", "brookfield-farm", "parlour");
// Roofing, one user id in two firms
const samApex = at("sam", "apex-roofing");
const samTopline = at("sam", "topline-roofs");

export const fifteenthHoldoutScenarios: readonly ScenarioInput[] = [
  // ───────────────────────────── fire service ─────────────────────────────
  {
    id: "h15-fire-handover-format",
    category: "identity",
    sessions: [
      {
        as: kieran,
        turns: [
          "watch manager, blue watch, station 14. keep handover summaries SHORT pls - bullet points, 5 max. i read them on my phone sat in the cab",
          "cheers. what's a decent way to structure a handover for a shift with two RTCs and a false alarm?",
        ],
      },
    ],
    expect: {
      remember: [{ as: kieran, match: /bullet|5 (?:max|points)|five/i, scope: "user" }],
      questions: [{ as: kieran, ask: "how do I want my end-of-shift notes laid out?", expect: /bullet|five|5/i }],
    },
  },
  {
    id: "h15-fire-drill-night-moved",
    category: "update",
    sessions: [
      { as: kieran, turns: ["Drill night for the watch is Tuesdays at 19:00, usually in the yard unless it's pouring."] },
      { as: bex, turns: ["fyi drill nights are thursdays now, same time. the Tuesday slot clashed with the retained crew"] },
    ],
    expect: {
      remember: [{ as: kieran, match: /thursday/i, scope: ["project", "org"] }],
      stale: [{ as: kieran, match: only(/tuesday/i, /thursday/i) }],
      questions: [
        { as: kieran, ask: "which evening is drill night?", expect: /thursday/i, stale: only(/tuesday/i, /thursday/i) },
      ],
    },
  },
  {
    id: "h15-fire-keysafe-code",
    category: "secrets",
    sessions: [
      {
        as: bex,
        turns: [
          "The key safe for the drill tower is on the left of the roller door, not by the pedestrian gate like you'd think. Code's 4471 btw so you can remind me when I forget",
        ],
      },
    ],
    expect: {
      remember: [{ as: bex, match: /roller door/i, lookalike: true }],
      secrets: ["4471"],
    },
  },
  // ─────────────────────────────── roofing ────────────────────────────────
  {
    id: "h15-roofing-voice-no-flat-roofs",
    category: "identity",
    sessions: [
      {
        as: dai,
        turns: [
          "ok so basically I mostly do slate roofs up the valleys welsh slate mainly penrhyn heather blue and I don't quote for flat roofs anymore at all I send them to my cousin Rhodri so if anyone asks it's a no on flat roofs and also I price per square metre not day rate ok",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dai, match: /flat roof/i },
        { as: dai, match: /square met|per m2|per m²|sq ?m/i },
      ],
      questions: [
        {
          as: dai,
          ask: "bloke wants me to price an EPDM rubber roof on his kitchen extension, do I go for it?",
          expect: /flat roof|Rhodri/i,
        },
      ],
    },
  },
  {
    id: "h15-roofing-merchant-switch",
    category: "update",
    sessions: [
      { as: dai, turns: ["All my materials come through Travis Perkins on the trade account, so use their prices when you rough out a quote."] },
      { as: dai, turns: ["switched the trade account over to Jewson as of this month, TP put their slate price up again. go off Jewson's list from now"] },
    ],
    expect: {
      remember: [{ as: dai, match: /Jewson/i }],
      stale: [{ as: dai, match: only(/Travis|\bTP\b/i, /Jewson/i) }],
      questions: [{ as: dai, ask: "which builders' merchant do I buy through?", expect: /Jewson/i, stale: only(/Travis/i, /Jewson/i) }],
    },
  },
  {
    id: "h15-roofing-hedged-cherry-picker",
    category: "hedged",
    sessions: [
      {
        as: dai,
        turns: [
          "might look at hiring a cherry picker instead of scaffold for the chimney repairs, not sure tho, depends what the hire place wants. thoughts?",
        ],
      },
    ],
    expect: { transient: [/cherry picker/i] },
  },
  // ────────────────────────────── opticians ───────────────────────────────
  {
    id: "h15-optician-branch-saturday-rule",
    category: "scope",
    sessions: [
      {
        as: priya,
        turns: [
          "For the Tiverton branch: no contact lens fittings on Saturdays, Saturday is sight tests only because we've only got one optom in. Also — for me personally, sign my referral letter drafts as 'Dr P. Shah, MCOptom'.",
        ],
      },
      { as: tom, turns: ["morning! new here on the front desk at Tiverton, hi"] },
    ],
    expect: {
      remember: [
        { as: tom, match: /contact lens|CL fitting/i, scope: ["project", "org"] },
        { as: priya, match: /Shah|MCOptom/i, scope: "user" },
      ],
      hidden: [{ as: tom, match: /MCOptom/i }],
      questions: [
        { as: tom, ask: "lady on the phone wants a contact lens fit this Saturday morning, can I book her in?", expect: /saturday/i },
      ],
    },
  },
  {
    id: "h15-optician-pasted-env",
    category: "secrets",
    sessions: [
      {
        as: priya,
        turns: [
          "booking widget on the website just spins forever. here's the config the web guy left us:\n\nOPTIX_BASE_URL=https://api.optixbook.example/v2\nOPTIX_API_KEY=ok_live_7Hq2mZ9xVb4tR1wPcN\nWIDGET_THEME=teal\nWIDGET_TIMEOUT_MS=8000\n\nanything obviously wrong?",
        ],
      },
    ],
    expect: {
      secrets: ["ok_live_7Hq2mZ9xVb4tR1wPcN"],
      pasted: [{ kind: "document", match: /WIDGET_TIMEOUT_MS|WIDGET_THEME/ }],
    },
  },
  // ──────────────────────────────── dairy ─────────────────────────────────
  {
    id: "h15-dairy-nonnative-24h",
    category: "identity",
    sessions: [
      {
        as: jakub,
        turns: [
          "Hello. I am Jakub, I work on dairy farm in Cheshire, we have 180 Holstein cows. Milking is 4.30 in morning and 15.30 afternoon. Please when you write me times use 24 hour clock, the am/pm is confusing me always.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: jakub, match: /24.?h|24-hour|24 hour/i, scope: "user" },
        { as: jakub, match: /15[:.]30/ },
      ],
      questions: [{ as: jakub, ask: "what time we start the second milking?", expect: /15[:.]30/ }],
    },
  },
  {
    id: "h15-dairy-vet-day-correction",
    category: "correction",
    sessions: [
      { as: jakub, turns: ["The vet come every second Wednesday for the fertility checks, PD scanning."] },
      { as: jakub, turns: ["Sorry I make mistake before. The vet is every second FRIDAY, not Wednesday. Wednesday is the feed delivery."] },
    ],
    expect: {
      remember: [{ as: jakub, match: both(/vet|fertility|PD/i, /friday/i) }],
      stale: [{ as: jakub, match: only(both(/vet|fertility|scan/i, /wednesday/i), /friday|feed/i) }],
      questions: [{ as: jakub, ask: "which day is the vet visit for scanning?", expect: /friday/i }],
    },
  },
  // ───────────────────────── aquarium maintenance ─────────────────────────
  {
    id: "h15-aquarium-no-copper-park-row",
    category: "questions",
    sessions: [
      {
        as: marla,
        turns: [
          "client note: the dental surgery on Park Row has the big reef tank, shrimps + a cleaner crab. never use copper-based meds in there, it'll wipe out the inverts",
        ],
      },
      { as: marla, turns: ["busy week, 9 tanks to get round. remind me what a normal salinity range is for a reef?"] },
    ],
    expect: {
      remember: [{ as: marla, match: /copper/i }],
      questions: [
        { as: marla, ask: "Park Row's tang has whitespot — what should I avoid when treating it?", expect: /copper/i },
      ],
    },
  },
  {
    id: "h15-aquarium-chitchat-clownfish",
    category: "chit-chat",
    sessions: [
      {
        as: marla,
        turns: [
          "lmao one of the clownfish at the bank's lobby tank has decided the plastic plant is its anemone now 😂 absolute muppet of a fish",
          "anyway, rough water change % for a 300L fish-only? just sanity checking",
        ],
      },
    ],
    expect: { transient: [/plastic plant|muppet/i, /300 ?L/i] },
  },
  // ─────────────────────────── court interpreting ─────────────────────────
  {
    id: "h15-interpreter-pin-casual",
    category: "secrets",
    sessions: [
      {
        as: agata,
        turns: [
          "Doing a trial at Snaresbrook tomorrow. The interpreters' room door takes your court pass plus a PIN — it's 2580 if you could just hang onto that for me lol. Also what's the English term for 'wyrok łączny'?",
        ],
      },
    ],
    expect: { secrets: ["2580"] },
  },
  {
    id: "h15-interpreter-languages",
    category: "identity",
    sessions: [
      {
        as: agata,
        turns: [
          "Background: I'm a court interpreter, Polish and Russian, NRPSI registered. Agencies keep offering me Lithuanian bookings because I grew up in Vilnius, but I don't accept them — my Lithuanian isn't at legal level and I won't risk it.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: agata, match: /Lithuanian/i },
        { as: agata, match: /Polish/i },
      ],
      questions: [
        { as: agata, ask: "The Link agency just emailed a magistrates' job in Lithuanian for Friday, should I say yes?", expect: /Lithuanian/i },
      ],
    },
  },
  {
    id: "h15-interpreter-forget-agency-dispute",
    category: "forget",
    sessions: [
      {
        as: agata,
        turns: ["Note for later: I'm not taking work from Thebes Language Services, we've had a payment dispute since March. Don't suggest their jobs."],
      },
      { as: agata, turns: ["Please forget what I told you about Thebes, the dispute's settled and I don't want that on record."] },
    ],
    expect: { forgotten: [{ as: agata, match: /Thebes/i, storedAfter: 0 }] },
  },
  // ─────────────────────────── heating engineers ──────────────────────────
  {
    id: "h15-heating-callout-next-month",
    category: "update",
    sessions: [
      { as: gaz, turns: ["Two-van heating firm, me and Shona. Our callout fee is £85 which covers the first half hour."] },
      { as: gaz, turns: ["as of the 1st of next month callout's going to £95, fuel's killing us. same half hour included"] },
    ],
    expect: {
      remember: [{ as: gaz, match: /£ ?95|95 ?(?:quid|pounds|GBP)/i }],
      stale: [{ as: gaz, match: only(/£ ?85\b/, /95/) }],
      questions: [{ as: shona, ask: "customer's asking what we charge just to come out, what do I tell her?", expect: /£ ?95|95 ?(?:quid|pounds|GBP)/i }],
    },
  },
  {
    id: "h15-heating-back-boiler-policy",
    category: "identities",
    sessions: [
      {
        as: gaz,
        turns: [
          "Company policy going forward: we don't touch back boilers. Any job with a back boiler gets referred to Kenny at KR Heating. Oh and for me, send job sheets as PDF, I can't open the Word ones on the van tablet.",
        ],
      },
      { as: shona, turns: ["hiya, just setting up on this thing, I'm Shona, I do the installs and the office side"] },
    ],
    expect: {
      remember: [
        { as: shona, match: /back boiler/i, scope: "org" },
        { as: gaz, match: /PDF/i, scope: "user" },
      ],
      hidden: [{ as: shona, match: /PDF/i }],
      questions: [
        { as: shona, ask: "old fella has one of those boilers behind the gas fire, wants it swapped for a combi, can we quote?", expect: /back boiler|Kenny|KR Heating/i },
      ],
    },
  },
  // ───────────────────────────── dog grooming ─────────────────────────────
  {
    id: "h15-grooming-emoji-limits",
    category: "identity",
    sessions: [
      {
        as: kayleigh,
        turns: [
          "hiya!! 🐩✨ i run a lil grooming salon out of my converted garage, only small breeds under 15kg coz my table cant take more than that. also pls never suggest ear plucking, i dont do it on principle 🙅‍♀️ ok thats me lol",
        ],
      },
    ],
    expect: {
      remember: [
        { as: kayleigh, match: /15 ?kg|small breed/i },
        { as: kayleigh, match: both(/ear ?pluck/i, REFUSAL) },
      ],
      questions: [
        { as: kayleigh, ask: "customer asked if i can pull the hair out of her schnauzer's ears, what do i say", expect: /pluck/i },
        { as: kayleigh, ask: "someone wants to book their labrador in, can i take it?", expect: /15 ?kg|small breed/i },
      ],
    },
  },
  {
    id: "h15-grooming-van-today-only",
    category: "session-only",
    sessions: [
      {
        as: kayleigh,
        turns: [
          "just for today im working out of my mate's mobile grooming van in the Tesco car park on Hollins Rd, so if i ask for directions anywhere start from there",
          "how long to get to the vets on Chapel St from there?",
        ],
      },
    ],
    expect: { transient: [/Tesco|Hollins/i] },
  },
  // ─────────────────────────── funeral directors ──────────────────────────
  {
    id: "h15-funeral-house-style-wording",
    category: "questions",
    sessions: [
      {
        as: helen,
        turns: [
          "One thing about how we write: in anything family-facing we say the person's name, or 'the person who has died' — never 'the deceased' or 'the departed'. It reads cold. Please stick to that whenever you help me with letters.",
        ],
      },
      { as: helen, turns: ["Quiet morning. Could you remind me how long a green burial typically takes to arrange?"] },
    ],
    expect: {
      remember: [{ as: helen, match: /deceased|person who has died/i }],
      questions: [
        { as: helen, ask: "drafting a letter to the Morgan family — how should I refer to their dad?", expect: /deceased|person who has died|name/i },
      ],
    },
  },
  {
    id: "h15-funeral-pasted-family-email",
    category: "pasted",
    sessions: [
      {
        as: helen,
        turns: [
          "Can you pull out the action points from this please?\n\n---\nFrom: Grace Okafor\nSubject: Arrangements for Mum\n\nDear Helen, thank you for Tuesday. We'd like the service at St Bride's on the 19th at 11am. Mum wanted 'Abide With Me' and 'How Great Thou Art', and a reading from Ecclesiastes by my brother Chidi. We'd prefer a wicker coffin and donations to the Sue Ryder hospice instead of flowers. The wake will be at the Red Lion, back room. Kind regards, Grace\n---",
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Abide With Me|How Great Thou Art/i },
        { kind: "document", match: /Okafor|Chidi/i },
      ],
    },
  },
  // ────────────────────────────── bookbinding ─────────────────────────────
  {
    id: "h15-bindery-calf-vs-goat-hedged",
    category: "hedged",
    sessions: [
      {
        as: otto,
        turns: [
          "For context, my full-leather bindings are all in calf from Harmatan, and I pare by hand, no machine. I'm toying with switching to goatskin at some point, haven't decided — the price difference is silly right now. Anyway, which wheat-starch paste ratio would you suggest for hinges?",
        ],
      },
    ],
    expect: {
      remember: [{ as: otto, match: /calf/i }],
      transient: [only(/goat/i, /toy|consider|might|maybe|undecided|not decided|haven'?t decided|thinking|possibl|tentative/i)],
    },
  },
  {
    id: "h15-bindery-gate-code",
    category: "secrets",
    sessions: [
      {
        as: otto,
        turns: [
          "the studio moved — I'm in unit 4 under the railway arches on Druid St now. side gate code is 0 4 1 1 then hash. anyway, what glue would you use for tipping in plates on coated paper?",
        ],
      },
    ],
    expect: {
      remember: [{ as: otto, match: /unit 4|arches|Druid/i }],
      secrets: ["0 4 1 1", "0411"],
    },
  },
  // ────────────────────────────── paramedics ──────────────────────────────
  {
    id: "h15-paramedic-dose-format",
    category: "identity",
    sessions: [
      {
        as: femi,
        turns: [
          "I'm a paramedic with HART in Yorkshire. When you give me drug doses ALWAYS give mg and the ml at the standard concentration, both. Saves me doing maths at 3am.",
        ],
      },
    ],
    expect: {
      remember: [{ as: femi, match: both(/mg/i, /ml/i) }],
      questions: [{ as: femi, ask: "how do I want dosages written out?", expect: /\bml\b|millilit/i }],
    },
  },
  {
    id: "h15-paramedic-night-chitchat",
    category: "chit-chat",
    sessions: [
      {
        as: femi,
        turns: [
          "night shift was brutal, three arrests and a RTC on the A64, I'm running on fumes",
          "anyway explain how a LUCAS device actually times compressions, in plain English, I want to explain it to my nephew",
        ],
      },
    ],
    expect: { transient: [/brutal|fumes|A64/i, /nephew/i] },
  },
  {
    id: "h15-paramedic-hedged-shifts",
    category: "hedged",
    sessions: [
      {
        as: femi,
        turns: [
          "There's talk of moving our station to 12-hour shifts from September but honestly nothing's confirmed, the union's still arguing about it. What are the evidence-based downsides of 12s?",
        ],
      },
    ],
    expect: { transient: [/12.?h(?:ou)?r|twelve.?hour/i] },
  },
  // ─────────────────────────────── ceramics ───────────────────────────────
  {
    id: "h15-ceramics-kiln-rules-rival",
    category: "scope",
    sessions: [
      {
        as: noor,
        turns: [
          "Kiln room rules for the studio: cone 10 reduction only in the gas kiln; the electric kiln maxes out at cone 6, no exceptions, the elements are new.",
        ],
      },
      { as: ro, turns: ["hello! I manage the kiln room at Muddy Hands, we're just starting to use this"] },
    ],
    expect: {
      remember: [{ as: ines, match: /cone 6/i, scope: ["project", "org"] }],
      hidden: [{ as: ro, match: /cone/i }],
      questions: [{ as: ines, ask: "how hot can I take my glaze test in the electric one?", expect: /cone 6/i }],
    },
  },
  {
    id: "h15-ceramics-forget-glaze",
    category: "forget",
    sessions: [
      {
        as: noor,
        turns: [
          "Save my celadon recipe for me: Custer feldspar 25, silica 30, whiting 20, EPK 25, plus 1.5% red iron oxide. That's my personal one, not the studio's.",
        ],
      },
      { as: noor, turns: ["actually forget the celadon recipe, I'd rather keep it in my notebook only"] },
    ],
    expect: { forgotten: [{ as: noor, match: /celadon|Custer|red iron/i, storedAfter: 0 }] },
  },
  // ────────────────────────────── scaffolding ─────────────────────────────
  {
    id: "h15-scaffold-cctv-password",
    category: "secrets",
    sessions: [
      {
        as: lee,
        turns: [
          "the yard CCTV is the Hikvision NVR in the portacabin. login's admin / Scaff0ld!2024 — remember that so I stop having to ring Dave every time yeah",
        ],
      },
    ],
    expect: {
      remember: [{ as: lee, match: /Hikvision|NVR/i }],
      secrets: ["Scaff0ld!2024"],
    },
  },
  {
    id: "h15-scaffold-toolbox-scrap-that",
    category: "correction",
    sessions: [
      {
        as: lee,
        turns: [
          "Toolbox talks are Monday 7am in the yard for all the lads.",
          "scrap that, they're 6:45 now, the hospital job needs us on site by 7:30",
        ],
      },
    ],
    expect: {
      remember: [{ as: lee, match: /6[:.]45|06:45|quarter to seven/i }],
      stale: [{ as: lee, match: only(/\b7 ?am\b|\b07:00\b|7 o'?clock/i, /6[:.]45|quarter to/i) }],
      questions: [{ as: lee, ask: "what time's the Monday safety briefing?", expect: /6[:.]45|quarter to seven/i }],
    },
  },
  // ────────────────────────────── allotments ──────────────────────────────
  {
    id: "h15-allotment-rent-and-plot",
    category: "identities",
    sessions: [
      {
        as: margaret,
        turns: ["As society secretary: plot rents are due by 1 October each year for every plotholder, late payers lose their plot after 28 days."],
      },
      { as: bilal, turns: ["hi, I'm on plot 22 at Greenlane, I mostly grow chillies and a bit of squash"] },
    ],
    expect: {
      remember: [
        { as: bilal, match: /1(?:st)? Oct|October 1|1\/10|01\/10/i, scope: "org" },
        { as: bilal, match: /plot 22|chill/i, scope: "user" },
      ],
      hidden: [{ as: margaret, match: /chill/i }],
      questions: [{ as: bilal, ask: "when's the deadline to pay for my allotment?", expect: /Oct/i }],
    },
  },
  // ─────────────────────────── driving instructor ─────────────────────────
  {
    id: "h15-driving-rate-typo",
    category: "correction",
    sessions: [
      { as: sue, turns: ["My lesson rate is £38/hr, block of 10 gets 5% off."] },
      { as: sue, turns: ["oops that was wrong, standard lessons are £36 an hour. £38 is the motorway lesson rate"] },
    ],
    expect: {
      remember: [
        { as: sue, match: num("36") },
        { as: sue, match: both(num("38"), /motorway/i) },
      ],
      stale: [{ as: sue, match: only(/£ ?38/, /motorway|36/i) }],
      questions: [{ as: sue, ask: "how much do I charge for a normal one-hour lesson?", expect: num("36") }],
    },
  },
  {
    id: "h15-driving-forget-medical",
    category: "forget",
    sessions: [
      {
        as: sue,
        turns: ["Note: my pupil Ellie Harper has a history of seizures, DVLA have cleared her, but keep it in mind if I'm planning long lessons."],
      },
      { as: sue, turns: ["please forget what I said about Ellie's medical history, she asked me not to have it written down anywhere"] },
    ],
    expect: { forgotten: [{ as: sue, match: /seizure|epilep|Ellie/i, storedAfter: 0 }] },
  },
  {
    id: "h15-driving-manual-only",
    category: "questions",
    sessions: [
      { as: sue, turns: ["I teach in a manual Fiesta with dual controls. I don't do automatic lessons — never have."] },
      { as: sue, turns: ["can you draft a short bio for my website? keep it friendly"] },
    ],
    expect: {
      remember: [{ as: sue, match: /automatic|manual/i }],
      questions: [{ as: sue, ask: "new enquiry wants lessons in an auto, can I take her on?", expect: /automatic|manual/i }],
    },
  },
  // ──────────────────────────── sheep shearing ────────────────────────────
  {
    id: "h15-shearer-voice-seasons",
    category: "questions",
    sessions: [
      {
        as: gethin,
        turns: [
          "right so every year I go out to New Zealand November to February for their season and then I'm back here in Wales for ours May through July so when you're sorting bookings don't put anything in for me in Wales in the NZ months yeah cheers",
        ],
      },
    ],
    expect: {
      remember: [{ as: gethin, match: /New Zealand|\bNZ\b/i }],
      questions: [{ as: gethin, ask: "farmer in Builth wants me for his ewes mid-December, can I do it?", expect: /New Zealand|\bNZ\b|November/i }],
    },
  },
  // ─────────────────────────────── lifeguards ─────────────────────────────
  {
    id: "h15-pool-org-vs-site-rules",
    category: "scope",
    sessions: [
      {
        as: jo,
        turns: [
          "Two things to keep on file: (1) across the whole of FitLife, every lifeguard has to requalify their NPLQ every 2 years, HR chase it. (2) Here at Riverside only, the deep end shuts to the public at 8pm on Wednesdays for the sub-aqua club.",
        ],
      },
      { as: sandeep, turns: ["hi, I'm the duty manager over at Eastgate pool, just getting set up on here"] },
    ],
    expect: {
      remember: [
        { as: sandeep, match: /NPLQ/i, scope: "org" },
        { as: jo, match: /sub.?aqua/i, scope: "project" },
      ],
      hidden: [{ as: sandeep, match: /sub.?aqua/i }],
      questions: [
        { as: sandeep, ask: "how often do my guards need to redo their lifeguard qualification?", expect: /2 years|two years|every 2|biennial/i },
        { as: jo, ask: "member wants a deep-end lane at half eight on a Wednesday, is that ok?", expect: /sub.?aqua|8 ?pm|20:00/i },
      ],
    },
  },
  {
    id: "h15-pool-personal-saturday",
    category: "identity",
    sessions: [
      {
        as: jo,
        turns: ["Personal one: I coach the junior lifesaving club Saturday mornings 8 till 10, so I'm never free for Saturday earlies."],
      },
    ],
    expect: {
      remember: [{ as: jo, match: both(/saturday/i, /junior|lifesaving|club|coach/i), scope: "user" }],
      questions: [{ as: jo, ask: "can I pick up the 7-11 Saturday shift this week?", expect: /junior|lifesaving|club|coach/i }],
    },
  },
  // ─────────────────────────────── framing ────────────────────────────────
  {
    id: "h15-framing-tool-stock-and-rule",
    category: "tool",
    sessions: [
      {
        as: wren,
        turns: [
          {
            user: "can u check how much oak moulding we've got left? and going forward, always suggest conservation glass for anything older than 1950 — customers never ask but they should",
            tool: {
              name: "inventory_lookup",
              output:
                "SKU MLD-OAK20 | Oak flat 20mm | 14.5m in stock | reorder at 20m\nSKU MLD-OAK35 | Oak scoop 35mm | 42.0m in stock | reorder at 15m\nSKU GLS-CONS2 | Conservation clear 2mm | 6 sheets\nSKU GLS-FLT2 | Float 2mm | 31 sheets",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: wren, match: both(/conservation/i, /1950/) }],
      pasted: [{ kind: "log", match: /MLD-OAK|14\.5 ?m|GLS-/i }],
      questions: [{ as: wren, ask: "customer's bringing in a 1920s etching to frame, anything I should upsell?", expect: /conservation/i }],
    },
  },
  // ───────────────────────────── watch repair ─────────────────────────────
  {
    id: "h15-watch-mechanical-only",
    category: "identity",
    sessions: [
      {
        as: ambrose,
        turns: [
          "I'm a watchmaker, one-man bench. I only service mechanical watches — no quartz battery swaps, not worth the bench time, send those to the jewellers on the High St. Mostly Omega and Seiko, the odd Rolex.",
        ],
      },
    ],
    expect: {
      remember: [{ as: ambrose, match: /quartz|batter/i }],
      questions: [{ as: ambrose, ask: "a woman rang wanting a new cell in her Swatch — shall I book her in?", expect: /quartz|batter|jewell/i }],
    },
  },
  {
    id: "h15-watch-pasted-customer-email",
    category: "pasted",
    sessions: [
      {
        as: ambrose,
        turns: [
          "reply to this for me, polite but firm that parts are on backorder:\n\n> Hi, I dropped off my late father's Omega Seamaster (ref 166.0250, serial 31884412) on 3 March, ticket #A-2291. It's been 9 weeks now. Could you give me an update? Best number is 07700 900461.\n> — Gareth Lloyd",
        ],
      },
    ],
    expect: { pasted: [{ kind: "document", match: /31884412|A-2291|07700|Gareth/i }] },
  },
  // ─────────────────────────────── lettings ───────────────────────────────
  {
    id: "h15-lettings-card-number",
    category: "secrets",
    sessions: [
      {
        as: dani,
        turns: [
          "Tenant for Flat 3, 22 Marlow Rd paid the holding deposit by card over the phone: 4929 1234 5678 9012 exp 08/27. Can you log that against the flat and draft a receipt email?",
        ],
      },
    ],
    expect: { secrets: ["4929 1234 5678 9012", "4929123456789012", "4929-1234-5678-9012"] },
  },
  // ──────────────────────────── climbing wall ─────────────────────────────
  {
    id: "h15-climbing-no-longer-womens-night",
    category: "update",
    sessions: [
      { as: mo, turns: ["Tuesday evenings 6–9 is women's night at the wall, Kat runs it."] },
      { as: mo, turns: ["we don't do women's night on tuesdays anymore - that slot's a mixed beginners intro now, still 6 til 9, Kat still running it"] },
    ],
    expect: {
      remember: [{ as: mo, match: /beginner/i, scope: ["project", "org"] }],
      stale: [{ as: mo, match: only(/women/i, /no longer|any ?more|replaced|beginner|don'?t|not|stopped|ended|used to|former/i) }],
      questions: [
        { as: mo, ask: "what's on at the wall on a Tuesday night?", expect: /beginner/i, stale: only(/women/i, /no longer|any ?more|replaced|beginner|don'?t|not|stopped|ended|used to|former/i) },
      ],
    },
  },
  // ─────────────────────────────── solar ──────────────────────────────────
  {
    id: "h15-solar-pasted-inverter-log",
    category: "pasted",
    sessions: [
      {
        as: callum,
        turns: [
          "inverter at the Hendry job keeps tripping, log below. what's it telling me? (we fit SolarEdge as standard btw)\n\n[2024-05-12 14:03:11] E-021 GRID OVERVOLTAGE L1 253.8V\n[2024-05-12 14:03:11] Disconnecting from grid\n[2024-05-12 14:08:11] Reconnect attempt 1\n[2024-05-12 14:08:40] E-021 GRID OVERVOLTAGE L1 254.1V\n[2024-05-12 14:08:40] Disconnecting from grid",
        ],
      },
    ],
    expect: {
      remember: [{ as: erin, match: /SolarEdge/i, scope: ["project", "org"] }],
      pasted: [{ kind: "log", match: /OVERVOLTAGE|253\.8|254\.1|Reconnect attempt/i }],
    },
  },
  {
    id: "h15-solar-team-rules-bullets",
    category: "scope",
    sessions: [
      {
        as: callum,
        turns: [
          "team rules for installs:\n• nothing above two storeys without full scaffold — no ladder-only jobs\n• every quote shows our MCS number\n• (me personally) I want the weekly schedule Sunday evening, not Monday morning",
        ],
      },
      { as: erin, turns: ["hey, Erin here, I do surveys and quotes for the install team"] },
    ],
    expect: {
      remember: [
        { as: erin, match: /scaffold/i, scope: ["project", "org"] },
        { as: erin, match: /MCS/i, scope: ["project", "org"] },
        { as: callum, match: /sunday/i, scope: "user" },
      ],
      hidden: [{ as: erin, match: /sunday evening/i }],
      questions: [{ as: erin, ask: "three-storey townhouse, can we get away with just ladders for the panels?", expect: /scaffold|storey/i }],
    },
  },
  // ─────────────────────────────── mushrooms ──────────────────────────────
  {
    id: "h15-mushroom-hedged-shiitake",
    category: "hedged",
    sessions: [
      {
        as: fen,
        turns: [
          "We grow oyster and lion's mane in a converted shipping container on my dad's farm. Might add shiitake next year if the oak logs take, we'll see. What humidity do lion's mane pins like?",
        ],
      },
    ],
    expect: {
      remember: [{ as: fen, match: /lion'?s mane|oyster/i }],
      transient: [only(/shiitake/i, /might|maybe|possib|consider|if the|tentative|undecided|perhaps|depend|we'?ll see/i)],
    },
  },
  {
    id: "h15-mushroom-temp-self-correction",
    category: "correction",
    sessions: [
      {
        as: fen,
        turns: ["the fruiting room sits at 18 degrees — no wait, 16, I always mix it up with the incubation room which is 24"],
      },
    ],
    expect: {
      remember: [{ as: fen, match: both(/fruit/i, num("16")) }],
      stale: [{ as: fen, match: only(both(/fruit/i, num("18")), num("16")) }],
      questions: [{ as: fen, ask: "what temperature do I keep the room where the mushrooms actually grow?", expect: num("16") }],
    },
  },
  // ───────────────────────────── hairdressing ─────────────────────────────
  {
    id: "h15-salon-bullets-team-vs-me",
    category: "scope",
    sessions: [
      {
        as: aoife,
        turns: [
          "Salon info for the assistant:\n- we close 4pm on Sundays\n- no walk-ins for colour, consultation + patch test 48h before\n- I'm off every Monday (that's just me, not the salon)",
        ],
      },
      { as: keisha, turns: ["hey it's Keisha, I do the braids and locs here 💇🏾‍♀️"] },
    ],
    expect: {
      remember: [
        { as: keisha, match: /4 ?pm|16:00|4 o'?clock/i, scope: ["project", "org"] },
        { as: keisha, match: /patch test|48 ?h/i, scope: ["project", "org"] },
        { as: aoife, match: /monday/i, scope: "user" },
      ],
      questions: [{ as: keisha, ask: "client wants a 5pm slot this Sunday, can we do it?", expect: /4 ?pm|16:00|4 o'?clock/i }],
    },
  },
  {
    id: "h15-salon-guest-wifi",
    category: "secrets",
    sessions: [
      {
        as: aoife,
        turns: ["for the little welcome cards on the mirrors: guest wifi is SnipSnip_Guest, password curls4days! — can you draft something cute?"],
      },
    ],
    expect: { secrets: ["curls4days!"] },
  },
  // ───────────────────────────── risograph ────────────────────────────────
  {
    id: "h15-riso-pasted-env-stripe",
    category: "secrets",
    sessions: [
      {
        as: pip,
        turns: [
          "checkout on the zine shop is failing, here's my .env, can you see anything?\n\nSHOP_NAME=pip-prints\nSTRIPE_SECRET_KEY=sk_live_51Mz8QeLkP0aXbYt9RvW2nC4d\nMAILCHIMP_LIST=zines-weekly\nCURRENCY=gbp",
        ],
      },
    ],
    expect: {
      secrets: ["sk_live_51Mz8QeLkP0aXbYt9RvW2nC4d"],
      pasted: [{ kind: "document", match: /MAILCHIMP_LIST|zines-weekly/i }],
    },
  },
  // ─────────────────────────────── garage ─────────────────────────────────
  {
    id: "h15-garage-ramp-sarcastic-correction",
    category: "correction",
    sessions: [
      { as: dean, turns: ["ramp 2 in the workshop is rated 3.5 tonnes"] },
      {
        as: dean,
        turns: ["well done me, finally read the actual plate on ramp 2. it's 3 tonnes, not 3.5. good job nobody's stuck a loaded Transit on it 🙃"],
      },
    ],
    expect: {
      remember: [{ as: tash, match: both(/ramp 2|ramp two/i, /\b3 ?(?:t\b|tonnes?|tons?)|3,?000 ?kg/i) }],
      stale: [{ as: dean, match: only(/3\.5/, /not 3\.5|\b3 ?(?:t\b|tonnes?|tons?)|3,?000/i) }],
      questions: [{ as: tash, ask: "can I put a 3.2 tonne camper on ramp 2?", expect: /\b3 ?(?:t\b|tonnes?|tons?)|3,?000/i }],
    },
  },
  {
    id: "h15-garage-no-hybrids",
    category: "questions",
    sessions: [
      { as: dean, turns: ["we only do petrol and diesel here — no EVs, no hybrids, none of us has the high-voltage ticket"] },
      { as: tash, turns: ["morning, Tash on reception. what's a polite way to chase an unpaid invoice?"] },
    ],
    expect: {
      remember: [{ as: tash, match: /hybrid|EV|high.voltage/i, scope: ["org", "project"] }],
      questions: [{ as: tash, ask: "guy with a Prius wants an interim service, can we fit him in Thursday?", expect: /hybrid|EV|high.voltage/i }],
    },
  },
  // ─────────────────────────────── cheese ─────────────────────────────────
  {
    id: "h15-cheese-rambling-raw-milk",
    category: "identity",
    sessions: [
      {
        as: morwenna,
        turns: [
          "Bit of a week. The cave humidity sensor died Tuesday so I've been checking by hand, the Saturday market at Truro was dead because of the rain, and Pete's still off with his back. On the cheese side, we've gone fully raw milk for the Caerphilly now — no more pasteurised batches at all — which I'm chuffed about, took two years to get the EHO happy. Anyway, the real question: what's a sensible rind-washing schedule for a small Reblochon-style, 500g wheels?",
        ],
      },
    ],
    expect: {
      remember: [{ as: morwenna, match: /raw.?milk|unpasteuri/i }],
      transient: [/Pete|humidity sensor|dead because of the rain/i],
      questions: [{ as: morwenna, ask: "is our Caerphilly made with pasteurised milk?", expect: /raw|unpasteuri/i }],
    },
  },
  {
    id: "h15-cheese-shopify-token",
    category: "secrets",
    sessions: [
      {
        as: morwenna,
        turns: [
          "The online shop's on Shopify — here's the admin token so you can help me sort the stock sync: 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. We only sell the Caerphilly in 250g and 1kg wedges, fyi.",
        ],
      },
    ],
    expect: {
      remember: [{ as: morwenna, match: /250 ?g|1 ?kg/i }],
      secrets: ["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"],
    },
  },
  // ───────────────────────────── planetarium ──────────────────────────────
  {
    id: "h15-planetarium-curious-question",
    category: "chit-chat",
    sessions: [
      {
        as: lucia,
        turns: [
          "random one, not for work — what's the actual difference between a fulldome laser projector and a hybrid opto-mechanical star ball? my partner and I were arguing about it over dinner 😅",
        ],
      },
    ],
    expect: { transient: [/opto.?mechanical|star ?ball|partner|dinner/i] },
  },
  {
    id: "h15-planetarium-two-programmes",
    category: "scope",
    sessions: [
      { as: lucia, turns: ["For the schools programme: KS1 shows are 35 minutes max including the intro, and house lights stay at 20% for the little ones."] },
      { as: ben, turns: ["hey, I run the late shows — they're adults only, 18+, bar's open from 7."] },
    ],
    expect: {
      remember: [
        { as: lucia, match: /35 ?min/i, scope: "project" },
        { as: ben, match: /18\+|18 ?plus|adults? only|over.?18/i, scope: "project" },
      ],
      hidden: [
        { as: ben, match: /35 ?min|KS1/i },
        { as: lucia, match: /18\+|adults? only|\bbar\b/i },
      ],
      questions: [{ as: lucia, ask: "how long can a Year 1 show run?", expect: /35 ?min/i }],
    },
  },
  // ─────────────────────────────── tailoring ──────────────────────────────
  {
    id: "h15-tailor-house-cut",
    category: "identity",
    sessions: [
      {
        as: cosmo,
        turns: [
          "My house cut, for when you help with pattern notes: soft natural shoulder, high armhole, 3-roll-2 front, flat-front trousers. No pleats ever unless the client specifically begs for them.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: cosmo, match: /soft|natural shoulder|3.roll.2/i },
        { as: cosmo, match: both(/pleat/i, /flat.front|no pleats|never|unless|\bnot?\b/i) },
      ],
      questions: [{ as: cosmo, ask: "writing up trousers for a new client, should I default to pleats?", expect: /pleat|flat.front/i }],
    },
  },
  {
    id: "h15-tailor-cloth-supplier",
    category: "update",
    sessions: [
      { as: cosmo, turns: ["Our house tweeds all come from Holland & Sherry, mostly their Harris range."] },
      { as: cosmo, turns: ["Dugdale Bros for the house tweeds now — H&S lead times got silly."] },
    ],
    expect: {
      remember: [{ as: cosmo, match: /Dugdale/i }],
      stale: [{ as: cosmo, match: only(/Holland|H&S/i, /Dugdale/i) }],
      questions: [{ as: cosmo, ask: "who do we order the tweed from?", expect: /Dugdale/i, stale: only(/Holland/i, /Dugdale/i) }],
    },
  },
  // ──────────────────────────── recycling centre ──────────────────────────
  {
    id: "h15-hwrc-covering-today",
    category: "session-only",
    sessions: [
      {
        as: wes,
        turns: [
          "I'm on the weighbridge today only cos Lorna's off sick, so if I ask weighbridge stuff that's why. how do I void a ticket on the Avery system?",
        ],
      },
    ],
    expect: { transient: [/Lorna|cover(?:ing|s)? (?:the )?weighbridge|on the weighbridge today/i] },
  },
  {
    id: "h15-hwrc-plasterboard",
    category: "questions",
    sessions: [
      { as: nia, turns: ["Just so you know, our site doesn't take plasterboard — people have to take it to Langley HWRC, they've got the gypsum skip."] },
      { as: wes, turns: ["what's the best way to word a sign asking people to break down cardboard boxes?"] },
    ],
    expect: {
      remember: [{ as: wes, match: /plasterboard|gypsum/i, scope: ["org", "project"] }],
      questions: [{ as: wes, ask: "bloke at the gate with a van full of gyproc offcuts, can he tip here?", expect: /plasterboard|Langley|gypsum/i }],
    },
  },
  // ───────────────────────────── pest control ─────────────────────────────
  {
    id: "h15-pest-alarm-code-and-rule",
    category: "secrets",
    sessions: [
      {
        as: raj,
        turns: [
          "Mill Lane client (no. 12): key's under the second plant pot on the left, alarm code 1987# — and always use tamper-proof bait boxes there, they've got a toddler and a cat.",
        ],
      },
    ],
    expect: {
      remember: [{ as: raj, match: /tamper/i }],
      secrets: ["1987#", "1987"],
    },
  },
  {
    id: "h15-pest-tool-history-frequency",
    category: "tool",
    sessions: [
      {
        as: raj,
        turns: [
          {
            user: "pull up the visit history for Riverside Bakery",
            tool: {
              name: "job_history",
              output:
                "2024-01-09 | Riverside Bakery | Routine | 6 bait stations checked, no activity\n2024-04-11 | Riverside Bakery | Reactive | Mouse droppings in flour store, 2 stations topped up, proofing door brush replaced\n2024-07-10 | Riverside Bakery | Routine | 6 bait stations checked, no activity",
            },
          },
          "right. after that April thing they've upped the contract — Riverside Bakery is monthly visits from now on, not quarterly",
        ],
      },
    ],
    expect: {
      remember: [{ as: raj, match: both(/Riverside/i, /monthly|every month/i) }],
      stale: [{ as: raj, match: only(/quarterly/i, /monthly|not quarterly/i) }],
      pasted: [{ kind: "log", match: /flour store|bait stations checked|door brush/i }],
    },
  },
  // ──────────────────────────── kitesurf school ───────────────────────────
  {
    id: "h15-kite-beach-new-value",
    category: "update",
    sessions: [
      { as: zoe, turns: ["we run all our lessons off Camber Sands, students meet at the blue hut by the car park"] },
      { as: zoe, turns: ["lessons are off West Wittering this season, meet by the lifeguard tower 👍"] },
    ],
    expect: {
      remember: [{ as: zoe, match: /Wittering/i }],
      stale: [{ as: zoe, match: only(/Camber|blue hut/i, /Wittering/i) }],
      questions: [{ as: zoe, ask: "where do I tell new students to meet?", expect: /Wittering|lifeguard tower/i, stale: only(/Camber|blue hut/i, /Wittering/i) }],
    },
  },
  {
    id: "h15-kite-windy-chitchat",
    category: "chit-chat",
    sessions: [
      {
        as: zoe,
        turns: ["wind's HOWLING today haha, might just sack off the admin and go out myself 🪁 whats 25 knots on the beaufort scale again"],
      },
    ],
    expect: { transient: [/howling|sack off|25 ?knots|go out myself/i] },
  },
  // ─────────────────────────── more fire service ──────────────────────────
  {
    id: "h15-fire-forget-assessment",
    category: "forget",
    sessions: [
      {
        as: kieran,
        turns: ["got my station manager assessment centre on 14 June, I'm doing in-tray exercise prep on my rest days. keep that in mind when I ask for practice scenarios"],
      },
      { as: kieran, turns: ["forget the assessment centre stuff, I've pulled out. not the right time with the new baby"] },
    ],
    expect: { forgotten: [{ as: kieran, match: /assessment|in-tray|14 June/i, storedAfter: 0 }] },
  },
  // ─────────────────────────── more opticians ─────────────────────────────
  {
    id: "h15-optician-recall-intervals",
    category: "questions",
    sessions: [
      { as: priya, turns: ["Recall intervals at Tiverton: diabetics every 12 months, over-70s every 12 months, everyone else 24."] },
      { as: tom, turns: ["is there a nicer way to say 'you're overdue' in the reminder text?"] },
    ],
    expect: {
      remember: [{ as: tom, match: /diabet/i, scope: ["project", "org"] }],
      questions: [{ as: tom, ask: "how often should someone with type 2 diabetes be coming back in for a check?", expect: /12 ?months|annual|yearly|every year/i }],
    },
  },
  // ─────────────────────────── more dairy (rival) ─────────────────────────
  {
    id: "h15-dairy-teat-dip-rival-farm",
    category: "scope",
    sessions: [
      {
        as: hannah,
        turns: ["From Monday we're switching the parlour from iodine teat dip to chlorhexidine, the iodine's been cracking teats in this cold."],
      },
      { as: owen, turns: ["Owen from Brookfield. We milk 90 Jerseys through our parlour, twice a day."] },
    ],
    expect: {
      remember: [
        { as: hannah, match: /chlorhex/i, scope: ["project", "org"] },
        { as: owen, match: new RegExp(`Jersey|${num("90").source}`, "i"), scope: ["project", "org"] },
      ],
      stale: [{ as: hannah, match: only(/iodine/i, /chlorhex/i) }],
      hidden: [
        { as: owen, match: /chlorhex|iodine/i },
        { as: hannah, match: /Jersey/i },
      ],
      questions: [{ as: owen, ask: "how big's our herd?", expect: new RegExp(`Jersey|${num("90").source}`, "i") }],
    },
  },
  // ────────────────────────── more interpreting ───────────────────────────
  {
    id: "h15-interpreter-pasted-transcript",
    category: "pasted",
    sessions: [
      {
        as: agata,
        turns: [
          "Can you check my glossary terms against this bit of transcript? And generally: in my glossaries I use British legal terms — solicitor, barrister, magistrates' court — never US ones like attorney or DA.\n\nCase No. T20247731\nJUDGE: Mr Nowak, do you understand the charge?\nDEFENDANT (via interpreter): Tak, rozumiem.\nPROSECUTION: Your Honour, the Crown will say the defendant was at the Ilford depot at 23:40 on the night in question.",
        ],
      },
    ],
    expect: {
      remember: [{ as: agata, match: /British|solicitor|attorney/i }],
      pasted: [{ kind: "document", match: /T20247731|Nowak|Ilford depot/i }],
    },
  },
  // ─────────────────────────── more aquarium ──────────────────────────────
  {
    id: "h15-aquarium-tool-water-test",
    category: "tool",
    sessions: [
      {
        as: marla,
        turns: [
          {
            user: "pull up the latest water test for Harbour Café",
            tool: {
              name: "water_test",
              output: "Tank: Harbour Café 450L reef | NO3 40 ppm | PO4 0.52 ppm | pH 8.1 | KH 7.2 dKH | Ca 410 ppm | Salinity 1.025 | Tested 2024-06-03 09:12",
            },
          },
          "nitrates up again ugh. btw the owner wants us there fortnightly from next month instead of weekly, budget cuts",
        ],
      },
    ],
    expect: {
      remember: [{ as: marla, match: both(/Harbour/i, /fortnight|every (?:two|2) weeks|biweekly/i) }],
      pasted: [{ kind: "log", match: /0\.52|410 ?ppm|7\.2 ?dKH|09:12/i }],
    },
  },
  // ───────────────────────── more roofing (same id) ───────────────────────
  {
    id: "h15-roofing-two-sams-warranty",
    category: "identities",
    sessions: [
      { as: samApex, turns: ["We warranty all our re-roofs for 15 years, insurance-backed."] },
      { as: samTopline, turns: ["our re-roof guarantee is 10 yrs, workmanship only"] },
    ],
    expect: {
      remember: [
        { as: samApex, match: /\b15 ?y|fifteen/i, scope: ["org", "user"] },
        { as: samTopline, match: /\b10 ?y|\bten.?y/i, scope: ["org", "user"] },
      ],
      hidden: [
        { as: samTopline, match: /\b15 ?y|fifteen/i },
        { as: samApex, match: /\b10 ?y|ten.?year|workmanship only/i },
      ],
      questions: [{ as: samTopline, ask: "how long's the guarantee we give on a full re-roof?", expect: /\b10 ?y|\bten.?y/i, stale: /\b15 ?y|fifteen/i }],
    },
  },
  // ─────────────────────────── more funeral ───────────────────────────────
  {
    id: "h15-funeral-no-longer-horses",
    category: "update",
    sessions: [
      { as: helen, turns: ["We offer horse-drawn hearses through Blackmore Stables, families love them."] },
      { as: helen, turns: ["We no longer offer the horse-drawn hearse — Blackmore closed in the spring and there's nobody else local."] },
    ],
    expect: {
      stale: [{ as: helen, match: only(/horse|Blackmore/i, /no longer|closed|not|stopped|don'?t|discontinu|any ?more|ceased/i) }],
      questions: [
        {
          as: helen,
          ask: "family are asking about a horse and carriage for their nan, do we do that?",
          expect: both(/horse|Blackmore/i, /no longer|closed|not|stopped|don'?t|discontinu|any ?more|ceased/i),
        },
      ],
    },
  },
];
