/**
 * Fourteenth batch of held-out scenarios, written blind (without reading the
 * extractor's rules, the public scenarios or earlier held-out batches).
 * New personas and domains: archaeology digs, brewing, community radio,
 * sailing schools, food trucks, orchestras, bike repair, florists, data
 * centres, zoos, newsrooms, ski patrol, quarries, libraries.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, only } from "../scenarios/patterns.js";

// ---------------------------------------------------------------- identity

const identity: ScenarioInput[] = [
  {
    id: "h14-identity-trench-phone",
    category: "identity",
    sessions: [
      {
        as: solo("ines"),
        turns: [
          "hi im ines, field archaeologist — mostly roman villa sites in nothern spain atm. pls keep ur answers short, i read them on my phone in the trench w muddy hands",
          "ok so whats the diff between a context and a feature in single context recording",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("ines"), match: /archa?eolog/i },
        { as: solo("ines"), match: /short|brief|concise/i },
      ],
    },
  },
  {
    id: "h14-identity-voice-florist",
    category: "identity",
    sessions: [
      {
        as: solo("dorota"),
        turns: [
          "ok so um my name is dorota and i run a little flower shop in gdansk its called pod lipa and i need help with instagram captions for valentines week oh and important i am allergic to lilies so never suggest anything with lilies in it okay thanks",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("dorota"), match: /dorota/i },
        { as: solo("dorota"), match: /flower|florist/i },
        { as: solo("dorota"), match: /lil(y|ies)/i },
      ],
    },
  },
  {
    id: "h14-identity-osaka-brewer",
    category: "identity",
    sessions: [
      {
        as: solo("kenji"),
        turns: [
          "Hello. I am Kenji, I am brewmaster at small brewery in Osaka, we make mostly sour beer with local fruits. My English is not so good so please use simple words and short sentences. Today I want to ask about kettle souring temperature.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("kenji"), match: /brew/i },
        { as: solo("kenji"), match: /sour/i },
        { as: solo("kenji"), match: /simple|plain|easy|short sentence/i },
      ],
    },
  },
  {
    id: "h14-identity-buried-metric",
    category: "identity",
    sessions: [
      {
        as: solo("callum"),
        turns: [
          "Right, so I need to rework the price list for the co-op. We've been charging the same for a gear tune whether it's a 1x or a 3x drivetrain, which is daft, and wheel truing is basically loss-making at the moment. I'm the only paid mechanic — everyone else on the bench is a volunteer — and I do all my measurements in metric, so please don't give me anything in inches, it just confuses the volunteers. Anyway, could you suggest a tiered structure: basic safety check, standard service, full strip-down? We're in Leeds if that matters for pricing.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("callum"), match: /metric|inch/i },
        { as: solo("callum"), match: /mechanic/i },
      ],
    },
  },
  {
    id: "h14-identity-formal-cataloguer",
    category: "identity",
    sessions: [
      {
        as: solo("margaret"),
        turns: [
          "Good afternoon. I am the Head of Cataloguing at Harlow Municipal Library. I should be grateful if, in your responses, you would use British spelling and cite MARC 21 field numbers wherever they are relevant. My first question concerns the treatment of series statements for reissued local-history pamphlets.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: solo("margaret"), match: /catalog/i },
        { as: solo("margaret"), match: /British/i },
        { as: solo("margaret"), match: /MARC/i },
      ],
    },
  },
];

// ---------------------------------------------------------------- update

const update: ScenarioInput[] = [
  {
    id: "h14-update-taco-truck-spot",
    category: "update",
    sessions: [
      {
        as: solo("marisol"),
        turns: [
          "we run a taco truck called La Güera, weekday lunch we're always parked on Alder St by the courthouse",
          "can u help me write a chalkboard special for thursday",
        ],
      },
      {
        as: solo("marisol"),
        turns: [
          "heads up the city gave our old spot to a coffee cart 🙄 so from now on weekday lunches we're at the riverside market lot",
          "need a new insta post telling ppl where to find us",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("marisol"), match: /riverside/i }],
      stale: [{ as: solo("marisol"), match: only(/Alder/i, /riverside/i) }],
    },
  },
  {
    id: "h14-update-radio-slot",
    category: "update",
    sessions: [
      {
        as: solo("clem"),
        turns: [
          "I present 'Dust & Grooves' on Kestrel Community Radio. It goes out Thursday nights, 8 till 10, mostly old soul and funk.",
        ],
      },
      {
        as: solo("clem"),
        turns: [
          "So the station board reshuffled the whole schedule. Dust & Grooves is now the breakfast slot on Sundays, 7 to 9. Could you help me think about how to pitch the show differently for a morning audience?",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("clem"), match: /Sunday/i }],
      stale: [{ as: solo("clem"), match: only(/Thursday/i, /Sunday/i) }],
    },
  },
  {
    id: "h14-update-sailing-fleet",
    category: "update",
    sessions: [
      {
        as: solo("ewan"),
        turns: ["i run the dinghy courses at a sailing school on loch venachar, fleet is all lasers (12 of them). what's a good first-day drill for total beginners?"],
      },
      {
        as: solo("ewan"),
        turns: ["we finally sold off the lasers over winter. whole fleet is rs quests now, much better for teaching two-up. can you redo the first-day drill for that?"],
      },
    ],
    expect: {
      remember: [{ as: solo("ewan"), match: /RS ?Quest/i }],
      stale: [{ as: solo("ewan"), match: only(/laser/i, /RS ?Quest/i) }],
    },
  },
  {
    id: "h14-update-dc-setpoint",
    category: "update",
    sessions: [
      {
        as: at("hana", "coldrack", "dc-east"),
        turns: ["For context: DC-East runs a cold-aisle supply air setpoint of 22 °C. I'd like to discuss our containment options."],
      },
      {
        as: at("hana", "coldrack", "dc-east"),
        turns: [
          "Following last month's review we raised the cold-aisle setpoint to 25 °C across DC-East. Can you estimate the chiller energy saving for a 1.2 MW IT load?",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("hana", "coldrack", "dc-east"), match: /\b25\b/ }],
      stale: [{ as: at("hana", "coldrack", "dc-east"), match: only(/\b22\b/, /\b25\b/) }],
    },
  },
  {
    id: "h14-update-orchestra-pitch",
    category: "update",
    sessions: [
      {
        as: solo("annika"),
        turns: ["I'm principal oboe in the Halden Philharmonic — we tune to A=442, which matters because I'm the one giving the A."],
      },
      {
        as: solo("annika"),
        turns: ["new season, new music director, and he's had us come down to 440. any tips on adjusting my reeds for the lower pitch?"],
      },
    ],
    expect: {
      remember: [{ as: solo("annika"), match: /440/ }],
      stale: [{ as: solo("annika"), match: only(/442/, /440/) }],
    },
  },
];

// ---------------------------------------------------------------- correction

const correction: ScenarioInput[] = [
  {
    id: "h14-correction-binturong",
    category: "correction",
    sessions: [
      {
        as: solo("tariq"),
        turns: [
          "I'm a keeper at Brindle Zoo, I look after the red pandas.",
          "What enrichment ideas work for arboreal carnivores in winter?",
          "Sorry, I misspoke earlier — the red pandas are my colleague Jess's section. Mine is the binturongs.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("tariq"), match: /binturong/i }],
      stale: [{ as: solo("tariq"), match: only(/red panda/i, /binturong|Jess|colleague/i) }],
    },
  },
  {
    id: "h14-correction-ski-sector-later",
    category: "correction",
    sessions: [
      { as: solo("noor"), turns: ["I'm on ski patrol at Whitecap this winter, assigned to the north bowl sector."] },
      { as: solo("noor"), turns: ["what's the recommended probe spacing for a spot probe vs a coarse probe line?"] },
      {
        as: solo("noor"),
        turns: ["wait, a while back I told you I was on the north bowl — that was last season, I had it wrong. this year they've got me on east ridge."],
      },
    ],
    expect: {
      remember: [{ as: solo("noor"), match: /east ridge/i }],
      stale: [{ as: solo("noor"), match: only(/north bowl/i, /east ridge/i) }],
    },
  },
  {
    id: "h14-correction-quarry-rock",
    category: "correction",
    sessions: [
      {
        as: at("gwen", "penmaen-aggregates", "north-pit"),
        turns: ["Our north pit produces crushed granite for road base, roughly 400k tonnes a year. I need help drafting the annual production summary."],
      },
      {
        as: at("gwen", "penmaen-aggregates", "north-pit"),
        turns: ["Correction to something I said before: the north pit is limestone, not granite. I got that wrong. Please fix the summary accordingly."],
      },
    ],
    expect: {
      remember: [{ as: at("gwen", "penmaen-aggregates", "north-pit"), match: /limestone/i }],
      stale: [{ as: at("gwen", "penmaen-aggregates", "north-pit"), match: only(/granite/i, /limestone/i) }],
    },
  },
  {
    id: "h14-correction-copy-deadline",
    category: "correction",
    sessions: [
      {
        as: solo("ruth"),
        turns: [
          "copy deadline for the weekend edition is 18:00 on fridays, can you help me plan my friday so i'm not rushing",
          "eh no sorry, scratch that, the deadline is 17:00. i always get it wrong",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("ruth"), match: /17[:.]?00|5\s*(pm|p\.m\.)|five/i }],
      stale: [{ as: solo("ruth"), match: only(/18[:.]?00|6\s*(pm|p\.m\.)/i, /17[:.]?00|5\s*(pm|p\.m\.)|five/i) }],
    },
  },
  {
    id: "h14-correction-name-spelling",
    category: "correction",
    sessions: [
      {
        as: solo("kberger"),
        turns: ["Hi, I'm Katharina Berger, I coordinate the volunteers at the Eastside food bank. Can you help me with a rota template?"],
      },
      {
        as: solo("kberger"),
        turns: ["Small thing before we continue: my name is actually spelled Katarina, no 'h'. I typed it wrong last time."],
      },
    ],
    expect: {
      remember: [{ as: solo("kberger"), match: /Katarina/i }],
      stale: [{ as: solo("kberger"), match: only(/Katharina/i, /Katarina/i) }],
    },
  },
];

// ---------------------------------------------------------------- hedged

/** Words that mark a statement as tentative. */
const HEDGE =
  /maybe|might|may\b|perhaps|consider|thinking|toying|possib|unsure|not sure|undecided|no idea|depend|talk of|rumou?r|unconfirmed|not (yet )?(signed|confirmed|decided)|nothing (signed|confirmed|decided)|uncertain|tentative|potential|plan|idea|future|later|for now|\bthinks?\b|believ|probabl|unverified/i;

const hedged: ScenarioInput[] = [
  {
    id: "h14-hedged-maybe-cans",
    category: "hedged",
    sessions: [
      {
        as: solo("olu"),
        turns: [
          "we package everything in 330ml brown glass bottles. need help with a label layout",
          "been toying with maybe switching to cans next year but honestly no idea, depends if the mobile canning guy is still around",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("olu"), match: /330/ }],
      transient: [only(/\bcans\b|canning/i, HEDGE)],
    },
  },
  {
    id: "h14-hedged-then-decided-jackfruit",
    category: "hedged",
    sessions: [
      {
        as: solo("marisol"),
        turns: ["thinking i might add a vegan taco at some point, maybe jackfruit? not sure yet, what do u think"],
      },
      {
        as: solo("marisol"),
        turns: ["ok decided — jackfruit al pastor is going on the menu permanently from next week. help me price it?"],
      },
    ],
    expect: {
      remember: [{ as: solo("marisol"), match: /jackfruit/i }],
    },
  },
  {
    id: "h14-hedged-unsure-closing-time",
    category: "hedged",
    sessions: [
      {
        as: solo("maeve"),
        turns: [
          "I think the branch might close at 7 on Thursdays now? Don't quote me, I haven't seen the new rota yet.",
          "Anyway, can you draft a poster for the Thursday craft club?",
        ],
      },
    ],
    expect: {
      transient: [only(/clos\w*[^.]*\b(7|seven|19[:.]00)\b/i, HEDGE)],
    },
  },
  {
    id: "h14-hedged-nonnative-language",
    category: "hedged",
    sessions: [
      {
        as: solo("joao"),
        turns: [
          "Maybe in future I will prefer that you answer me in Portuguese, I am not sure yet. For now English is fine. My question: how to clean a bicycle chain properly?",
        ],
      },
    ],
    expect: {
      transient: [only(/Portugu[eê]s/i, HEDGE)],
    },
  },
  {
    id: "h14-hedged-studio-move",
    category: "hedged",
    sessions: [
      {
        as: at("bea", "wavefm", "studio"),
        turns: [
          "We broadcast on 104.3 FM from the old fire station on Mill Lane.",
          "There's talk of moving the studio into the old library building next spring, but the council hasn't signed anything and honestly it could fall through. Can you help me write the volunteer newsletter intro?",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("bea", "wavefm", "studio"), match: /104\.3/ }],
      transient: [only(/library building/i, HEDGE)],
    },
  },
];

// ---------------------------------------------------------------- scope

const scope: ScenarioInput[] = [
  {
    id: "h14-scope-dig-finds-bagging",
    category: "scope",
    sessions: [
      {
        as: at("marta", "iberarch", "castro-dig"),
        turns: [
          "Team convention for the castro dig, everyone on site follows it: every find bag gets the context number written on the tag in permanent marker, never biro.",
          "And for me personally: I like my summaries as bullet lists, not prose.",
        ],
      },
      {
        as: at("joel", "iberarch", "castro-dig"),
        turns: ["hey, I'm joining the castro dig team next week, what should I know about labelling finds?"],
      },
    ],
    expect: {
      remember: [
        { as: at("joel", "iberarch", "castro-dig"), match: /permanent marker|context number/i, scope: "project" },
        { as: at("marta", "iberarch", "castro-dig"), match: /bullet/i, scope: "user" },
      ],
      hidden: [
        { as: at("joel", "iberarch", "castro-dig"), match: /bullet/i },
        { as: at("lena", "romanarch", "castro-dig"), match: /permanent marker|context number/i },
      ],
    },
  },
  {
    id: "h14-scope-org-newsroom-minors",
    category: "scope",
    sessions: [
      {
        as: at("priya", "dailyledger", "sports-desk"),
        turns: [
          "House rule at the Ledger, and it applies to every desk, not just sports: we never name anyone under 18 in a crime story, even if the police release the name.",
        ],
      },
      {
        as: at("tom", "dailyledger", "metro-desk"),
        turns: ["quick q, writing up the magistrates' court round-up — anything I should watch for with the defendants?"],
      },
    ],
    expect: {
      remember: [{ as: at("tom", "dailyledger", "metro-desk"), match: /under.?18|minor|juvenile/i, scope: "org" }],
      hidden: [{ as: at("ana", "citywire", "sports-desk"), match: /under.?18|minor|juvenile/i }],
    },
  },
  {
    id: "h14-scope-reptile-humidity",
    category: "scope",
    sessions: [
      {
        as: at("fiona", "brindlezoo", "reptile-house"),
        turns: ["In the reptile house we log humidity in every vivarium every two hours — that's our protocol here. Can you make me a printable log sheet?"],
      },
    ],
    expect: {
      remember: [{ as: at("dev", "brindlezoo", "reptile-house"), match: /humidity/i, scope: "project" }],
      hidden: [{ as: at("gus", "brindlezoo", "aviary"), match: /humidity/i }],
    },
  },
  {
    id: "h14-scope-coldrack-change-window",
    category: "scope",
    sessions: [
      {
        as: at("hana", "coldrack", "dc-west"),
        turns: [
          "Coldrack-wide policy, same at every one of our sites: the change window is Wednesdays 02:00–04:00 UTC. Also, just for me: I prefer CLI commands over GUI click-through steps in your answers.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("oskar", "coldrack", "dc-north"), match: /Wednesday/i, scope: "org" },
        { as: at("hana", "coldrack", "dc-west"), match: /CLI|command.line/i, scope: "user" },
      ],
      hidden: [{ as: at("oskar", "coldrack", "dc-north"), match: /CLI|command.line/i }],
    },
  },
  {
    id: "h14-scope-radio-explicit-lyrics",
    category: "scope",
    sessions: [
      {
        as: at("bea", "wavefm", "morning-show"),
        turns: [
          "for the morning show team: our rule is no tracks with explicit lyrics before 9pm, radio edits only",
          "(and a personal one — I can't stand exclamation marks in scripts, keep them out of anything you write for me)",
        ],
      },
      {
        as: at("kwame", "wavefm", "morning-show"),
        turns: ["can I play the uncut version of this track at 8am tomorrow?"],
      },
    ],
    expect: {
      remember: [
        { as: at("kwame", "wavefm", "morning-show"), match: /explicit|radio edit/i, scope: "project" },
        { as: at("bea", "wavefm", "morning-show"), match: /exclamation/i, scope: "user" },
      ],
      hidden: [{ as: at("kwame", "wavefm", "morning-show"), match: /exclamation/i }],
    },
  },
];

// ---------------------------------------------------------------- identities

const identities: ScenarioInput[] = [
  {
    id: "h14-identities-harbour-two-orgs",
    category: "identities",
    sessions: [
      {
        as: at("rui", "bluetack-sailing", "harbour"),
        turns: ["Project note: 'harbour' is our new marina base — the school boats berth on pontoon C, and the RIB lives on the slipway."],
      },
      {
        as: at("rui", "northwind-rowing", "harbour"),
        turns: ["hi, for the harbour regatta we need a volunteer marshal schedule, can you help?"],
      },
    ],
    expect: {
      remember: [{ as: at("rui", "bluetack-sailing", "harbour"), match: /pontoon C/i }],
      hidden: [{ as: at("rui", "northwind-rowing", "harbour"), match: /pontoon C/i }],
    },
  },
  {
    id: "h14-identities-spring-tour",
    category: "identities",
    sessions: [
      {
        as: at("lotte", "halden-phil", "spring-tour"),
        turns: ["Spring tour facts for the whole team: we travel by coach, and the opening concert is in Bergen on 4 April."],
      },
      {
        as: at("lotte", "cobalt-brass", "spring-tour"),
        turns: ["We're planning our quintet's first spring tour. What should we sort out first?"],
      },
    ],
    expect: {
      remember: [{ as: at("sven", "halden-phil", "spring-tour"), match: /Bergen/i }],
      hidden: [{ as: at("lotte", "cobalt-brass", "spring-tour"), match: /Bergen/i }],
    },
  },
  {
    id: "h14-identities-two-jos-night-market",
    category: "identities",
    sessions: [
      {
        as: at("jo", "smokestack-bbq", "night-market"),
        turns: ["I'm Jo, pitmaster at Smokestack. Personally I want all temperatures in Fahrenheit, that's how my thermometers read."],
      },
      {
        as: at("jo", "dumpling-duo", "night-market"),
        turns: ["hey I'm Jo from Dumpling Duo, I run the steamers. temperatures in celsius for me please"],
      },
    ],
    expect: {
      remember: [
        { as: at("jo", "smokestack-bbq", "night-market"), match: /Fahrenheit/i },
        { as: at("jo", "dumpling-duo", "night-market"), match: /Celsius/i },
      ],
      hidden: [
        { as: at("jo", "smokestack-bbq", "night-market"), match: /Celsius/i },
        { as: at("jo", "dumpling-duo", "night-market"), match: /Fahrenheit/i },
      ],
    },
  },
  {
    id: "h14-identities-digitisation-two-archives",
    category: "identities",
    sessions: [
      {
        as: at("sam", "harlow-library", "digitisation"),
        turns: ["Our digitisation project scans everything to 600 dpi uncompressed TIFF masters, with JPEG access copies."],
      },
      {
        as: at("sam", "pennine-archive", "digitisation"),
        turns: ["We're just starting a digitisation project here. Where should we begin with choosing a file format?"],
      },
    ],
    expect: {
      remember: [{ as: at("sam", "harlow-library", "digitisation"), match: /600/ }],
      hidden: [{ as: at("sam", "pennine-archive", "digitisation"), match: /600\s*dpi/i }],
    },
  },
];

// ---------------------------------------------------------------- pasted

const pasted: ScenarioInput[] = [
  {
    id: "h14-pasted-wholesaler-email",
    category: "pasted",
    sessions: [
      {
        as: solo("lucia"),
        turns: [
          "can u summarise this email from our wholesaler and tell me if i need to do anything\n\n---\nFrom: orders@hollandiaflowers.example\nSubject: Price adjustment week 7\n\nDear customer,\nDue to the frost in Kenya, rose prices for the Freedom and Explorer varieties will rise by 18% from Monday. Ranunculus supply is delayed until week 9. Please confirm standing orders by Thursday 12:00 CET.\n\nKind regards,\nMarleen Vos, Account Manager\n---",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Marleen|ranunculus|frost in Kenya|Explorer variet/i }],
    },
  },
  {
    id: "h14-pasted-pdu-syslog",
    category: "pasted",
    sessions: [
      {
        as: at("oskar", "coldrack", "dc-north"),
        turns: [
          "fyi all our rack PDUs are Raritan. seeing this on one of them overnight, what does it mean?\n```\nJan 14 03:12:07 pdu-r12-a snmpd[882]: outlet 14 overcurrent warning 15.8A (threshold 15.0A)\nJan 14 03:12:09 pdu-r12-a snmpd[882]: outlet 14 load shed by policy LS-3\nJan 14 03:14:51 pdu-r12-a snmpd[882]: outlet 14 restored\n```",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("oskar", "coldrack", "dc-north"), match: /Raritan/i }],
      pasted: [{ kind: "log", match: /overcurrent|LS-3|pdu-r12|snmpd/i }],
    },
  },
  {
    id: "h14-pasted-search-results-wax",
    category: "pasted",
    sessions: [
      {
        as: solo("aurelio"),
        turns: [
          "found these, which one's right?\n\n1. SkiTalk forum — \"Fluoro waxes banned by FIS from the 2023/24 season, use hydrocarbon...\"\n2. wax-wiki.example — \"A universal temp wax covers −12 to 0 °C for most snow types...\"\n3. reddit r/skiing — \"honestly just use Swix F4 for everything lol\"",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /Swix|wax-wiki|SkiTalk|universal temp/i }],
    },
  },
  {
    id: "h14-pasted-minutes-with-fact",
    category: "pasted",
    sessions: [
      {
        as: solo("clem"),
        turns: [
          "I chair the programming committee at Kestrel Community Radio, so it's on me to circulate these minutes — can you tidy them up?\n\nMINUTES 3 March\nPresent: AB, CK, DL, RM\n1. Overnight automation: DL reported playout PC dropped 40 minutes of output on 27 Feb. Action: DL to replace SSD.\n2. New show proposals: 'Folk Off' (RM) approved for a 6-week trial; 'Crate Diggers' deferred.\n3. AOB: Christmas party budget £150.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("clem"), match: /programming committee/i }],
      pasted: [{ kind: "document", match: /Folk Off|Crate Diggers|SSD|£150|40 minutes/i }],
    },
  },
  {
    id: "h14-pasted-feeding-csv",
    category: "pasted",
    sessions: [
      {
        as: solo("tariq"),
        turns: [
          "reformat this into a table grouped by keeper pls\n\nspecies,feed,time,keeper\nbinturong,banana+chicken,15:30,TK\nred panda,bamboo+pellets,09:00,JS\nfennec fox,mice,17:00,TK\nmeerkat,insects+egg,11:00,JS\n",
        ],
      },
    ],
    expect: {
      pasted: [{ kind: "document", match: /fennec|meerkat|bamboo\s*\+\s*pellets|banana\s*\+\s*chicken|insects\s*\+\s*egg/i }],
    },
  },
];

// ---------------------------------------------------------------- tool

const tool: ScenarioInput[] = [
  {
    id: "h14-tool-blasting-search",
    category: "tool",
    sessions: [
      {
        as: at("gwen", "penmaen-aggregates", "north-pit"),
        turns: [
          {
            user: "look up the current vibration guidance for quarry blasting near houses in Wales",
            tool: {
              name: "web_search",
              output:
                "1. GOV.WALES — Minerals Technical Advice Note 1: 'peak particle velocity should not exceed 6 mm/s at 95% confidence at sensitive properties'\n2. quarrying-news.example — 'Operator fined £40,000 after blast exceeded limits at Cwm Du quarry'\n3. hse.example — 'Blasting: managing flyrock and vibration' (PDF)",
            },
          },
          "ok thanks. fyi we always notify residents 48 hours before every blast, it's written into our community agreement",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("gwen", "penmaen-aggregates", "north-pit"), match: /48/ }],
      pasted: [{ kind: "document", match: /Cwm Du|fined|£40,000|flyrock/i }],
    },
  },
  {
    id: "h14-tool-wind-forecast",
    category: "tool",
    sessions: [
      {
        as: solo("ewan"),
        turns: [
          {
            user: "what's the wind doing at loch venachar saturday? i only take beginners out if it's under 12 knots",
            tool: {
              name: "get_forecast",
              output: "Loch Venachar — Sat: W 14 kn gusting 23 kn, heavy showers, 7°C. Sun: SW 8 kn gusting 13 kn, dry, 9°C.",
            },
          },
          "ugh. sunday then",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("ewan"), match: /12\s*(kn|knot)/i }],
      pasted: [{ kind: "document", match: /gust\w*\s*23|23\s*kn|heavy showers/i }],
    },
  },
  {
    id: "h14-tool-overdue-sql",
    category: "tool",
    sessions: [
      {
        as: at("margaret", "harlow-library", "circulation"),
        turns: [
          {
            user: "Please run the overdue report for the Harlow branch.",
            tool: {
              name: "run_sql",
              output:
                " borrower_id | title                        | due_date   | days_overdue\n 88213       | The Salt Path                | 2024-01-02 | 41\n 90177       | Wolf Hall                    | 2023-12-19 | 55\n 90412       | OS Explorer 195              | 2024-01-20 | 23\n(3 rows)",
            },
          },
          "Thank you. For future reference, we waive overdue fines for all borrowers under 16.",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("margaret", "harlow-library", "circulation"), match: both(/fine/i, /16/) }],
      pasted: [{ kind: "log", match: /88213|90177|90412|Wolf Hall|Salt Path/i }],
    },
  },
  {
    id: "h14-tool-playout-config",
    category: "tool",
    sessions: [
      {
        as: at("dl", "kestrel-radio", "playout"),
        turns: [
          {
            user: "can you check the playout config — is the crossfade long enough?",
            tool: {
              name: "read_file",
              output:
                "# playout.yaml\nstation: kestrel\ncrossfade_ms: 1200\nsilence_detect_db: -48\nfallback_playlist: /media/emergency/loop.m3u\nstream_mount: /kestrel-hi\n",
            },
          },
          "we like crossfades of about 3 seconds on kestrel, that's the station sound. can you tell me what to change?",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("dl", "kestrel-radio", "playout"), match: /3\s*(s\b|sec)|three sec|3000/i }],
      pasted: [{ kind: "document", match: /silence_detect|-48|emergency\/loop|kestrel-hi/i }],
    },
  },
  {
    id: "h14-tool-wire-copy",
    category: "tool",
    sessions: [
      {
        as: at("ruth", "dailyledger", "news-desk"),
        turns: [
          {
            user: "pull the latest wire copy on the Eastbridge council budget vote",
            tool: {
              name: "fetch_url",
              output:
                "PA WIRE 14:02 — Councillors in Eastbridge voted 31-18 to approve a 4.99% council tax rise, the maximum allowed without a referendum. Opposition leader Carla Mendes called it 'a tax on the squeezed middle'. More follows.",
            },
          },
          "write me a 100-word nib from that. house style here: the vote tally always goes in the first sentence.",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("ruth", "dailyledger", "news-desk"), match: both(/tally|vote count|vote/i, /first sentence|first line|intro|lead|opening/i) }],
      pasted: [{ kind: "document", match: /Carla Mendes|squeezed middle|4\.99/i }],
    },
  },
];

// ---------------------------------------------------------------- secrets

const secrets: ScenarioInput[] = [
  {
    id: "h14-secrets-pos-token-config",
    category: "secrets",
    sessions: [
      {
        as: solo("marisol"),
        turns: [
          "our card reader integration keeps failing, here's the env file\n\nSQUARE_ENV=production\nSQUARE_LOCATION_ID=L8K2M4PQR7ZTX\nSQUARE_ACCESS_TOKEN=EAAAEjX9vQ2kTq7mB0cW4rLs1YpZ8nHdF3uG6aKe\nWEBHOOK_URL=https://laguera.example/hooks/sq\n",
          "oh and for the flyer: our health permit number is HP-448812, it has to be printed on everything, it's painted on the truck anyway",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("marisol"), match: /HP-?448812/i, lookalike: true }],
      secrets: ["EAAAEjX9vQ2kTq7mB0cW4rLs1YpZ8nHdF3uG6aKe"],
    },
  },
  {
    id: "h14-secrets-wifi-in-passing",
    category: "secrets",
    sessions: [
      {
        as: solo("ines"),
        turns: [
          "ok so we move into the dig house monday, wifi is DigHouse5G and the pw is trowel&sieve42 if u ever need it lol — anyway can u make me a packing list for 3 weeks of fieldwork in july heat",
        ],
      },
    ],
    expect: {
      secrets: ["trowel&sieve42"],
    },
  },
  {
    id: "h14-secrets-alarm-code-voice",
    category: "secrets",
    sessions: [
      {
        as: solo("dorota"),
        turns: [
          "remind me how to close the day on the new till and also the alarm code for the shop is 4471 then you press set i always forget it so maybe you keep it for me and the shop is unit 4B on dluga street if the alarm company asks",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("dorota"), match: /4B/i, lookalike: true }],
      secrets: ["4471"],
    },
  },
  {
    id: "h14-secrets-iban-with-lookalikes",
    category: "secrets",
    sessions: [
      {
        as: at("petra", "halden-phil"),
        turns: [
          "For the freelancer invoices: our account is IBAN NO93 8601 1117 947, please put it in the footer of the template you draft.",
          "Design notes while you're at it: the brand colour for all our programmes is #1B4F72, and we engrave parts in Sibelius 2024.3.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: at("petra", "halden-phil"), match: /1B4F72/i, lookalike: true },
        { as: at("petra", "halden-phil"), match: /Sibelius/i, lookalike: true },
      ],
      secrets: ["NO93 8601 1117 947", "86011117947"],
    },
  },
  {
    id: "h14-secrets-token-in-ci-log",
    category: "secrets",
    sessions: [
      {
        as: at("ruth", "dailyledger", "cms"),
        turns: [
          "deploy of the CMS failed again, log below, any idea?\n\n[12:41:03] Step 4/9 : RUN npm ci\n[12:41:40] npm ERR! 403 Forbidden - GET https://npm.pkg.github.com/@ledger%2fcms-core\n[12:41:40] npm ERR! config: //npm.pkg.github.com/:_authToken=ghp_R7tLq2Wc9XvB4nE8kJ1sZ6yHm3PfA0dUoG5i\n[12:41:41] ERROR: build failed with exit code 1\n",
          "we're on node 20.11.1 and cms-core v4.8.0 fwiw",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("ruth", "dailyledger", "cms"), match: /20\.11\.1|4\.8\.0/, lookalike: true }],
      secrets: ["ghp_R7tLq2Wc9XvB4nE8kJ1sZ6yHm3PfA0dUoG5i"],
      pasted: [{ kind: "log", match: /Step 4\/9|403 Forbidden|exit code 1/i }],
    },
  },
  {
    id: "h14-secrets-cage-pin-room",
    category: "secrets",
    sessions: [
      {
        as: at("hana", "coldrack", "dc-east"),
        turns: [
          "Our cage at DC-East is in room B-214; you get in with a badge plus a PIN. Mine is 90312 but obviously don't write that down anywhere. Can you draft the visitor escort procedure?",
        ],
      },
    ],
    expect: {
      remember: [{ as: at("hana", "coldrack", "dc-east"), match: /B-?214/i, lookalike: true }],
      secrets: ["90312"],
    },
  },
];

// ---------------------------------------------------------------- forget

const forget: ScenarioInput[] = [
  {
    id: "h14-forget-that-camera",
    category: "forget",
    sessions: [
      {
        as: solo("paulo"),
        turns: ["i'm the site photographer on the dig, i shoot everything on my own Nikon Z6 with a 24-70"],
      },
      {
        as: solo("paulo"),
        turns: ["hey earlier i mentioned my camera — forget that, it got nicked from the site hut. how do i set up a photo scale bar properly?"],
      },
    ],
    expect: {
      forgotten: [{ as: solo("paulo"), match: /Nikon|Z6/i, storedAfter: 0 }],
    },
  },
  {
    id: "h14-forget-leg-indirect",
    category: "forget",
    sessions: [
      {
        as: solo("dmitri"),
        turns: ["heads-up: I'm recovering from a torn ACL, so keep any fitness plan you give me low impact for now."],
      },
      {
        as: solo("dmitri"),
        turns: ["you can drop the stuff about my leg, physio signed me off yesterday 🎉"],
      },
    ],
    expect: {
      forgotten: [{ as: solo("dmitri"), match: /ACL|ligament|knee/i, storedAfter: 0 }],
    },
  },
  {
    id: "h14-forget-home-address-formal",
    category: "forget",
    sessions: [
      {
        as: at("oluwaseun", "spokeworks"),
        turns: ["Parts for the co-op may be delivered to my home, 12 Larch Crescent, Didcot, on weekdays."],
      },
      {
        as: at("oluwaseun", "spokeworks"),
        turns: ["Please delete any record you hold of my home address. Deliveries will go to the workshop from now on."],
      },
    ],
    expect: {
      forgotten: [{ as: at("oluwaseun", "spokeworks"), match: /Larch|Didcot/i, storedAfter: 0 }],
    },
  },
  {
    id: "h14-forget-team-jam-note",
    category: "forget",
    sessions: [
      {
        as: at("bea", "wavefm", "late-show"),
        turns: ["Team note: every Friday after the late show there's a live jam session in studio 2, guests welcome."],
      },
      {
        as: at("bea", "wavefm", "late-show"),
        turns: ["the house band behind the friday thing split up, so scrap that note about it — it's not happening any more"],
      },
    ],
    expect: {
      forgotten: [{ as: at("bea", "wavefm", "late-show"), match: /jam/i, storedAfter: 0 }],
    },
  },
  {
    id: "h14-forget-daughter-nonnative",
    category: "forget",
    sessions: [
      {
        as: solo("hiroshi"),
        turns: ["My daughter Aiko helps me in the brewery on weekends, she is 15 and very good with the labels."],
      },
      {
        as: solo("hiroshi"),
        turns: ["Please, can you forget about my daughter? I do not want her name kept in the computer."],
      },
    ],
    expect: {
      forgotten: [{ as: solo("hiroshi"), match: /Aiko|daughter/i, storedAfter: 0 }],
    },
  },
  {
    id: "h14-forget-sportive-voice",
    category: "forget",
    sessions: [
      {
        as: solo("ewa"),
        turns: ["so i'm training for the mallorca 312 in april please plan my winter base miles around that"],
      },
      {
        as: solo("ewa"),
        turns: ["ok the mallorca thing is off not going anymore so please wipe anything about that event from your memory thanks"],
      },
    ],
    expect: {
      forgotten: [{ as: solo("ewa"), match: /mallorca|312/i, storedAfter: 0 }],
    },
  },
];

// ---------------------------------------------------------------- chit-chat

const chitChat: ScenarioInput[] = [
  {
    id: "h14-chitchat-sideways-rain",
    category: "chit-chat",
    sessions: [
      {
        as: solo("ewan"),
        turns: ["ugh raining sideways here again, third day running lol", "anyway cheers for the help yesterday, have a good one"],
      },
    ],
    expect: {
      transient: [/rain|third day|sideways/i],
    },
  },
  {
    id: "h14-chitchat-football-voice",
    category: "chit-chat",
    sessions: [
      {
        as: solo("callum"),
        turns: [
          "did you see the match last night no of course you didnt youre a computer haha anyway we lost three nil it was awful the whole pub was miserable",
        ],
      },
    ],
    expect: {
      transient: [/match|three.nil|3\s*-\s*0|pub|football/i],
    },
  },
  {
    id: "h14-chitchat-otter-with-fact",
    category: "chit-chat",
    sessions: [
      {
        as: solo("tariq"),
        turns: [
          "long day. one of the otters bit through my boot lol, I'm completely knackered",
          "oh, one thing worth knowing though: I work Tuesday to Saturday, so anything I ask on a Sunday or Monday is never urgent.",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("tariq"), match: /Tuesday|Saturday/i }],
      transient: [/otter|boot|knackered|tired|exhaust/i],
    },
  },
  {
    id: "h14-chitchat-formal-pleasantries",
    category: "chit-chat",
    sessions: [
      {
        as: solo("margaret"),
        turns: [
          "Good morning! I do hope you are well. It is a lovely bright spring day here and the daffodils are out at last.",
          "Thank you kindly, that is all for now. Have a pleasant weekend.",
        ],
      },
    ],
    expect: {
      transient: [/spring|daffodil|weekend|bright/i],
    },
  },
];

// ---------------------------------------------------------------- session-only

const sessionOnly: ScenarioInput[] = [
  {
    id: "h14-session-only-french",
    category: "session-only",
    sessions: [
      {
        as: solo("amelie"),
        turns: [
          "for this conversation only, reply in French please — I'm practising before a work trip. Back to English next time.",
          "Comment dire « shift pattern » en français, pour des soigneurs de zoo ?",
        ],
      },
    ],
    expect: {
      transient: [/French|fran[cç]ais|work trip/i],
    },
  },
  {
    id: "h14-session-only-pretend-beginner",
    category: "session-only",
    sessions: [
      {
        as: solo("ravi"),
        turns: [
          "just for today, explain everything like I'm a total beginner — I'm prepping a talk for our new starters. I'm not actually new, I've run data centre ops for 12 years.",
          "ok first: what's the difference between N+1 and 2N redundancy?",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("ravi"), match: /12 years|twelve years/i }],
      transient: [only(/beginner|new starters?|talk/i, /not (actually |a )?(new|beginner)|12 years|twelve years/i)],
    },
  },
  {
    id: "h14-session-only-trade-fair",
    category: "session-only",
    sessions: [
      {
        as: solo("lucia"),
        turns: [
          "while I'm at the trade fair this week keep replies to two sentences max, I'm reading between stands. which trend is bigger this year, dried flowers or foliage-led arrangements?",
        ],
      },
    ],
    expect: {
      transient: [/two sentences|2 sentences|trade fair/i],
    },
  },
  {
    id: "h14-session-only-pitch-client",
    category: "session-only",
    sessions: [
      {
        as: at("rosa", "ledger-pr"),
        turns: [
          "Don't save this anywhere, it's just for this chat: the client we're pitching tomorrow is Meridian Foods and their budget is about 40k. Help me structure a 10-minute pitch.",
        ],
      },
    ],
    expect: {
      transient: [/Meridian/i, /40\s*k|40,000|40 000/i],
    },
  },
  {
    id: "h14-session-only-imperial-today",
    category: "session-only",
    sessions: [
      {
        as: solo("freya"),
        turns: [
          "this session only, give me imperial — I'm restoring a vintage Raleigh with old Whitworth threads. normally I want metric, keep that as my default.",
          "what size spanner for a 1/4 BSW nut?",
        ],
      },
    ],
    expect: {
      remember: [{ as: solo("freya"), match: /metric/i }],
      transient: [only(/imperial|Whitworth|Raleigh/i, /metric/i)],
    },
  },
];

// ---------------------------------------------------------------- questions

const questions: ScenarioInput[] = [
  {
    id: "h14-questions-radio-callsign",
    category: "questions",
    sessions: [
      {
        as: solo("aurelio"),
        turns: ["on patrol my radio callsign is Whitecap Seven. also finished my avalanche level 2 course in march, finally"],
      },
      { as: solo("aurelio"), turns: ["what's a good warm-up routine before a 7am shift?"] },
    ],
    expect: {
      remember: [{ as: solo("aurelio"), match: /Whitecap Seven|Whitecap 7/i }],
      questions: [{ as: solo("aurelio"), ask: "what do people call me on the radio again?", expect: /Whitecap Seven|Whitecap 7/i }],
    },
  },
  {
    id: "h14-questions-ups-vendor",
    category: "questions",
    sessions: [
      {
        as: at("hana", "coldrack", "dc-east"),
        turns: [
          "Some background for later: DC-East has two Eaton 93PM UPS frames, the generators are 2 MW Cummins sets, and the BMS is Schneider EcoStruxure.",
        ],
      },
      { as: at("hana", "coldrack", "dc-east"), turns: ["Also, our fibre carriers at DC-East are Zayo and Colt."] },
    ],
    expect: {
      questions: [{ as: at("hana", "coldrack", "dc-east"), ask: "Which manufacturer's battery backup units do we have in the east site?", expect: /Eaton/i }],
    },
  },
  {
    id: "h14-questions-wholesaler-switched",
    category: "questions",
    sessions: [
      { as: solo("lucia"), turns: ["we buy all our stems from Van Dijk Bloemen in Aalsmeer, weekly standing order"] },
      { as: solo("lucia"), turns: ["switched wholesaler this month — it's Hollandia Flowers now, Van Dijk kept shorting our orders"] },
    ],
    expect: {
      remember: [{ as: solo("lucia"), match: /Hollandia/i }],
      stale: [{ as: solo("lucia"), match: only(/Van Dijk/i, /Hollandia/i) }],
      questions: [
        { as: solo("lucia"), ask: "who do we get our flowers from these days?", expect: /Hollandia/i, stale: only(/Van Dijk/i, /Hollandia/i) },
      ],
    },
  },
  {
    id: "h14-questions-teammate-datum",
    category: "questions",
    sessions: [
      {
        as: at("marta", "iberarch", "castro-dig"),
        turns: ["For the whole dig team: the site datum is the bronze pin set in the wall by the north gate, 412.36 m above sea level."],
      },
    ],
    expect: {
      questions: [
        { as: at("joel", "iberarch", "castro-dig"), ask: "where's the reference point I should level from on site?", expect: /bronze pin|north gate|412\.36/i },
      ],
    },
  },
  {
    id: "h14-questions-hops-nonnative",
    category: "questions",
    sessions: [
      {
        as: solo("kenta"),
        turns: ["I keep all hop stock in a Google sheet named HopLedger, and malt stock I write in the notebook on the wall of the brewhouse."],
      },
    ],
    expect: {
      questions: [{ as: solo("kenta"), ask: "where I am tracking how much hops we still have?", expect: /HopLedger/i }],
    },
  },
  {
    id: "h14-questions-weighbridge",
    category: "questions",
    sessions: [
      {
        as: at("gwen", "penmaen-aggregates", "north-pit"),
        turns: [
          "Bits of site admin I'll need later: the weighbridge is calibrated by Avery Weigh-Tronix every March, the wheel wash gets serviced quarterly, and the site office closes at 4pm on Fridays.",
        ],
      },
    ],
    expect: {
      questions: [
        {
          as: at("gwen", "penmaen-aggregates", "north-pit"),
          ask: "when does the scale that weighs the lorries get checked, and by whom?",
          expect: /weighbridge|Avery/i,
        },
      ],
    },
  },
];

/** The fourteenth batch of held-out scenarios. */
export const fourteenthHoldoutScenarios: ScenarioInput[] = [
  ...identity,
  ...update,
  ...correction,
  ...hedged,
  ...scope,
  ...identities,
  ...pasted,
  ...tool,
  ...secrets,
  ...forget,
  ...chitChat,
  ...sessionOnly,
  ...questions,
];
