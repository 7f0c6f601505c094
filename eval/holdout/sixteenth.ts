/**
 * Sixteenth held-out batch: written blind (only the scenario schema and the
 * people/patterns helpers were read). Emphasis on updates and corrections,
 * team vs personal scope, and secrets in disguise, over domains not used by
 * earlier batches (coastguard, canal boats, falconry, blacksmithing,
 * audiobook narration, physiotherapy, chimney sweeping, tiling, thatching,
 * stained glass, puppetry, ballooning, dive schools, midwifery, upholstery…).
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

// ---------------------------------------------------------------- identities
const ifan = at("ifan", "coastguard-cymru", "holyhead");
const dora = at("dora", "cut-and-lock-hire", "fleet");
const rhian = at("rhian", "hawkwalk", "display-team");
const tomasz = at("tomasz", "hawkwalk", "display-team");
const gareth = at("gareth", "anvil-works", "gates");
const noor = at("noor", "inkwell-audio", "saltmarsh-novel");
const declan = at("declan", "inkwell-audio", "saltmarsh-novel");
const priya = at("priya", "bayside-physio", "front-desk");
const arthur = solo("arthur-sweep");
const kasia = solo("kasia-tiles");
const wilReed = at("wil", "reedline-thatch", "church-roof");
const wilStraw = at("wil", "strawcraft", "church-roof");
const elin = at("elin", "leadlight-studio", "restoration");
const bea = at("bea", "strings-attached", "winter-tour");
const jonty = at("jonty", "skyward-balloons", "ops");
const marisol = at("marisol", "deepblue-divers", "open-water");
const siobhan = at("siobhan", "riverside-midwives", "community");
const hamish = solo("hamish-upholstery");
const kenji = at("kenji", "umi-sushi", "kitchen");
const aiko = at("aiko", "umi-sushi", "kitchen");
const saoirse = at("saoirse", "glide-arena", "public-sessions");
const ade = at("ade", "northline-maps", "atlas");
const femi = at("femi", "northline-maps", "atlas");
const lee = at("lee", "clearview-windows", "rounds");
const cerys = at("cerys", "south-stack-tours", "tower");
const owain = at("owain", "south-stack-tours", "tower");
const tam = solo("tam-walls");
const ruth = at("ruth", "picturehouse-lyme", "projection");
const ines = at("ines", "atelier-ines", "spring-launch");
const gwen = solo("gwen-yarn");
const lukasz = at("lukasz", "strike-zone", "lanes");
const dev = at("dev", "sparkle-hand-wash", "site-2");
const odile = at("odile", "deepline-salvage", "wreck-survey");
const bjorn = at("bjorn", "deepline-salvage", "wreck-survey");
const fen = at("fen", "big-top-collective", "rigging");
const rosa = solo("rosa-caves");
const percy = at("percy", "gilt-and-brush", "shopfronts");
const morven = solo("morven-taxidermy");
const bethan = at("bethan", "coastguard-cymru", "holyhead");
const nia = at("nia", "anvil-works", "gates");
const mo = at("mo", "crystal-panes", "rounds");
const amara = at("amara", "bayside-physio", "southsea-clinic");
const josh = at("josh", "bayside-physio", "fareham-clinic");
const priti = at("priti", "inkwell-audio", "cookbook");
const kemi = at("kemi", "riverside-midwives", "community");
const huw = at("huw", "leadlight-studio", "restoration");
const owainBeach = at("owain", "south-stack-tours", "beach-walks");
const inesRival = at("ines", "maison-verte", "spring-launch");
const noa = at("noa", "glide-arena", "public-sessions");
const percySolo = solo("percy-signs");
const hazel = solo("hazel-narrowboat");
const noorSolo = solo("noor-narrator");
const jess = at("jess", "hollins-saddlery", "fitting");

export const sixteenthHoldoutScenarios: ScenarioInput[] = [
  // ------------------------------------------------------------ updates
  {
    id: "h16-coastguard-muster-new-night",
    category: "update",
    sessions: [
      { as: ifan, turns: ["for the record, the holyhead team's weekly muster is tuesdays 1900 at the station"] },
      { as: ifan, turns: ["muster's on thursdays now. same time, same place"] },
    ],
    expect: {
      remember: [{ as: ifan, match: /thursday/i, scope: ["project", "org"] }],
      stale: [{ as: ifan, match: only(/tuesday/i, /thursday/i) }],
      questions: [
        { as: ifan, ask: "what night is the team training again?", expect: /thursday/i, stale: only(/tuesday/i, /thursday/i) },
      ],
    },
  },
  {
    id: "h16-hawk-weight-teammate-update",
    category: "update",
    sessions: [
      {
        as: rhian,
        turns: ["Bramble (our Harris hawk) flies at 680 grams for the public displays. Don't let anyone put her up heavier than that."],
      },
      {
        as: tomasz,
        turns: ["Heads up: Bramble's display flying weight is 695g now, she's finished the moult and Rhian signed it off."],
      },
    ],
    expect: {
      remember: [{ as: rhian, match: /695/, scope: ["project", "org"] }],
      stale: [{ as: rhian, match: only(/680/, /695/) }],
      questions: [
        { as: rhian, ask: "what should Bramble weigh before the show today?", expect: /695/, stale: only(/680/, /695/) },
      ],
    },
  },
  {
    id: "h16-forge-gate-partial-change",
    category: "update",
    sessions: [
      {
        as: gareth,
        turns: [
          "Hendre gate commission spec, so it's written down somewhere: mild steel, hot-dip galvanised, then painted black. Due 14 March.",
        ],
      },
      {
        as: gareth,
        turns: ["Client rang. Hendre gate is to be painted anthracite grey instead. Everything else about it stays as it was."],
      },
    ],
    expect: {
      remember: [
        { as: gareth, match: /anthracite|gr[ae]y/i },
        { as: gareth, match: /galvani[sz]/i },
        { as: gareth, match: /14(?:th)? March|March 14|14\/03|03-14/i },
      ],
      stale: [{ as: gareth, match: only(/\bblack\b/i, /anthracite|gr[ae]y/i) }],
      questions: [
        { as: gareth, ask: "what colour finish is going on the Hendre gate?", expect: /anthracite|gr[ae]y/i, stale: only(/\bblack\b/i, /anthracite|gr[ae]y/i) },
        { as: gareth, ask: "when's the Hendre job due?", expect: /14(?:th)? March|March 14|14\/03|03-14/i },
      ],
    },
  },
  {
    id: "h16-stained-glass-from-next-month",
    category: "update",
    sessions: [
      { as: elin, turns: ["Studio's open to customers Monday to Friday, 9 till 5. Worth knowing if anyone asks."] },
      {
        as: elin,
        turns: ["From next month we're shutting on Fridays to do kiln work, so customer hours will be Monday to Thursday, still 9 to 5."],
      },
    ],
    expect: {
      remember: [{ as: elin, match: /Thu|clos\w* (?:on )?Fridays?|shut\w* (?:on )?Fridays?|Fridays? (?:off|closed)/i }],
      stale: [{ as: elin, match: only(/Mon(?:day)?\s*(?:-|–|to|till|through)\s*Fri(?:day)?/i, /Thu|clos|shut/i) }],
      questions: [
        {
          as: elin,
          ask: "which days can customers drop in at the studio?",
          expect: /Thu/i,
          stale: only(/Mon(?:day)?\s*(?:-|–|to|till|through)\s*Fri(?:day)?/i, /Thu|clos|shut/i),
        },
      ],
    },
  },

  // ------------------------------------------------------------ corrections
  {
    id: "h16-canal-handover-corrected-in-message",
    category: "correction",
    sessions: [
      {
        as: dora,
        turns: [
          "Handover day for the whole hire fleet is Saturday—scratch that, it's Friday, we moved it when the season schedule changed. Please remember that for the booking replies.",
        ],
      },
    ],
    expect: {
      remember: [{ as: dora, match: /friday/i, scope: ["project", "org"] }],
      stale: [{ as: dora, match: only(/saturday/i, /friday/i) }],
      questions: [
        { as: dora, ask: "what day do boats turn round between hirers?", expect: /friday/i, stale: only(/saturday/i, /friday/i) },
      ],
    },
  },
  {
    id: "h16-balloon-launch-field-my-bad",
    category: "correction",
    sessions: [
      {
        as: jonty,
        turns: [
          "Our launch field is Pennyhill Farm, for the pre-flight briefings you draft.",
          "Also max passengers in the big basket is 12.",
          "oh my bad, launch field is Cowley Meadow. Pennyhill was last season",
        ],
      },
    ],
    expect: {
      remember: [
        { as: jonty, match: /Cowley/i },
        { as: jonty, match: /\b12\b|twelve/i },
      ],
      stale: [{ as: jonty, match: only(/Pennyhill/i, /Cowley/i) }],
      questions: [
        { as: jonty, ask: "where are we taking off from for the morning flights?", expect: /Cowley/i, stale: only(/Pennyhill/i, /Cowley/i) },
        { as: jonty, ask: "how many pax fit in the large basket?", expect: /\b12\b|twelve/i },
      ],
    },
  },

  // ------------------------------------------------------------ scope
  {
    id: "h16-audiobook-team-vs-personal",
    category: "scope",
    sessions: [
      {
        as: noor,
        turns: [
          "For the Saltmarsh book the publisher wants American pronunciation of all place names. Separately, and this is just me: I can't record before 11am, my voice isn't warm till then.",
        ],
      },
      { as: declan, turns: ["quick one before I start chapter 9"] },
    ],
    expect: {
      remember: [
        { as: noor, match: /American|\bUS\b/i, scope: ["project", "org"] },
        { as: declan, match: /American|\bUS\b/i, scope: ["project", "org"] },
        { as: noor, match: /11 ?(?:am|a\.m\.)|eleven/i, scope: "user" },
      ],
      hidden: [{ as: declan, match: /11 ?(?:am|a\.m\.)|eleven/i }],
      questions: [{ as: declan, ask: "how should I say the town names in this one?", expect: /American|\bUS\b/i }],
    },
  },
  {
    id: "h16-thatch-rival-org-same-project",
    category: "identities",
    sessions: [
      {
        as: wilReed,
        turns: ["On the church roof job we're using Norfolk water reed, with a block-cut sedge ridge."],
      },
      {
        as: wilStraw,
        turns: ["church roof is long straw throughout, wheat from the Ashby farm. note it please"],
      },
    ],
    expect: {
      remember: [
        { as: wilReed, match: /water reed/i },
        { as: wilStraw, match: /long straw/i },
      ],
      hidden: [
        { as: wilStraw, match: /water reed|sedge/i },
        { as: wilReed, match: /long straw|Ashby/i },
      ],
      questions: [
        { as: wilStraw, ask: "what material are we thatching the church with?", expect: /long straw/i },
        { as: wilReed, ask: "what are we putting on the church roof?", expect: /water reed/i },
      ],
    },
  },

  // ------------------------------------------------------------ secrets
  {
    id: "h16-physio-keysafe-spelled-out",
    category: "secrets",
    sessions: [
      {
        as: priya,
        turns: [
          "the key safe by the back door is two eight eight one, for whoever's first in. also remember we open at 7:45 on weekdays",
        ],
      },
    ],
    expect: {
      remember: [{ as: priya, match: /7[:.]?45/ }],
      secrets: ["2881", "two eight eight one"],
      questions: [{ as: priya, ask: "what time do we open in the week?", expect: /7[:.]?45/ }],
    },
  },

  // ------------------------------------------------------------ chit-chat / hedged
  {
    id: "h16-sweep-soaked-chitchat",
    category: "chit-chat",
    sessions: [
      {
        as: arthur,
        turns: [
          "morning! absolutely chucking it down here, done three flues already and I'm soaked through lol",
          "anyway how's your day going 😄",
        ],
      },
    ],
    expect: {
      transient: [/soaked|chucking|raining|\brain\b/i, /three flues|3 flues/i],
    },
  },
  {
    id: "h16-puppetry-maybe-shadow",
    category: "hedged",
    sessions: [
      {
        as: bea,
        turns: [
          "thinking out loud: we might switch the winter tour to shadow puppets?? not sure, depends on the arts council grant",
          "maybe drop the Leeds date as well, haven't decided. what IS fixed: the tour always opens in Hexham.",
        ],
      },
    ],
    expect: {
      remember: [{ as: bea, match: /Hexham/i }],
      transient: [/shadow/i, /Leeds/i],
      questions: [{ as: bea, ask: "where does the winter tour kick off?", expect: /Hexham/i }],
    },
  },

  // ------------------------------------------------------------ forget
  {
    id: "h16-tiler-forget-grout",
    category: "forget",
    sessions: [
      { as: kasia, turns: ["for bathroom jobs I always use Mapei Ultracolor grout, manhattan grey. note that"] },
      { as: kasia, turns: ["forget the grout thing pls, not loyal to any brand anymore"] },
    ],
    expect: {
      forgotten: [{ as: kasia, match: /Ultracolor|Mapei/i, storedAfter: 0 }],
    },
  },

  // ------------------------------------------------------------ questions
  {
    id: "h16-dive-school-depth-and-check",
    category: "questions",
    sessions: [
      {
        as: marisol,
        turns: [
          "House rules for the open water course: students never go below 18 metres, and every buddy pair does the BWRAF check on the boat, no exceptions.",
        ],
      },
      { as: marisol, turns: ["new instructor starts monday, I'll point her at you"] },
    ],
    expect: {
      remember: [
        { as: marisol, match: /18 ?m/i, scope: ["project", "org"] },
        { as: marisol, match: /BWRAF/, scope: ["project", "org"] },
      ],
      questions: [
        { as: marisol, ask: "what's the max depth for OW students?", expect: /18 ?m/i },
        { as: marisol, ask: "which pre-dive safety check do we make buddies do?", expect: /BWRAF/ },
      ],
    },
  },

  // ------------------------------------------------------------ tool / pasted
  {
    id: "h16-midwives-rota-tool",
    category: "tool",
    sessions: [
      {
        as: siobhan,
        turns: [
          {
            user: "pull up this week's on-call rota",
            tool: {
              name: "get_rota",
              output:
                "Mon 07:00-19:00 A. Okafor | Tue 07:00-19:00 L. Brennan | Wed 07:00-19:00 A. Okafor | Thu 19:00-07:00 K. Mistry | Fri 07:00-19:00 L. Brennan",
            },
          },
          "thanks. fyi community team handover is always 08:15 in the hub, not on the ward",
        ],
      },
    ],
    expect: {
      remember: [{ as: siobhan, match: /08[:.]?15|8[:.]15/ }],
      pasted: [{ kind: "log", match: /Okafor|Brennan|Mistry/i }],
      questions: [{ as: siobhan, ask: "where and when is handover for community?", expect: /08[:.]?15|8[:.]15/ }],
    },
  },
  {
    id: "h16-upholstery-customer-email",
    category: "pasted",
    sessions: [
      {
        as: hamish,
        turns: [
          "can you boil this down to 2 lines:\n\n> Hi Hamish,\n> Thanks for the quote on the wingback. We'd like to go ahead with the Linwood velvet in Moss rather than the linen. Could you collect on Thursday 3rd? The side gate code is on the post. Parking is tight so maybe the van on Elm Road.\n> Best, Gillian Pryce",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Gillian|Pryce|Linwood|Elm Road/i }],
    },
  },
  // ------------------------------------------------------------ updates, pass 2
  {
    id: "h16-sushi-tuna-supplier-moved",
    category: "update",
    sessions: [
      { as: kenji, turns: ["Our tuna comes from Fenwick Seafoods, delivered Tuesdays and Fridays before 10."] },
      {
        as: aiko,
        turns: ["we've moved tuna over to Hale & Daughters, Fenwick kept shorting us. delivery days haven't changed"],
      },
    ],
    expect: {
      remember: [
        { as: kenji, match: /Hale/i, scope: ["project", "org"] },
        { as: kenji, match: /Tue/i },
      ],
      stale: [{ as: kenji, match: only(/Fenwick/i, /Hale/i) }],
      questions: [
        { as: kenji, ask: "who supplies our tuna?", expect: /Hale/i, stale: only(/Fenwick/i, /Hale/i) },
        { as: aiko, ask: "which days does the tuna turn up?", expect: /Tue/i },
      ],
    },
  },
  {
    id: "h16-ice-rink-skate-hire-no-longer-included",
    category: "update",
    sessions: [
      { as: saoirse, turns: ["Skate hire is included in the public session ticket price, in case customers ask in the chat."] },
      { as: saoirse, turns: ["skate hire is no longer included!! it's £3.50 on top since the price review, pls use that"] },
    ],
    expect: {
      remember: [{ as: saoirse, match: /3\.50/ }],
      stale: [{ as: saoirse, match: only(/includ/i, /3\.50|no longer|not included|extra|on top/i) }],
      questions: [
        {
          as: saoirse,
          ask: "a mum is asking if skates are extra for the 2pm session?",
          expect: /3\.50/,
          stale: only(/includ/i, /3\.50|no longer|not included|extra|on top/i),
        },
      ],
    },
  },
  {
    id: "h16-maps-print-spec-changed-again",
    category: "update",
    sessions: [
      {
        as: ade,
        turns: ["Print house spec for the atlas: final PDFs at 300 dpi, CMYK, FOGRA39 profile."],
      },
      { as: ade, turns: ["print house updated their spec, they want 350 dpi now. rest unchanged"] },
      {
        as: femi,
        turns: ["They changed the spec AGAIN 🙄 back to 300 dpi, and the profile is FOGRA51 now, not 39. CMYK still."],
      },
    ],
    expect: {
      remember: [
        { as: ade, match: /FOGRA ?51/i },
        { as: ade, match: /300/ },
        { as: femi, match: /CMYK/i },
      ],
      stale: [
        { as: ade, match: only(/FOGRA ?39/i, /FOGRA ?51/i) },
        { as: ade, match: only(/350/, /300/) },
      ],
      questions: [
        { as: ade, ask: "what colour profile do I export the atlas pages with?", expect: /FOGRA ?51/i, stale: only(/FOGRA ?39/i, /FOGRA ?51/i) },
        { as: femi, ask: "resolution for the final files?", expect: /300/, stale: only(/350/, /300/) },
      ],
    },
  },
  {
    id: "h16-windows-round-goes-fortnightly",
    category: "update",
    sessions: [
      { as: lee, turns: ["Thornbury round is every 4 weeks, always on a Wednesday."] },
      { as: lee, turns: ["thornbury's fortnightly now, customers wanted it. still wednesdays"] },
    ],
    expect: {
      remember: [
        { as: lee, match: /fortnight|2 weeks|two weeks|every other/i },
        { as: lee, match: /wednesday/i },
      ],
      stale: [{ as: lee, match: only(/4 weeks|four weeks|4-weekly|four-weekly|monthly/i, /fortnight|2 weeks|two weeks|every other/i) }],
      questions: [
        {
          as: lee,
          ask: "how often do I do Thornbury?",
          expect: /fortnight|2 weeks|two weeks|every other/i,
          stale: only(/4 weeks|four weeks|4-weekly|four-weekly|monthly/i, /fortnight|2 weeks|two weeks|every other/i),
        },
      ],
    },
  },
  {
    id: "h16-lighthouse-tower-group-size",
    category: "update",
    sessions: [
      { as: cerys, turns: ["Tower tours at South Stack take a maximum of 8 people per group."] },
      { as: owain, turns: ["H&S review came back - max in the tower is 6 per group from now on"] },
    ],
    expect: {
      remember: [{ as: cerys, match: /\b6\b|\bsix\b/i, scope: ["project", "org"] }],
      stale: [{ as: cerys, match: only(/\b8\b|\beight\b/i, /\b6\b|\bsix\b/i) }],
      questions: [
        {
          as: cerys,
          ask: "a family of 7 wants to do the tower together, is that ok?",
          expect: /\b6\b|\bsix\b/i,
          stale: only(/\b8\b|\beight\b/i, /\b6\b|\bsix\b/i),
        },
      ],
    },
  },
  {
    id: "h16-walling-rate-put-up",
    category: "update",
    sessions: [
      { as: tam, turns: ["when you draft quotes for me use £95 per metre for a full rebuild of a dry stone wall"] },
      { as: tam, turns: ["prices went up in jan. rebuilds are £110/m"] },
    ],
    expect: {
      remember: [{ as: tam, match: /110/ }],
      stale: [{ as: tam, match: only(/\b95\b/, /110/) }],
      questions: [
        { as: tam, ask: "farmer wants 40 metres rebuilt, what's my rate per metre?", expect: /110/, stale: only(/\b95\b/, /110/) },
      ],
    },
  },
  {
    id: "h16-cinema-house-lights-rule-changed",
    category: "update",
    sessions: [
      { as: ruth, turns: ["House lights come up as soon as the end credits start. That's how we do it in all three screens."] },
      {
        as: ruth,
        turns: ["New manager's rule: we don't bring the lights up at the start of the credits any more, they stay down till the credits have finished."],
      },
    ],
    expect: {
      remember: [{ as: ruth, match: /finish|very end|end of (?:the )?credits|stay down|\buntil\b|\btill\b/i }],
      stale: [
        {
          as: ruth,
          match: only(/(?:start|begin)\w*.{0,20}credits|credits (?:start|begin)/i, /finish|very end|stay down|\buntil\b|\btill\b|any ?more|no longer|\bnot\b|don'?t/i),
        },
      ],
      questions: [
        {
          as: ruth,
          ask: "when do the house lights go up at the end of a film?",
          expect: /finish|very end|end of (?:the )?credits|stay down|\buntil\b|\btill\b/i,
        },
      ],
    },
  },
  {
    id: "h16-perfume-launch-pushed",
    category: "update",
    sessions: [
      { as: ines, turns: ["Spring launch details: 50ml eau de parfum, retail £85, launch date 2 April."] },
      { as: ines, turns: ["Launch is pushed to 16 April (bottles are late). Price and size stay the same."] },
    ],
    expect: {
      remember: [
        { as: ines, match: /16(?:th)? April|April 16|16\/04|04-16/i },
        { as: ines, match: /85/ },
        { as: ines, match: /50 ?ml/i },
      ],
      stale: [{ as: ines, match: only(/\b2(?:nd)? April|April 2(?:nd)?\b|\b02\/04|04-02/i, /16/) }],
      questions: [
        {
          as: ines,
          ask: "when does the spring scent go on sale?",
          expect: /16(?:th)? April|April 16|16\/04|04-16/i,
          stale: only(/\b2(?:nd)? April|April 2(?:nd)?\b|\b02\/04|04-02/i, /16/),
        },
      ],
    },
  },
  {
    id: "h16-dive-nitrox-no-longer-free",
    category: "update",
    sessions: [
      { as: marisol, turns: ["Nitrox fills are free for anyone on one of our courses."] },
      { as: marisol, turns: ["Nitrox isn't free for course students anymore — £5 a fill, same as everyone else."] },
    ],
    expect: {
      remember: [{ as: marisol, match: /£ ?5\b|5 pounds|five pounds/i }],
      stale: [{ as: marisol, match: only(/free/i, /£ ?5\b|5 pounds|five pounds|not free|no longer|any ?more/i) }],
      questions: [
        { as: marisol, ask: "do course students pay for nitrox?", expect: /£ ?5\b|5 pounds|five pounds/i },
      ],
    },
  },
  {
    id: "h16-taxidermy-format-pref-flip",
    category: "update",
    sessions: [
      { as: morven, turns: ["When you summarise client enquiries for me, use bullet points please."] },
      { as: morven, turns: ["stop doing bullets for the enquiry summaries, i'd rather have a short paragraph now"] },
    ],
    expect: {
      remember: [{ as: morven, match: /paragraph|prose/i }],
      stale: [{ as: morven, match: only(/bullet/i, /paragraph|prose|\bno\b|not|stop|don'?t|instead/i) }],
      questions: [
        { as: morven, ask: "how do I like the enquiry summaries laid out?", expect: /paragraph|prose/i, stale: only(/bullet/i, /paragraph|prose|\bno\b|not|stop|don'?t|instead/i) },
      ],
    },
  },

  // ------------------------------------------------------------ corrections, pass 2
  {
    id: "h16-yarn-minimum-turns-out",
    category: "correction",
    sessions: [
      { as: gwen, turns: ["my wholesaler (Drover & Co) has a minimum order of £150, keep that in mind when I'm planning restocks"] },
      { as: gwen, turns: ["turns out the Drover minimum is £200, I'd misread their terms 🙈"] },
    ],
    expect: {
      remember: [{ as: gwen, match: /200/ }],
      stale: [{ as: gwen, match: only(/150/, /200/) }],
      questions: [
        { as: gwen, ask: "how much do I need to spend with Drover to place an order?", expect: /200/, stale: only(/150/, /200/) },
      ],
    },
  },
  {
    id: "h16-bowling-oil-time-nonnative",
    category: "correction",
    sessions: [
      {
        as: lukasz,
        turns: [
          "Lane oil machine we run every morning 8.00 before open, all lanes 1 to 24. Sorry I write wrong, is 8.30 not 8.00.",
        ],
      },
    ],
    expect: {
      remember: [{ as: lukasz, match: /8[:.]30/ }],
      stale: [{ as: lukasz, match: only(/8[:.]00|\b8 ?am/i, /8[:.]30/) }],
      questions: [
        { as: lukasz, ask: "what time we oil the lanes?", expect: /8[:.]30/, stale: only(/8[:.]00|\b8 ?am/i, /8[:.]30/) },
      ],
    },
  },
  {
    id: "h16-carwash-filter-corrected-later",
    category: "correction",
    sessions: [
      {
        as: dev,
        turns: [
          "site 2's water recycling filter gets changed every 10 days",
          "also we don't do ceramic coating at site 2, that's only at site 1",
          "actually the filter's every 14 days, I was thinking of the old unit",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dev, match: /14 days|fourteen days|fortnight|two weeks|2 weeks/i },
        { as: dev, match: /ceramic/i },
      ],
      stale: [{ as: dev, match: only(/10 days|ten days/i, /14|fourteen|fortnight|two weeks|2 weeks/i) }],
      questions: [
        {
          as: dev,
          ask: "when's the recycling filter due a swap?",
          expect: /14 days|fourteen days|fortnight|two weeks|2 weeks/i,
          stale: only(/10 days|ten days/i, /14|fourteen|fortnight|two weeks|2 weeks/i),
        },
        { as: dev, ask: "can a customer get a ceramic coat at site 2?", expect: /ceramic/i },
      ],
    },
  },
  {
    id: "h16-salvage-depth-teammate-correction",
    category: "correction",
    sessions: [
      { as: odile, turns: ["Wreck survey log: the wreck lies in 38 m of water, we work it from the Kestrel."] },
      {
        as: bjorn,
        turns: ["Correction to Odile's note: depth on the wreck is 34 m, not 38. The 38 was a sounding taken at high water."],
      },
    ],
    expect: {
      remember: [
        { as: odile, match: /34 ?m/i, scope: ["project", "org"] },
        { as: odile, match: /Kestrel/i },
      ],
      stale: [{ as: odile, match: only(/38 ?m/i, /34/) }],
      questions: [
        { as: odile, ask: "how deep is the wreck we're surveying?", expect: /34 ?m/i, stale: only(/38 ?m/i, /34/) },
      ],
    },
  },
  {
    id: "h16-circus-rig-rating-dictated",
    category: "correction",
    sessions: [
      {
        as: fen,
        turns: [
          "okay so the aerial rig load rating is 500 kilos per point no wait five hundred is the old truss the new truss is 750 per point so use 750 and we check every rigging point on show days before doors open",
        ],
      },
    ],
    expect: {
      remember: [
        { as: fen, match: /750/ },
        { as: fen, match: both(/check|inspect/i, /show day|every show|before doors|doors open/i) },
      ],
      stale: [{ as: fen, match: only(/500|five hundred/i, /750/) }],
      questions: [
        { as: fen, ask: "what can each point on the new truss hold?", expect: /750/, stale: only(/500|five hundred/i, /750/) },
      ],
    },
  },
  {
    id: "h16-caving-callout-told-you-wrong",
    category: "correction",
    sessions: [
      { as: rosa, turns: ["My surface callout is always set to 6 hours after my expected exit time."] },
      { as: rosa, turns: ["ugh I told you 6 hours for callout, it's 4 hours. the club tightened it last year and I forgot"] },
    ],
    expect: {
      remember: [{ as: rosa, match: /\b4 ?h|four hours|4 hours/i }],
      stale: [{ as: rosa, match: only(/\b6 ?h|six hours|6 hours/i, /\b4 ?h|four hours|4 hours/i) }],
      questions: [
        {
          as: rosa,
          ask: "going down Swildon's saturday, out by 3pm — when should my callout be?",
          expect: /\b4 ?h|four hours|4 hours/i,
          stale: only(/\b6 ?h|six hours|6 hours/i, /\b4 ?h|four hours|4 hours/i),
        },
      ],
    },
  },
  {
    id: "h16-signwriter-gold-carat-typo",
    category: "correction",
    sessions: [
      {
        as: percy,
        turns: ["Rook & Crown fascia lettering is 23.5 carat gold leaf — sorry, typo, 23.75 carat. Double-gilded."],
      },
    ],
    expect: {
      remember: [{ as: percy, match: /23\.75/ }],
      stale: [{ as: percy, match: only(/23\.5\b/, /23\.75/) }],
      questions: [{ as: percy, ask: "what gold are we using on the Rook and Crown?", expect: /23\.75/, stale: only(/23\.5\b/, /23\.75/) }],
    },
  },
  // ------------------------------------------------------------ scope, pass 2
  {
    id: "h16-physio-org-rule-vs-site-rule",
    category: "scope",
    sessions: [
      {
        as: amara,
        turns: [
          "Org-wide rule for every Bayside clinic: new patients complete the consent form before their first session, no exceptions. And just for us here at Southsea: the hydro pool closes at 6pm.",
        ],
      },
      { as: josh, turns: ["morning, Fareham here, sorting tomorrow's list"] },
    ],
    expect: {
      remember: [
        { as: amara, match: /consent/i, scope: "org" },
        { as: josh, match: /consent/i, scope: "org" },
        { as: amara, match: /hydro|pool/i, scope: "project" },
      ],
      hidden: [{ as: josh, match: /hydro|pool/i }],
      questions: [
        { as: josh, ask: "anything a new patient has to do before I see them?", expect: /consent/i },
        { as: amara, ask: "till when can I book hydro sessions?", expect: /6 ?pm|18[:.]?00/i },
      ],
    },
  },
  {
    id: "h16-coastguard-two-users-summary-style",
    category: "scope",
    sessions: [
      { as: ifan, turns: ["I like my incident summaries as bullet points, short ones."] },
      { as: bethan, turns: ["for me: incident summaries as one paragraph of prose please, I hate bullet lists"] },
    ],
    expect: {
      remember: [
        { as: ifan, match: /bullet/i, scope: "user" },
        { as: bethan, match: /prose|paragraph/i, scope: "user" },
      ],
      hidden: [
        { as: bethan, match: only(/bullet/i, /prose|paragraph|hate|\bno\b|not|avoid/i) },
        { as: ifan, match: /prose|paragraph/i },
      ],
      questions: [
        { as: bethan, ask: "how do I want the write-up for last night's shout?", expect: /prose|paragraph/i },
        { as: ifan, ask: "format for my incident summaries?", expect: /bullet/i },
      ],
    },
  },
  {
    id: "h16-forge-team-rule-personal-diet",
    category: "scope",
    sessions: [
      {
        as: nia,
        turns: [
          "The power hammer is off limits to anyone who hasn't done the induction — that's a forge rule. Also, me personally, I'm vegetarian, so count me out of the hog roast orders.",
        ],
      },
      { as: gareth, turns: ["right, new apprentice starts tomorrow"] },
    ],
    expect: {
      remember: [
        { as: gareth, match: /induction/i, scope: ["project", "org"] },
        { as: nia, match: /vegetarian|veggie/i, scope: "user" },
      ],
      hidden: [{ as: gareth, match: /vegetarian|veggie/i }],
      questions: [{ as: gareth, ask: "can the new apprentice use the power hammer on day one?", expect: /induction/i }],
    },
  },
  {
    id: "h16-windows-rival-org-rounds",
    category: "identities",
    sessions: [
      { as: lee, turns: ["we use pure water poles for everything above first floor, no ladders on the rounds. company policy"] },
      { as: mo, turns: ["what's our policy on ladders for the rounds?"] },
    ],
    expect: {
      remember: [{ as: lee, match: /pure water|pole/i }],
      hidden: [{ as: mo, match: /pure water|pole/i }],
    },
  },
  {
    id: "h16-falconry-mews-impersonal",
    category: "scope",
    sessions: [
      { as: tomasz, turns: ["The mews gets hosed down every evening at six, and the bath water's changed daily."] },
      { as: rhian, turns: ["I'm on lates this week"] },
    ],
    expect: {
      remember: [{ as: rhian, match: /hos|mews/i, scope: ["project", "org"] }],
      transient: [/\blates\b/i],
      questions: [{ as: rhian, ask: "when do we clean out the mews?", expect: /six|6 ?pm|18[:.]?00|evening/i }],
    },
  },
  {
    id: "h16-audiobook-org-delivery-spec",
    category: "scope",
    sessions: [
      {
        as: noor,
        turns: ["Company-wide at Inkwell, every project: masters are delivered as 44.1kHz 16-bit WAV, peaks under -3 dB."],
      },
      { as: priti, turns: ["starting the cookbook edits today"] },
    ],
    expect: {
      remember: [{ as: priti, match: /44\.1|16-?bit|WAV/i, scope: "org" }],
      questions: [{ as: priti, ask: "what format do I export the cookbook masters in?", expect: /44\.1|16-?bit|WAV/i }],
    },
  },
  {
    id: "h16-midwife-nickname-personal",
    category: "scope",
    sessions: [
      { as: siobhan, turns: ["btw everyone calls me Shiv, use that when you write to me"] },
      { as: kemi, turns: ["can you help me draft the clinic poster later"] },
    ],
    expect: {
      remember: [{ as: siobhan, match: /Shiv\b/, scope: "user" }],
      hidden: [{ as: kemi, match: /Shiv\b/ }],
    },
  },
  {
    id: "h16-lighthouse-org-vs-site",
    category: "scope",
    sessions: [
      {
        as: cerys,
        turns: [
          "Two rules to keep: across the whole company, no dogs on any of our tours (assistance dogs excepted). On the tower tour specifically, everyone wears a hard hat on the lantern stairs.",
        ],
      },
      { as: owainBeach, turns: ["doing the beach walk bookings now"] },
    ],
    expect: {
      remember: [
        { as: owainBeach, match: both(/dog/i, new RegExp(`${NEGATION.source}|prohibit|bann?ed|forbid|excluded`, "i")), scope: "org" },
        { as: cerys, match: /hard hat|helmet/i, scope: "project" },
      ],
      hidden: [{ as: owainBeach, match: /hard hat|helmet/i }],
      questions: [{ as: owainBeach, ask: "someone wants to bring their spaniel on the beach walk?", expect: /dog/i }],
    },
  },
  {
    id: "h16-perfume-rival-same-project-id",
    category: "identities",
    sessions: [
      { as: ines, turns: ["Spring launch hero note is fig leaf, and we're using the frosted 50ml flacon."] },
      { as: inesRival, turns: ["our spring launch is built around neroli, clear glass bottle"] },
    ],
    expect: {
      remember: [
        { as: ines, match: /fig/i },
        { as: inesRival, match: /neroli/i },
      ],
      hidden: [
        { as: inesRival, match: /fig|frosted/i },
        { as: ines, match: /neroli/i },
      ],
      questions: [{ as: inesRival, ask: "what's the main note in our spring scent?", expect: /neroli/i }],
    },
  },
  {
    id: "h16-stained-glass-studio-standard-vs-mine",
    category: "scope",
    sessions: [
      {
        as: elin,
        turns: [
          "Studio standard solder for restoration jobs is 60/40. I personally prefer lead-free for my own pieces, but that's just me.",
        ],
      },
      { as: huw, turns: ["starting on the chapel quatrefoil"] },
    ],
    expect: {
      remember: [
        { as: huw, match: /60\/40|60-40/, scope: ["project", "org"] },
        { as: elin, match: /lead-?free/i, scope: "user" },
      ],
      hidden: [{ as: huw, match: /lead-?free/i }],
      questions: [{ as: huw, ask: "which solder do I use on the chapel panels?", expect: /60\/40|60-40/ }],
    },
  },
  {
    id: "h16-rink-teammate-zamboni",
    category: "scope",
    sessions: [
      { as: saoirse, turns: ["ice gets resurfaced after every public session, takes 15 mins, so sessions start on the quarter hour"] },
      { as: noa, turns: ["hi, new on the desk this week"] },
    ],
    expect: {
      remember: [{ as: noa, match: /resurfac|zamboni|15 min/i, scope: ["project", "org"] }],
      questions: [{ as: noa, ask: "why is there a gap between skating sessions?", expect: /resurfac|zamboni|15 min/i }],
    },
  },

  // ------------------------------------------------------------ identity / durable facts
  {
    id: "h16-signwriter-who-i-am",
    category: "identity",
    sessions: [
      { as: percySolo, turns: ["hi. I'm a sign-writer in Frome. hand-lettering only, I don't do vinyl, never have."] },
    ],
    expect: {
      remember: [
        { as: percySolo, match: /Frome/i },
        { as: percySolo, match: /vinyl/i },
      ],
      questions: [{ as: percySolo, ask: "a café wants cut vinyl letters on their window, is that something I take on?", expect: /vinyl/i }],
    },
  },
  {
    id: "h16-narrowboat-liveaboard",
    category: "identity",
    sessions: [
      {
        as: hazel,
        turns: ["I live aboard a 58ft narrowboat called Heron, usually moored at Bathampton on the K&A. continuous cruiser licence"],
      },
    ],
    expect: {
      remember: [
        { as: hazel, match: /Heron/i },
        { as: hazel, match: /Bathampton/i },
      ],
      questions: [
        { as: hazel, ask: "what's my boat called again, for the licence form", expect: /Heron/i },
        { as: hazel, ask: "where am I normally tied up?", expect: /Bathampton/i },
      ],
    },
  },
  {
    id: "h16-narrator-pickup-format",
    category: "identity",
    sessions: [
      {
        as: noorSolo,
        turns: ["When you make pickup lists for me: timestamp first, then the line in quotes, one per row. Like 01:23:45 — \"the tide was out\"."],
      },
    ],
    expect: {
      remember: [{ as: noorSolo, match: /timestamp/i }],
      questions: [{ as: noorSolo, ask: "how should the pickups sheet be laid out?", expect: /timestamp/i }],
    },
  },
  {
    id: "h16-taxidermy-ethics",
    category: "identity",
    sessions: [
      {
        as: morven,
        turns: ["Something to always keep in mind: I only work with ethically sourced specimens, roadkill or natural deaths. Never anything killed to order."],
      },
    ],
    expect: {
      remember: [{ as: morven, match: /roadkill|natural death|ethical/i }],
      questions: [{ as: morven, ask: "a shooting estate wants a pheasant they'll shoot for me, do I accept?", expect: /roadkill|natural death|ethical|killed/i }],
    },
  },
  {
    id: "h16-saddlery-fitting-fees",
    category: "identity",
    sessions: [
      { as: jess, turns: ["Saddle fitting visits are £60 within 20 miles of the workshop, then 45p a mile after that."] },
    ],
    expect: {
      remember: [{ as: jess, match: /60/, scope: ["project", "org"] }],
      questions: [{ as: jess, ask: "customer 30 miles away wants a fitting, how do we charge?", expect: /45 ?p|60/ }],
    },
  },

  // ------------------------------------------------------------ questions, pass 2
  {
    id: "h16-sweep-cctv-rule",
    category: "questions",
    sessions: [
      {
        as: arthur,
        turns: [
          "couple of rules I work by: every sweep gets a certificate. and I won't sweep a flue that's had a chimney fire in the last 6 months without a CCTV survey first",
        ],
      },
      { as: arthur, turns: ["busy week coming up"] },
    ],
    expect: {
      remember: [{ as: arthur, match: /CCTV|camera/i }, { as: arthur, match: /certificate/i }],
      questions: [
        { as: arthur, ask: "the Mill House had a chimney fire in March, can I just go and sweep it?", expect: /CCTV|camera/i },
        { as: arthur, ask: "what paperwork do I leave after a job?", expect: /certificate/i },
      ],
    },
  },
  {
    id: "h16-tiler-rates",
    category: "questions",
    sessions: [
      { as: kasia, turns: ["my rates: walls £45/m2, floors £40/m2, minimum charge £250 whatever the size"] },
    ],
    expect: {
      remember: [{ as: kasia, match: /250/ }],
      questions: [
        { as: kasia, ask: "tiny splashback job, what's the least I'd charge?", expect: /250/ },
        { as: kasia, ask: "how much per square metre for floor tiling?", expect: /40/ },
      ],
    },
  },
  {
    id: "h16-rink-penguins-age",
    category: "questions",
    sessions: [
      { as: saoirse, turns: ["Penguin skate aids are for under-10s only, and under-6s must wear a helmet on the ice."] },
    ],
    expect: {
      remember: [{ as: saoirse, match: /penguin/i }, { as: saoirse, match: /helmet/i }],
      questions: [
        { as: saoirse, ask: "can an 8 year old borrow one of the penguins?", expect: /penguin/i },
        { as: saoirse, ask: "does a 5yo need head protection?", expect: /helmet/i },
      ],
    },
  },

  // ------------------------------------------------------------ secrets, pass 2
  {
    id: "h16-canal-gate-code-mid-sentence",
    category: "secrets",
    sessions: [
      {
        as: hazel,
        turns: ["the water point at Bradford lock has gate code 5931 then hash, and the elsan is round the back of the facilities block"],
      },
    ],
    expect: {
      remember: [{ as: hazel, match: /elsan/i }],
      secrets: ["5931"],
    },
  },
  {
    id: "h16-cinema-token-in-config",
    category: "secrets",
    sessions: [
      {
        as: ruth,
        turns: [
          "why won't this load??\n```yaml\ntms:\n  host: tms.local\n  api_key: tms_live_9fK2pQx7LmA3\n  timeout: 30\n```\nfyi our TMS is a Doremi box in screen 1",
        ],
      },
    ],
    expect: {
      remember: [{ as: ruth, match: /Doremi/i }],
      secrets: ["tms_live_9fK2pQx7LmA3"],
    },
  },
  {
    id: "h16-coastguard-wifi-and-channel",
    category: "secrets",
    sessions: [
      {
        as: bethan,
        turns: ["station wifi is CoastWatch!2024 if anyone asks you. the working channel we use on the VHF is 67"],
      },
    ],
    expect: {
      remember: [{ as: bethan, match: /\b67\b/, lookalike: true }],
      secrets: ["CoastWatch!2024"],
    },
  },
  {
    id: "h16-dive-compressor-code-and-lookalike",
    category: "secrets",
    sessions: [
      {
        as: marisol,
        turns: [
          "every fill needs a signature in the fill log and an O2 analyser reading, no exceptions. compressor room door is 7-7-0-4 btw",
        ],
      },
    ],
    expect: {
      remember: [{ as: marisol, match: /fill log|analyser|analyzer/i, lookalike: true }],
      secrets: ["7-7-0-4", "7704"],
    },
  },
  {
    id: "h16-upholstery-bank-details",
    category: "secrets",
    sessions: [
      {
        as: hamish,
        turns: [
          "I always pay suppliers within 14 days. for the Linwood invoice use the business account, sort code 20-45-77 acc 83920174",
        ],
      },
    ],
    expect: {
      remember: [{ as: hamish, match: /14 days|fourteen days|two weeks|fortnight/i }],
      secrets: ["83920174", "20-45-77"],
    },
  },
  {
    id: "h16-perfume-vault-password-words",
    category: "secrets",
    sessions: [
      {
        as: ines,
        turns: ["formula vault password is the word vetiver followed by nineteen eighty-eight, all lowercase. we reformulate every 3 years"],
      },
    ],
    expect: {
      remember: [{ as: ines, match: /3 years|three years|every 3|triennial/i }],
      secrets: ["vetiver1988", "nineteen eighty-eight", "1988"],
    },
  },

  // ------------------------------------------------------------ pasted / tool, pass 2
  {
    id: "h16-rink-chiller-log",
    category: "pasted",
    sessions: [
      {
        as: saoirse,
        turns: [
          "here's the chiller log from last night, anything odd?\n2024-01-12 02:13:07 BRINE_TEMP -9.8C ALARM HIGH\n2024-01-12 02:13:09 COMP2 START\n2024-01-12 02:41:55 BRINE_TEMP -12.1C OK\n\nfyi chiller is serviced by Polar Rink Services, they're our contractor",
        ],
      },
    ],
    expect: {
      remember: [{ as: saoirse, match: /Polar/i }],
      pasted: [{ kind: "log", match: /BRINE_TEMP|COMP2|02:13/ }],
    },
  },
  {
    id: "h16-circus-whatsapp-paste",
    category: "pasted",
    sessions: [
      {
        as: fen,
        turns: [
          "what's the gist of this?\n\n[18:02] Marta: truck 2 has a flat again\n[18:03] Jo: I'll ring the tyre place in Ludlow\n[18:05] Marta: can someone get chalk for Sunday\n[18:06] Jo: 👍",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /flat|Ludlow|chalk/i }],
    },
  },
  {
    id: "h16-forge-order-lookup",
    category: "tool",
    sessions: [
      {
        as: gareth,
        turns: [
          {
            user: "look up the Pritchard order",
            tool: {
              name: "lookup_order",
              output: "Order #A-2291 | Pritchard, 4 Maes y Llan | 2x garden gate 1.8m | paid deposit £400 | status: forging",
            },
          },
          "cheers. for the record we never send gates over 2m by courier, always our own van",
        ],
      },
    ],
    expect: {
      remember: [{ as: gareth, match: /van|courier/i }],
      pasted: [{ kind: "log", match: /A-2291|Maes y Llan|Pritchard/i }],
    },
  },

  // ------------------------------------------------------------ hedged / chit-chat / session-only
  {
    id: "h16-perfume-maybe-grasse",
    category: "hedged",
    sessions: [
      { as: ines, turns: ["we're probably moving production to Grasse next year but honestly it's 50/50, depends on the lease"] },
    ],
    expect: {
      transient: [/Grasse/i],
    },
  },
  {
    id: "h16-thatcher-toying-radius",
    category: "hedged",
    sessions: [
      { as: wilReed, turns: ["toying with only taking jobs within 30 miles from now on... we'll see. still mulling it over"] },
    ],
    expect: {
      transient: [/30 miles/i],
    },
  },
  {
    id: "h16-bowling-perfect-game-chat",
    category: "chit-chat",
    sessions: [
      { as: lukasz, turns: ["haha someone bowled a 300 last night, first perfect game here in years, whole place went crazy 🎳🎉"] },
    ],
    expect: {
      transient: [/300|perfect game/i],
    },
  },
  {
    id: "h16-coastguard-today-at-penarth",
    category: "session-only",
    sessions: [
      { as: ifan, turns: ["just for today I'm covering from the Penarth station, so anything local, assume Penarth"] },
    ],
    expect: {
      transient: [/Penarth/i],
    },
  },
  {
    id: "h16-lighthouse-one-off-welsh",
    category: "session-only",
    sessions: [
      { as: cerys, turns: ["just this once, can you write the reply to this school group in Welsh? normally English is fine"] },
    ],
    expect: {
      transient: [only(/Welsh|Cymraeg/i, /normally|usually|default/i)],
    },
  },

  // ------------------------------------------------------------ forget, pass 2
  {
    id: "h16-windows-forget-customer",
    category: "forget",
    sessions: [
      { as: lee, turns: ["the Hill Street customer at no. 14 wants a text the night before we come"] },
      { as: lee, turns: ["forget the Hill Street customer, they've cancelled"] },
    ],
    expect: {
      forgotten: [{ as: lee, match: /Hill Street/i, storedAfter: 0 }],
    },
  },
  {
    id: "h16-walling-forget-dog",
    category: "forget",
    sessions: [
      { as: tam, turns: ["my collie Moss comes to every job with me, so quote for sites where a dog's ok"] },
      { as: tam, turns: ["can you forget about Moss? she's retired from site work 🐕"] },
    ],
    expect: {
      forgotten: [{ as: tam, match: /Moss|collie/i, storedAfter: 0 }],
    },
  },
  {
    id: "h16-circus-forget-vertigo",
    category: "forget",
    sessions: [
      { as: fen, turns: ["fyi I get vertigo above about 8 metres, bear that in mind when I'm on rigging rotas"] },
      { as: fen, turns: ["please forget the vertigo thing, I'd rather that wasn't kept anywhere"] },
    ],
    expect: {
      forgotten: [{ as: fen, match: /vertigo/i, storedAfter: 0 }],
    },
  },
];
