/**
 * Thirteenth batch of held-out scenarios: new personas and domains (ferry
 * crews, a bakery, a veterinary clinic, beekeepers, stage lighting, a dental
 * lab, choirs, mountain huts, school buses, wind farms, a translation agency),
 * written without reading the extractor's rules.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

/** Words that mark a statement as tentative: a record carrying one is not a firm claim. */
const HEDGE =
  /\b(?:may|might|maybe|perhaps|possib\w*|consider\w*|thinking|talk\w*|rumou?r\w*|mull\w*|propos\w*|not (?:yet )?(?:sure|decided|official|confirmed)|unsure|undecided|dunno|tentativ\w*|unconfirmed|uncertain|option\w*|explor\w*|idea|plan\w*|guess\w*|next year|if or when)\b/i;

/** `HEDGE` or any of the extra alternatives. */
const hedgedOr = (extra: RegExp): RegExp => new RegExp(`${HEDGE.source}|${extra.source}`, "i");

// Identities used across the batch.
const oona = solo("oona.mcfee");
const teodor = at("teodor", "crumb-and-co");
const priyaSolo = at("dr.raman", "willowbank-vets");
const margaux = solo("margaux.b");
const rangi = at("rangi", "lumen-rigging");
const rangiOpera = at("rangi", "lumen-rigging", "opera-tour");
const rangiFestival = at("rangi", "lumen-rigging", "festival");
const bridget = at("bridget", "st-cecilia-singers", "spring-concert");
const tom = at("tom", "st-cecilia-singers", "spring-concert");
const tomWebsite = at("tom", "st-cecilia-singers", "website");
const garyNoProject = at("gary.p", "county-transit");
const dee = at("dee", "county-transit", "school-routes");
const mo = at("mo", "county-transit", "school-routes");
const gary = at("gary.p", "county-transit", "school-routes");
const rafaCrown = at("rafa", "brightsmile-lab", "crown-room");
const jinCrown = at("jin", "brightsmile-lab", "crown-room");
const rafaImplant = at("rafa", "brightsmile-lab", "implant-line");
const jinImplant = at("jin", "brightsmile-lab", "implant-line");
const annelie = at("annelie", "sac-sektion-bluem", "gaulihuette");
const reto = at("reto", "sac-sektion-bluem", "gaulihuette");
const lia = at("lia", "sac-sektion-bluem", "lauteraarhuette");
const priya = at("priya", "willowbank-vets");
const kofiWind = at("kofi", "windcrest-services");
const kofiHumber = at("kofi", "windcrest-services", "humber");
const kofiDental = at("kofi", "dentaform");
const inesLegal = at("ines", "lingua-nord", "legal-batch");
const inesAuto = at("ines", "lingua-nord", "auto-manuals");
const olekAuto = at("olek", "lingua-nord", "auto-manuals");
const hugo = solo("hugo.apiculteur");
const oonaIslay = at("oona", "harbour-ferries", "islay-run");
const oonaFerries = at("oona", "harbour-ferries");
const samFerries = at("sam", "harbour-ferries");
const samBakery = at("sam", "crumb-and-co");
const sven = at("sven", "northgale-wind", "array-b");
const maja = at("maja", "northgale-wind", "array-c");
const svenOther = at("sven", "gustline-energy", "array-b");
const hanaAtlas = at("hana", "vetcare-north", "atlas");
const edAtlas = at("ed", "vetcare-north", "atlas");
const luisAtlas = at("luis", "stagecraft-ltd", "atlas");
const zoeAtlas = at("zoe", "stagecraft-ltd", "atlas");
const hana = at("hana", "vetcare-north");
const ilse = solo("ilse.translates");

export const thirteenthHoldoutScenarios: ScenarioInput[] = [
  // ───────────────────────────── identity ─────────────────────────────
  {
    id: "h13-identity-ferry-relief-mate",
    category: "identity",
    sessions: [
      {
        as: oona,
        turns: [
          "hiya. long story but the rota went sideways this week, two of the deckies are off with norovirus and the catering lot are short too. im the relief mate on the kennacraig–islay run so i end up covering whatever falls through, which is fine but it means i need to write up a handover note for the master tonight. can you help me draft something short that says who's missing and that the galley is on a reduced menu?",
          "cheers, make it a bit less formal, he's old school but hates waffle",
        ],
      },
      { as: oona, turns: ["morning. need another handover note, nothing dramatic this time, just that the port-side gangway winch is squeaking again"] },
    ],
    expect: {
      remember: [
        { as: oona, match: /relief mate|relief (?:first |chief )?officer/i },
        { as: oona, match: /islay|kennacraig/i },
      ],
    },
  },
  {
    id: "h13-identity-bakery-coeliac-head-baker",
    category: "identity",
    sessions: [
      {
        as: teodor,
        turns: [
          "can u suggest a quick staff lunch i can knock up from leftovers? we've got loads of day-old sourdough, some feta, roast peppers, half a tub of pesto. not for me obviously lol, im coeliac so i'll just pick at the peppers",
          "perfect. also for future reference: im the head baker here, not the owner — people keep mixing that up and sending me invoices",
        ],
      },
    ],
    expect: {
      remember: [
        { as: teodor, match: /coeliac|celiac|gluten/i },
        { as: teodor, match: /head baker/i },
      ],
    },
  },
  {
    id: "h13-identity-vet-goes-by-priya",
    category: "identity",
    sessions: [
      {
        as: priyaSolo,
        turns: [
          "quick one — could you stop calling me dr raman? nobody here does, everyone just calls me priya. anyway, what's the usual meloxicam dose for a cat post-spay, roughly?",
        ],
      },
      { as: priyaSolo, turns: ["hey, can you help me word a callback note for a worried owner whose dog ate a sock"] },
    ],
    expect: {
      remember: [{ as: priyaSolo, match: /priya/i }],
      questions: [{ as: priyaSolo, ask: "what name should you use for me?", expect: /priya/i }],
    },
  },
  {
    id: "h13-identity-beekeeper-cevennes",
    category: "identity",
    sessions: [
      {
        as: margaux,
        turns: [
          "bonjour! english is fine. so i run 14 hives up in the cévennes, mostly chestnut honey plus a bit of heather in autumn, and this year the varroa counts are mad. whats a sensible sugar-roll threshold in august before i treat?",
          "ok and is that per 300 bees? sorry, brain is fried",
        ],
      },
    ],
    expect: {
      remember: [
        { as: margaux, match: both(/\b(?:14|fourteen)\b/i, /hive|colon/i) },
        { as: margaux, match: /c[eé]vennes/i },
      ],
    },
  },
  {
    id: "h13-identity-lighting-designer-auckland",
    category: "identity",
    sessions: [
      {
        as: rangi,
        turns: [
          "can you convert these for me: LX call is 14:00 london time and the focus session is 19:30 london. im in auckland btw so always give me times in NZ time from now on, i never remember the offset and i've missed two calls already",
        ],
      },
      { as: rangi, turns: ["the producer wants a zoom at 09:00 london on friday, when is that for me?"] },
    ],
    expect: {
      remember: [{ as: rangi, match: /auckland|new zealand|\bNZS?T\b|\bNZ\b/i }],
    },
  },

  // ───────────────────────────── update ─────────────────────────────
  {
    id: "h13-update-choir-rehearsal-night",
    category: "update",
    sessions: [
      {
        as: bridget,
        turns: [
          "our rehearsals are tuesdays 7–9 in the parish hall. can you draft a reminder email to the altos? a few of them have been drifting in at half seven and it throws the warm-up",
        ],
      },
      {
        as: bridget,
        turns: [
          "ugh, the hall got double-booked by the pilates lot so we've shifted to wednesday evenings from now on, same times. can you redo the reminder for the whole choir this time?",
        ],
      },
    ],
    expect: {
      remember: [{ as: bridget, match: /wednesday/i }],
      stale: [{ as: bridget, match: only(/tuesday/i, /wednesday/i) }],
    },
  },
  {
    id: "h13-update-bus-driver-route",
    category: "update",
    sessions: [
      {
        as: garyNoProject,
        turns: [
          "i drive the 14 on the morning school run. need help wording a note to parents about the new pickup point outside the co-op, keep it friendly, some of them get shirty about changes",
        ],
      },
      { as: garyNoProject, turns: ["thanks that went down well"] },
      {
        as: garyNoProject,
        turns: ["new term, new rota — they've put me on the 22 now. can u help me do a similar note for that lot, their pickup is by the church gates"],
      },
    ],
    expect: {
      remember: [{ as: garyNoProject, match: /(?:route|the|bus|no\.?|number|#|on|to|drives?)\s*22\b/i }],
      stale: [{ as: garyNoProject, match: only(/(?:route|the|bus|no\.?|number|#|on|to|drives?)\s*14\b/i, /\b22\b/) }],
    },
  },
  {
    id: "h13-update-dental-lab-mill",
    category: "update",
    sessions: [
      {
        as: rafaCrown,
        turns: ["we mill all our zirconia in house on a roland dwx-52. what sintering schedule is typical for a high-translucency disc, just ballpark?"],
      },
      {
        as: rafaCrown,
        turns: [
          "quick update for you: the roland finally gave up the ghost (spindle), and we bought an imes-icore 350i which is doing all the milling now. anything i should know about tool wear on the new one?",
        ],
      },
    ],
    expect: {
      remember: [{ as: rafaCrown, match: /imes|icore/i }],
      stale: [{ as: rafaCrown, match: only(/roland|dwx/i, /imes|icore/i) }],
    },
  },
  {
    id: "h13-update-hut-opening-date",
    category: "update",
    sessions: [
      {
        as: annelie,
        turns: [
          "the hut opens for the summer season on june 15 and closes at the end of september. can u help me write the blurb for the club website? keep it short, people only read the dates anyway",
        ],
      },
      {
        as: annelie,
        turns: [
          "bad news, way too much snow still on the approach from the urbachtal. opening is pushed back to 1 july. closing stays the same. can you fix the blurb?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: annelie, match: /(?:1(?:st)?|first)(?: of)? july|july 1(?:st)?\b|1\.7\.|01\.07/i },
        { as: annelie, match: /september/i },
      ],
      stale: [{ as: annelie, match: only(/june 15|15(?:th)? (?:of )?june|15\.0?6\./i, /july|1\.7\.|01\.07/i) }],
    },
  },
  {
    id: "h13-update-vet-summary-format",
    category: "update",
    sessions: [
      {
        as: priya,
        turns: [
          "when you summarise case notes for me, bullet points please — i skim them between consults. here's one to start: 'Bella, 9y FN lab, PU/PD 3 wks, bloods pending, owner reports weight loss'",
        ],
      },
      {
        as: priya,
        turns: [
          "ive gone off the bullet lists tbh, on my phone they render weird and i lose the thread. short prose paragraphs from now on please. next one: 'Milo, 4y MN DSH, vomiting x2 overnight, bright, eating'",
        ],
      },
    ],
    expect: {
      remember: [{ as: priya, match: /prose|paragraph/i }],
      stale: [{ as: priya, match: only(/bullet/i, /prose|paragraph|\bnot?\b|don'?t|instead|stop|no longer|gone off|rather than/i) }],
    },
  },

  // ───────────────────────────── correction ─────────────────────────────
  {
    id: "h13-correction-windfarm-site-same-breath",
    category: "correction",
    sessions: [
      {
        as: kofiWind,
        turns: [
          "im the lead tech at hornsea — wait no, sorry, humber gateway, i've got sites on the brain this week. anyway i need a checklist for a pitch bearing inspection, something i can print and laminate",
        ],
      },
    ],
    expect: {
      remember: [{ as: kofiWind, match: /humber/i }],
      stale: [{ as: kofiWind, match: only(/hornsea/i, /humber/i) }],
    },
  },
  {
    id: "h13-correction-agency-language-pair-later",
    category: "correction",
    sessions: [
      {
        as: inesLegal,
        turns: [
          "context for you: our main language pair at the agency is german into portuguese, mostly technical manuals and the odd contract. i'm trying to sort out our termbase, where do i even start?",
        ],
      },
      { as: inesLegal, turns: ["what's a sensible naming convention for termbase entries that have several variants?"] },
      {
        as: inesLegal,
        turns: [
          "hey, something i told you a while back was wrong — the main pair isn't DE>PT at all, it's german into spanish. no idea why i said portuguese. does that change your termbase advice?",
        ],
      },
    ],
    expect: {
      remember: [{ as: inesLegal, match: /spanish|espa[nñ]ol|\bDE ?(?:>|→|->|-|to|into) ?ES\b/i }],
      stale: [{ as: inesLegal, match: only(/portugu|\bDE ?(?:>|→|->|-|to|into) ?PT\b/i, /spanish|espa[nñ]ol|\bES\b/i) }],
    },
  },
  {
    id: "h13-correction-deck-oven-temperature",
    category: "correction",
    sessions: [
      {
        as: teodor,
        turns: [
          "our deck oven bakes the country loaves at 250°C for about 40 min with steam for the first 10",
          "can you scale our levain build for 30 loaves? normally it's 200g starter, 1kg flour, 1kg water for 12",
          "oh wait, i gave you the wrong temp earlier — the deck oven is 230 for the country loaves. 250 is what the pizza oven runs at, i mixed them up",
        ],
      },
    ],
    expect: {
      remember: [{ as: teodor, match: /\b230\b/ }],
      stale: [{ as: teodor, match: only(/\b250\b/, /\b230\b|pizza/i) }],
    },
  },
  {
    id: "h13-correction-touring-console",
    category: "correction",
    sessions: [
      {
        as: rangiOpera,
        turns: [
          "the desk on this tour is a grandMA3 light. we're building the cue stacks for act 2 tomorrow, about 140 cues",
          "whats a sane way to number the cues so we can drop in inserts later without renumbering everything?",
          "correction on the console btw, it's an ETC Eos Ti, not an MA. i was confusing it with last season's show. does that change how you'd do the point cues?",
        ],
      },
    ],
    expect: {
      remember: [{ as: rangiOpera, match: /\beos\b/i }],
      stale: [{ as: rangiOpera, match: only(/grand ?ma|\bMA ?3\b/i, /\beos\b/i) }],
    },
  },
  {
    id: "h13-correction-courier-collection-day",
    category: "correction",
    sessions: [
      { as: jinCrown, turns: ["fyi the courier collects finished cases on mondays at 4, so anything due tuesday has to be boxed by then"] },
      {
        as: jinCrown,
        turns: [
          "scratch what i said about mondays, i was looking at the old sheet — the courier picks up on fridays, 4pm. can you help me write a note for the clinics so they plan around it?",
        ],
      },
    ],
    expect: {
      remember: [{ as: jinCrown, match: /friday/i }],
      stale: [{ as: jinCrown, match: only(/monday/i, /friday/i) }],
    },
  },

  // ───────────────────────────── hedged ─────────────────────────────
  {
    id: "h13-hedged-honey-second-market",
    category: "hedged",
    sessions: [
      {
        as: hugo,
        turns: [
          "we sell at the saturday market in lodève most weeks. might try the sunday one in clermont-l'hérault next year, dunno, depends on my back lol. anyway what price per 500g jar is reasonable for chestnut honey these days?",
        ],
      },
    ],
    expect: {
      remember: [{ as: hugo, match: /lod[eè]ve/i }],
      stale: [{ as: hugo, match: only(/clermont/i, HEDGE) }],
    },
  },
  {
    id: "h13-hedged-ferry-replacement-rumour",
    category: "hedged",
    sessions: [
      {
        as: oonaIslay,
        turns: [
          "the boat on our run is the mv finlaggan. there's endless talk of swapping her for the isle of islay when the new ones arrive, but honestly nobody knows if or when. can you help me write a passenger notice about the car deck being closed saturday for a survey?",
        ],
      },
    ],
    expect: {
      remember: [{ as: oonaIslay, match: /finlaggan/i }],
      stale: [{ as: oonaIslay, match: only(/isle of islay/i, hedgedOr(/finlaggan/i)) }],
    },
  },
  {
    id: "h13-hedged-depot-move-then-confirmed",
    category: "hedged",
    sessions: [
      {
        as: dee,
        turns: [
          "we're currently running out of the fenwick road depot. there's a proposal to move us to the marsh lane yard, probably happening but nothing's decided, so don't change anything yet. can you help me map out a fuel-stop plan from fenwick for the 3 rural routes?",
        ],
      },
      {
        as: dee,
        turns: ["it's confirmed — from monday the buses run out of marsh lane. can you redo the fuel-stop plan from there?"],
      },
    ],
    expect: {
      remember: [{ as: dee, match: /marsh lane/i }],
      stale: [{ as: dee, match: only(/fenwick/i, /marsh/i) }],
    },
  },
  {
    id: "h13-hedged-on-call-rota",
    category: "hedged",
    sessions: [
      {
        as: priya,
        turns: [
          "right now the out-of-hours rota is 1 in 3 for the vets. the partners are apparently mulling 1 in 4 once the new grad starts but i'm only guessing from corridor chat, nobody's said anything official. anyway can you help me plan my leave requests around a 1-in-3 for the next quarter?",
        ],
      },
    ],
    expect: {
      remember: [{ as: priya, match: /\b1[- ]in[- ]3\b|one[- ]in[- ]three|every third/i }],
      stale: [{ as: priya, match: only(/\b1[- ]in[- ]4\b|one[- ]in[- ]four|every fourth/i, hedgedOr(/\b1[- ]in[- ]3\b|one[- ]in[- ]three|every third/i)) }],
    },
  },

  // ───────────────────────────── scope ─────────────────────────────
  {
    id: "h13-scope-lab-team-standard-vs-private-habit",
    category: "scope",
    sessions: [
      {
        as: rafaImplant,
        turns: [
          "for everyone on the implant line: our standard is medentika ti-bases, no generic ones, the clinicians complained about fit last time and we agreed as a team. separately, and this is just me, i like to batch all the intraoral scans first thing before coffee, so don't schedule me anything before 9",
        ],
      },
      { as: jinImplant, turns: ["hi, i'm picking up a screw-retained case on the implant line, what ti-base should i order?"] },
    ],
    expect: {
      remember: [
        { as: jinImplant, match: /medentika/i, scope: "project" },
        { as: rafaImplant, match: /scan|before (?:9|nine)|coffee/i, scope: "user" },
      ],
      hidden: [{ as: jinImplant, match: /coffee|before (?:9|nine)|first thing/i }],
    },
  },
  {
    id: "h13-scope-windfarm-company-policy",
    category: "scope",
    sessions: [
      {
        as: sven,
        turns: [
          "northgale-wide rule, not just our array: no tower climbs when gusts are over 20 m/s. HSE made it company policy last month after the thing at the other site. can you add that to the toolbox talk outline we did?",
        ],
      },
      { as: maja, turns: ["putting together a toolbox talk for array c, what wind limits apply to climbs?"] },
    ],
    expect: {
      remember: [{ as: maja, match: /20 ?m\/s|20 met(?:re|er)s? (?:per|a) second/i, scope: "org" }],
      hidden: [{ as: svenOther, match: /20 ?m\/s|20 met(?:re|er)s? (?:per|a) second/i }],
    },
  },
  {
    id: "h13-scope-choir-closer-vs-private-part",
    category: "scope",
    sessions: [
      {
        as: bridget,
        turns: [
          "for the spring concert we're closing with the rutter magnificat — the committee decided last night, so that's settled for everyone. on a personal note, the top tenor line is too high for me these days so i quietly sing the baritone part. don't tell the director haha. can you suggest a running order around the rutter?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: tom, match: /rutter|magnificat/i, scope: "project" },
        { as: bridget, match: /baritone/i, scope: "user" },
      ],
      hidden: [{ as: tom, match: /baritone/i }],
    },
  },
  {
    id: "h13-scope-hut-team-resupply",
    category: "scope",
    sessions: [
      {
        as: annelie,
        turns: [
          "note for the gauli hut team: helicopter resupply comes every second friday and orders have to be in with the depot by tuesday noon, otherwise it waits two weeks. can you make a little checklist for whoever's on the desk?",
        ],
      },
    ],
    expect: {
      remember: [{ as: reto, match: /helicopter|heli\b|resupply/i, scope: "project" }],
      hidden: [{ as: lia, match: /helicopter|heli\b|resupply/i }],
    },
  },
  {
    id: "h13-scope-agency-house-style-vs-personal",
    category: "scope",
    sessions: [
      {
        as: inesLegal,
        turns: [
          "house rule at lingua nord, applies to every project and every translator: british spelling for all english deliverables (colour, organise, licence as a noun etc). and just for me personally — i don't take on medical device texts anymore, burned out on them, so don't suggest me for those",
        ],
      },
    ],
    expect: {
      remember: [
        { as: olekAuto, match: /british|\bUK english|en[- ]gb/i, scope: "org" },
        { as: inesLegal, match: /medical/i, scope: "user" },
      ],
      hidden: [{ as: olekAuto, match: /medical/i }],
    },
  },

  // ───────────────────────────── identities ─────────────────────────────
  {
    id: "h13-identities-two-sams-ferry-and-bakery",
    category: "identities",
    sessions: [
      {
        as: samFerries,
        turns: ["i'm the purser on the night boat, i handle the cabin bookings and the bar float. can you help me set up a simple cash-up sheet?"],
      },
      {
        as: samBakery,
        turns: ["im on the early shift, i do all the croissant lamination. butter keeps cracking when i fold, what am i doing wrong?"],
      },
    ],
    expect: {
      remember: [
        { as: samFerries, match: /purser/i },
        { as: samBakery, match: /lamination|laminat/i },
      ],
      hidden: [
        { as: samFerries, match: /croissant|laminat/i },
        { as: samBakery, match: /purser|cabin/i },
      ],
    },
  },
  {
    id: "h13-identities-atlas-in-two-orgs",
    category: "identities",
    sessions: [
      {
        as: hanaAtlas,
        turns: [
          "on atlas we're migrating the clinic records over to the new practice management system, go-live is 3 march and we freeze data entry the friday before. can you draft a heads-up for reception?",
        ],
      },
      {
        as: luisAtlas,
        turns: [
          "atlas is our touring rig rebuild — we're standardising on 30cm box truss for everything so the trucks pack the same every time. can you list what we need to re-order?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: edAtlas, match: /3(?:rd)? march|march 3|go-?live|migrat/i },
        { as: zoeAtlas, match: /truss/i },
      ],
      hidden: [
        { as: zoeAtlas, match: /march|migrat|practice management|clinic/i },
        { as: edAtlas, match: /truss/i },
      ],
    },
  },
  {
    id: "h13-identities-three-drivers-one-project",
    category: "identities",
    sessions: [
      {
        as: dee,
        turns: ["personal thing, not for the team: i get carsick in the back so i always take the front seat on ride-alongs. anyway what should i look for when assessing a new driver?"],
      },
      {
        as: mo,
        turns: [
          "team procedure for school routes going forward: the kids' seatbelt check gets logged on the cab tablet before departure, every run, no exceptions. also, about me: i'm doing an NVQ in transport management on thursdays so i'm never in then",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dee, match: /carsick|car sick|front seat/i },
        { as: mo, match: /\bNVQ\b|transport management/i },
        { as: gary, match: /seat ?belt/i, scope: "project" },
      ],
      hidden: [
        { as: mo, match: /carsick|car sick|front seat/i },
        { as: dee, match: /\bNVQ\b|transport management/i },
        { as: gary, match: /carsick|car sick|\bNVQ\b/i },
      ],
    },
  },
  {
    id: "h13-identities-same-translator-two-projects",
    category: "identities",
    sessions: [
      {
        as: inesLegal,
        turns: [
          "on the legal batch the client insists 'Auftragnehmer' is rendered as 'contractor', never 'supplier' — their lawyers were very clear. can you check this paragraph for that?",
        ],
      },
      { as: inesAuto, turns: ["different project now, the car manuals. how should i handle units, keep metric?"] },
    ],
    expect: {
      remember: [{ as: inesLegal, match: /auftragnehmer|contractor/i }],
      hidden: [{ as: inesAuto, match: /auftragnehmer/i }],
    },
  },
  {
    id: "h13-identities-two-kofis",
    category: "identities",
    sessions: [
      {
        as: kofiWind,
        turns: ["i'm based out of the grimsby O&M base, 40 min drive from the quay. can you help me plan a week of transfers around the tides?"],
      },
      { as: kofiDental, turns: ["i'm the CAD designer here, i do all the bridges in exocad. any tips for connector sizing on a 4-unit zirconia bridge?"] },
    ],
    expect: {
      remember: [
        { as: kofiWind, match: /grimsby/i },
        { as: kofiDental, match: /exocad|\bCAD\b/i },
      ],
      hidden: [
        { as: kofiWind, match: /exocad|bridges/i },
        { as: kofiDental, match: /grimsby/i },
      ],
    },
  },

  // ───────────────────────────── pasted ─────────────────────────────
  {
    id: "h13-pasted-mill-price-email",
    category: "pasted",
    sessions: [
      {
        as: teodor,
        turns: [
          "can you summarise this email from our mill and tell me if i should be worried?\n\n---\nFrom: commandes@moulin-verdier.fr\nSubject: Tarifs 2025\n\nDear customer,\nDue to the poor harvest, our prices change from 3 March: T65 flour €0.92/kg, rye T130 €1.14/kg. The minimum order becomes 600 kg and deliveries will move to Wednesdays only. Orders must be placed 72h in advance.\nKind regards,\nMoulin Verdier — service commercial\n---",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /0[.,]92|1[.,]14|600 ?kg|72 ?h/i }],
    },
  },
  {
    id: "h13-pasted-scada-alarm-log",
    category: "pasted",
    sessions: [
      {
        as: kofiHumber,
        turns: [
          "im the tech lead for the southern string on this site. can u tell me what this means and whether i need to climb?\n\n2025-01-14T04:12:09Z WTG-07 ALARM 3127 YawMisalignmentHigh dev=14.2deg\n2025-01-14T04:12:40Z WTG-07 STOP  reason=3127 auto-restart=OFF\n2025-01-14T04:31:02Z WTG-07 RESET remote user=ops_night\n2025-01-14T04:33:55Z WTG-07 ALARM 3127 YawMisalignmentHigh dev=15.0deg",
        ],
      },
    ],
    expect: {
      remember: [{ as: kofiHumber, match: /southern string/i }],
      pasted: [{ kind: "log", match: /3127|yaw ?misalignment ?high|ops_night|14\.2 ?deg/i }],
    },
  },
  {
    id: "h13-pasted-varroa-search-results",
    category: "pasted",
    sessions: [
      {
        as: hugo,
        turns: [
          "found these when i searched, which one is right? they don't agree\n\n1. Oxalic acid trickle — use a 3.5% solution, 5 ml per occupied seam, broodless period only. (abeille-info.fr)\n2. Formic acid strips (MAQS): apply when daytime highs are 10–29.5 °C, two strips per brood box, 7 days. (honeybeesuite.com)\n3. Amitraz strips (Apivar): 2 strips per 10 frames of bees, leave 6–10 weeks, remove before the flow. (beeforum)",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /5 ?ml per|MAQS|29\.5|apivar|6[–-]10 weeks/i }],
    },
  },
  {
    id: "h13-pasted-contract-clause",
    category: "pasted",
    sessions: [
      {
        as: inesLegal,
        turns: [
          "i'm the project manager for the legal batch. the freelancer is asking what this means in plain english, can you explain?\n\n\"7.2 The Translator shall deliver the Target Text within five (5) working days of receipt of the Source Text unless otherwise agreed in writing. 7.3 Late delivery shall incur a deduction of two per cent (2%) of the agreed fee per working day, capped at twenty per cent (20%). 7.4 Clause 7.3 shall not apply where the delay is attributable to the Client.\"",
        ],
      },
    ],
    expect: {
      remember: [{ as: inesLegal, match: /project manager|\bPM\b/i }],
      pasted: [{ kind: "document", match: /five \(5\)|2 ?%|two per ?cent|deduction|7\.3/i }],
    },
  },
  {
    id: "h13-pasted-lab-ticket",
    category: "pasted",
    sessions: [
      {
        as: jinCrown,
        turns: [
          "draft a polite reply to this, dr hartley's lot again:\n\nCase 44812 | Pt: R.T. | UR6 e.max crown | Shade A2 body / A1 incisal | Due 12/02 | Note from clinic: previous crown far too opaque, please match adjacent, pt very unhappy\n\nfyi i'm the only one here who does the ceramic layering so it'll come back to me whatever we say",
        ],
      },
    ],
    expect: {
      remember: [{ as: jinCrown, match: /layer/i }],
      pasted: [{ kind: "document", match: /44812|A1 incisal|R\.T\.|too opaque/i }],
    },
  },

  // ───────────────────────────── tool ─────────────────────────────
  {
    id: "h13-tool-tide-lookup",
    category: "tool",
    sessions: [
      {
        as: oonaIslay,
        turns: [
          {
            user: "what's high water at port askaig tomorrow? i skipper the 06:40 sailing out of kennacraig most days so i need to know before i turn in",
            tool: {
              name: "tide_lookup",
              output: "Port Askaig 2025-03-12 (GMT): HW 05:12 4.3m | LW 11:31 0.8m | HW 17:44 4.1m | LW 23:58 0.9m. Spring tides; streams in the Sound of Islay up to 5 kn.",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: oonaIslay, match: /0?6[:.]?40/i }],
      pasted: [{ kind: "log", match: /05:12|4\.3 ?m|11:31|17:44|5 ?kn/i }],
    },
  },
  {
    id: "h13-tool-weather-for-hive-inspection",
    category: "tool",
    sessions: [
      {
        as: margaux,
        turns: [
          {
            user: "is saturday warm enough to open the brood boxes? my apiary's at about 900m above le vigan, it's always colder than the valley",
            tool: {
              name: "weather_forecast",
              output: "Le Vigan (30120), Saturday: 9–14 °C, wind NW 25 km/h gusting 45 km/h, 60% chance of showers after 15:00, sunrise 07:41, sunset 18:52.",
            },
          },
          "ok so morning then. thanks",
        ],
      },
    ],
    expect: {
      remember: [{ as: margaux, match: /900 ?m|le vigan/i }],
      pasted: [{ kind: "document", match: /gust\w* 45|60 ?%|9[–-]14|07:41|18:52/i }],
    },
  },
  {
    id: "h13-tool-club-regulations-search",
    category: "tool",
    sessions: [
      {
        as: annelie,
        turns: [
          {
            user: "what does the club regulation actually say about dogs in the hut? a family's asking. i'm the warden up at the gauli hut this summer btw, first season doing it",
            tool: {
              name: "search_docs",
              output:
                "SAC Hüttenreglement (2023), §12 Tiere: Hunde sind in den Schlafräumen nicht gestattet. Ausnahmen: Assistenzhunde. Im Winterraum sind Hunde gegen eine Gebühr von CHF 10 pro Nacht erlaubt, sofern keine anderen Gäste widersprechen.",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: annelie, match: /warden|hut ?keeper|h[uü]ttenwart|guardian/i }],
      pasted: [{ kind: "document", match: /§ ?12|CHF ?10|assistenzh|widersprechen|schlafr/i }],
    },
  },
  {
    id: "h13-tool-cover-list-query",
    category: "tool",
    sessions: [
      {
        as: mo,
        turns: [
          {
            user: "pull tomorrow's cover list please. i'm the dispatcher at the north depot so these are the ones i'll be phoning round at 6",
            tool: {
              name: "sql_query",
              output: "route | driver     | status\n14    | G. Patel   | SICK\n22    | D. Okoro   | OK\n31    | —          | UNCOVERED\n47    | R. Lindqvist | LEAVE\n(4 rows)",
            },
          },
        ],
      },
    ],
    expect: {
      remember: [{ as: mo, match: /dispatch/i }],
      pasted: [{ kind: "log", match: /uncovered|okoro|lindqvist|G\. ?Patel/i }],
    },
  },

  // ───────────────────────────── secrets ─────────────────────────────
  {
    id: "h13-secrets-back-door-keypad",
    category: "secrets",
    sessions: [
      {
        as: teodor,
        turns: [
          "note for the new starter: back door keypad is 7319 then #, and we open the shop at 5:30 sharp so she needs to be in by 5. can you write a short welcome message with the times but NOT the code obviously, i'll tell her that in person",
        ],
      },
    ],
    expect: {
      remember: [{ as: teodor, match: /5[:.]30|half (?:past )?five/i }],
      secrets: ["7319"],
    },
  },
  {
    id: "h13-secrets-pms-bearer-token-in-log",
    category: "secrets",
    sessions: [
      {
        as: hanaAtlas,
        turns: [
          "sync to the new PMS keeps failing overnight, here's what the script spits out:\n\nPOST https://api.vetpro.io/v2/sync -> 401 Unauthorized\nrequest headers: {\"Authorization\": \"Bearer vp_live_9fK2mQx7LzT4aR8wN1cE\", \"X-Clinic\": \"vcn-03\"}\nretry 3/3 failed\n\nfor context we're on VetPro now, moved off RxWorks in january. what's the likely cause?",
        ],
      },
    ],
    expect: {
      remember: [{ as: hanaAtlas, match: /vetpro/i }],
      secrets: ["vp_live_9fK2mQx7LzT4aR8wN1cE", "9fK2mQx7LzT4aR8wN1cE"],
      pasted: [{ kind: "log", match: /v2\/sync|retry 3\/3|vcn-03/i }],
    },
  },
  {
    id: "h13-secrets-freelancer-iban",
    category: "secrets",
    sessions: [
      {
        as: ilse,
        turns: [
          "can you make me an invoice template? my bank details are IBAN DE44 5001 0517 5407 3249 31, just put a placeholder where that goes. i invoice clients monthly, always net 30, and i'm not VAT registered (kleinunternehmer)",
        ],
      },
    ],
    expect: {
      remember: [
        { as: ilse, match: /monthly|once a month|each month/i },
        { as: ilse, match: /net ?30|30 days/i },
      ],
      secrets: ["DE44 5001 0517 5407 3249 31", "DE44500105175407324931", "5407 3249 31"],
    },
  },
  {
    id: "h13-secrets-hut-wifi-and-login",
    category: "secrets",
    sessions: [
      {
        as: annelie,
        turns: [
          "guests keep asking. wifi network is GauliGuest and the password is Edelweiss!2291 — write me a sign in german and english that just says wifi is available, ask at the desk",
          "and while you're at it, remind me later to update the booking system, login's annelie / Murmeltier88, the usual",
        ],
      },
    ],
    expect: {
      secrets: ["Edelweiss!2291", "Murmeltier88"],
    },
  },
  {
    id: "h13-secrets-lookalikes-lighting",
    category: "secrets",
    sessions: [
      {
        as: rangiOpera,
        turns: [
          "few house rules for the opera tour so you stop asking: our house amber is #FF6A13 in every palette, the desk software stays pinned at v3.9.2.1 because 3.9.3 broke our effects engine, and the spare lamp order from last month is PO-558201 if anyone asks where it's got to. can you write that up as a one-pager for the new programmer?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: rangiOpera, match: /#?FF6A13/i, lookalike: true },
        { as: rangiOpera, match: /3\.9\.2/, lookalike: true },
      ],
    },
  },
  {
    id: "h13-secrets-gitlab-token-in-ci-output",
    category: "secrets",
    sessions: [
      {
        as: tomWebsite,
        turns: [
          "pipeline for the choir website fails at the deploy step again. here's the bit that matters:\n\n$ curl --fail --header \"PRIVATE-TOKEN: glpat-Xk29vQmR7tLp3sWz8YbN\" https://gitlab.com/api/v4/projects/58120/pages\ncurl: (22) The requested URL returned error: 403\nERROR: Job failed: exit code 22\n\nwe host the site on gitlab pages, built with hugo. what's wrong?",
        ],
      },
    ],
    expect: {
      remember: [{ as: tomWebsite, match: /gitlab pages|gitlab|hugo/i }],
      secrets: ["glpat-Xk29vQmR7tLp3sWz8YbN", "Xk29vQmR7tLp3sWz8YbN"],
      pasted: [{ kind: "log", match: /api\/v4\/projects|exit code 22|58120/i }],
    },
  },

  // ───────────────────────────── forget ─────────────────────────────
  {
    id: "h13-forget-pregnancy-keep-working-days",
    category: "forget",
    sessions: [
      {
        as: hana,
        turns: [
          "bit of context for planning: i'm pregnant (only my manager knows so far) so i'm off x-ray duty until spring. also i work tuesday to friday, never mondays. can you help me build a rota template for the nurses?",
        ],
      },
      {
        as: hana,
        turns: ["actually can you not keep the pregnancy thing on file? please delete it, i'd rather it wasn't written down anywhere. the working days are fine to keep"],
      },
    ],
    expect: {
      remember: [{ as: hana, match: /tue\w*\s*(?:to|through|thru|-|–|—)\s*fri|(?:no|not|never)\s+(?:on\s+)?mondays?|mondays? off/i }],
      forgotten: [{ as: hana, match: /pregnan|expecting/i, storedAfter: 0 }],
    },
  },
  {
    id: "h13-forget-ex-on-the-rota",
    category: "forget",
    sessions: [
      {
        as: oonaFerries,
        turns: ["one thing for when you help me with rotas: never pair me with declan, he's my ex and it gets awkward on a 12-hour shift"],
      },
      { as: oonaFerries, turns: ["right — forget what i told you about declan. not your business really, i'll sort it with the office myself"] },
    ],
    expect: {
      forgotten: [{ as: oonaFerries, match: /declan/i, storedAfter: 0 }],
    },
  },
  {
    id: "h13-forget-spanish-replies-two-sessions-later",
    category: "forget",
    sessions: [
      { as: samBakery, turns: ["reply in spanish when you can, i'm practising for a trip to valencia. ¿qué tal?"] },
      { as: samBakery, turns: ["how long can laminated dough sit in the fridge before it goes weird?"] },
      { as: samBakery, turns: ["erase that note about me wanting spanish. i don't want that stored anywhere"] },
    ],
    expect: {
      forgotten: [{ as: samBakery, match: /spanish|espa[nñ]ol/i, storedAfter: 0 }],
    },
  },
  {
    id: "h13-forget-confidential-discount",
    category: "forget",
    sessions: [
      {
        as: rafaCrown,
        turns: ["pricing question coming, but first: the hartley practice gets 15% off all crowns, it's a legacy deal from the old owner. what would you charge for a 3-unit pfm bridge if our base is £95 a unit?"],
      },
      {
        as: rafaCrown,
        turns: ["please take the hartley discount out of your memory, it's confidential and i really shouldn't have typed it. thanks"],
      },
    ],
    expect: {
      forgotten: [{ as: rafaCrown, match: /hartley/i, storedAfter: 0 }],
    },
  },
  {
    id: "h13-forget-neighbour-complaint",
    category: "forget",
    sessions: [
      {
        as: hugo,
        turns: [
          "my hives are at the back of the orchard behind the house. my neighbour, monsieur albrecht, complained to the mairie last week that the bees swarm into his garden, ugh. how far do hives legally need to be from a property line in france?",
        ],
      },
      { as: hugo, turns: ["pls scrub anything you've got about albrecht. we've made up, water under the bridge"] },
    ],
    expect: {
      remember: [{ as: hugo, match: /orchard/i }],
      forgotten: [{ as: hugo, match: /albrecht/i, storedAfter: 0 }],
    },
  },

  // ───────────────────────────── chit-chat ─────────────────────────────
  {
    id: "h13-chitchat-soaked-boots",
    category: "chit-chat",
    sessions: [
      {
        as: sven,
        turns: [
          "ugh the rain here is biblical today, my boots are soaked through lol. anyway — can you remind me what the usual torque sequence is for a blade bolt pass, just in general terms?",
          "haha cheers, you've saved my afternoon. my cat just knocked my tea over btw 🙃",
        ],
      },
    ],
    expect: {
      transient: [/biblical|soaked|boots/i, /\bcat\b|\btea\b/i],
    },
  },
  {
    id: "h13-chitchat-dough-did-not-rise",
    category: "chit-chat",
    sessions: [
      {
        as: teodor,
        turns: [
          "honestly so tired today, the dough didn't rise and i nearly cried in the walk-in haha. whatever. what's a reliable way to tell if a levain is peaked?",
          "ok thank you, feeling a bit better now",
        ],
      },
    ],
    expect: {
      transient: [/tired|cried|didn'?t rise|feeling (?:a bit )?better/i],
    },
  },
  {
    id: "h13-chitchat-derby-goal",
    category: "chit-chat",
    sessions: [
      {
        as: garyNoProject,
        turns: ["did you see the derby last night?? what a goal in the 89th minute, the whole pub went mental. anyway nvm, thanks for the parent note earlier, it was spot on"],
      },
    ],
    expect: {
      transient: [/derby|89th|pub went/i],
    },
  },
  {
    id: "h13-chitchat-burrito-before-load-in",
    category: "chit-chat",
    sessions: [
      {
        as: rangiFestival,
        turns: [
          "grabbing a burrito before load-in, brb. oh and so you know for later, on the festival rig we always patch the movers on universe 3 and the generics on 1–2",
          "back. burrito was mid tbh",
        ],
      },
    ],
    expect: {
      remember: [{ as: rangiFestival, match: /universe 3|universe three/i }],
      transient: [/burrito/i],
    },
  },

  // ───────────────────────────── session-only ─────────────────────────────
  {
    id: "h13-session-only-pretend-apprentice",
    category: "session-only",
    sessions: [
      {
        as: sven,
        turns: [
          "just for this chat, pretend i'm a first-year apprentice and explain the yaw system like i've never been up a nacelle",
          "good, that's the level. that's all for now",
        ],
      },
      { as: sven, turns: ["what's the difference between a yaw brake and a yaw drive, quick answer"] },
    ],
    expect: {
      transient: [/apprentice|first[- ]year|never been up/i],
    },
  },
  {
    id: "h13-session-only-answer-in-german",
    category: "session-only",
    sessions: [
      {
        as: maja,
        turns: [
          "for this conversation only, answer in german please — i'm forwarding it straight to our contractor in bremen. what's the standard lockout procedure before entering the hub?",
        ],
      },
      { as: maja, turns: ["hi again, quick one on hub entry: how many people minimum?"] },
    ],
    expect: {
      transient: [both(/german|deutsch/i, /answer|repl|respon|language|writ/i)],
    },
  },
  {
    id: "h13-session-only-working-from-uig-today",
    category: "session-only",
    sessions: [
      {
        as: oonaFerries,
        turns: [
          "today only i'm working out of the uig office, normally i'm based at oban. can you list what i need to bring for the port state inspection this afternoon?",
        ],
      },
    ],
    expect: {
      remember: [{ as: oonaFerries, match: /oban/i }],
      transient: [/\buig\b/i],
    },
  },
  {
    id: "h13-session-only-hypothetical-budget",
    category: "session-only",
    sessions: [
      {
        as: bridget,
        turns: [
          "let's say, hypothetically, the budget for the spring concert was 4,000 quid — no need to remember this, i'm just riffing — would hiring a small chamber orchestra be realistic or silly?",
        ],
      },
    ],
    expect: {
      transient: [/4,?000|\b4k\b|£ ?4/i],
    },
  },

  // ───────────────────────────── questions ─────────────────────────────
  {
    id: "h13-questions-hut-beds-and-dinner",
    category: "questions",
    sessions: [
      {
        as: reto,
        turns: [
          "some basics about the gauli hut for the team: it sleeps 42 in the dorms plus 8 in the winter room. water comes from the snowmelt tank until about july, then we switch to the spring line",
        ],
      },
      { as: reto, turns: ["and dinner is served at 18:30 sharp, breakfast from 5 for the climbers. can you add that to the guest info sheet?"] },
    ],
    expect: {
      questions: [
        { as: reto, ask: "how many beds does the hut have?", expect: /\b42\b/ },
        { as: reto, ask: "what time is dinner served up at the hut?", expect: /18[:.]30|6[:.]30/i },
        { as: reto, ask: "where does the hut's water come from?", expect: /snowmelt|spring/i },
      ],
    },
  },
  {
    id: "h13-questions-concert-venue-after-change",
    category: "questions",
    sessions: [
      { as: bridget, turns: ["the spring concert is at st mary's church on 5 april, 7.30pm. can you draft the poster text?"] },
      {
        as: bridget,
        turns: ["venue's changed, the church had to pull out — we're now at the corn exchange. same date and time. redo the poster please?"],
      },
    ],
    expect: {
      remember: [{ as: tom, match: /corn exchange/i }],
      stale: [{ as: tom, match: only(/st\.? mary/i, /corn exchange/i) }],
      questions: [
        { as: tom, ask: "where is the spring concert being held?", expect: /corn exchange/i, stale: only(/st\.? mary/i, /corn exchange/i) },
      ],
    },
  },
  {
    id: "h13-questions-who-does-what-at-the-clinic",
    category: "questions",
    sessions: [
      {
        as: hana,
        turns: [
          "so you know who does what here: dr okafor does all the exotics — reptiles, birds, rabbits — dr lind takes the equine calls, and dr mbeki is our dentals person. i'm the head nurse so i do the booking. can you help me make a cheat sheet for reception?",
        ],
      },
      { as: hana, turns: ["unrelated, what's a good script for telling owners about a price rise on vaccines?"] },
    ],
    expect: {
      questions: [
        { as: hana, ask: "which vet should see reptiles like a bearded dragon?", expect: /okafor/i },
        { as: hana, ask: "who covers equine visits?", expect: /\blind\b/i },
        { as: hana, ask: "who does the dentals?", expect: /mbeki/i },
      ],
    },
  },
  {
    id: "h13-questions-hive-count-after-winter",
    category: "questions",
    sessions: [
      { as: margaux, turns: ["got 14 hives at the moment, all on dadant frames. how much fondant should i have in stock for winter?"] },
      { as: margaux, turns: ["bad winter. lost three colonies, so i'm down to 11 now. should i split in spring to get back up?"] },
    ],
    expect: {
      remember: [{ as: margaux, match: /\b11\b|eleven/i }],
      stale: [{ as: margaux, match: only(/\b14\b|fourteen/i, /\b11\b|eleven/i) }],
      questions: [{ as: margaux, ask: "how many hives do i have?", expect: /\b11\b|eleven/i, stale: only(/\b14\b|fourteen/i, /\b11\b|eleven/i) }],
    },
  },
  {
    id: "h13-questions-colleague-asks-implant-line",
    category: "questions",
    sessions: [
      {
        as: rafaImplant,
        turns: ["team note for the implant line: our scan bodies are the elos accurate ones, kept in the blue drawer by the scanner. please put them back"],
      },
      {
        as: rafaImplant,
        turns: ["also for the implant line, we send all the ti-base cases out to the milling centre in leeds, they're back in 3 working days. can you make a tracking sheet template?"],
      },
    ],
    expect: {
      remember: [{ as: jinImplant, match: /elos/i, scope: "project" }],
      questions: [
        { as: jinImplant, ask: "which scan bodies do we use on the implant line?", expect: /elos/i },
        { as: jinImplant, ask: "where do the ti-base cases get milled?", expect: /leeds/i },
      ],
    },
  },
];
