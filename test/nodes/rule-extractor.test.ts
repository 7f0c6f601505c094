import { describe, expect, it } from "vitest";
import { extractWithRules, type RuleCandidate } from "../../src/nodes/rules/extract.js";
import { isHedged } from "../../src/memory/evidence.js";
import { intentOf, type Intent } from "../../src/nodes/rules/sentences.js";

const ALL_SCOPES = ["user", "project", "org", "global"] as const;

function extract(text: string, previous?: RuleCandidate) {
  return extractWithRules({ userTexts: [text], scopes: ALL_SCOPES, previous });
}

type Expected = Partial<Pick<RuleCandidate, "bucket" | "memoryType" | "key" | "scope">> & { value?: string; negative?: boolean };

/** Step 2: which subject a sentence is about and what value it states, the current one over the old. */
const SUBJECTS: [string, Expected][] = [
  ["I prefer dark mode.", { memoryType: "preference", key: "ui.theme", value: "dark mode", scope: "user" }],
  ["can you keep everything in light mode please?", { key: "ui.theme", value: "light mode" }],
  ["Call me Sam.", { key: "user.preferred_name", value: "Sam" }],
  ["I'm Priya, but my friends call me Pri", { key: "user.preferred_name", value: "Pri" }],
  ["My name is João but everybody call me Jota", { key: "user.preferred_name", value: "Jota" }],
  ["My name is Robert, don't call me Bob", { key: "user.preferred_name", value: "Robert" }],
  ["I use fish as my shell", { key: "tools.shell", value: "fish" }],
  ["From now on, answer in French.", { memoryType: "preference", key: "response.language", value: "French" }],
  ["I would rather have metric units", { key: "units", value: "metric" }],
  ["I live in Lisbon", { memoryType: "fact", key: "user.location", value: "Lisbon" }],
  ["I relocated to São Paulo last month", { key: "user.location", value: "São Paulo" }],
  ["I grew up in Braga", { key: "user.hometown", value: "Braga" }],
  ["I'm a Polish citizen", { key: "user.nationality", value: "Polish" }],
  ["I work at Acme Corp.", { key: "user.employer", value: "Acme Corp" }],
  ["I quit Umbrella and joined Hooli", { key: "user.employer", value: "Hooli" }],
  ["I work as a data engineer", { key: "user.role", value: "data engineer" }],
  ["Coach here.", { key: "user.role", value: "coach" }],
  ["I am glassblower", { key: "user.role", value: "glassblower" }],
  ["I'm a magician and show host on cruise ships", { key: "user.role", value: "magician" }],
  ["in general keep your answers tight btw", { key: "response.style" }],
  ["2nd officer on a ro-ro ferry here", { key: "user.role", value: "2nd officer on a ro-ro ferry" }],
  ["I work weekends", { key: "user.shifts", value: "weekends" }],
  ["the account says Chinwe, that's my legal name but literally everyone calls me Ngozi, so please use that", { key: "user.preferred_name", value: "Ngozi" }],
  ["my birthday is March 14", { key: "user.birthday", value: "March 14" }],
  ["I'm allergic to peanuts, so watch out for recipes", { key: "user.allergies", value: "peanuts" }],
  ["my pronouns are they/them", { key: "user.pronouns", value: "they/them" }],
  ["I've switched over to Helix", { key: "tools.editor", value: "Helix" }],
  ["I no longer use Vim", { key: "tools.editor", value: "Vim", negative: true }],
  ["Our team uses Postgres.", { memoryType: "fact", key: "stack.database", scope: "project", value: "Postgres" }],
  ["We migrated from Travis to Buildkite", { key: "stack.ci", value: "Buildkite" }],
  ["we deploy everything to Fly.io", { key: "stack.hosting", value: "Fly.io" }],
  ["The deadline is March 3.", { key: "project.deadline", scope: "project", value: "March 3" }],
  ["daily standup for the mobile team is at 9:30", { key: "team.standup", scope: "project", value: "at 9:30" }],
  ["The project is called Atlas", { key: "project.name", value: "Atlas" }],
  ["please quit putting headings in every answer", { memoryType: "rule", key: "response.headings", negative: true }],
  ["no more exclamation marks", { memoryType: "rule", key: "response.exclamation_marks", negative: true }],
  ["Never use emojis.", { memoryType: "rule", key: "response.emoji", negative: true }],
  ["I like my answers short and to the point", { key: "response.style" }],
];

/** Step 3: general forms, for sentences about no known subject. */
const GENERAL: [string, Expected][] = [
  ["Going forward, cite your sources", { memoryType: "rule", key: "rule.cite_sources" }],
  ["Don't ever share my email with anyone", { memoryType: "rule", key: "rule.avoid.share_email_anyone" }],
  ["Always include a summary", { memoryType: "rule", key: "rule.include_summary" }],
  ["I can't stand cilantro", { memoryType: "preference", key: "preference.cilantro" }],
  ["My favorite colour is teal", { memoryType: "fact", key: "user.favorite_colour", value: "teal" }],
  ["We shipped the billing migration!", { memoryType: "task_state", key: "task.billing_migration" }],
  ["I never take on two weddings in the same weekend, full stop.", { memoryType: "rule", key: "rule.avoid.take_two_weddings_same", scope: "user" }],
  ["i always avoid toll roads", { memoryType: "rule", key: "rule.avoid_toll_roads" }],
  ["give me doses in micrograms when they're under a milligram", { memoryType: "rule", key: "rule.give_doses_micrograms_when" }],
  ["I'm left-handed", { key: "user.trait.left_handed" }],
  ["i haul refrigerated freight out of laredo", { key: "user.haul", value: "refrigerated freight out of laredo" }],
  ["the client wants contact by post only, never by phone", { memoryType: "fact", key: "note.client_wants_contact_by" }],
  ["we switched from xero to freeagent last month", { memoryType: "fact", key: "note.switched_from_xero_freeagent" }],
  ["I wear hearing aids in both ears so I won't do phone calls", { key: "user.trait.hearing_aids" }],
  ["Please, always you write the prices in reais (R$), not in dollar.", { memoryType: "rule", key: "rule.write_prices_reais_r" }],
  ["My english is not perfect so use simple words, ok?", { key: "user.english", value: "not perfect so use simple words" }],
  ["I sing tenor", { key: "user.sing", value: "tenor" }],
  ["I cycle to work every day.", { key: "user.cycle" }],
  ["I specialise in sports injuries", { key: "user.specialise_in", value: "sports injuries" }],
  ["I'm Priya Desai now, so please use that on any letters to parents.", { key: "user.preferred_name", value: "Priya Desai" }],
  ["I've got three grandchildren", { key: "user.grandchildren", value: "three grandchildren" }],
  ["Hartley's Bakery is VAT registered on the flat rate scheme.", { key: "note.hartley_bakery_vat_registered", scope: "project" }],
  ["gym day is Thursday now", { key: "note.gym_day_thursday_now", scope: "user" }],
  ["The dentist is on Friday at 3pm", { key: "note.dentist_friday_at_3pm", scope: "user" }],
  ["For me: coffee black, no sugar", { memoryType: "preference", key: "preference.coffee_black_no_sugar" }],
  ["Oat flat white for me, always.", { memoryType: "preference", key: "preference.oat_flat_white" }],
  ["For the textiles project: all loans go through Hélène in the registrar's office.", { key: "note.all_loans_go_through" }],
  ["PawPal is a React Native app", { key: "stack.framework", value: "React Native" }],
  ["Nope, back to bullet points for summaries.", { key: "response.style" }],
  ["I'm on sertraline for anxiety, which makes me groggy before ten", { key: "user.medication" }],
  ["I'm on a nine-month contract that ends in October, then I fly home to Manila.", { key: "note.nine_month_contract_ends" }],
  ["we deploy on Fly", { key: "stack.hosting", value: "Fly" }],
  ["I get horribly carsick, so trains over driving please", { key: "user.trait.carsick" }],
  ["I stream from OBS on Linux Mint", { key: "tools.os", value: "Linux Mint" }],
  ["My main game right now is Elden Ring", { key: "user.main_game", value: "Elden Ring" }],
  ["Anyway the stall's at Leith Market, EH6 6QU, can you put that postcode on the new flyers?", { key: "note.stall_at_leith_market" }],
  ["For Mill House: the vendor lives in Dubai, so every offer goes through her solicitor.", { key: "note.vendor_lives_dubai_so", scope: "project" }],
  [
    "Site rule for the whole Riverside Flats crew, please keep it for everyone on the project: hard hats and hi-vis on at all times past the gate, and no one works on the scaffold after 6pm.",
    { key: "note.hard_hats_hi_vis", scope: "project" },
  ],
  ["The search rewrite is blocked", { memoryType: "task_state", key: "task.search_rewrite" }],
];

/** Step 4: statements for this conversation only. */
const SESSION: [string, Expected][] = [
  ["For this draft only, make it very formal, it's going to the Ministry.", { bucket: "session" }],
  ["For the rest of this conversation only, don't translate any of the Latin maxims.", { bucket: "session" }],
  ["For now, answer in English.", { bucket: "session", key: "response.language" }],
  ["Right now I'm working on a bug", { bucket: "session", memoryType: "task_state" }],
  ["I'm driving, so keep it short", { bucket: "session", key: "response.style" }],
];

/** Step 1: sentences whose intent leaves nothing to extract. */
const NOTHING = [
  "Hi there!",
  "Thanks, that's helpful.",
  "ok",
  "What's the weather like in Lisbon?",
  "Do I prefer dark mode?",
  "If I preferred tabs, what would change?",
  "My manager said we should switch to Jira",
  "lol",
  "It is done.",
  "don't worry about it",
  "No worries, we'll handle it",
  "I told you 28 beds before, that was my old ward",
  "I always forget my keys",
  "I never know what to say",
  "Current release candidate is build v0.14.2-rc3.",
  "Tell them the Tuesday delivery was two blocks short.",
  "Posting the team rules so everyone knows them:",
  "ugh it's raining AGAIN here, so gloomy, mondays am I right",
  "how could I forget little Alfie, born in June",
  "Can you find Harriet Cole's next appointment?",
  "Pull the soil results for the Gakuyu demo plot.",
  "Paragraphs were too slow to scan on nights.",
  "the bride's uncle tried to grab the mic AGAIN 🙄",
  "Can you draft a short note to parents about mock exams?",
  "can you help me write a short label text for my rosemary honey?",
  "write me a notice for the mess room board saying there's a new password and the old one stops working at 18:00",
  "make me a notice for the Tempest company board pls",
  "search the 2022 vintage report for the Beaujolais crus",
  "The meeting is at 3pm on Friday, right?",
  "Many people think it is funny because Valentine.",
  "absolutely unreal, the whole bootcamp house was screaming at 1am",
];

const INTENTS: [string, Intent][] = [
  ["could you reply in German from now on?", "request"],
  ["which CI do we use?", "question"],
  ["oops, I meant the 14th", "correction"],
  ["Wait, no, it's Fly.io", "correction"],
  ["forget what I told you about my allergies", "forget"],
  ["Dmitri said the deploy is frozen", "reported"],
  ["suppose we used Rust", "hypothetical"],
  ["I prefer tea", "statement"],
  ["Actually, scratch that", "correction"],
  ["wait no march 13th my b", "correction"],
  ["sorry about that", "statement"],
  ["sorry the voice thing messed that up its karla with a k", "correction"],
  ["Can you bin my home address?", "forget"],
  ["pls forget my gym times lol not going anymore", "forget"],
  ["my bin day is Tuesday", "statement"],
  ["i take back what i said about my school, dont keep that pls", "forget"],
  ["Scrap the GDPR notice rule from the team's memory entirely", "forget"],
  ["four, actually, how could I forget little Alfie", "correction"],
  ["I'm allergic to chlorhexidine, so I avoid the pink hand scrub by theatres.", "statement"],
  ["Oublie ce que je t'ai dit sur mon salaire, stp.", "forget"],
  ["please unremember my home address", "forget"],
  ["drop what you know about Darren, yeah?", "forget"],
  ["I'd rather you didn't hold on to my weight, it messes with my head.", "forget"],
  ["drop my daughter at school at 8", "statement"],
  ["That actually helps a lot.", "statement"],
  ["My daughter's spelling test is Friday, it's 20 words.", "statement"],
  ["Bin the old draft, it's rubbish.", "statement"],
  ["Let's ditch the meeting on Thursday and do it by email.", "statement"],
  ["How I work, for future reference: I tag interview notes in Dovetail", "statement"],
  ["wait, what did I say about 2024?", "question"],
];

function check(sentence: string, expected: Expected) {
  const [candidate, ...rest] = extract(sentence);
  expect(rest).toEqual([]);
  expect(candidate).toBeDefined();
  const { value, negative, ...fields } = expected;
  expect(candidate).toMatchObject({ bucket: "promote", ...fields, evidence: expect.any(String) });
  if (value !== undefined) expect(candidate!.content.value).toBe(value);
  expect(candidate!.content.negative === true).toBe(negative === true);
  expect(candidate!.text.length).toBeGreaterThan(0);
}

describe("the rule-based extractor", () => {
  it.each(SUBJECTS)("reads the subject and value of %j", check);
  it.each(GENERAL)("reads the general form of %j", check);
  it.each(SESSION)("keeps %j for the session", check);
  it.each(NOTHING)("extracts nothing from %j", (sentence) => expect(extract(sentence)).toEqual([]));
  it.each(INTENTS)("reads %j as a %s", (sentence, intent) => expect(intentOf(sentence)).toBe(intent));

  it("reads each clause of a comma splice that the user opens, and the leading clauses of a long run-on statement", () => {
    const shifts = extract("I am approach controller at Schiphol, mostly I am working the night shifts (22-07).");
    expect(shifts.map((c) => [c.key, c.content.value])).toEqual([["user.employer", "Schiphol"], ["user.role", "approach controller"], ["user.shifts", "the night shifts (22-07)"]]);
    const [hives, ...rest] = extract(
      "I keep about 40 hives up in the hills outside Castelo Branco, mostly Iberian black bees (Apis mellifera iberiensis), they're feisty but they cope with the heat way better than the buckfasts I tried.",
    );
    expect(rest).toEqual([]);
    expect(hives?.text).toMatch(/40 hives .* Castelo Branco, mostly Iberian black bees \(Apis mellifera iberiensis\)$/);
    // A long story in the past is not cut down to a note.
    expect(extract("Had a walk-in at 9am who wanted a full sleeve finished in one sitting (lol no), then the autoclave threw an error, then my apprentice dropped a whole tray of caps and I had to start the whole setup again from scratch")).toEqual([]);
  });

  it("forgets what a request names after \"forget the\" or \"drop … from what you know\", and takes back what was just said", () => {
    expect(extract("forget the Lyric entirely — that leg of the tour got cancelled").map((c) => [c.bucket, c.key])).toEqual([["forget", "topic.lyric"]]);
    expect(extract("you can drop the association bit from what you know about me").map((c) => [c.bucket, c.key])).toEqual([["forget", "topic.association_bit"]]);
    expect(extract("please, you don't need keep my home address").map((c) => c.bucket)).toEqual(["forget"]);
    expect(extract("drop my daughter at school at 8").every((c) => c.bucket !== "forget")).toBe(true);
    expect(extract("my daughter Freya starts school next week so I'll be slower to reply — actually no, don't keep that, forget I mentioned her.")).toEqual([]);
    expect(extract("I'm the treasurer of the Beira Baixa beekeepers' association").map((c) => c.content.value)).toEqual(["treasurer of the Beira Baixa beekeepers' association"]);
  });

  it("takes back only what the sentence before said, and forgets a name the user withdraws and asks to forget", () => {
    const rules = extract("Our finance system password rules: 14 characters minimum and they expire every 90 days. Mine's currently Gr@nthamOwl1987 — actually no, don't keep that anywhere, pretend I didn't say it.");
    expect(rules.map((c) => [c.bucket, c.text])).toEqual([["promote", expect.stringMatching(/14 characters minimum/)]]);
    expect(extract("You can stop calling me Doc actually.").map((c) => [c.key, c.content.negative])).toEqual([["user.preferred_name", true]]);
    expect(extract("You can stop calling me Doc actually, it's weird. Forget I ever asked.").map((c) => [c.bucket, c.key])).toEqual([["forget", "user.preferred_name"]]);
  });

  it("cuts a sentence that holds a secret into clauses, so what is said beside the secret is read", () => {
    const clauses = extract("Let me brief you once: base door code is 4821, the Land Rover keys live in the key safe to the left of the garage door, kit room's upstairs.");
    expect(clauses.map((c) => c.text)).toEqual([expect.stringMatching(/Land Rover keys live in the key safe/)]);
    expect(extract("Can you turn that into a short 'first night at base' note?")).toEqual([]);
    const keysafe = extract("The keysafe by the back door is a Supra C500 and the code's 4471 — obviously don't store that anywhere.");
    expect(keysafe.map((c) => c.text)).toEqual([expect.stringMatching(/keysafe by the back door is a Supra C500$/)]);
  });

  it("reads what a document says, a fact that holds until a later date, a forget after a correction's lead, and a settled value beside a floated one", () => {
    expect(extract("On Copper Sky the quarry location permit says no pyrotechnics before 10am and none at all on Sundays.").map((c) => c.bucket)).toEqual(["promote"]);
    expect(extract("Also kiln 2 is out of action until April, so everything goes through kiln 1 for now.").map((c) => c.bucket)).toEqual(["promote"]);
    expect(extract("Oh wait, sorry — scrap the Fresh Plate bit.").map((c) => [c.bucket, c.key])).toEqual([["forget", "topic.fresh_plate_bit"]]);
    const database = extract("The campsite booking service runs on Postgres 14. Someone at the away day floated maybe trying DynamoDB but nothing's been decided.");
    expect(database.map((c) => [c.key, c.content.value])).toEqual([["stack.database", "Postgres 14"]]);
    expect(extract("Ok it's official, 3 weeks veggie now and sticking with it!").map((c) => c.key)).toEqual(["user.diet"]);
    expect(extract("the bio used the usual Irish spelling but mine's actually S-H-I-V-A-U-N.").map((c) => [c.key, c.content.value])).toEqual([["user.preferred_name", "Shivaun"]]);
    expect(extract("the order reference is A-B-C-D-E").map((c) => c.key)).not.toContain("user.preferred_name");
  });

  it("files a rule said in the team's words under the team, and reads no units from a measurement", () => {
    expect(extract("for future reference all our edge nodes are bonded LACP across two switches").map((c) => [c.memoryType, c.scope])).toEqual([["rule", "project"]]);
    expect(extract("any high fall over 6 metres goes onto the airbag").map((c) => c.key)).not.toContain("units");
    expect(extract("I use metric, temperatures in Celsius please").map((c) => c.key)).toEqual(["units"]);
  });

  it("reads no role from a level, a habit or a diet that ends like a trade", () => {
    for (const said of ["I'm an early riser", "I'm a beginner", "I'm vegetarian", "I'm a big reader"]) expect(extract(said).map((c) => c.key)).not.toContain("user.role");
  });

  it("reads each thing a \"two things you should know about me\" header announces", () => {
    const things = extract("Two things you should know about me: I'm deaf in my left ear, so I'd rather have things written down, and I want any safety-critical point at the top of your answer");
    expect(things.map((c) => c.key)).toEqual(["user.trait.deaf", "preference.things_written_down", "preference.any_safety_critical_point"]);
  });

  it("ends a family member's value where a story about them begins, and files a planning doc for a named season under the project", () => {
    expect(extract("My son is 9 and he ask me yesterday what is a 'holding pattern'").map((c) => c.content.value)).toEqual(["9"]);
    expect(extract("My grandson Alfie is coming to stay and he's allergic to sesame").map((c) => c.content.value)).toEqual([expect.stringMatching(/allergic to sesame$/)]);
  });

  it("reads a nationality said alone or before a comma, never one that qualifies something else", () => {
    expect(extract("I'm Irish, born in Galway").map((c) => [c.key, c.content.value]).sort()).toEqual([["user.hometown", "Galway"], ["user.nationality", "Irish"]]);
    for (const other of ["I'm British English's biggest fan", "I'm english teacher at the lycée"]) {
      expect(extract(other).map((c) => c.key)).not.toContain("user.nationality");
    }
  });

  it("reads a message typed in lower case as it reads the same message capitalised", () => {
    const facts = (text: string) => extract(text).map((c) => [c.key, c.content.value]);
    for (const [lower, capitalised] of [
      ["i'm Maya, i run the bakery on Elm Street", "I'm Maya, I run the bakery on Elm Street"],
      ["hello. i am Dariusz, i work as porter at the hospital", "hello. I am Dariusz, I work as porter at the hospital"],
      ["im the relief mate on the kennacraig–islay run", "I'm the relief mate on the kennacraig–islay run"],
    ]) {
      expect(facts(lower!)).toEqual(facts(capitalised!));
      expect(facts(lower!).length).toBeGreaterThan(0);
    }
    expect(facts("i'm Maya, i run the bakery on Elm Street")).toContainEqual(["user.preferred_name", "Maya"]);
    // "i 35" is a road, not the speaker.
    expect(extract("check road conditions on i 35 north of san antonio").map((c) => c.text).join(" ")).not.toMatch(/\bthey 35\b/);
  });

  it("keeps a team's statement typed without capitals or numbers, and a plan or a story stays out", () => {
    const kept = (text: string) => extract(text).map((c) => c.text);
    for (const text of [
      "we sell at the saturday market in lodève most weeks",
      "we're currently running out of the fenwick road depot",
      "for the spring concert we're closing with the rutter magnificat",
      "team note for the implant line: our scan bodies are the elos accurate ones, kept in the blue drawer by the scanner",
      "for everyone on the implant line: our standard is medentika ti-bases, no generic ones, the clinicians complained about fit last time",
    ]) {
      expect(kept(text), text).toHaveLength(1);
    }
    for (const text of [
      "we are going to the pub",
      "our kids are driving me mad",
      "my neighbour, monsieur albrecht, complained to the mairie last week that the bees swarm into his garden",
      "ugh, long day in Crown Court, the barrister talked like an auctioneer",
      "i used to play it 24/7",
      "can you help me write short message to supervisor, i want swap my shift on friday with Kasia",
    ]) {
      expect(kept(text), text).toEqual([]);
    }
  });

  it("splits an introduction into the name and what the user is, and reads names and roles by their case", () => {
    const facts = (text: string) => extract(text).map((c) => [c.key, c.content.value]);
    expect(facts("I'm Harold, retired civil engineer")).toEqual([["user.preferred_name", "Harold"], ["user.role", "retired civil engineer"]]);
    expect(facts("I'm Marisol, stunt coordinator, mostly TV drama")).toEqual([["user.preferred_name", "Marisol"], ["user.role", "stunt coordinator"]]);
    // A surname that ends like a trade is no role.
    expect(facts("I'm Siobhan Kelleher, a BSL/English interpreter").map(([key]) => key)).not.toContain("user.role");
    expect(facts("my legal name is Bartholomew but nobody calls me that, please just use Tol")).toEqual([["user.preferred_name", "Tol"]]);
    // Sulfa drugs the user reacts to are an allergy, not a framework.
    expect(facts("It's sulfa drugs I react to")).toEqual([["user.allergies", "sulfa drugs"]]);
    expect(facts("we moved the frontend to react last month")).toEqual([["stack.framework", "react"]]);
  });

  it("reads every statement of a list under a header of rules, and a request to put something in a draft as a task", () => {
    const texts = extract(
      "few house rules for the opera tour so you stop asking: our house amber is #FF6A13 in every palette, the desk software stays pinned at v3.9.2.1 because 3.9.3 broke our effects engine, and the spare lamp order is PO-558201",
    ).map((c) => c.text);
    expect(texts.join(" | ")).toMatch(/#FF6A13/);
    expect(texts.join(" | ")).toMatch(/v3\.9\.2\.1/);
    expect(texts.join(" | ")).toMatch(/PO-558201/);
    expect(extract("put 7:30 in the description")).toEqual([]);
    expect(extract("put a heading on each section of your answers").map((c) => c.key)).toEqual(["response.headings"]);
  });

  it("reads a bulleted list under a header of rules or info as the team's, with the speaker's own items kept theirs", () => {
    const found = extract("team rules for installs:\n• nothing above two storeys without full scaffold\n• every quote shows our MCS number\n• (me personally) I want the weekly schedule Sunday evening");
    expect(found.map((c) => [c.scope, c.text])).toEqual([
      ["project", expect.stringMatching(/two storeys without full scaffold/)],
      ["project", expect.stringMatching(/MCS number/)],
      ["user", expect.stringMatching(/weekly schedule Sunday evening/)],
    ]);
    const salon = extract("Salon info for the assistant:\n- no walk-ins for colour, patch test 48h before\n- I'm off every Monday");
    expect(salon.map((c) => c.scope)).toEqual(["project", "user"]);
  });

  it("reads an instruction whose condition comes first, and no rule about a thing named elsewhere", () => {
    expect(extract("When you give me drug doses ALWAYS give mg and the ml at the standard concentration.").map((c) => c.text)).toEqual([
      "Always: give mg and the ml at the standard concentration when you give them drug doses",
    ]);
    expect(extract("pls when you write me times use 24 hour clock, the am/pm confuses me").map((c) => c.text)).toEqual(["Always: use 24 hour clock when you write them times"]);
    expect(extract("pls never suggest ear plucking").map((c) => c.text)).toEqual(["Never: suggest ear plucking"]);
    expect(extract("I don't accept them")).toEqual([]);
    expect(extract("I don't do it on principle")).toEqual([]);
  });

  it("reads no tool from a name that only begins like one, and keeps where a fixture of a place is", () => {
    expect(extract("All my materials come through Travis Perkins on the trade account").map((c) => c.key)).not.toContain("stack.ci");
    expect(extract("it's on Cloudflare Pages since the rewrite").map((c) => c.text)).toEqual(["Hosting: Cloudflare"]);
    expect(extract("The key safe for the drill tower is on the left of the roller door").map((c) => c.text)).toEqual([
      "Note: The key safe for the drill tower is on the left of the roller door",
    ]);
    expect(extract("the dog is under the table again")).toEqual([]);
    // "no. 12" ends no sentence.
    expect(extract("Mill Lane client (no. 12): the key's under the second plant pot").map((c) => c.text)).toEqual([
      "Note: Mill Lane client (no. 12): the key's under the second plant pot",
    ]);
  });

  it("reads \"scrap that\" before a new value as a correction, and \"scrap that note\" as a request to forget", () => {
    const [said] = extract("Toolbox talks are Monday 7am in the yard for all the lads.");
    expect(extract("scrap that, they're 6:45 now, the hospital job needs us on site by 7:30", said).map((c) => c.text)).toEqual([
      "Note: Toolbox talks are Monday 6:45am in the yard for all the lads",
    ]);
    expect(extract("the band split up, so scrap that note about it").map((c) => c.bucket)).toEqual(["forget"]);
  });

  it("forgets after a lead and up to the reason given, and keeps no preference about a thing named elsewhere", () => {
    expect(extract("actually forget the celadon recipe, I'd rather keep it in my notebook only").map((c) => c.text)).toEqual(["Forget: the celadon recipe"]);
    expect(extract("please forget what I said about Ellie's medical history, she asked me not to").map((c) => c.text)).toEqual(["Forget: Ellie's medical history"]);
    expect(extract("I'd rather keep it simple").map((c) => c.text)).toEqual(["Prefers: keep it simple"]);
  });

  it("keeps no story of how something was or what broke, and reads a team's present after a topic's lead", () => {
    expect(extract("night shift was brutal, three arrests and a RTC on the A64, I'm running on fumes")).toEqual([]);
    expect(extract("The cave humidity sensor died Tuesday so I've been checking by hand")).toEqual([]);
    expect(extract("The invoice for it was INV-2024-0387.").map((c) => c.text)).toEqual(["Note: The invoice for it was INV-2024-0387"]);
    const [raw] = extract(
      "On the cheese side, we've gone fully raw milk for the Caerphilly now — no more pasteurised batches at all — which I'm chuffed about, took two years to get the EHO happy.",
    );
    expect(raw?.text).toMatch(/^Note: On the cheese side, we've gone fully raw milk for the Caerphilly now — no more pasteurised batches/);
  });

  it("reads a correction after statements in one message, a shift this week as this week's, and a change told with an emoji", () => {
    expect(extract("Lane oil machine we run every morning 8.00 before open. Sorry I write wrong, is 8.30 not 8.00.").map((c) => c.text)).toEqual([
      "Note: Lane oil machine we run every morning 8.30 before open",
    ]);
    const said = extract("Our launch field is Pennyhill Farm. Also max passengers in the big basket is 12.").at(-1);
    expect(extract("oh my bad, launch field is Cowley Meadow", said).map((c) => c.text)).toEqual(["Note: launch field is Cowley Meadow"]);
    expect(extract("I'm on lates this week").map((c) => c.bucket)).toEqual(["session"]);
    expect(extract("switched to Zed this week and honestly not going back").map((c) => [c.bucket, c.text])).toEqual([["promote", "Editor: Zed"]]);
    expect(extract("They changed the spec AGAIN 🙄 back to 300 dpi").map((c) => c.bucket)).toEqual(["promote"]);
    expect(extract("the bride's uncle tried to grab the mic AGAIN 🙄")).toEqual([]);
    expect(extract("forget the grout thing pls, not loyal to any brand anymore").map((c) => c.text)).toEqual(["Forget: the grout"]);
  });

  it("keeps a place's rules said of no one, a spec under its header, and an amount said after a note as part of it", () => {
    for (const rule of [
      "The power hammer is off limits to anyone who hasn't done the induction",
      "Penguin skate aids are for under-10s only, and under-6s must wear a helmet on the ice",
      "Nitrox isn't free for course students anymore",
    ]) expect(extract(rule).map((c) => c.scope)).toEqual(["project"]);
    expect(extract("you must be tired")).toEqual([]);
    expect(extract("Hendre gate commission spec: mild steel, hot-dip galvanised, then painted black").map((c) => c.text)).toEqual([
      "Note: Hendre gate commission spec: mild steel, hot-dip galvanised, then painted black",
    ]);
    expect(extract("skate hire is no longer included!! it's £3.50 on top since the price review").map((c) => c.text)).toEqual([
      "Note: skate hire is no longer included, it's £3.50 on top since the price review",
    ]);
    expect(extract("Hendre gate commission spec: mild steel, then painted black. Due 14 March.").map((c) => c.text)).toEqual([
      "Note: Hendre gate commission spec: mild steel, then painted black, Due 14 March",
    ]);
    expect(extract("morning! new here on the front desk at Tiverton").map((c) => c.scope)).toEqual(["user"]);
  });

  it("reads \"—scratch that, it's …\" as a correction, a team's \"no X on Y\", and an instruction after \"when you …:\"", () => {
    expect(extract("Handover day for the whole hire fleet is Saturday—scratch that, it's Friday, we moved it.").map((c) => c.text)).toEqual([
      "Note: Handover day for the whole hire fleet is Friday",
    ]);
    expect(extract("across the whole company, no dogs on any of our tours (assistance dogs excepted)").map((c) => c.bucket)).toEqual(["promote"]);
    expect(extract("no luck at the shops today")).toEqual([]);
    expect(extract("When you make pickup lists for me: timestamp first, then the line in quotes").map((c) => c.text)).toEqual([
      "Always: timestamp first, then the line in quotes when you make pickup lists for them",
    ]);
  });

  it("reads a sigh as no correction, and a slip's lead says the next sentence corrects", () => {
    expect(intentOf("ugh, the hall got double-booked so we've shifted to wednesday evenings from now on")).toBe("statement");
    expect(extract("scratch what i said about mondays, i was looking at the old sheet").find((c) => c.bucket === "forget")?.text).toBe("Forget: mondays");
    expect(intentOf("pls scrub anything you've got about albrecht")).toBe("forget");
    expect(intentOf("actually can you not keep the pregnancy thing on file?")).toBe("forget");
    // A remark after an apology corrects nothing: "sorry, brain is fried" is no new value for the hives.
    const [hives] = extract("so i run 14 hives up in the cévennes, mostly chestnut honey");
    expect(extractWithRules({ userTexts: ["ok and is that per 300 bees? sorry, brain is fried"], scopes: ALL_SCOPES, previous: hives })).toEqual([]);
    // Emphasis is no part of the words: "I *think*" hedges as "I think" does.
    expect(isHedged(extract("I *think* it's 5012387")[0]!.evidence)).toBe(true);
  });

  it("reads what a user does at work, and a record under a header that says one follows", () => {
    const kept = (text: string) => extract(text).map((c) => [c.key, c.content.value]);
    expect(kept("I do all the croissant lamination")).toHaveLength(1);
    expect(kept("I'm the only one here who does the ceramic layering")).toHaveLength(1);
    expect(kept("team procedure for school routes going forward: the kids' seatbelt check gets logged on the cab tablet before departure")).toHaveLength(1);
    expect(kept("personal thing, not for the team: I get carsick in the back so I always take the front seat")[0]?.[0]).toBe("user.trait.carsick");
    expect(kept("im the tech lead for the southern string on this site")).toEqual([["user.role", "tech lead for the southern string"]]);
    expect(kept("normally i'm based at oban")).toEqual([["user.location", "oban"]]);
    expect(kept("oh and so you know for later, on the festival rig we always patch the movers on universe 3")).toHaveLength(1);
    expect(kept("on the legal batch the client insists 'Auftragnehmer' is rendered as 'contractor'")).toHaveLength(1);
    // A routine is no finished task; code and a quotation to translate are no facts.
    expect(kept("For our dispensary: the controlled drugs register balance check is done every Tuesday").map(([key]) => key)).not.toContainEqual(expect.stringMatching(/^task\./));
    expect(kept("name = user.get('nickname') or 'Vik'")).toEqual([]);
    expect(kept("First: 'Bordet är tillverkat av massiv ek.'")).toEqual([]);
  });

  it("limits a value to this conversation only by words of its own clause", () => {
    const [role] = extract("im the relief mate on the kennacraig–islay run so i end up covering whatever falls through, which means a handover note for tonight");
    expect([role?.key, role?.bucket]).toEqual(["user.role", "promote"]);
    expect(extract("just for this chat, call me Bob").map((c) => c.bucket)).toEqual(["session"]);
    expect(extract("long story but the rota went sideways, the catering lot are short too")).toEqual([]);
    expect(extract("please take the hartley discount out of your memory, it's confidential").map((c) => c.text)).toEqual(["Forget: the hartley discount"]);
  });

  it("reads \"right now\" as a limit only of what the user is doing, and a few more forms of work", () => {
    const first = (text: string) => extract(text)[0];
    expect(first("right now the out-of-hours rota is 1 in 3 for the vets")?.bucket).toBe("promote");
    expect(first("I'm driving right now so keep it short")?.bucket).toBe("session");
    expect(first("I don't take on medical device texts anymore, burned out on them")?.key).toBe("rule.avoid.take_medical_device_texts");
    expect(first("i quietly sing the baritone part")?.content.value).toBe("the baritone part");
    expect(extract("so you know who does what here: dr okafor does all the exotics").map((c) => c.text)).toEqual(["Note: you know who does what here: dr okafor does all the exotics"]);
    expect(first("house rule at lingua nord, applies to every project and every translator: british spelling for all english deliverables")?.bucket).toBe("promote");
    expect(extract("tell them: the delivery on Thursday was short")).toEqual([]);
    // Two notes under one header are two memories, keyed by what they say, not by the header.
    const keys = ["Team note for the visitor survey: completed forms go to the Bala office.", "Team note for the visitor survey: our volunteers wear green bibs at the car parks."].map((text) => extract(text)[0]?.key);
    expect(new Set(keys).size).toBe(2);
  });

  it("keeps a team's rule of what must or must not be done, and reads a routine as no finished task", () => {
    const kept = (text: string) => extract(text).map((c) => [c.key, c.scope]);
    expect(kept("Company rule for all Timberline crews, every site: there's always a second climber on the ground kitted up for aerial rescue")).toHaveLength(1);
    expect(kept("across the whole trust, porters can't move a patient on oxygen without a cylinder check signed on the transfer sheet")).toHaveLength(1);
    expect(kept("all new cataloguing across every collection is done to Records in Contexts (RiC-CM) now").map(([key]) => key)).not.toContainEqual(expect.stringMatching(/^task\./));
    expect(kept("there's a lovely breeze today")).toEqual([]);
    expect(kept("Team convention for the castro dig: every find bag gets the context number written on the tag in permanent marker")).toHaveLength(1);
  });

  it("keeps no event, plan for now, sum or idiom as a note, but keeps a plan that replaces something", () => {
    for (const text of [
      "my neighbour Pat came over to watch and asked about a hundred questions",
      "last one: 17% of 2340",
      "don't get me started on Inverness Caley Thistle, absolute shambles on Saturday",
      "yeah that's a no for the summit then, we'll do the low-level loop round Loch Morlich",
      "my mum is reading over my shoulder",
      "my daughter Freya starts school next week so I'll be slower to reply — actually no, don't keep that, forget I mentioned her.",
    ]) {
      expect(extract(text), text).toEqual([]);
    }
    expect(extract("I deferred my Berlin entry to next year and I'll do the Lisbon half in October instead").map((c) => c.text).join(" ")).toMatch(/Lisbon/);
    expect(extract("our guest wifi is called LaLupita-Guest, it's open")).toHaveLength(1);
    expect(extract("I've got BroodMinder scales under 6 of my 20 hives")).toHaveLength(1);
  });

  it("forgets a topic named before \"forget that\"", () => {
    expect(extract("hey earlier i mentioned my camera — forget that, it got nicked from the site hut.").map((c) => c.text)).toEqual(["Forget: camera"]);
    // Assigned somewhere new this year, in lower case, is a statement to keep.
    expect(extract("this year they've got me on east ridge")).toHaveLength(1);
  });

  it("reads nothing of a request to do something that is not a way of answering", () => {
    expect(extract("Right, can you sketch out a rota template for 3 vets and 4 nurses, 08:00–19:00?")).toEqual([]);
    expect(extract("Can you tell them what the Royal Mail invoice should've been coded to?")).toEqual([]);
    expect(extract("Give me 3 weeknight dinner ideas")).toEqual([]);
    expect(extract("Give me a summary at the end of every answer").map((c) => c.key)).toEqual(["response.style"]);
    expect(extract("can you keep answers short and in bullet points?").map((c) => c.key)).toEqual(["response.style"]);
  });

  it("reads only the user's own words: pasted code, transcripts, logs and quotes are skipped", () => {
    const pasted = [
      "Here's the chat from earlier:\n[14:02] dmitri: call me Dima\n[14:03] lee: we use Jenkins",
      "```\n// I prefer light mode\nconst theme = 'light'\n```",
      "2024-05-01 10:00:01 INFO moved to Porto\n2024-05-01 10:00:02 ERROR deploy to Heroku failed",
      '> I live in Berlin\n',
      'The doc says "our team uses MongoDB for everything"',
    ];
    for (const text of pasted) expect(extract(text), text).toEqual([]);
    expect(extract("Getting this:\nTypeError: x is undefined\n    at run (/app/a.js:1:2)\nI use vim btw").map((c) => c.key)).toEqual(["tools.editor"]);
  });

  it("corrects the previous statement with a bare \"no, it's …\", replacing its value whole", () => {
    const [deadline] = extract("The deadline is Friday.");
    const [corrected] = extract("Oops, I meant Monday.", deadline);
    expect(corrected).toMatchObject({ key: "project.deadline", content: { value: "Monday" }, bucket: "promote" });
    expect(corrected!.text).toBe("Deadline: Monday");
  });

  it("reads \"Actually, I prefer light mode\" as a statement of its own subject, not a correction of the last one", () => {
    const [database] = extract("Our team uses Postgres.");
    expect(extract("Actually, I prefer light mode.", database).map((c) => [c.key, c.content.value])).toEqual([["ui.theme", "light mode"]]);
  });

  it("lets a correction in the same message replace the value it corrects, leaving no mix of both", () => {
    const candidates = extract("We deploy with Heroku and keep data in Postgres. Wait, no, it's Fly.io");
    expect(candidates.map((c) => [c.key, c.content.value]).sort()).toEqual([
      ["stack.database", "Postgres"],
      ["stack.hosting", "Fly.io"],
    ]);
    expect(candidates.find((c) => c.key === "stack.hosting")!.text).toBe("Hosting: Fly.io");
  });

  it("reads every sentence of every new message, and a later one can correct an earlier one", () => {
    const candidates = extractWithRules({ userTexts: ["Hi! I prefer dark mode. Our team uses MySQL.", "Sorry, it's Postgres. Thanks!"], scopes: ALL_SCOPES });
    expect(candidates.map((c) => [c.key, c.content.value])).toEqual([
      ["ui.theme", "dark mode"],
      ["stack.database", "Postgres"],
    ]);
  });

  it("corrects a date typed wrong with an informal lead and no comma, without the apology in the value", () => {
    const [birthday] = extract("my birthday is March 3rd");
    const [corrected] = extract("wait no March 13th my b", birthday);
    expect(corrected).toMatchObject({ key: "user.birthday", content: { value: "March 13th" } });
  });

  it("replaces the old number's words that the corrected value does not share, and only the number otherwise", () => {
    const [completion] = extract("The completion date for the merger is 30 June, per the SPA.");
    expect(extract("I must correct my previous message: the completion date is in fact 31 July.", completion)[0]!.content.value).toBe(
      "The completion date for the merger is 31 July, per the SPA",
    );
    const [limit] = extract("The API limit is 500 requests per minute for the whole team.");
    expect(extract("sorry, it's 300 per minute", limit)[0]!.content.value).toBe("The API limit is 300 requests per minute for the whole team");
  });

  it("reads what follows \"scratch that\" as a statement of its own, never as a request to forget", () => {
    for (const text of [
      "Our launch target is Q3, we ship via LaunchDarkly flags. Actually scratch that, we ship via Statsig flags, we moved last sprint",
      "Our launch target is Q3, we ship via LaunchDarkly flags. Scratch that, We ship via Statsig flags, we moved last sprint",
    ]) {
      const candidates = extract(text);
      expect(candidates.some((c) => c.bucket === "forget"), text).toBe(false);
      expect(candidates.map((c) => c.text).join(" | "), text).toMatch(/Statsig/);
    }
  });

  it("keeps a team's practice stated after a prohibition, and a practice typed in lower case", () => {
    const candidates = extract("stop suggesting docker for everything, we run plain systemd units on the edge fleet");
    expect(candidates.map((c) => [c.memoryType, c.scope])).toEqual([
      ["rule", "user"],
      ["fact", "project"],
    ]);
    expect(candidates[1]!.text).toMatch(/systemd units on the edge fleet/);
    expect(extract("Please don't suggest Docker, We run systemd units everywhere").map((c) => c.memoryType)).toEqual(["rule", "fact"]);
    expect(extract("we test against staging before release")).toMatchObject([{ scope: "project", memoryType: "fact" }]);
    expect(extract("we tested it against staging yesterday")).toEqual([]);
    expect(extract("We're closed Mondays")).toMatchObject([{ scope: "project" }]);
    expect(extract("We love Paris")).toEqual([]);
    expect(extract("on-call for the mobile app rotates every Wednesday at noon")).toMatchObject([{ scope: "project" }]);
  });

  it("turns a forget request into a forget candidate for the subject it names", () => {
    expect(extract("forget what I told you about my allergies")).toMatchObject([{ bucket: "forget", key: "user.allergies" }]);
    expect(extract("please scratch the thing about my birthday")).toMatchObject([{ bucket: "forget", key: "user.birthday" }]);
    expect(extract("delete my sister's wedding date from your memory")).toMatchObject([{ bucket: "forget", key: expect.stringMatching(/^topic\.sister/) }]);
    expect(extract("take the latex allergy thing out of your memory please")).toMatchObject([{ bucket: "forget", key: "user.allergies" }]);
    expect(extract("can you scrub the bit about my divorce from your memory? I'd rather that not be stored anywhere.")).toMatchObject([
      { bucket: "forget", key: "topic.divorce" },
    ]);
    expect(extract("strike the deadline from your notes")).toMatchObject([{ bucket: "forget", key: "project.deadline" }]);
    expect(extract("take the trash out")).toEqual([]);
    expect(extract("Fish also no, I don't eat it").map((c) => c.key)).not.toContain("tools.shell");
    expect(extract("I prefer polars for my own scratch notebooks").map((c) => c.bucket)).toEqual(["promote"]);
  });

  it("reads an idea floated without a decision as hedged, so it stays in the conversation", () => {
    expect(isHedged("been toying with the idea of rewriting the sync service in Elixir, nothing decided yet")).toBe(true);
    expect(isHedged("just thinking out loud: move CI to Buildkite")).toBe(true);
    expect(isHedged("we decided to rewrite the sync service in Elixir")).toBe(false);
  });

  it("reads a dictated message without punctuation as the statements it runs together", () => {
    const dictated =
      "ok so um I'm dictating this while I drive so sorry there's no punctuation my name is Marguerite I teach third grade in Duluth and I'm always looking for cheap science activities";
    const candidates = extract(dictated);
    expect(candidates.find((c) => c.key === "user.preferred_name")?.content.value).toBe("Marguerite");
    expect(candidates.map((c) => c.text).join(" | ")).toMatch(/third grade in Duluth/);
    expect(candidates.map((c) => c.text).join(" | ")).not.toMatch(/dictating/);
    // With punctuation, a sentence is never cut at "I".
    expect(extract("I think I prefer tea.").map((c) => c.key)).toEqual(["preference.tea"]);
  });

  it("never files someone else's name, birthday or timezone as the user's own", () => {
    for (const text of ["my wife's name is Ana", "my daughter Mia's birthday is June 12", "my manager's timezone is PST", "her name is Priya", "your name is Claude"]) {
      const keys = extract(text).map((c) => c.key);
      expect(keys, text).not.toContain("user.preferred_name");
      expect(keys, text).not.toContain("user.birthday");
      expect(keys, text).not.toContain("user.timezone");
    }
    expect(extract("my birthday is June 12")).toMatchObject([{ key: "user.birthday", content: { value: "June 12" } }]);
  });

  it("files what is said of \"this account\" or \"this customer\" under the project, never across the user's projects", () => {
    expect(extract("Context for this account: Harlow Bikes is on the Enterprise plan")).toMatchObject([{ scope: "project" }]);
    expect(extract("For this customer, Quayside Foods is on the Starter plan")[0]?.scope).toBe("project");
  });

  it("reads the premise of a question as a statement, and the question as nothing", () => {
    const candidates = extract("Since I'm left-handed and I mostly write with iron gall ink in a Leuchtturm notebook, which nib would smudge the least for me?");
    expect(candidates.map((c) => c.key)).toEqual(["user.trait.left_handed", "note.mostly_write_iron_gall"]);
    expect(extract("As a type 1 diabetic on night shifts, how should I time my insulin?")).toMatchObject([{ key: "user.trait.type_1_diabetic" }]);
    expect(extract("As a beginner, what should I read?")).toEqual([]);
  });

  it("keeps a role's field but not its place or employer, which are subjects of their own", () => {
    expect(extract("I'm a PhD student in hydrology at Leeds.").find((c) => c.key === "user.role")?.content.value).toBe("PhD student in hydrology");
    const nurse = extract("I'm a theatre nurse at the Royal Victoria in Belfast at the moment.");
    expect(nurse.map((c) => [c.key, c.content.value])).toEqual([["user.location", "Belfast"], ["user.role", "theatre nurse"]]);
    expect(extract("I'm a data engineer at Umbrella").map((c) => [c.key, c.content.value])).toEqual([["user.employer", "Umbrella"], ["user.role", "data engineer"]]);
  });

  it("replaces a word spelt wrong by its correction, keeping the rest of the statement", () => {
    const [said] = extract("my dispatcher is carla shes the one who approves any detours i take");
    const [corrected] = extract("sorry the voice thing messed that up its karla with a k", said);
    expect(corrected?.key).toBe("user.dispatcher");
    expect(corrected?.text).toBe("Dispatcher: karla shes the one who approves any detours I take");
  });

  it("corrects the number of a statement in the same message, keeping the rest of it", () => {
    expect(extract("I've got three grandchildren — four, actually, how could I forget little Alfie, born in June.")).toMatchObject([
      { key: "user.grandchildren", text: "Has: four grandchildren" },
    ]);
    expect(extract("My shop opens at 8 on Saturdays — no wait, sorry, that was last year, it's 9 on Saturdays now since I dropped the early market run.")).toMatchObject([
      { text: "Note: their shop opens at 9 on Saturdays" },
    ]);
    expect(extract("I live in Lisbon. Porto, actually.")).toMatchObject([{ key: "user.location", content: { value: "Porto" } }]);
    const [sister] = extract("my sister Jane's birthday is in May");
    expect(extract("Sorry, June.", sister)).toMatchObject([{ text: "Sister Jane: birthday is in June" }]);
  });

  it("proposes a correction of an earlier conversation's value by the value it replaces, and reads a statement after a correction lead", () => {
    expect(extract("Correction to what I told you last time: it's 120 references, not 180 — I'd counted the cellar reserve as well.")).toMatchObject([
      { key: "note.correction_120_references", content: { value: "120 references", replaces: "180" } },
    ]);
    expect(extract("I got that wrong earlier — Hartley's year end is 30 April.")).toMatchObject([
      { text: "Note: Hartley's year end is 30 April", evidence: "I got that wrong earlier Hartley's year end is 30 April" },
    ]);
  });

  it("reads a same-message correction of where something is, without the old place's remark", () => {
    expect(extract("My two colonies are in the walled garden, sorry, no, they're in the orchard now, the walled garden was last year.")).toMatchObject([
      { key: "user.two_colonies", text: "Two colonies: in the orchard" },
    ]);
    expect(extract("the bride's uncle tried to grab the mic AGAIN 🙄 anyway from now on I always bring my own mic")).toMatchObject([
      { memoryType: "rule", text: "Always: they always bring their own mic" },
    ]);
  });

  it("proposes a rewrite of a name a later message says was wrong, and nothing of the kind in an ordinary contrast", () => {
    const [correction] = extract("Small thing: my surname is MacLeod, M-A-C, not McLeod. I typed it wrong last time.");
    expect(correction).toMatchObject({ content: { value: "MacLeod", replaces: "McLeod" } });
    expect(extract("I support Celtic, not Rangers").map((c) => c.content.replaces)).toEqual([undefined]);
  });

  it("reads each item of a list a header announces, and a labelled code after a dash with its sentence", () => {
    const items = extract("For my records, please keep these: the burner is part number FX-220-B, my invoices start at INV-2025-0417, and the forge's postcode is LD3 7HR.");
    expect(items.map((c) => c.text)).toEqual([
      "Note: the burner is part number FX-220-B",
      "Note: their invoices start at INV-2025-0417",
      "Note: the forge's postcode is LD3 7HR",
    ]);
    expect(extract("My puzzle collection 'Hemlock's Hundred' is finally out — ISBN 978-1-915672-04-3.")[0]?.text).toMatch(/ISBN 978-1-915672-04-3$/);
  });

  it("never files a learner's \"my wife name is …\" as the user's name, and forgets it when asked", () => {
    expect(extract("my wife name is Agnieszka, she is sick now").map((c) => c.key)).toEqual(["user.wife_name"]);
    expect(extract("please you delete from memory all what i say about my wife. is private thing.")).toMatchObject([{ bucket: "forget", key: "topic.wife" }]);
  });

  it("forgets the topic a message named alone before asking, and the weight a request names", () => {
    expect(extract("About my birthday — please do not keep it anymore.")).toMatchObject([{ bucket: "forget", key: "user.birthday" }]);
    expect(extract("I'd rather you didn't hold on to my weight, it messes with my head.")).toMatchObject([{ bucket: "forget", key: "topic.weight" }]);
  });

  it("proposes a respelling of a name from an earlier conversation, and nothing for an ordinary \"it's\"", () => {
    expect(extract("I misspelled my student's name before: it's Farouki, with an i on the end.")).toMatchObject([
      { content: { value: "Farouki", respells: true } },
    ]);
    expect(extract("omg I typo'd my own handle lol. it's vexed_out, ONE x.")).toMatchObject([{ content: { value: "vexed_out", respells: true } }]);
    expect(extract("it's fine, I told you last time")).toEqual([]);
  });

  it("splits a texted \"n\" like \"and\", so each fact can be forgotten alone", () => {
    expect(extract("fav band is Arctic Monkeys n im in year 11 at Westfield Academy").map((c) => c.text)).toEqual([
      "Note: fav band is Arctic Monkeys",
      "Note: they are in year 11 at Westfield Academy",
    ]);
  });

  it("files someone else's allergy or diet under them, never as the user's own", () => {
    expect(extract("My two: Ella is 9 and swims on Tuesdays, Noah is 6 and has a severe peanut allergy.").map((c) => c.key)).not.toContain("user.allergies");
    const [daughter] = extract("Also my daughter Chiamaka is allergic to groundnuts, so her lunchbox must avoid them.");
    expect(daughter?.key).toBe("user.daughter_chiamaka");
    expect(daughter?.text).toMatch(/^Daughter Chiamaka: allergic to groundnuts/);
    expect(extract("I'm allergic to penicillin")).toMatchObject([{ key: "user.allergies" }]);
  });

  it("gives the team the impersonal statements of a message addressed to the team, and the speaker their own", () => {
    const posted = extract(
      "Posting the team rules for Lantern Tide: 1) nobody pushes to main after 4pm on a Friday, 2) every gameplay PR needs a playtest clip. Separately, just for me: I like my summaries as bullet points.",
    );
    expect(posted.map((c) => [c.text, c.scope])).toEqual([
      ["Note: nobody pushes to main after 4pm on a Friday", "project"],
      ["Note: every gameplay PR needs a playtest clip", "project"],
      ["Prefers: their summaries as bullet points", "user"],
    ]);
    expect(extract("For the team: the release candidate is v0.14 and the Steam app id is 2281940.")).toMatchObject([{ scope: "project" }]);
    expect(extract("For the team: release candidate is v0.14 and the app id is 2281940.")).toMatchObject([{ scope: "project" }]);
    // Said of no one in particular, a statement is the team's too; of the speaker or their own life, it is theirs.
    expect(extract("release candidate is v0.14 and the app id is 2281940.")).toMatchObject([{ scope: "project" }]);
    expect(extract("my release candidate is v0.14 and the app id is 2281940.")).toMatchObject([{ scope: "user" }]);
    expect(extract("Uncle Dave's flight lands at 14:05 on Saturday.")).toMatchObject([{ scope: "user" }]);
  });

  it("keeps a clause after a dash that refers back to it, and reads a note after \"please remember:\"", () => {
    expect(extract("FYI team, the court has relisted the Hargreaves hearing — it's now on 2 April, same venue.")).toMatchObject([
      { text: "Note: team, the court has relisted the Hargreaves hearing — it's now on 2 April, same venue" },
    ]);
    expect(extract("And please remember: I only translate from Dutch into English.")).toMatchObject([{ memoryType: "rule", text: "Always: only translate from Dutch into English" }]);
  });

  it("proposes the user scope for a team subject when the identity has no project or org", () => {
    const [candidate] = extractWithRules({ userTexts: ["The deadline is Friday"], scopes: ["user"] });
    expect(candidate?.scope).toBe("user");
  });
});
