/**
 * Seventh held-out round: realistic, messy messages from new personas (a
 * veterinary nurse, a ferry captain, a museum curator, a school bus
 * dispatcher, a beekeeper, a wedding DJ, a hospital porter, a founder with
 * two products, an HR manager, a dentist's receptionist, a hill-walking
 * guide, an agronomist, a bilingual user, a lowercase-only user...).
 * Written without reading the extractor's rules.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

const ferry = solo("h7-captain-iona");
const dee = solo("h7-dee-dispatch");
const vetNurse = at("h7-nurse-kaz", "h7-riverside-vets", "h7-small-animal");
const kaz = solo("h7-nurse-kaz");
const bev = solo("h7-receptionist-bev");
const wanjiru = solo("h7-agronomist-wanjiru");
const euan = solo("h7-guide-euan");
const fiona = solo("h7-guide-fiona");
const hamish = solo("h7-beekeeper-hamish");
const lotte = solo("h7-dj-lotte");
const tomas = solo("h7-porter-tomas");
const chloe = solo("h7-bilingual-chloe");
const nadia = solo("h7-curator-nadia");
const rinLedgerly = at("h7-founder-rin", "h7-rinlabs", "h7-ledgerly");
const gail = at("h7-hr-gail", "h7-cairnfield");

export const seventhHoldoutScenarios: ScenarioInput[] = [
  {
    id: "h7-identity-ferry-captain",
    category: "identity",
    sessions: [
      {
        as: ferry,
        turns: [
          "Morning. Wind's picking up on the Sound already so it's going to be one of those days. For context, I skipper the MV Loch Seaforth on the Oban to Craignure run (it's route code CR-04 on the rota), been doing it eleven years now. Can you draft me a short notice for passengers saying the 14:00 may be delayed?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: ferry, match: /Oban|Craignure/i },
        { as: ferry, match: /skipper|captain|master/i },
        { as: ferry, match: /CR-?04/i, lookalike: true },
      ],
      transient: [/14:00.{0,40}delay|delay.{0,40}14:00/i],
    },
  },
  {
    id: "h7-identity-lowercase-dispatcher",
    category: "identity",
    sessions: [
      {
        as: dee,
        turns: [
          "hey so im the dispatcher for the county school buses i do the 5am to 1pm shift mostly and btw call me dee not deirdre nobody calls me deirdre except my mum",
        ],
      },
      { as: dee, turns: ["can you help me write a text to the drivers about the gritting on the hill roads tomorrow"] },
    ],
    expect: {
      remember: [
        { as: dee, match: /\bDee\b/i },
        { as: dee, match: /dispatch/i },
      ],
      questions: [{ as: dee, ask: "What name should you use for me?", expect: /\bDee\b/i }],
    },
  },
  {
    id: "h7-update-clinic-moved",
    category: "update",
    sessions: [
      {
        as: bev,
        turns: [
          "Hi! I'm on the front desk at Brightsmile Dental on Castle Street, so most of what I'll ask you is reminder letters and rota stuff.",
        ],
      },
      {
        as: bev,
        turns: [
          "Right, the clinic moved, we're in the new unit at Dunmore Road retail park since Monday, so the letters need the new address on the footer. Can you redo the recall letter template?",
        ],
      },
    ],
    expect: {
      remember: [{ as: bev, match: /Dunmore/i }],
      stale: [{ as: bev, match: only(/Castle Street/i, /Dunmore/i) }],
    },
  },
  {
    id: "h7-correction-county",
    category: "correction",
    sessions: [
      {
        as: wanjiru,
        turns: [
          "Habari! I'm an agronomist working with smallholder maize farmers in Nakuru county, mostly on fall armyworm and soil acidity.",
        ],
      },
      {
        as: wanjiru,
        turns: [
          "Correction to what I told you last time: my farmers are in Nyeri county, not Nakuru. Nakuru was my old posting, I mixed them up. Anyway, can you help me plan a field day?",
        ],
      },
    ],
    expect: {
      remember: [{ as: wanjiru, match: /Nyeri/i }],
      stale: [{ as: wanjiru, match: only(/Nakuru/i, /Nyeri/i) }],
    },
  },
  {
    id: "h7-hedged-harbour-job",
    category: "hedged",
    sessions: [
      {
        as: ferry,
        turns: [
          "Between you and me I might go for the harbour master job in Mallaig. Haven't decided, might not even apply, the wife isn't keen. What sort of questions do they ask at those interviews?",
        ],
      },
    ],
    expect: {
      transient: [/harbou?r master/i],
    },
  },
  {
    id: "h7-scope-founder-two-products",
    category: "scope",
    sessions: [
      {
        as: rinLedgerly,
        turns: [
          "ok Ledgerly decisions so they're written down somewhere: we're on Postgres 16, we deploy on Fly.io, and the release train is every other Thursday. Everyone on the Ledgerly team should work to that.",
        ],
      },
      {
        as: at("h7-founder-rin", "h7-rinlabs", "h7-pawpal"),
        turns: [
          "Switching hats to PawPal. PawPal is a React Native app and we ship to the app stores on Mondays. Can you draft a changelog template?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-dev-oli", "h7-rinlabs", "h7-ledgerly"), match: /Fly\.io/i, scope: "project" },
        { as: at("h7-dev-oli", "h7-rinlabs", "h7-ledgerly"), match: /other Thursday|fortnight|biweekly/i, scope: "project" },
        { as: at("h7-dev-mia", "h7-rinlabs", "h7-pawpal"), match: /React Native/i, scope: "project" },
      ],
      hidden: [
        { as: at("h7-dev-mia", "h7-rinlabs", "h7-pawpal"), match: /Fly\.io/i },
        { as: at("h7-dev-oli", "h7-rinlabs", "h7-ledgerly"), match: /React Native/i },
      ],
    },
  },
  {
    id: "h7-pasted-vet-report",
    category: "pasted",
    sessions: [
      {
        as: vetNurse,
        turns: [
          `Can you turn this into a friendly plain-English note for the owner? Keep it short.

DISCHARGE SUMMARY
Patient: Bella (Labrador retriever, F/N, 7y, 31.4kg)
Owner: Mr D. Price
Dx: primary hypothyroidism
Rx: levothyroxine 0.4 mg PO BID with food; recheck T4 in 4 weeks
Adverse reactions: cephalexin (vomiting)
Diet: weight-control kibble, no table scraps`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /levothyroxine|cephalexin|hypothyroid/i },
        { kind: "document", match: /Bella|D\. Price/i },
      ],
    },
  },
  {
    id: "h7-secrets-recovery-phrase",
    category: "secrets",
    sessions: [
      {
        as: at("h7-founder-rin", "h7-rinlabs"),
        turns: [
          "Random one but can you hold on to this for me so I don't lose it again, it's the recovery phrase for the company's crypto wallet: orbit canyon velvet lemon tribe usual harvest pilot ozone mercy fabric bundle. Also remind me the wallet is the Ledger one, not the MetaMask.",
        ],
      },
    ],
    expect: {
      secrets: [
        "orbit canyon velvet lemon tribe usual harvest pilot ozone mercy fabric bundle",
        "tribe usual harvest pilot",
        "mercy fabric bundle",
      ],
    },
  },
  {
    id: "h7-forget-ex",
    category: "forget",
    sessions: [
      {
        as: solo("h7-walker-isla"),
        turns: [
          "Quick heads-up for route planning: my ex, Gareth, still lives on Elm Row, so if I ask for walking routes round Leith please keep me off that street.",
        ],
      },
      {
        as: solo("h7-walker-isla"),
        turns: ["Can you forget that thing about my ex? I'd rather it wasn't on record anywhere. Thanks."],
      },
    ],
    expect: {
      forgotten: [
        { as: solo("h7-walker-isla"), match: /Gareth/i, storedAfter: 0 },
        { as: solo("h7-walker-isla"), match: /Elm Row/i, storedAfter: 0 },
      ],
    },
  },
  {
    id: "h7-chitchat-crossing",
    category: "chit-chat",
    sessions: [
      {
        as: ferry,
        turns: [
          "Ha, what a crossing. Lost two deckchairs overboard and a herring gull nicked a passenger's bacon roll right out of his hand. The kids on board loved it.",
        ],
      },
    ],
    expect: {
      transient: [/deckchair/i, /gull|bacon roll/i],
    },
  },
  {
    id: "h7-session-only-spanish",
    category: "session-only",
    sessions: [
      {
        as: solo("h7-porter-tomas"),
        turns: [
          "Just for this chat, answer me in Spanish please, I'm practising before my holiday. What's the best way to ask for the bill?",
        ],
      },
    ],
    expect: {
      transient: [/Spanish|español/i],
    },
  },
  {
    id: "h7-questions-hill-guide-rank",
    category: "questions",
    sessions: [
      {
        as: euan,
        turns: [
          "Bit of background since I'll be using you a lot: I'm a mountain leader guiding in the Cairngorms and Glencoe, my public liability insurance renews every March, I carry a Garmin inReach for emergencies, and I never take clients out when the forecast gusts are over 50 mph.",
        ],
      },
    ],
    expect: {
      remember: [{ as: euan, match: /inReach/i }],
      questions: [
        { as: euan, ask: "When does my insurance renew?", expect: /March/i },
        { as: euan, ask: "What's my wind limit for taking clients out?", expect: /50 ?mph/i },
      ],
    },
  },
  // ---------------------------------------------------------------- identity
  {
    id: "h7-identity-long-paragraph-beekeeper",
    category: "identity",
    sessions: [
      {
        as: hamish,
        turns: [
          "So the weather's been all over the place this week, three warm days then frost again, and I swear the colonies don't know whether they're coming or going. Hive 3 was bringing in loads of orange pollen (gorse, probably) but hive 7 was really quiet and I'm a bit worried they've gone queenless over winter, though it could just be the cold. My neighbour Pat came over to watch and asked about a hundred questions about whether bees sting more in the cold, which, fair enough. Ironically I'm allergic to wasp stings, not bees weirdly, just wasps, so I keep an EpiPen in the car whenever I'm at the apiary in late summer. Anyway I need to order fondant, do you think 2.5 kg per hive is enough to see them through to April or should I go bigger?",
        ],
      },
    ],
    expect: {
      remember: [{ as: hamish, match: both(/wasp/i, /allerg|EpiPen/i) }],
      transient: [/\bPat\b/i, /queenless/i],
    },
  },
  {
    id: "h7-identity-terse-answer-metric",
    category: "identity",
    sessions: [
      {
        as: fiona,
        turns: [
          "Got a group of six from Ohio next week, they want to bag two Munros near Braemar. Can you suggest a couple and give me heights and walk-in distances?",
          "yes, metric please",
          "always. for everything I ask you, not just this trip, they can cope",
        ],
      },
      { as: fiona, turns: ["How long is the walk in to Lochnagar from the Spittal of Glenmuick?"] },
    ],
    expect: {
      remember: [{ as: fiona, match: /metric|kilomet|\bkm\b/i }],
      questions: [{ as: fiona, ask: "What units should you use for distances and heights?", expect: /metric|kilomet|\bkm\b|metres/i }],
    },
  },
  {
    id: "h7-identity-partner-is-coeliac",
    category: "identity",
    sessions: [
      {
        as: tomas,
        turns: [
          "Dinner ideas needed. Context: my partner Mairi is the coeliac one, not me, I'll eat literally anything after a twelve-hour shift. But when I ask for dinner ideas for the two of us they need to be gluten-free. Something with chicken thighs tonight?",
        ],
      },
    ],
    expect: {
      remember: [{ as: tomas, match: /gluten|coeliac|celiac/i }],
      hidden: [{ as: tomas, match: only(/coeliac|celiac/i, /Mairi|partner|wife|girlfriend/i) }],
    },
  },
  // ---------------------------------------------------------------- update
  {
    id: "h7-update-porter-new-rota",
    category: "update",
    sessions: [
      {
        as: tomas,
        turns: ["I'm on lates all week, 2 till 10, so don't suggest anything that needs me up before about 11 lol."],
      },
      {
        as: tomas,
        turns: [
          "we're on the new rota now: earlies on Mondays and Tuesdays, lates the rest of the week. so Monday and Tuesday evenings I'm actually free for once. what's on at the cinema monday?",
        ],
      },
    ],
    expect: {
      remember: [{ as: tomas, match: both(/earl/i, /Monday/i) }],
      stale: [{ as: tomas, match: only(/all week/i, /earl|Monday|Tuesday/i) }],
    },
  },
  {
    id: "h7-update-dj-closer-there-and-back",
    category: "update",
    sessions: [
      { as: lotte, turns: ["Note for future gigs: my closing track is always Mr Brightside. Non-negotiable, the dancefloor expects it."] },
      {
        as: lotte,
        turns: ["Changing my closer, I'm ending sets with Don't Stop Me Now from this weekend. Brightside's getting stale."],
      },
      {
        as: lotte,
        turns: [
          "ok fine, going back to Mr Brightside as the closer. Don't Stop Me Now just didn't land, half the room went to the bar. Can you do me a setlist for a 7pm-midnight wedding?",
        ],
      },
    ],
    expect: {
      remember: [{ as: lotte, match: /Brightside/i }],
      stale: [{ as: lotte, match: only(/Don'?t Stop Me Now/i, /Brightside/i) }],
      questions: [
        { as: lotte, ask: "What's my closing track?", expect: /Brightside/i, stale: only(/Don'?t Stop Me Now/i, /Brightside/i) },
      ],
    },
  },
  {
    id: "h7-update-bilingual-moved-to-leith",
    category: "update",
    sessions: [
      {
        as: chloe,
        turns: ["Je vis à Morningside, in Edinburgh, so when I ask for cafés or running routes, think south side s'il te plaît."],
      },
      {
        as: chloe,
        turns: [
          "Bon, on a enfin déménagé! New flat in Leith, right by the Shore. Fini Morningside. Tu connais des bonnes boulangeries near us?",
        ],
      },
    ],
    expect: {
      remember: [{ as: chloe, match: /Leith/i }],
      stale: [{ as: chloe, match: only(/Morningside/i, /Leith/i) }],
    },
  },
  // ---------------------------------------------------------------- correction
  {
    id: "h7-correction-surname-spelling",
    category: "correction",
    sessions: [
      { as: euan, turns: ["Sign off any emails you draft for me as Euan McLeod, Cairngorm Guiding."] },
      {
        as: euan,
        turns: [
          "Small thing but it matters: my surname is MacLeod, M-A-C, not McLeod. I typed it wrong last time. Please use that in the sign-off from now on.",
        ],
      },
    ],
    expect: {
      remember: [{ as: euan, match: /MacLeod/ }],
      stale: [{ as: euan, match: only(/\bMcLeod\b/i, /MacLeod/) }],
    },
  },
  {
    id: "h7-correction-same-turn-orchard",
    category: "correction",
    sessions: [
      {
        as: hamish,
        turns: [
          "My two colonies are in the walled garden at the back of the estate, sorry, no, they're in the orchard now, the walled garden was last year before the rabbits. Anyway when's the best time to do a first spring inspection up here in Perthshire?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: hamish, match: /orchard/i },
        { as: hamish, match: /Perthshire/i },
      ],
      stale: [{ as: hamish, match: only(/walled garden/i, /orchard/i) }],
    },
  },
  {
    id: "h7-correction-pescatarian",
    category: "correction",
    sessions: [
      {
        as: nadia,
        turns: ["I'm vegetarian, so keep that in mind if I ask for restaurant ideas for the gallery opening dinner."],
      },
      {
        as: nadia,
        turns: [
          "Ugh, I said vegetarian last time but that's not quite right, I do eat fish. Pescatarian, I suppose. Can you suggest three places near the Mound for twelve people?",
        ],
      },
    ],
    expect: {
      remember: [{ as: nadia, match: /pescatarian|eats? fish/i }],
      stale: [{ as: nadia, match: only(/\bvegetarian\b/i, /pescatarian|fish/i) }],
    },
  },
  // ---------------------------------------------------------------- hedged
  {
    id: "h7-hedged-then-decided-langstroth",
    category: "hedged",
    sessions: [
      {
        as: hamish,
        turns: [
          "I'm torn between Langstroth and Warré for the new apiary, leaning Warré maybe? I'll mull it over the winter. Hives 12 to 15 stay in their Nationals regardless.",
        ],
      },
      { as: hamish, turns: ["Decided: Langstroth boxes for all the new colonies from spring. Can you give me a kit list?"] },
    ],
    expect: {
      remember: [
        { as: hamish, match: /Langstroth/i },
        { as: hamish, match: /National/i },
      ],
      stale: [{ as: hamish, match: only(/Warr[ée]/i, /Langstroth/i) }],
    },
  },
  {
    id: "h7-hedged-dj-firm-and-maybe",
    category: "hedged",
    sessions: [
      {
        as: lotte,
        turns: [
          "Two things. I'm definitely not doing New Year's Eve gigs any more, that's family time now, so turn those enquiries down politely. And I might put my prices up next year, maybe 10%, maybe not, depends how bookings go.",
        ],
      },
    ],
    expect: {
      remember: [{ as: lotte, match: /New Year/i }],
      transient: [/10 ?%|ten per ?cent|prices? (up|rise|increase)/i],
    },
  },
  {
    id: "h7-hedged-hr-four-day-week",
    category: "hedged",
    sessions: [
      {
        as: gail,
        turns: [
          "Just thinking out loud here: I wonder if we should trial a four-day week at Cairnfield next year. Nothing's agreed, I haven't even raised it with the directors. What are the usual pitfalls?",
        ],
      },
    ],
    expect: {
      transient: [/four.day week|4.day week/i],
    },
  },
  // ---------------------------------------------------------------- scope
  {
    id: "h7-scope-hr-policy-and-confidential-staff",
    category: "scope",
    sessions: [
      {
        as: gail,
        turns: [
          "Team policy, effective now, for everyone at Cairnfield: everyone gets their birthday off as paid leave, and expense claims have to be in by the 25th of the month or they roll to the next payroll.",
          "Separately and strictly confidential: Tom Reilly in logistics is on a performance improvement plan, and his wife is going through chemo, so go gently. Help me write the invite to his review meeting.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-warehouse-lee", "h7-cairnfield", "h7-logistics"), match: /birthday/i, scope: "org" },
        { as: at("h7-warehouse-lee", "h7-cairnfield", "h7-logistics"), match: /25th|25 of/i, scope: "org" },
      ],
      hidden: [
        { as: at("h7-warehouse-lee", "h7-cairnfield", "h7-logistics"), match: /Reilly|performance improvement|chemo/i },
        { as: at("h7-hr-other", "h7-other-firm"), match: /birthday/i },
        { as: gail, match: only(/performance improvement|chemo/i, /Tom|Reilly/i) },
      ],
    },
  },
  {
    id: "h7-scope-curator-project-vs-personal",
    category: "scope",
    sessions: [
      {
        as: at("h7-curator-margaux", "h7-musee", "h7-textiles"),
        turns: [
          "Two things. For the textiles project: all incoming loans go through Hélène in the registrar's office, and nothing gets photographed until the conservator has signed the condition report. And for me personally, I like answers in bullet points, short ones.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-intern-jules", "h7-musee", "h7-textiles"), match: /H[ée]l[èe]ne/i, scope: "project" },
        { as: at("h7-intern-jules", "h7-musee", "h7-textiles"), match: /condition report/i, scope: "project" },
        { as: at("h7-curator-margaux", "h7-musee", "h7-textiles"), match: /bullet/i, scope: "user" },
      ],
      hidden: [
        { as: at("h7-intern-jules", "h7-musee", "h7-textiles"), match: /bullet/i },
        { as: at("h7-curator-pierre", "h7-musee", "h7-paintings"), match: /H[ée]l[èe]ne|condition report/i },
      ],
    },
  },
  {
    id: "h7-scope-ferry-company-rule",
    category: "scope",
    sessions: [
      {
        as: at("h7-captain-ross", "h7-westerly-ferries", "h7-mull-route"),
        turns: [
          "Company rule, applies to every vessel in the Westerly fleet not just mine: the crew log sea state in Beaufort on the voyage sheet at every departure. Personally I take my tea with two sugars, not that the company cares. Can you make me a voyage sheet header?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-mate-jo", "h7-westerly-ferries", "h7-islay-route"), match: /Beaufort/i, scope: "org" },
      ],
      hidden: [
        { as: at("h7-mate-jo", "h7-westerly-ferries", "h7-islay-route"), match: /sugar/i },
        { as: at("h7-captain-ross", "h7-rival-ferries", "h7-mull-route"), match: /Beaufort/i },
      ],
    },
  },
  {
    id: "h7-scope-dispatch-north-routes",
    category: "scope",
    sessions: [
      {
        as: at("h7-dispatch-morag", "h7-county-transport", "h7-north-routes"),
        turns: [
          "for everyone on the north routes: the kirkhill depot gate opens at 05:40 now not 06:00 and drivers have to radio in when they cross dalmore bridge",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-driver-kev", "h7-county-transport", "h7-north-routes"), match: /05:40|5:40|5\.40/i, scope: "project" },
        { as: at("h7-driver-kev", "h7-county-transport", "h7-north-routes"), match: /dalmore/i, scope: "project" },
      ],
      hidden: [{ as: at("h7-driver-sue", "h7-county-transport", "h7-south-routes"), match: /kirkhill|dalmore|05:40/i }],
      questions: [
        {
          as: at("h7-driver-kev", "h7-county-transport", "h7-north-routes"),
          ask: "What time does the depot gate open?",
          expect: /05:40|5:40|5\.40/i,
          stale: only(/06:00|6:00/i, /05:40|5:40/i),
        },
      ],
    },
  },
  // ---------------------------------------------------------------- identities
  {
    id: "h7-identities-two-sams",
    category: "identities",
    sessions: [
      {
        as: at("h7-sam", "h7-vetcare"),
        turns: ["I'm allergic to latex, so always flag it when a supplier only does latex gloves. Can you compare nitrile glove suppliers?"],
      },
      {
        as: at("h7-sam", "h7-beeco"),
        turns: ["I only take swarm callouts at weekends, weekdays I'm at the day job. Write me a voicemail greeting saying that?"],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-sam", "h7-vetcare"), match: /latex/i },
        { as: at("h7-sam", "h7-beeco"), match: /weekend/i },
      ],
      hidden: [
        { as: at("h7-sam", "h7-beeco"), match: /latex/i },
        { as: at("h7-sam", "h7-vetcare"), match: /swarm/i },
      ],
    },
  },
  {
    id: "h7-identities-household-coffee",
    category: "identities",
    sessions: [
      { as: at("h7-ana", "h7-home-ops", "h7-household"), turns: ["For me: coffee black, no sugar, and I hate being asked twice."] },
      { as: at("h7-ben", "h7-home-ops", "h7-household"), turns: ["Oat flat white for me, always. What's a good oat milk that doesn't split?"] },
    ],
    expect: {
      remember: [
        { as: at("h7-ana", "h7-home-ops", "h7-household"), match: /black/i, scope: "user" },
        { as: at("h7-ben", "h7-home-ops", "h7-household"), match: /oat/i, scope: "user" },
      ],
      hidden: [
        { as: at("h7-ben", "h7-home-ops", "h7-household"), match: /black/i },
        { as: at("h7-ana", "h7-home-ops", "h7-household"), match: /oat|flat white/i },
      ],
    },
  },
  {
    id: "h7-identities-two-atlas-projects",
    category: "identities",
    sessions: [
      {
        as: at("h7-curator-a", "h7-museum-north", "h7-atlas"),
        turns: ["For the Atlas exhibition: the opening night is 3 October and our lead lender is the Hunterian."],
      },
      {
        as: at("h7-curator-b", "h7-museum-south", "h7-atlas"),
        turns: ["Our Atlas project opens on 21 November, the lead lender is the Ashmolean."],
      },
    ],
    expect: {
      remember: [
        { as: at("h7-registrar-c", "h7-museum-north", "h7-atlas"), match: /Hunterian/i, scope: "project" },
        { as: at("h7-registrar-d", "h7-museum-south", "h7-atlas"), match: /Ashmolean/i, scope: "project" },
      ],
      hidden: [
        { as: at("h7-curator-b", "h7-museum-south", "h7-atlas"), match: /Hunterian|3 October/i },
        { as: at("h7-curator-a", "h7-museum-north", "h7-atlas"), match: /Ashmolean|21 November/i },
      ],
    },
  },
  {
    id: "h7-identities-porter-allergy-colleague",
    category: "identities",
    sessions: [
      {
        as: at("h7-porter-tomas", "h7-royal-infirmary", "h7-portering"),
        turns: ["I'm allergic to chlorhexidine, that's me personally, so I avoid the pink hand scrub by theatres."],
      },
      {
        as: at("h7-porter-jen", "h7-royal-infirmary", "h7-portering"),
        turns: ["Which hand scrub should I use before a theatre run?"],
      },
    ],
    expect: {
      remember: [{ as: at("h7-porter-tomas", "h7-royal-infirmary", "h7-portering"), match: /chlorhexidine/i, scope: "user" }],
      hidden: [{ as: at("h7-porter-jen", "h7-royal-infirmary", "h7-portering"), match: /chlorhexidine/i }],
    },
  },
  // ---------------------------------------------------------------- pasted
  {
    id: "h7-pasted-job-ad",
    category: "pasted",
    sessions: [
      {
        as: kaz,
        turns: [
          `Can you help me with a cover letter for this? I've been an RVN for six years, mostly small animal, and I got my ECC certificate last year.

---
Senior Veterinary Nurse – Harbourside Referrals
Salary: £31,500–£34,000 DOE
We're looking for an RVN with 3+ years' experience and a passion for anaesthesia. Must hold a full UK driving licence. 4-on-4-off shift pattern, 12-hour days. Benefits include a CPD allowance of £800 and a free pet health plan for two animals.
---`,
        ],
      },
    ],
    expect: {
      remember: [{ as: kaz, match: /six years|6 years|6 yrs/i }],
      pasted: [{ kind: "document", match: /Harbourside|34,000|4-on-4-off|CPD allowance|driving licence/i }],
    },
  },
  {
    id: "h7-pasted-beekeeping-newsletter",
    category: "pasted",
    sessions: [
      {
        as: hamish,
        turns: [
          `Can you pull out just the dates I need from this?

TAYSIDE BEEKEEPERS' ASSOCIATION — SPRING NEWSLETTER
Dear members, the AGM will be held on Saturday 14 March at Kinfauns Village Hall, 2pm. Subscriptions (£28) are due by 31 March. Our swarm coordinator this year is Alison Baird (07700 900456). Reminder: oxalic acid trickling should only be used during broodless periods. The association apiary at Scone opens for members' inspections from May. Cake rota volunteers wanted!`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Kinfauns|Alison Baird|900456/i },
        { kind: "document", match: /oxalic|Scone|cake rota/i },
      ],
    },
  },
  {
    id: "h7-pasted-porter-job-list",
    category: "pasted",
    sessions: [
      {
        as: tomas,
        turns: [
          `Paste from today's job list, can you put these in time order for me?

Ward 7 | J. Okafor | bed 12 | to Radiology | 14:30 | allergy: penicillin | O2 2L
Ward 3 | M. Lindqvist | bed 4 | to Theatre 2 | 13:15 | bariatric chair
AMU | R. Patel | trolley 9 | to CT | 14:00 | side room - C.diff`,
        ],
      },
    ],
    expect: {
      pasted: [
        { kind: "document", match: /Okafor|Lindqvist|R\. Patel/i },
        { kind: "document", match: /penicillin|C\.? ?diff|bariatric/i },
      ],
    },
  },
  {
    id: "h7-pasted-payment-log",
    category: "pasted",
    sessions: [
      {
        as: rinLedgerly,
        turns: [
          `Payments are falling over again, what's going on here?

2024-05-12T10:22:01.114Z ERROR payment-svc [req 7f3a91] upstream timeout after 30000ms host=pay-gw-2.internal
2024-05-12T10:22:01.120Z WARN  payment-svc retrying charge user_id=88412 attempt=2
2024-05-12T10:22:31.127Z ERROR payment-svc charge failed user_id=88412 code=GW_TIMEOUT
2024-05-12T10:22:31.130Z INFO  ledger-worker queue depth=1841`,
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "log", match: /pay-gw-2|88412|GW_TIMEOUT|queue depth|7f3a91/i }],
    },
  },
  // ---------------------------------------------------------------- tool
  {
    id: "h7-tool-mountain-forecast",
    category: "tool",
    sessions: [
      {
        as: fiona,
        turns: [
          {
            user: "What's the forecast for Ben Macdui tomorrow?",
            tool: {
              name: "mountain_forecast",
              output:
                "Ben Macdui (1309m) — Tue: SW gusts 65 mph on summits, wind chill -12C, cloud base 900m lifting to 1100m pm, frequent snow showers, visibility poor in showers.",
            },
          },
          "ok then, I'll take the group up Meall a' Bhuachaille instead. for future reference my hard rule is I don't take clients above 900m if gusts are forecast over 50 mph",
        ],
      },
    ],
    expect: {
      remember: [{ as: fiona, match: /50 ?mph/i }],
      pasted: [{ kind: "document", match: /65 ?mph|wind chill|-12 ?C|snow showers/i }],
    },
  },
  {
    id: "h7-tool-patient-lookup",
    category: "tool",
    sessions: [
      {
        as: bev,
        turns: [
          {
            user: "Can you find Harriet Cole's next appointment?",
            tool: {
              name: "patient_lookup",
              output:
                "Patient: Harriet Cole | DOB 1979-04-02 | Tel 07700 900123 | Next appt: 12 Jun 09:20 with Dr Singh (hygienist) | Notes: dental anxiety, prefers mornings, latex allergy",
            },
          },
          "Thanks. And for me, always give appointment times in 24-hour format, the booking system uses that and I get muddled otherwise.",
        ],
      },
    ],
    expect: {
      remember: [{ as: bev, match: /24.?h(ou)?r|24-hour/i }],
      pasted: [
        { kind: "document", match: /Harriet|900123|1979/i },
        { kind: "document", match: /latex|dental anxiety/i },
      ],
    },
  },
  {
    id: "h7-tool-soil-results",
    category: "tool",
    sessions: [
      {
        as: wanjiru,
        turns: [
          {
            user: "Pull the soil results for the Gakuyu farmers' group demo plot.",
            tool: {
              name: "soil_lab_results",
              output:
                "Sample GK-114 (Gakuyu FG demo plot): pH 5.2, P 8 ppm (low), K 110 ppm (adequate), OC 1.4%. Recommendation: apply 2 t/ha agricultural lime; DAP 125 kg/ha at planting.",
            },
          },
          "Thanks. For all my reports from now on, give fertiliser and lime rates in 50 kg bags per acre as well as per hectare, the farmers here think in bags.",
        ],
      },
    ],
    expect: {
      remember: [{ as: wanjiru, match: both(/bags?/i, /acre/i) }],
      pasted: [{ kind: "document", match: /pH 5\.2|GK-114|110 ppm|OC 1\.4/i }],
    },
  },
  {
    id: "h7-tool-env-file-with-secrets",
    category: "tool",
    sessions: [
      {
        as: rinLedgerly,
        turns: [
          {
            user: "Why won't the staging deploy start? Check the env file.",
            tool: {
              name: "read_file",
              output:
                "# .env.staging\nDATABASE_URL=postgres://ledgerly:Tr0ub4dor-staging@db.staging.internal:5432/ledgerly\nSTRIPE_SECRET_KEY=sk_live_51Hx9QpLmZr8aTq0VvY3kD\nPORT=8080\nNODE_ENV=staging",
            },
          },
          "ugh ok. for the record we always keep Ledgerly staging on port 8080, whatever the contractors say.",
        ],
      },
    ],
    expect: {
      remember: [{ as: rinLedgerly, match: /8080/ }],
      secrets: ["Tr0ub4dor-staging", "sk_live_51Hx9QpLmZr8aTq0VvY3kD"],
      pasted: [{ kind: "document", match: /db\.staging\.internal|NODE_ENV/i }],
    },
  },
  // ---------------------------------------------------------------- secrets
  {
    id: "h7-secrets-amex-code-in-words",
    category: "secrets",
    sessions: [
      {
        as: lotte,
        turns: [
          "Paying the venue deposit over the phone later and I always panic, so: it's the Amex ending 1009, and the four-digit code on the front is eight three one six. Can you write me a little script for the call so I don't waffle?",
        ],
      },
    ],
    expect: {
      secrets: ["eight three one six", "8316", "8 3 1 6"],
    },
  },
  {
    id: "h7-secrets-key-safe-in-words",
    category: "secrets",
    sessions: [
      {
        as: fiona,
        turns: [
          "We're staying at the cottage near Aviemore the week of 12 August with the Ohio group. Key safe code is four nine one seven, you press the wee lever after. Can you do me a packing list for a week of hill days?",
        ],
      },
    ],
    expect: {
      remember: [{ as: fiona, match: /Aviemore/i }],
      secrets: ["four nine one seven", "4917", "4 9 1 7"],
    },
  },
  {
    id: "h7-secrets-session-cookie",
    category: "secrets",
    sessions: [
      {
        as: rinLedgerly,
        turns: [
          `Auth keeps failing on the Ledgerly admin panel, this is the request header from devtools:
Cookie: ledgerly_session=s%3AeyJ1aWQiOjQyLCJyb2xlIjoiYWRtaW4ifQ.Q2hGx7Yp0wL3v9sKq; theme=dark
what am I doing wrong?`,
        ],
      },
    ],
    expect: {
      secrets: ["eyJ1aWQiOjQyLCJyb2xlIjoiYWRtaW4ifQ", "Q2hGx7Yp0wL3v9sKq"],
    },
  },
  {
    id: "h7-secrets-ssh-private-key",
    category: "secrets",
    sessions: [
      {
        as: rinLedgerly,
        turns: [
          `our contractor sent me this for the deploy box, is it the right format?
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBk3fQm8Vq7rXyL0pT2aN9cW1eH4sJ6uZ0oG5iK8dF3bAAAAJgK2Yw1
-----END OPENSSH PRIVATE KEY-----
also fyi the Ledgerly deploy box is called kestrel`,
        ],
      },
    ],
    expect: {
      remember: [{ as: rinLedgerly, match: /kestrel/i }],
      secrets: ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ", "Qm8Vq7rXyL0pT2aN9cW1eH4sJ6uZ0oG5iK8dF3b"],
    },
  },
  {
    id: "h7-secrets-lookalike-grid-ref-and-booking",
    category: "secrets",
    sessions: [
      {
        as: euan,
        turns: [
          "Our usual meeting point for the Glenmore walks is the Allt Mor car park, grid ref NH 985 095. And for the Skye trips I always put the group in the Sligachan Hotel, our standing booking ref is SLG-44817, quote it when you draft the emails.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: euan, match: /NH ?985 ?095/i, lookalike: true },
        { as: euan, match: /SLG-?44817/i, lookalike: true },
      ],
    },
  },
  // ---------------------------------------------------------------- forget
  {
    id: "h7-forget-invoice-address",
    category: "forget",
    sessions: [
      {
        as: ferry,
        turns: ["Send the invoices for my relief-skipper work to 14 Ferry Brae, Tobermory, PA75 6NR please."],
      },
      { as: ferry, turns: ["Scratch the address I gave you, I'll put it on each invoice myself from now on."] },
    ],
    expect: {
      forgotten: [{ as: ferry, match: /Ferry Brae|PA75/i, storedAfter: 0 }],
    },
  },
  {
    id: "h7-forget-one-thing-keep-the-rest",
    category: "forget",
    sessions: [
      {
        as: lotte,
        turns: ["I'm DJ Lotte, I do weddings all over Yorkshire, and I don't take requests for Cotton Eye Joe. Ever."],
      },
      { as: lotte, turns: ["you can forget the Cotton Eye Joe thing, I've mellowed in my old age."] },
    ],
    expect: {
      remember: [{ as: lotte, match: /Yorkshire/i }],
      forgotten: [{ as: lotte, match: /Cotton Eye Joe/i, storedAfter: 0 }],
    },
  },
  {
    id: "h7-forget-lowercase-knee",
    category: "forget",
    sessions: [
      {
        as: dee,
        turns: ["my left knee is rubbish since the op so if i ask for weekend walks keep them flat no big descents"],
      },
      { as: dee, turns: ["forget what i said about my knee its sorted now the physio was amazing"] },
    ],
    expect: {
      forgotten: [{ as: dee, match: /knee/i, storedAfter: 0 }],
    },
  },
  {
    id: "h7-forget-bilingual-salary",
    category: "forget",
    sessions: [
      {
        as: chloe,
        turns: ["Pour info, mon salaire c'est 2 800 euros net par mois, so keep budgets realistic when I ask for holiday ideas."],
      },
      { as: chloe, turns: ["Oublie ce que je t'ai dit sur mon salaire, stp. I'd rather you didn't keep that."] },
    ],
    expect: {
      forgotten: [{ as: chloe, match: /2[\s\u00a0.,]?800|salaire|salary/i, storedAfter: 0 }],
    },
  },
  // ---------------------------------------------------------------- chit-chat
  {
    id: "h7-chitchat-dj-buried-kit-change",
    category: "chit-chat",
    sessions: [
      {
        as: lotte,
        turns: [
          "lol the bride's uncle tried to grab the mic AGAIN 🙄 anyway from now on I'm doing all my gigs on the Pioneer XDJ-RX3, sold the old Numark rig last week. the cake was unreal though, five tiers of lemon drizzle",
        ],
      },
    ],
    expect: {
      remember: [{ as: lotte, match: /XDJ|Pioneer/i }],
      stale: [{ as: lotte, match: only(/Numark/i, /XDJ|Pioneer|sold/i) }],
      transient: [/uncle/i, /lemon drizzle|five tiers/i],
    },
  },
  {
    id: "h7-chitchat-grumpy-hives",
    category: "chit-chat",
    sessions: [
      {
        as: hamish,
        turns: ["cheers for that, you're a star. long week, the girls were grumpy as anything today, got stung twice through the gloves. still, sun's out."],
      },
    ],
    expect: {
      transient: [/grumpy|stung twice/i],
    },
  },
  {
    id: "h7-chitchat-lowercase-singing-kids",
    category: "chit-chat",
    sessions: [
      {
        as: dee,
        turns: ["haha the kids on the glenbrae run sang the whole way in this morning bless em the driver says his ears are still ringing"],
      },
    ],
    expect: {
      transient: [/sang|singing|ears/i],
    },
  },
  // ---------------------------------------------------------------- session-only
  {
    id: "h7-session-only-kennel-patient",
    category: "session-only",
    sessions: [
      {
        as: vetNurse,
        turns: [
          "Rex in kennel 3 is on carprofen 50 mg twice a day, remind me at 2pm to check he's eaten before his next dose. Also what are the usual signs of NSAID gut upset in dogs?",
        ],
      },
    ],
    expect: {
      transient: [/carprofen|kennel 3|\bRex\b/i],
    },
  },
  {
    id: "h7-session-only-bilingual-short-answers",
    category: "session-only",
    sessions: [
      {
        as: chloe,
        turns: ["Pour aujourd'hui seulement: réponses super courtes, I'm on my phone on the tram. Quick dinner idea with leeks?"],
      },
    ],
    expect: {
      transient: [/short|courte|brief|concise|tram/i],
    },
  },
  {
    id: "h7-session-only-formal-draft-vs-signoff",
    category: "session-only",
    sessions: [
      {
        as: nadia,
        turns: [
          "For this draft only, make it very formal, it's going to the Ministry. In general though, I always sign off as 'Nadia, Collections' and I can't stand exclamation marks in work emails.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: nadia, match: /Nadia.{0,4}Collections/i },
        { as: nadia, match: /exclamation/i },
      ],
      transient: [/formal|Ministry/i],
    },
  },
  // ---------------------------------------------------------------- questions
  {
    id: "h7-questions-fact-in-passing-diabetic",
    category: "questions",
    sessions: [
      {
        as: fiona,
        turns: [
          "As a type 1 diabetic, what snacks should I pack for a ten-hour hill day? I tend to go low on long descents.",
        ],
      },
      { as: fiona, turns: ["Planning a big day on the Lairig Ghru next week, what should I think about?"] },
    ],
    expect: {
      remember: [{ as: fiona, match: /type 1|diabet/i }],
      questions: [
        { as: fiona, ask: "Is there a health condition you should keep in mind when planning my hill days?", expect: /type 1|diabet/i },
      ],
    },
  },
  {
    id: "h7-questions-same-format-as-before",
    category: "questions",
    sessions: [
      {
        as: wanjiru,
        turns: [
          "For the spray calendars I make for farmer groups: dates as DD/MM, and everything in both Kiswahili and English, side by side.",
        ],
      },
      {
        as: wanjiru,
        turns: ["New calendar for the long rains please, same format as before, as I said, for the Gakuyu group starting 15/03."],
      },
    ],
    expect: {
      remember: [{ as: wanjiru, match: /Kiswahili|Swahili/i }],
      questions: [
        { as: wanjiru, ask: "Which languages should my spray calendars be in?", expect: /Kiswahili|Swahili/i },
        { as: wanjiru, ask: "How should dates be written in my calendars?", expect: /DD\/MM/i },
      ],
    },
  },
  {
    id: "h7-questions-summaries-flip-flop",
    category: "questions",
    sessions: [
      { as: kaz, turns: ["When you summarise clinical notes for me, bullet points please, I read them between patients."] },
      { as: kaz, turns: ["actually can you do summaries as short paragraphs from now on, the bullets lose the context"] },
      {
        as: kaz,
        turns: ["Nope, back to bullet points for summaries. Paragraphs were too slow to scan on nights. Sorry for the faff!"],
      },
    ],
    expect: {
      remember: [{ as: kaz, match: /bullet/i }],
      stale: [{ as: kaz, match: only(/paragraph/i, /bullet/i) }],
      questions: [
        { as: kaz, ask: "How do I like my clinical summaries formatted?", expect: /bullet/i, stale: only(/paragraph/i, /bullet/i) },
      ],
    },
  },
  {
    id: "h7-questions-receptionist-rank",
    category: "questions",
    sessions: [
      {
        as: bev,
        turns: [
          "A few things about me so I don't have to keep repeating myself: I'm Bev, I work the front desk at a dental practice, on Tuesdays I finish at 1, I like times in 24-hour format, and I do the recall letters on the first Monday of every month.",
        ],
      },
      { as: bev, turns: ["Morning! Can you help me word a text about the new parking arrangements?"] },
    ],
    expect: {
      remember: [{ as: bev, match: /\bBev\b/i }],
      questions: [
        { as: bev, ask: "When do I send out the recall letters?", expect: /first Monday/i },
        { as: bev, ask: "Which day do I finish early?", expect: /Tuesday/i },
        { as: bev, ask: "How should you write times for me?", expect: /24/ },
      ],
    },
  },
];
