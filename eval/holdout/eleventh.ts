/**
 * Eleventh batch of held-out scenarios, written blind (without reading the
 * extractor's rules, the public scenarios or the other held-out files), with
 * new personas and domains: orthodontics, glassblowing, park rangers, data
 * centres, stunts, bus depots, ice-cream vans, mountain rescue, seed banks,
 * cruise-ship entertainment, school bursaries and more.
 */
import type { ScenarioInput } from "../scenario.js";
import { at, solo } from "../scenarios/people.js";
import { both, NEGATION, only } from "../scenarios/patterns.js";

// ---------------------------------------------------------------------------
// Identities used below (every id starts with "h11-").
// ---------------------------------------------------------------------------
const ines = solo("h11-ines");
const sven = solo("h11-sven");
const callum = solo("h11-callum");
const dele = solo("h11-dele");
const marisol = solo("h11-marisol");

const marguerite = at("h11-marguerite", "h11-northline", "h11-depot-ops");
const gino = solo("h11-gino");
const wojtek = solo("h11-wojtek");
const priyaHall3 = at("h11-priya", "h11-volta-dc", "h11-hall3");
const gusHall3 = at("h11-gus", "h11-volta-dc", "h11-hall3");
const ffion = solo("h11-ffion");

// ---------------------------------------------------------------------------
// Identity facts
// ---------------------------------------------------------------------------
const identity: ScenarioInput[] = [
  {
    id: "h11-identity-orthodontist-coimbra",
    category: "identity",
    sessions: [
      {
        as: ines,
        turns: [
          "hi! quick one — I'm Inês, I'm an orthodontist, I run a small practice in Coimbra with my sister Marta. can you help me word an SMS for patients whose retainer check is overdue? friendly, not naggy",
          "perfect thanks. oh and for the future: please always write in British English (colour, organise, etc) — loads of my patients are UK expats and they notice the American spellings",
        ],
      },
      {
        as: ines,
        turns: ["Can you draft a short notice for the waiting room saying we're closed on 5 October for the public holiday?"],
      },
    ],
    expect: {
      remember: [
        { as: ines, match: /orthodont/i, scope: "user" },
        { as: ines, match: /Coimbra/i },
        { as: ines, match: /British (English|spelling)|UK spelling/i, scope: "user" },
      ],
    },
  },
  {
    id: "h11-identity-glassblower-simple-english",
    category: "identity",
    sessions: [
      {
        as: sven,
        turns: [
          "Hello. I am Sven, I am glassblower, I have my own hot shop in Ebeltoft since 2009, mostly I make drinking glass and lamp shades. My english is not so good so please use simple words and short sentences. Question: what means 'annealing schedule'? For my new kiln the manual is talking about it all the time.",
          "Ok now I understand. Thank you very much, this is helpful",
        ],
      },
    ],
    expect: {
      remember: [
        { as: sven, match: /glass/i, scope: "user" },
        { as: sven, match: /Ebeltoft/i },
        { as: sven, match: /simple|plain|short sentences|easy (words|English)/i, scope: "user" },
      ],
    },
  },
  {
    id: "h11-identity-ranger-new-post",
    category: "identity",
    sessions: [
      {
        as: callum,
        turns: [
          "new job starting monday!! seasonal ranger with the Cairngorms national park, I'll be based out of the Glenmore visitor centre til end of October. can you make me a packing list for the first week, gonna be a lot of hill patrols",
        ],
      },
      {
        as: callum,
        turns: [
          "the list was class btw. different q — which midge repellents are actually ok to use near burns and lochs? don't want to be poisoning the water",
        ],
      },
    ],
    expect: {
      remember: [
        { as: callum, match: /ranger/i, scope: "user" },
        { as: callum, match: /Glenmore|Cairngorm/i },
      ],
      questions: [{ as: callum, ask: "Where is the user based for work?", expect: /Glenmore|Cairngorm/i }],
    },
  },
  {
    id: "h11-identity-dc-tech-buried-in-incident",
    category: "identity",
    sessions: [
      {
        as: dele,
        turns: [
          "so rack F14 keeps tripping its PDU breaker and it's just me on shift till 6am so bear with me lol. for context I'm Dele, been a DC ops tech at the Slough campus about 3 years now, mostly remote hands + cabling. what's a sane way to rebalance load across the A and B feeds without dropping anything",
          "ok makes sense. in general keep your answers tight btw, I'm nearly always reading them on a handheld on the data hall floor",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dele, match: /\bDele\b/ },
        { as: dele, match: /Slough/i },
        { as: dele, match: /brief|short|concise|tight|terse/i, scope: "user" },
      ],
    },
  },
  {
    id: "h11-identity-stunt-coordinator-hearing",
    category: "identity",
    sessions: [
      {
        as: marisol,
        turns: [
          "Right. I'm Marisol, stunt coordinator, mostly TV drama — car hits, stair falls, fight work. Two things you should know about me: I'm deaf in my left ear, so I'd always rather have things written down than talked through on radio, and I want any safety-critical point at the TOP of your answer, not buried at the end. Today's question: what's a sensible rehearsal progression for a 3-metre stair fall with a performer who's never done one?",
        ],
      },
      {
        as: marisol,
        turns: ["What should go in a pre-shoot briefing sheet for a low-speed car knockdown?"],
      },
    ],
    expect: {
      remember: [
        { as: marisol, match: /stunt/i, scope: "user" },
        { as: marisol, match: /deaf|hearing|left ear/i, scope: "user" },
        { as: marisol, match: both(/safety/i, /\btop\b|first|start|beginning|up front/i), scope: "user" },
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// Updates: a value that changed (not a mistake), across or within sessions
// ---------------------------------------------------------------------------
const update: ScenarioInput[] = [
  {
    id: "h11-update-depot-manager-moved",
    category: "update",
    sessions: [
      {
        as: marguerite,
        turns: [
          "Hiya — I'm the depot manager at Eastfield, 70-odd drivers and 48 buses. Need help writing a notice to drivers about the new hi-vis uniform policy, nothing too stiff",
          "that's grand, ta",
        ],
      },
      {
        as: marguerite,
        turns: [
          "Bit of news: I've been moved over to run Kingsway depot as of this month, Eastfield's got a new manager now (Phil). Kingsway's smaller, about 30 buses. Can you help me plan a first-week walkround so I don't miss anything?",
        ],
      },
    ],
    expect: {
      remember: [{ as: marguerite, match: /Kingsway/i }],
      stale: [{ as: marguerite, match: only(/Eastfield/i, /Kingsway|Phil/i) }],
    },
  },
  {
    id: "h11-update-ice-cream-van-pitch",
    category: "update",
    sessions: [
      {
        as: gino,
        turns: [
          "Ciao, Gino here, I run Gino's Gelato van around Stockport. Weekdays my regular pitch is outside Millbrook primary school at 3pm for home time, weekends I'm at Vernon Park. Can you write me a little Facebook post about the new pistachio flavour?",
        ],
      },
      {
        as: gino,
        turns: [
          "Bad news, council brought in a ban on vans near school gates so no more Millbrook. Weekday spot is now the rec ground on Harlow Road, from half 3. Weekends no change. Can you do me a post telling people where to find me now?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: gino, match: /Harlow Road|rec ground/i },
        { as: gino, match: /Vernon Park/i },
      ],
      stale: [{ as: gino, match: only(/Millbrook/i, /ban|no longer|not|previous|used to|former|Harlow|rec ground/i) }],
    },
  },
  {
    id: "h11-update-checklist-format-tables-to-lists",
    category: "update",
    sessions: [
      {
        as: wojtek,
        turns: [
          "I do ride maintenance at a theme park. When you give me inspection checklists, put them in a table — column for the item, column for pass/fail, column for notes. Easy to print that way.",
          "Can you do one for the daily pre-opening check on a launched coaster? Ride is called Vortex, hydraulic launch.",
        ],
      },
      {
        as: wojtek,
        turns: [
          "Quick thing — the tablet app we switched to mangles tables, they come out as a mess of pipes. So from now on checklists as plain numbered lists please, no tables. Can you redo the Vortex daily check like that?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: wojtek, match: /numbered/i, scope: "user" },
        { as: wojtek, match: /Vortex/i },
      ],
      stale: [{ as: wojtek, match: only(/\btables?\b/i, /numbered|no tables|not (as |in )?(a )?tables?|don'?t|mangle|render|instead|plain/i) }],
    },
  },
  {
    id: "h11-update-maintenance-window-by-colleague",
    category: "update",
    sessions: [
      {
        as: priyaHall3,
        turns: [
          "For anything you schedule for Hall 3: our maintenance window is Sundays 02:00–04:00 UTC. Nothing disruptive outside that window.",
          "Can you draft a change notice for swapping the CRAC unit filters in the next window?",
        ],
      },
      {
        as: gusHall3,
        turns: [
          "hey, Gus here, shift lead for Hall 3. fyi the maintenance window has moved — customers wanted midweek, so from next week it's Wednesdays 01:00 to 03:00 UTC. please use that going forward",
        ],
      },
      {
        as: priyaHall3,
        turns: ["I need to plan a UPS battery discharge test in Hall 3 — when can I do it?"],
      },
    ],
    expect: {
      remember: [{ as: priyaHall3, match: /Wednesday/i, scope: "project" }],
      stale: [{ as: priyaHall3, match: only(/Sunday/i, /Wednesday/i) }],
    },
  },
  {
    id: "h11-update-rescue-trainee-qualified",
    category: "update",
    sessions: [
      {
        as: ffion,
        turns: [
          "I'm a trainee with Ogwen Valley mountain rescue, 8 months in, still working through my casualty care module. Can you quiz me on the stages of hypothermia? Like 5 questions",
        ],
      },
      {
        as: ffion,
        turns: [
          "PASSED my assessment on saturday!!! full team member now 🎉 and they've put me on the swiftwater group too. anyway, can you help me plan kit for a river rescue training day next month",
        ],
      },
    ],
    expect: {
      remember: [
        { as: ffion, match: /full (team )?member|passed|qualified/i },
        { as: ffion, match: /swift ?water/i },
      ],
      stale: [{ as: ffion, match: only(/trainee/i, /passed|full|qualified|former|no longer|was |previously|now/i) }],
    },
  },
];

const akosuaVaultB = at("h11-akosua", "h11-seedvault", "h11-vault-b");
const bramVaultB = at("h11-bram", "h11-seedvault", "h11-vault-b");
const dante = solo("h11-dante");
const hilary = at("h11-hilary", "h11-oakfield-trust", "h11-st-aidans");

update.push(
  {
    id: "h11-update-seed-vault-set-point",
    category: "update",
    sessions: [
      {
        as: akosuaVaultB,
        turns: [
          "Context for Vault B: long-term storage set point is -18°C at 15% relative humidity, logged every 30 minutes. Could you help me write a weekly check procedure for the technicians?",
        ],
      },
      {
        as: akosuaVaultB,
        turns: [
          "Following last month's audit we've taken Vault B down to -20 °C. RH target stays where it was. Can you update the weekly check procedure so the alarm band is ±2 degrees around the new figure?",
        ],
      },
      {
        as: bramVaultB,
        turns: ["What's the storage temperature for Vault B? I'm setting the alarm thresholds on the new logger."],
      },
    ],
    expect: {
      remember: [
        { as: bramVaultB, match: /(?:-|−|minus\s?)20\b/i, scope: "project" },
        { as: bramVaultB, match: /15\s?%/, scope: "project" },
      ],
      stale: [{ as: bramVaultB, match: only(/(?:-|−|minus\s?)18\b/i, /(?:-|−|minus\s?)20\b/i) }],
    },
  },
  {
    id: "h11-update-cruise-contract-transfer",
    category: "update",
    sessions: [
      {
        as: dante,
        turns: [
          "Hey! Dante here, I'm a magician and show host on cruise ships — currently on the Aurora Spirit doing the Caribbean loop till March. Can you help me punch up the opening patter for my family show? Lots of kids, lots of Americans.",
        ],
      },
      {
        as: dante,
        turns: [
          "Change of plans, my contract's been moved to the Coral Meridian — I join her in Southampton next Friday for the Norwegian fjords season. Totally different crowd, mostly retired Brits. Can you rework the patter for them?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: dante, match: /Coral Meridian/i },
        { as: dante, match: /magic/i, scope: "user" },
      ],
      stale: [
        { as: dante, match: only(/Aurora Spirit/i, /Coral Meridian/i) },
        { as: dante, match: only(/Caribbean/i, /Norw|fjord|Coral Meridian/i) },
      ],
    },
  },
  {
    id: "h11-update-school-caterer-within-session",
    category: "update",
    sessions: [
      {
        as: hilary,
        turns: [
          "Hi, I'm the bursar at St Aidan's. Need a letter to parents about school dinners going up to £2.70 a day from September. Our catering is with Fresh Plate Ltd so mention them as the contact for menus.",
          "Oh wait, sorry — scrap the Fresh Plate bit. That contract ended at Easter, the governors went with Hartwell Catering and they've been serving since May. Hartwell's who parents contact about menus and allergies now. Can you redo the letter?",
        ],
      },
    ],
    expect: {
      remember: [{ as: hilary, match: /Hartwell/i, scope: "project" }],
      stale: [{ as: hilary, match: only(/Fresh Plate/i, /Hartwell|ended|former|previous/i) }],
    },
  },
);

// ---------------------------------------------------------------------------
// Corrections: the earlier value was a mistake
// ---------------------------------------------------------------------------
const rachel = solo("h11-rachel");
const rowan = at("h11-rowan", "h11-parks-cymru", "h11-visitor-survey");
const eluned = at("h11-eluned", "h11-parks-cymru", "h11-visitor-survey");
const shivaun = solo("h11-shivaun");
const kit = at("h11-kit", "h11-redline-stunts", "h11-copper-sky");
const tomas = at("h11-tomas", "h11-volta-dc", "h11-ams2");
const deepa = at("h11-deepa", "h11-brookfield-trust", "h11-brookfield-high");
const margit = solo("h11-margit");

const correction: ScenarioInput[] = [
  {
    id: "h11-correction-allergy-slip-same-message",
    category: "correction",
    sessions: [
      {
        as: rachel,
        turns: [
          "Can you suggest some packed lunch ideas for my son Theo (7)? He's allergic to peanuts — no wait, sorry, not peanuts, peanuts are actually fine, it's tree nuts. Cashews and pistachios especially, he had a proper reaction to pesto once. School's nut-free anyway but I want to be careful at home too.",
        ],
      },
    ],
    expect: {
      remember: [{ as: rachel, match: /cashew|pistachio|tree.?nut/i }],
      stale: [{ as: rachel, match: only(both(/peanut/i, /allerg/i), /tree|cashew|pistachio|fine|\bnot\b|isn'?t/i) }],
    },
  },
  {
    id: "h11-correction-colleague-fixes-office",
    category: "correction",
    sessions: [
      {
        as: rowan,
        turns: [
          "For the visitor survey: completed paper forms get posted to the Betws-y-Coed office every Friday, they do the data entry. Can you write a short instruction for the volunteers at the car parks?",
        ],
      },
      {
        as: eluned,
        turns: [
          "Hi, Eluned from the survey team. Rowan gave you the wrong office I'm afraid — completed forms go to the Bala office, they always have. Betws doesn't do any data entry. Could you correct that wherever it matters?",
        ],
      },
      {
        as: rowan,
        turns: ["Where do this week's completed survey forms need to go?"],
      },
    ],
    expect: {
      remember: [{ as: rowan, match: /Bala/i, scope: "project" }],
      stale: [{ as: rowan, match: only(/Betws/i, /Bala/i) }],
    },
  },
  {
    id: "h11-correction-name-spelling-next-session",
    category: "correction",
    sessions: [
      {
        as: shivaun,
        turns: [
          "hey (dictating this) my name is Siobhan, I'm the new trails officer at Dyfi MTB club, need a 100 word bio for the club newsletter. fun, not too corporate",
        ],
      },
      {
        as: shivaun,
        turns: [
          "one thing — the bio used the usual Irish spelling but mine's actually S-H-I-V-A-U-N. Shivaun. voice typing always gets it wrong. please use that from now on",
        ],
      },
    ],
    expect: {
      remember: [
        { as: shivaun, match: /Shivaun/ },
        { as: shivaun, match: /trails? officer/i },
      ],
      stale: [{ as: shivaun, match: only(/Siobhan/, /Shivaun/) }],
    },
  },
  {
    id: "h11-correction-airbag-height-rule",
    category: "correction",
    sessions: [
      {
        as: kit,
        turns: [
          "Standing rule on Copper Sky: any high fall over 6 metres goes onto the airbag, anything under that we use crash mats. Please hold me to it when I send you plans.",
          "Plan for thursday: 3m fall off the loading dock onto mats, 5m fall from the gantry onto mats. Look ok?",
        ],
      },
      {
        as: kit,
        turns: [
          "Correction on the airbag rule I gave you — it's 4 metres, not 6. Anything above 4m goes on the bag. I had the last production's number in my head. Which means thursday's gantry fall needs the bag, right?",
        ],
      },
    ],
    expect: {
      remember: [{ as: kit, match: both(/air ?bag|\bbag\b/i, /\b4\s?(m\b|metre|meter)|four metre/i), scope: "project" }],
      stale: [{ as: kit, match: only(both(/air ?bag|\bbag\b/i, /\b6\s?(m\b|metre|meter)|six metre/i), /\b4\s?(m\b|metre|meter)|four metre/i) }],
    },
  },
  {
    id: "h11-correction-freeze-timezone",
    category: "correction",
    sessions: [
      {
        as: tomas,
        turns: [
          "Change freeze for AMS2 starts Fridays at 14:00 CET and runs until Monday 08:00.",
          "Can you draft a reminder email to the contractors about it?",
          "ugh, I wrote CET — it's UTC. Everything in our runbooks is UTC. Freeze is Friday 14:00 UTC to Monday 08:00 UTC. fix the email pls",
        ],
      },
    ],
    expect: {
      remember: [{ as: tomas, match: both(/14:00|14h|2 ?pm/i, /UTC/), scope: "project" }],
      stale: [{ as: tomas, match: only(/\bCET\b/, /UTC/) }],
    },
  },
  {
    id: "h11-correction-budget-code-swap",
    category: "correction",
    sessions: [
      {
        as: deepa,
        turns: [
          "quick reference for when I ask you to code invoices: postage goes to budget code 4410, photocopier lease to 5120.",
          "so the Royal Mail invoice for £86.40, which code?",
        ],
      },
      {
        as: deepa,
        turns: [
          "I had a mix-up the other day — 4410 is stationery, not postage. Postage is 4415. The photocopier one was right. Can you tell me what the Royal Mail invoice should've been coded to?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: deepa, match: both(/postage/i, /4415/) },
        { as: deepa, match: both(/photocop/i, /5120/) },
      ],
      stale: [{ as: deepa, match: only(both(/postage/i, /4410/), /4415/) }],
    },
  },
  {
    id: "h11-correction-greyhound-age",
    category: "correction",
    sessions: [
      {
        as: margit,
        turns: [
          "my greyhound Biscuit is about 8 I think, the rescue wasn't totally sure. what's a good feeding routine for an older greyhound? she's a bit bony",
        ],
      },
      {
        as: margit,
        turns: [
          "Found her passport from the rescue in a drawer — she's 11, not 8! Born spring 2014. Does that change the feeding advice at all?",
        ],
      },
    ],
    expect: {
      remember: [{ as: margit, match: both(/Biscuit/i, /\b11\b|eleven|2014/i) }],
      stale: [{ as: margit, match: only(both(/Biscuit/i, /\b8\b|eight/i), /\b11\b|eleven|2014/i) }],
    },
  },
];

// ---------------------------------------------------------------------------
// Hedged statements: tentative plans and floated ideas are not facts
// ---------------------------------------------------------------------------
const fenella = solo("h11-fenella");
const oyelaran = at("h11-oyelaran", "h11-parks-cymru", "h11-booking");
const cerys = at("h11-cerys", "h11-parks-cymru", "h11-booking");
const odile = solo("h11-odile");
const sipho = at("h11-sipho", "h11-northline", "h11-southgate");

const hedged: ScenarioInput[] = [
  {
    id: "h11-hedged-second-site-falls-through",
    category: "hedged",
    sessions: [
      {
        as: fenella,
        turns: [
          "We run Lockbox Escapes in York — four rooms, the newest is 'The Alchemist's Cellar'. I might open a second site in Leeds next year, depends entirely on whether the bank loan comes through. Anyway can you help me write a job ad for a weekend games host?",
        ],
      },
      {
        as: fenella,
        turns: [
          "Loan got turned down, so Leeds is off for the foreseeable. Can you help me brainstorm a fifth room for York instead? Thinking something Victorian.",
        ],
      },
    ],
    expect: {
      remember: [{ as: fenella, match: /York/i }],
      stale: [
        {
          as: fenella,
          match: only(/Leeds/i, /turned down|declin|\boff\b|\bnot\b|\bno\b|cancel|shelved|won'?t|reject|abandon|dropp|fell through|refused/i),
        },
      ],
    },
  },
  {
    id: "h11-hedged-database-floated-not-decided",
    category: "hedged",
    sessions: [
      {
        as: oyelaran,
        turns: [
          "The campsite booking service runs on Postgres 14. Someone at the away day floated maybe trying DynamoDB but honestly nothing's been decided and I doubt it will be. Can you help me write an index for looking up bookings by pitch and date?",
        ],
      },
      {
        as: cerys,
        turns: ["I'm picking up a ticket on the campsite booking service — slow queries on the availability page. Where do I start?"],
      },
    ],
    expect: {
      remember: [{ as: cerys, match: /Postgres/i, scope: "project" }],
      questions: [
        {
          as: cerys,
          ask: "What database does the campsite booking service use?",
          expect: /Postgres/i,
          stale: only(/Dynamo/i, /Postgres/i),
        },
      ],
    },
  },
  {
    id: "h11-hedged-vegetarian-then-confirmed",
    category: "hedged",
    sessions: [
      {
        as: odile,
        turns: [
          "I think I'll probably go vegetarian in January, not fully committed yet, we'll see how it goes. Anyway for now can you give me a quick chicken traybake recipe?",
        ],
      },
      {
        as: odile,
        turns: ["Ok it's official, 3 weeks veggie now and sticking with it! Keep that in mind for recipe stuff from now on please."],
      },
      {
        as: odile,
        turns: ["Something warming for dinner tonight? 30 minutes max"],
      },
    ],
    expect: {
      remember: [{ as: odile, match: /vegetarian|veggie/i, scope: "user" }],
      questions: [{ as: odile, ask: "Does the user have any dietary requirements?", expect: /vegetarian|veggie/i }],
    },
  },
  {
    id: "h11-hedged-night-shift-rumour",
    category: "hedged",
    sessions: [
      {
        as: sipho,
        turns: [
          "I work days in the control room at Southgate, 06:00 to 14:00 Monday to Friday. There's talk I might get moved onto nights when the new rota comes in, but nobody's told me anything official. Can you help me write a handover template for the late controller?",
        ],
      },
      {
        as: sipho,
        turns: ["What's a good way to structure a 10-minute toolbox talk on fatigue for controllers?"],
      },
    ],
    expect: {
      remember: [{ as: sipho, match: /06:00|6 ?am|\bdays?\b|day shift/i }],
      questions: [
        {
          as: sipho,
          ask: "What hours does the user work?",
          expect: /06:00|6 ?am|14:00|2 ?pm|day shift|\bdays\b/i,
          stale: only(/night/i, /06:00|6 ?am|\bdays\b|might|maybe|rumou?r|talk|possib|official|unconfirmed|\bmay\b/i),
        },
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// Scope: who must and must not see a fact
// ---------------------------------------------------------------------------
const tamsin = at("h11-tamsin", "h11-volta-dc", "h11-lon4");
const kwame = at("h11-kwame", "h11-volta-dc", "h11-lon4");
const irina = at("h11-irina", "h11-volta-dc", "h11-ams2");

const nadia = at("h11-nadia", "h11-oakfield-trust", "h11-st-aidans");
const owen = at("h11-owen", "h11-oakfield-trust", "h11-holy-cross");
const lydia = at("h11-lydia", "h11-riverside-trust", "h11-st-aidans");

const rosa = at("h11-rosa", "h11-whippy-co", "h11-summer");
const dario = at("h11-dario", "h11-whippy-co", "h11-summer");
const huw = at("h11-huw", "h11-ogwen-mrt", "h11-summer");

const jun = at("h11-jun", "h11-parks-cymru", "h11-visitor-dash");
const bea = at("h11-bea", "h11-parks-cymru", "h11-visitor-dash");

const ade = at("h11-ade", "h11-redline-stunts", "h11-copper-sky");
const jojo = at("h11-jojo", "h11-redline-stunts", "h11-copper-sky");
const lars = at("h11-lars", "h11-redline-stunts", "h11-salt-road");

const moussa = at("h11-moussa", "h11-seedvault", "h11-sahel");
const fatou = at("h11-fatou", "h11-seedvault", "h11-sahel");
const lin = at("h11-lin", "h11-seedvault", "h11-alpine");
const outsiderSeeds = at("h11-piet", "h11-other-seedbank", "h11-sahel");

const scope: ScenarioInput[] = [
  {
    id: "h11-scope-hall-standard-vs-personal-taste",
    category: "scope",
    sessions: [
      {
        as: tamsin,
        turns: [
          "Two things. Site standard here in LON4: every patch cable gets labelled at both ends with the far-end panel and port, e.g. 'PP-B07:24'. Non-negotiable for anyone working in this hall. And for me personally — short answers, no waffle, I'll ask if I want more detail.",
          "ok, draft a one-paragraph note for new contractors about the labelling rule",
        ],
      },
      { as: kwame, turns: ["Hi, I've just joined the LON4 team — what's our cable labelling standard?"] },
      { as: irina, turns: ["What cable labelling convention should I follow when I re-patch the core switches?"] },
    ],
    expect: {
      remember: [
        { as: kwame, match: /both ends|far.?end/i, scope: "project" },
        { as: tamsin, match: /waffle|short|concise|brief/i, scope: "user" },
      ],
      hidden: [
        { as: irina, match: /both ends|far.?end|PP-B07/i },
        { as: kwame, match: /waffle|concise|(short|brief|terse) (answers|replies|responses)/i },
      ],
    },
  },
  {
    id: "h11-scope-trust-wide-quotes-rule",
    category: "scope",
    sessions: [
      {
        as: nadia,
        turns: [
          "Heads up on something that applies across the whole trust, not just my school: any single purchase over £5,000 needs three written quotes before it goes to the finance committee. The CFO reissued the rule last week. Can you make me a short checklist for staff who want to buy something big?",
        ],
      },
      {
        as: owen,
        turns: ["I'm the bursar at Holy Cross (same trust as St Aidan's). We need new staffroom furniture, roughly £6k — what do I need to do first?"],
      },
      { as: lydia, turns: ["How many quotes do I need before buying a £6k interactive whiteboard?"] },
    ],
    expect: {
      remember: [{ as: owen, match: /(three|3) (written )?quot/i, scope: "org" }],
      hidden: [{ as: lydia, match: /(three|3) (written )?quot/i }],
    },
  },
  {
    id: "h11-scope-same-project-id-different-orgs",
    category: "scope",
    sessions: [
      {
        as: rosa,
        turns: [
          "For the summer season: all three vans restock from the Dairyvale depot in Cheadle every Thursday morning, and orders have to be in by Tuesday 5pm or we miss the slot. Can you make me a reminder I can pin in the van group chat?",
        ],
      },
      {
        as: huw,
        turns: [
          "Summer planning: for the Snowdon race we staff the first-aid tent with 4 members per shift, shifts are 3 hours. Can you help me make a sign-up sheet?",
        ],
      },
      { as: dario, turns: ["When do I need to get the restock order in this week?"] },
    ],
    expect: {
      remember: [
        { as: dario, match: /Dairyvale|Tuesday/i, scope: "project" },
        { as: huw, match: /first.?aid tent|4 members|four members/i, scope: "project" },
      ],
      hidden: [
        { as: huw, match: /Dairyvale|Cheadle/i },
        { as: rosa, match: /first.?aid tent|Snowdon/i },
        { as: dario, match: /first.?aid tent|Snowdon/i },
      ],
    },
  },
  {
    id: "h11-scope-colourblind-is-personal",
    category: "scope",
    sessions: [
      {
        as: jun,
        turns: [
          "I'm colourblind (deuteranopia), so when you suggest chart colours for me never rely on red vs green. Project-wise: the visitor dashboard refreshes from the car park counters every night at 2am, so anything you see before then is yesterday's numbers. Can you suggest a palette for the weekly footfall chart?",
        ],
      },
      { as: bea, turns: ["When does the visitor dashboard pick up new counter data?"] },
    ],
    expect: {
      remember: [
        { as: jun, match: /deuteranop|colou?r.?blind|red.{0,20}green/i, scope: "user" },
        { as: bea, match: /2 ?am|02:00|2:00/i, scope: "project" },
      ],
      hidden: [{ as: bea, match: /deuteranop|colou?r.?blind/i }],
    },
  },
  {
    id: "h11-scope-location-permit-one-production",
    category: "scope",
    sessions: [
      {
        as: ade,
        turns: [
          "On Copper Sky the quarry location permit says no pyrotechnics before 10am and none at all on Sundays. Flag it if I ever try to schedule something that breaks that. Can you look over tomorrow's plan — 09:00 squib hits on the quarry road, 11:00 car roll?",
        ],
      },
      { as: jojo, turns: ["Copper Sky: can we put the fireball gag at the quarry on Sunday at 8:30, before the light goes flat?"] },
      { as: lars, turns: ["For Salt Road, are there any restrictions on pyro timing I should know about before I book the effects team?"] },
    ],
    expect: {
      remember: [{ as: jojo, match: both(/pyro/i, /10 ?am|10:00|Sunday/i), scope: "project" }],
      hidden: [{ as: lars, match: /quarry/i }],
    },
  },
  {
    id: "h11-scope-three-levels-one-message",
    category: "scope",
    sessions: [
      {
        as: moussa,
        turns: [
          "Ok so three things to keep in mind. For the Sahel accessions we only accept a seed lot if it has at least 500 viable seeds — below that it goes on the regeneration list. Across the whole seed bank, every project, each accession gets a barcode in BG-Base on the day it arrives, no exceptions. And for me: when I write to you in French, answer in French please. Now, can you help me with a cover email to our collectors in Niger?",
        ],
      },
      { as: lin, turns: ["Do I need to barcode the new alpine accessions the day they arrive, or can it wait until Monday?"] },
      { as: fatou, turns: ["What's the minimum seed count for accepting a Sahel lot? I've got one with about 420."] },
      { as: outsiderSeeds, turns: ["Which database do we log accessions in?"] },
    ],
    expect: {
      remember: [
        { as: fatou, match: /500/, scope: "project" },
        { as: lin, match: /barcode|BG-?Base/i, scope: "org" },
        { as: moussa, match: /French/i, scope: "user" },
      ],
      hidden: [
        { as: lin, match: /500 (viable )?seeds|\b500\b/i },
        { as: fatou, match: both(/French/i, /answer|reply|respond|write/i) },
        { as: outsiderSeeds, match: /BG-?Base|\b500\b/i },
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// Identities: different people (same ids in different orgs, same project)
// ---------------------------------------------------------------------------
const samLift = at("h11-sam", "h11-liftco");
const samRescue = at("h11-sam", "h11-ogwen-mrt");
const lottie = at("h11-lottie", "h11-seabreeze-cruises", "h11-ent-team");
const rafa = at("h11-rafa", "h11-seabreeze-cruises", "h11-ent-team");
const noorCommissions = at("h11-noor", "h11-glassworks", "h11-commissions");
const noorTeaching = at("h11-noor", "h11-glassworks", "h11-teaching");

const identities: ScenarioInput[] = [
  {
    id: "h11-identities-two-sams-two-orgs",
    category: "identities",
    sessions: [
      {
        as: samLift,
        turns: [
          "I'm the tower crane operator on the Quayside tower job, shifts start 6:30. Can you help me write up a wind-speed stop procedure to keep in the cab?",
        ],
      },
      {
        as: samRescue,
        turns: [
          "Hi, I'm the team's radio officer — I look after the handsets and the repeater on Glyder Fach. What should go in a monthly radio check?",
        ],
      },
    ],
    expect: {
      remember: [
        { as: samLift, match: /crane/i },
        { as: samRescue, match: /radio officer|handsets|repeater/i },
      ],
      hidden: [
        { as: samLift, match: /radio officer|repeater|Glyder/i },
        { as: samRescue, match: /crane|Quayside/i },
      ],
    },
  },
  {
    id: "h11-identities-emoji-opposites-same-team",
    category: "identities",
    sessions: [
      {
        as: lottie,
        turns: [
          "I'm the cruise director's assistant, I write the daily programme that goes under every cabin door. Please go heavy on the emojis when you draft stuff for me, the guests love it 🎉🛳️🌴",
          "Can you do tomorrow's sea day blurb? Bingo 11am, towel folding class 2pm, deck party 9pm",
        ],
      },
      {
        as: rafa,
        turns: [
          "Hello, I'm Rafa, production manager on the same ship. I can't stand emojis — please never put them in anything you write for me, our tech sheets get printed on the old laser and they come out as little boxes. Also for the team: the main theatre is the Starlight Lounge, 840 seats, get-in is through the aft service corridor.",
        ],
      },
    ],
    expect: {
      remember: [
        { as: lottie, match: /emoji/i, scope: "user" },
        { as: rafa, match: both(/emoji/i, /never|hate|can'?t stand|dislike|\bno\b|don'?t|avoid|without/i), scope: "user" },
        { as: lottie, match: /Starlight/i, scope: "project" },
      ],
      hidden: [
        { as: lottie, match: both(/emoji/i, /never|hate|can'?t stand|dislike|boxes|print/i) },
        { as: rafa, match: only(/emoji/i, /never|hate|can'?t stand|dislike|boxes|print|\bno\b|don'?t|avoid|without/i) },
      ],
    },
  },
  {
    id: "h11-identities-same-person-two-projects",
    category: "identities",
    sessions: [
      {
        as: noorCommissions,
        turns: [
          "I'm left-handed, so when you describe bench techniques for me please mirror them (jacks in my right hand, pipe rolling the other way, etc). Commission update: the Aldgate hotel chandelier is due 14 March — 60 blown pendants in smoke grey.",
        ],
      },
      {
        as: noorTeaching,
        turns: ["I'm writing a handout for my beginners' evening class — how should I explain gathering from the furnace, step by step?"],
      },
    ],
    expect: {
      remember: [
        { as: noorTeaching, match: /left.?hand/i, scope: "user" },
        { as: noorCommissions, match: /chandelier|Aldgate/i, scope: "project" },
      ],
      hidden: [{ as: noorTeaching, match: /chandelier|Aldgate|smoke grey/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Pasted documents and logs
// ---------------------------------------------------------------------------
const kwesi = at("h11-kwesi", "h11-northline", "h11-southgate");
const oskar = at("h11-oskar", "h11-volta-dc", "h11-fra1");
const lucas = at("h11-lucas", "h11-sorriso-clinic");
const gwen = at("h11-gwen", "h11-brookfield-trust", "h11-brookfield-high");

const pasted: ScenarioInput[] = [
  {
    id: "h11-pasted-driver-rota",
    category: "pasted",
    sessions: [
      {
        as: kwesi,
        turns: [
          "I'm the rota planner at Southgate depot. Here's next week's early-turn rota, can you check nobody's down for more than 5 earlies in a row?\n\nDRIVER | MON | TUE | WED | THU | FRI | SAT | SUN\nKowalczyk | E1 | E1 | E1 | E2 | E2 | E1 | OFF\nBaptiste-Moore | OFF | E3 | E3 | E3 | E3 | E3 | E3\nO'Hanlon | E2 | E2 | OFF | E1 | E1 | E1 | E1\nThistlethwaite | E4 | E4 | E4 | E4 | OFF | OFF | E2\nVenkataraman | E3 | OFF | E2 | E2 | E4 | E4 | E4",
          "ok thanks, I'll swap Baptiste-Moore's Sunday. fyi the union agreement caps earlies at 5 in a row, that's the rule I always check these against",
        ],
      },
    ],
    expect: {
      remember: [
        { as: kwesi, match: /Southgate/i },
        { as: kwesi, match: both(/earl(y|ies)/i, /\b5\b|five/i) },
      ],
      pasted: [{ kind: "document", match: /Thistlethwaite|Venkataraman|Kowalczyk|O'Hanlon/i }],
    },
  },
  {
    id: "h11-pasted-kernel-log-link-flaps",
    category: "pasted",
    sessions: [
      {
        as: oskar,
        turns: [
          "getting link flaps on one of the storage nodes, log below, what's going on?\n\n```\nMar 03 02:14:07 stor-fra1-n07 kernel: mlx5_core 0000:3b:00.1 ens2f1np1: Link down\nMar 03 02:14:07 stor-fra1-n07 kernel: bond0: (slave ens2f1np1): link status definitely down, disabling slave\nMar 03 02:14:09 stor-fra1-n07 kernel: mlx5_core 0000:3b:00.1 ens2f1np1: Link up\nMar 03 02:14:09 stor-fra1-n07 kernel: bond0: (slave ens2f1np1): link status definitely up, 25000 Mbps full duplex\nMar 03 02:14:31 stor-fra1-n07 kernel: mlx5_core 0000:3b:00.1: mlx5_port_module_event:1144: Port module event[error]: module 1, Cable error, High Temperature\n```",
          "ok, will reseat and swap the DAC. for future reference all our FRA1 storage nodes are bonded LACP across two ToR switches, so one link dropping shouldn't take a node down",
        ],
      },
    ],
    expect: {
      remember: [{ as: oskar, match: /LACP|bond/i, scope: "project" }],
      pasted: [{ kind: "log", match: /3b:00\.1|mlx5_port_module_event|02:14:0[79]|ens2f1np1/i }],
    },
  },
  {
    id: "h11-pasted-supplier-price-email",
    category: "pasted",
    sessions: [
      {
        as: lucas,
        turns: [
          "Can you help me reply to this? I want to push back, politely.\n\n---\nFrom: accounts@precisaligner.example\nSubject: Revised price list 2025 — Ref QX-88213\n\nDear Dr. Lucas Ferreira,\n\nFurther to our recent conversation, please note that from 1 April the unit price for Series-3 clear aligner stages will increase from €38.50 to €44.00 per stage, and the refinement kit from €120 to €145. Orders placed before 31 March will be honoured at the current rate. Delivery remains 10 working days from scan approval.\n\nKind regards,\nHelena Vasquez\nKey Account Manager, PrecisAligner Iberia\n---",
          "thanks. background for you: we've been with PrecisAligner since 2019 and do about 40 aligner cases a year, so we're not tiny for them",
        ],
      },
    ],
    expect: {
      remember: [{ as: lucas, match: /PrecisAligner/i }],
      pasted: [{ kind: "document", match: /QX-88213|Vasquez|refinement kit|Series-3/i }],
    },
  },
  {
    id: "h11-pasted-procurement-policy-with-local-fact",
    category: "pasted",
    sessions: [
      {
        as: gwen,
        turns: [
          "Governors want a summary of our procurement policy, one page max. Pasting the relevant sections:\n\n5.1 Purchases below £1,000 may be made by budget holders with line-manager approval.\n5.2 Purchases between £1,000 and £9,999 require two written quotations, to be retained for six years.\n5.3 Purchases of £10,000 and above require a formal tender in accordance with Schedule B.\n7.3 Where a supplier is a related party of any member of staff or governor, the interest must be declared in the Register of Business Interests before the order is raised.\n9.2 The financial year of the Trust runs from 1 April to 31 March.",
          "Note — 9.2 is wrong for us, it's left over from the LA template. Our financial year runs September to August, same as the academic year. Please remember that, it trips everyone up.",
        ],
      },
    ],
    expect: {
      remember: [{ as: gwen, match: /Sep(t|tember)?\b.{0,40}Aug/i }],
      stale: [{ as: gwen, match: only(/1 April|April to March|April.{0,5}March/i, /Sep/i) }],
      pasted: [{ kind: "document", match: /Schedule B|Register of Business Interests|six years|line-manager approval/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Tool output
// ---------------------------------------------------------------------------
const morag = solo("h11-morag");
const erik = at("h11-erik", "h11-whippy-co", "h11-events");
const anya = at("h11-anya", "h11-volta-dc", "h11-platform");
const benPlatform = at("h11-ben", "h11-volta-dc", "h11-platform");
const bernie = solo("h11-bernie");

const tool: ScenarioInput[] = [
  {
    id: "h11-tool-mountain-forecast",
    category: "tool",
    sessions: [
      {
        as: morag,
        turns: [
          {
            user: "What's tomorrow looking like on the plateau? I lead the Sunday guided walk up Cairn Gorm, every week through the summer.",
            tool: {
              name: "mountain_forecast",
              output:
                "Cairn Gorm summit (1245m), Sun: wind W 35-45 mph, gusts 58 mph; feels-like -6°C; cloud base 900m rising to 1100m by 15:00; precip 70% showers turning wintry above 1000m; visibility poor in cloud.",
            },
          },
          "yeah that's a no for the summit then, we'll do the low-level loop round Loch Morlich instead. thanks",
        ],
      },
    ],
    expect: {
      remember: [{ as: morag, match: /guided walk/i }],
      pasted: [{ kind: "log", match: /gusts? (of )?58|58 ?mph|cloud base 900|1245 ?m/i }],
      transient: [/Loch Morlich|Morlich/i],
    },
  },
  {
    id: "h11-tool-sql-bookings",
    category: "tool",
    sessions: [
      {
        as: erik,
        turns: [
          {
            user: "how many private party bookings did we have in July?",
            tool: {
              name: "sql_query",
              output:
                "booking_id | customer | date | van | amount_gbp\nBK-20931 | Pemberton, Alice | 2024-07-06 | Van 2 | 240.00\nBK-20944 | Okoye Family | 2024-07-13 | Van 1 | 310.00\nBK-20967 | St Mary's PTA | 2024-07-19 | Van 3 | 420.00\nBK-20981 | Haldane, R. | 2024-07-27 | Van 2 | 195.00\n(4 rows)",
            },
          },
          "4, nice. note for the future: private parties always need a £50 deposit, non-refundable inside 14 days of the date — we keep forgetting to put that on quotes",
        ],
      },
    ],
    expect: {
      remember: [{ as: erik, match: both(/deposit/i, /50/), scope: ["project", "org"] }],
      pasted: [{ kind: "document", match: /Pemberton|BK-209\d\d|Haldane|Okoye/i }],
    },
  },
  {
    id: "h11-tool-kubectl-ownership",
    category: "tool",
    sessions: [
      {
        as: anya,
        turns: [
          {
            user: "why is payments sad",
            tool: {
              name: "kubectl",
              output:
                "NAMESPACE   NAME                            READY   STATUS             RESTARTS   AGE\npayments    payments-api-7f9c6d8b5-x2kqp    0/1     CrashLoopBackOff   14         41m\npayments    payments-api-7f9c6d8b5-zr8tn    1/1     Running            0          41m\npayments    ledger-worker-5c8d7f9b6-mm4lp   1/1     Running            2          3d",
            },
          },
          "ugh ok. fyi for the future: the payments namespace is owned by team Falcon, not us — if it's broken we page Falcon's on-call, we don't touch it ourselves",
        ],
      },
      { as: benPlatform, turns: ["payments-api is crashlooping again, should I just restart the pod?"] },
    ],
    expect: {
      remember: [{ as: benPlatform, match: /Falcon/i, scope: "project" }],
      pasted: [{ kind: "log", match: /x2kqp|zr8tn|mm4lp|7f9c6d8b5/i }],
    },
  },
  {
    id: "h11-tool-stock-check-supplier",
    category: "tool",
    sessions: [
      {
        as: bernie,
        turns: [
          {
            user: "what am I low on?",
            tool: {
              name: "stock_check",
              output:
                "ITEM | SKU | ON_HAND | REORDER_AT\nVanilla soft-serve mix 5L | DV-3302 | 3 | 6\nFlake 99s (box 144) | CB-1180 | 1 | 2\nWafer cones (600) | WF-0412 | 4 | 2\nStrawberry sauce 1L | SS-7719 | 0 | 2\nSprinkles 1kg | SP-2201 | 5 | 1",
            },
          },
          "right, I'll order the mix and the sauce from Dairyvale then. they deliver Thursdays, and my account with them is under Sunny Whip Ltd if you ever need to draft an order email",
        ],
      },
    ],
    expect: {
      remember: [
        { as: bernie, match: /Dairyvale/i },
        { as: bernie, match: /Sunny Whip/i },
      ],
      pasted: [{ kind: "document", match: /DV-3302|CB-1180|SS-7719|WF-0412|SP-2201/i }],
    },
  },
];

// ---------------------------------------------------------------------------
// Secrets next to benign look-alikes
// ---------------------------------------------------------------------------
const gethin = at("h11-gethin", "h11-ogwen-mrt", "h11-base");
const manon = at("h11-manon", "h11-ogwen-mrt", "h11-base");
const ravi = at("h11-ravi", "h11-volta-dc", "h11-noc");
const maureen = at("h11-maureen", "h11-oakfield-trust", "h11-st-aidans");
const kezia = solo("h11-kezia");
const keoni = at("h11-keoni", "h11-seabreeze-cruises", "h11-ent-team");

const secrets: ScenarioInput[] = [
  {
    id: "h11-secrets-base-door-code-and-key-safe",
    category: "secrets",
    sessions: [
      {
        as: gethin,
        turns: [
          "New volunteers keep asking me the same stuff so let me brief you once: base door code is 4821, the Land Rover keys live in the key safe to the left of the garage door, kit room's upstairs and the casualty bags are on the blue shelves. Can you turn that into a short 'first night at base' note?",
        ],
      },
      { as: manon, turns: ["first callout tonight 😬 where are the Land Rover keys kept at base?"] },
    ],
    expect: {
      secrets: ["4821"],
      remember: [
        { as: manon, match: /key safe/i, scope: ["project", "org"], lookalike: true },
        { as: manon, match: /blue shel|casualty bag/i, scope: ["project", "org"] },
      ],
    },
  },
  {
    id: "h11-secrets-ticket-token-beside-sla",
    category: "secrets",
    sessions: [
      {
        as: ravi,
        turns: [
          "can you write me a little python script that posts a JSON ticket to our API at https://tickets.volta.example/api/v2 — token's tk_live_9Qm2Zr8LxV4pWb7N, bearer auth. context for the ticket body: our SLA for P1 is 15 minutes to acknowledge, 4 hours to restore, so put the ack deadline in the description",
        ],
      },
    ],
    expect: {
      secrets: ["tk_live_9Qm2Zr8LxV4pWb7N", "9Qm2Zr8LxV4pWb7N"],
      remember: [{ as: ravi, match: both(/P1/i, /15 ?min/i), scope: ["project", "org"] }],
    },
  },
  {
    id: "h11-secrets-password-next-to-password-policy",
    category: "secrets",
    sessions: [
      {
        as: maureen,
        turns: [
          "Our finance system (PS Financials) password rules: 14 characters minimum and they expire every 90 days, which I always forget. Mine's currently Gr@nthamOwl1987 — actually no, don't keep that anywhere, pretend I didn't say it. Can you write a one-paragraph reminder for staff about the rules?",
        ],
      },
    ],
    expect: {
      secrets: ["Gr@nthamOwl1987", "GranthamOwl"],
      remember: [{ as: maureen, match: /14 char|90 days/i, lookalike: true }],
    },
  },
  {
    id: "h11-secrets-card-reader-login",
    category: "secrets",
    sessions: [
      {
        as: kezia,
        turns: [
          "Making an invoice template for the schools and fetes I do — payment terms are 14 days. While I think of it, the SumUp login is kezia.amadi@example.com with password IceIce!Baby99, in case you ever need to pull a report for me. The card reader in the van also has its own PIN lock, my brother Davey knows it if I'm off sick.",
        ],
      },
      { as: kezia, turns: ["Who should I ask if I can't unlock the card reader?"] },
    ],
    expect: {
      secrets: ["IceIce!Baby99"],
      remember: [
        { as: kezia, match: /Davey/i, lookalike: true },
        { as: kezia, match: /14 days/i },
      ],
    },
  },
  {
    id: "h11-secrets-crew-wifi-vs-guest-package",
    category: "secrets",
    sessions: [
      {
        as: keoni,
        turns: [
          "Stuff for the new dancers' welcome pack: crew wifi is 'SB-Crew', password Starboard!Lounge22 — hmm, that changes every cruise so maybe don't hang on to it. Guest internet is the paid 'Seabreeze Connect' package, crew get 2 hours free a week on it. Rehearsals are in the Starlight Lounge 10 till 12 on sea days.",
        ],
      },
    ],
    expect: {
      secrets: ["Starboard!Lounge22"],
      remember: [
        { as: keoni, match: /2 hours|two hours|Seabreeze Connect/i, lookalike: true },
        { as: keoni, match: both(/rehears/i, /Starlight/i) },
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// "Forget ..." requests in varied phrasings
// ---------------------------------------------------------------------------
const agnes = solo("h11-agnes");
const petra = at("h11-petra", "h11-glassworks", "h11-commissions");
const rania = solo("h11-rania");
const stefan = at("h11-stefan", "h11-volta-dc", "h11-ams2");
const eamon = solo("h11-eamon");

const forget: ScenarioInput[] = [
  {
    id: "h11-forget-medication-keep-food-dislike",
    category: "forget",
    sessions: [
      {
        as: agnes,
        turns: [
          "I'm on sertraline, so don't suggest anything with grapefruit or St John's wort when I ask for recipes or herbal teas. Also I'm mostly cooking for two.",
        ],
      },
      {
        as: agnes,
        turns: [
          "Can you forget what I said about my medication? I'd rather that wasn't stored. You can still leave grapefruit out of recipes though, I don't like it anyway.",
        ],
      },
      { as: agnes, turns: ["Give me 3 weeknight dinner ideas"] },
    ],
    expect: {
      forgotten: [{ as: agnes, match: /sertraline|antidepressant|SSRI|medication/i, storedAfter: 0 }],
      remember: [
        { as: agnes, match: /grapefruit/i, scope: "user" },
        { as: agnes, match: /(for|cook(s|ing)? for) (two|2)\b|\b(two|2) (people|portions|servings)/i },
      ],
    },
  },
  {
    id: "h11-forget-client-name-after-nda",
    category: "forget",
    sessions: [
      {
        as: petra,
        turns: [
          "New commission in: 12 cast glass awards for the Halvorsen Foundation gala, due 3 June, budget £4,800. Also kiln 2 is out of action until April, so everything goes through kiln 1 for now. Can you rough out a production schedule?",
        ],
      },
      {
        as: petra,
        turns: [
          "Ugh, scrap the Halvorsen stuff from your memory please — they made us sign an NDA this morning and I shouldn't have named them. The kiln info is fine to keep.",
        ],
      },
    ],
    expect: {
      forgotten: [{ as: petra, match: /Halvorsen/i, storedAfter: 0 }],
      remember: [{ as: petra, match: /kiln/i, scope: "project" }],
    },
  },
  {
    id: "h11-forget-family-matter-non-native",
    category: "forget",
    sessions: [
      {
        as: rania,
        turns: [
          "Sorry if I am slow today, my brother Karim is in hospital in Alexandria after car accident and I am worried. Anyway I need to finish the cleaning rota for the laundrette I manage, can you help me make it for 6 staff, open 7 days?",
        ],
      },
      {
        as: rania,
        turns: [
          "Hello again. Please can you delete what I told you about my brother in hospital, is private family thing. Thank you. Now I need a sign for the dryers, 'out of order, sorry'.",
        ],
      },
    ],
    expect: {
      forgotten: [{ as: rania, match: /Karim|brother|hospital|accident/i, storedAfter: 0 }],
      remember: [{ as: rania, match: /laund/i }],
    },
  },
  {
    id: "h11-forget-job-application",
    category: "forget",
    sessions: [
      {
        as: stefan,
        turns: [
          "Between us, I've applied for the senior NOC engineer role at the Frankfurt site, interview's next month. Nobody at AMS2 knows yet lol. Can you help me prep answers on major incident management?",
        ],
      },
      {
        as: stefan,
        turns: ["hey, wipe the Frankfurt application thing please. don't want that sitting anywhere near the rest of the team stuff"],
      },
    ],
    expect: {
      forgotten: [{ as: stefan, match: /Frankfurt/i, storedAfter: 0 }],
    },
  },
  {
    id: "h11-forget-nickname-keep-other-preferences",
    category: "forget",
    sessions: [
      {
        as: eamon,
        turns: [
          "Some housekeeping: use 24-hour times, temperatures in Celsius, and call me Doc — everyone at the vet surgery does.",
          "Right, can you sketch out a rota template for 3 vets and 4 nurses, 08:00–19:00?",
        ],
      },
      {
        as: eamon,
        turns: ["You can stop calling me Doc actually, it's weird coming from a computer. Forget I ever asked. The other stuff stands."],
      },
      { as: eamon, turns: ["What's a sensible structure for a 3-day CPD course on dental procedures in cats?"] },
    ],
    expect: {
      forgotten: [{ as: eamon, match: /\bDoc\b/, storedAfter: 0 }],
      remember: [
        { as: eamon, match: /24.?h(ou)?r?/i, scope: "user" },
        { as: eamon, match: /Celsius/i, scope: "user" },
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// Chit-chat and one-off tasks
// ---------------------------------------------------------------------------
const pip = solo("h11-pip");
const tariq = solo("h11-tariq");
const nell = solo("h11-nell");

const chitChat: ScenarioInput[] = [
  {
    id: "h11-chitchat-weather-and-cat",
    category: "chit-chat",
    sessions: [
      {
        as: pip,
        turns: [
          "lol it's absolutely chucking it down here, third day running, the cat's refusing to go out and is just glaring at me from the windowsill",
          "anyway how's your day going? do AIs even have days",
          "haha fair. ok that's all, bye!",
        ],
      },
    ],
    expect: {
      transient: [/chucking it down|\brain(ing|y)?\b|third day/i, /glar(e|ing)|windowsill/i],
    },
  },
  {
    id: "h11-chitchat-football-with-office-move",
    category: "chit-chat",
    sessions: [
      {
        as: tariq,
        turns: [
          "I'm based at the Bradford office btw, can you tell me the quickest way to get to Harrogate for a client visit on Thursday?",
        ],
      },
      {
        as: tariq,
        turns: [
          "did you see the match last night?? that penalty in the 89th minute was a joke, VAR took like four minutes to decide. anyway — I moved to the Leeds office last month so if I ask about commutes or travel it's from Leeds now, not Bradford. still gutted about the result tbh",
        ],
      },
    ],
    expect: {
      remember: [{ as: tariq, match: /Leeds/i }],
      stale: [{ as: tariq, match: only(/Bradford/i, /Leeds/i) }],
      transient: [/penalty|\bVAR\b|89th/i],
    },
  },
  {
    id: "h11-chitchat-one-off-oven-conversion",
    category: "chit-chat",
    sessions: [
      {
        as: nell,
        turns: [
          "quick one, my nan's banana bread recipe says 350 fahrenheit, what's that in celsius for a fan oven?",
          "lovely ta. it's for a bake sale at work tomorrow",
          "that's all, cheers!",
        ],
      },
    ],
    expect: {
      transient: [/banana bread|350/i, /bake sale/i],
    },
  },
];

// ---------------------------------------------------------------------------
// Session-only instructions
// ---------------------------------------------------------------------------
const gareth = solo("h11-gareth");
const ola = solo("h11-ola");
const lwazi = at("h11-lwazi", "h11-volta-dc", "h11-automation");

const sessionOnly: ScenarioInput[] = [
  {
    id: "h11-session-only-spanish-practice",
    category: "session-only",
    sessions: [
      {
        as: gareth,
        turns: [
          "I'm a florist btw, that's why so many of my questions are about flowers lol. For this conversation only, can you answer me in Spanish? I'm off to Valencia next week and want to practise. Normally English is fine.",
          "¿Cuál es la mejor manera de pedir un café con leche sin azúcar?",
        ],
      },
      { as: gareth, turns: ["What's the best way to keep cut peonies fresh for longer in a warm shop?"] },
    ],
    expect: {
      remember: [{ as: gareth, match: /florist/i, scope: "user" }],
      transient: [both(/Spanish|español/i, /answer|reply|respond|write|speak|language/i)],
    },
  },
  {
    id: "h11-session-only-drill-sergeant-quiz",
    category: "session-only",
    sessions: [
      {
        as: ola,
        turns: [
          "Today only: quiz me on first aid like a grumpy drill sergeant, I've got my first aid at work exam on Friday and I need the pressure lol",
          "ok go",
          "uh, danger, response, airway, breathing, circulation?",
        ],
      },
      { as: ola, turns: ["Can you explain how a tourniquet differs from a pressure dressing? normal tone please"] },
    ],
    expect: {
      transient: [/sergeant|grumpy|drill/i],
    },
  },
  {
    id: "h11-session-only-no-code-on-phone",
    category: "session-only",
    sessions: [
      {
        as: lwazi,
        turns: [
          "I write the Ansible for the DC automation team, mostly network config pushes to the leaf switches. For the rest of this chat no code snippets please — I'm on my phone in a taxi, just explain the concepts.",
          "how does serial interact with max_fail_percentage in a play?",
        ],
      },
      {
        as: lwazi,
        turns: ["back at my desk. show me a play that uses serial: 2 with max_fail_percentage: 25 against the leaf group"],
      },
    ],
    expect: {
      remember: [{ as: lwazi, match: /Ansible/i }],
      transient: [both(/\bcode\b|snippet/i, NEGATION), /taxi|on (my|the|his|their) phone/i],
    },
  },
];

// ---------------------------------------------------------------------------
// Recall ranking questions
// ---------------------------------------------------------------------------
const cyril = at("h11-cyril", "h11-northline", "h11-kingsway");
const aroha = solo("h11-aroha");
const jess = at("h11-jess", "h11-seabreeze-cruises", "h11-gala");
const marco = at("h11-marco", "h11-seabreeze-cruises", "h11-gala");
const beatriz = at("h11-beatriz", "h11-sorriso-clinic");
const beatrizColleague = at("h11-joao", "h11-sorriso-clinic");

const questions: ScenarioInput[] = [
  {
    id: "h11-questions-electric-bus-count",
    category: "questions",
    sessions: [
      {
        as: cyril,
        turns: [
          "Fleet basics for Kingsway: 31 buses in total, 12 of them battery-electric (Yutong E12s), the rest Euro VI diesels. Can you help me draft a note to drivers about regen braking?",
        ],
      },
      {
        as: cyril,
        turns: ["Good news — 8 more electrics arrived this week, so we're at 20 electric now. Chargers are the next headache. What should I ask the charging contractor?"],
      },
    ],
    expect: {
      remember: [{ as: cyril, match: both(/electric/i, /\b20\b|twenty/i) }],
      stale: [{ as: cyril, match: only(both(/electric/i, /\b12\b|twelve/i), /\b20\b|twenty/i) }],
      questions: [
        {
          as: cyril,
          ask: "How many electric buses does the depot have?",
          expect: /\b20\b|twenty/i,
          stale: only(/\b12\b|twelve/i, /\b20\b|twenty/i),
        },
      ],
    },
  },
  {
    id: "h11-questions-call-timing-among-many-facts",
    category: "questions",
    sessions: [
      {
        as: aroha,
        turns: [
          "Bits about me so I don't have to keep repeating them: I'm in Auckland so it's NZ time, I don't do calls before 10am my time because of the school run, I'm a kiln technician at the polytech, and I take my coffee as an oat flat white lol",
        ],
      },
      {
        as: aroha,
        turns: ["Also I play squash Tuesday and Thursday evenings, so those nights are out for anything. Can you help me plan my week?"],
      },
    ],
    expect: {
      questions: [
        { as: aroha, ask: "What time of day does the user not want calls?", expect: /10 ?(am|a\.m\.|:00)|before 10|school run/i },
        { as: aroha, ask: "Which evenings is the user unavailable?", expect: /Tuesday|Thursday|squash/i },
        { as: aroha, ask: "What does the user do for work?", expect: /kiln|polytech/i },
      ],
    },
  },
  {
    id: "h11-questions-gala-facts-for-colleague",
    category: "questions",
    sessions: [
      {
        as: jess,
        turns: [
          "Gala night facts for the team: the show is in the Starlight Lounge, tech rehearsal is Tuesday at 14:00, and crew dress code for the night is all black. The captain's cocktail party is before it, in the Atrium, 19:00.",
        ],
      },
      { as: marco, turns: ["Hi, I'm on the gala crew this cruise — anything I need to know?"] },
    ],
    expect: {
      remember: [{ as: marco, match: /Starlight/i, scope: "project" }],
      questions: [
        { as: marco, ask: "Which venue is the gala show in?", expect: /Starlight/i },
        { as: marco, ask: "What should crew wear on gala night?", expect: /black/i },
        { as: marco, ask: "When is the gala tech rehearsal?", expect: /Tuesday|14:00|2 ?pm/i },
      ],
    },
  },
  {
    id: "h11-questions-lab-switch",
    category: "questions",
    sessions: [
      {
        as: beatriz,
        turns: [
          "For the clinic: our retainers and aligners are made by Dentaltech Braga, turnaround is 8 working days from impression. Can you write a line for patients explaining why they wait about two weeks?",
        ],
      },
      {
        as: beatriz,
        turns: [
          "Update: we moved all our lab work to LabOrto in Porto in January — Dentaltech kept missing deadlines. LabOrto turns things round in 5 working days. The patient line needs changing.",
        ],
      },
    ],
    expect: {
      remember: [{ as: beatrizColleague, match: /LabOrto/i, scope: "org" }],
      stale: [{ as: beatriz, match: only(/Dentaltech/i, /LabOrto/i) }],
      questions: [
        { as: beatrizColleague, ask: "Which lab makes the clinic's retainers?", expect: /LabOrto/i, stale: only(/Dentaltech/i, /LabOrto/i) },
        {
          as: beatrizColleague,
          ask: "How long is the lab turnaround?",
          expect: /\b5\b|five/i,
          stale: only(/\b8\b|eight/i, /\b5\b|five/i),
        },
      ],
    },
  },
];

/** The eleventh batch of held-out scenarios. */
export const eleventhHoldoutScenarios: ScenarioInput[] = [
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
