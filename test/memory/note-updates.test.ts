import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { history, promote, recall, type IdentityContext } from "../../src/index.js";
import { extractWithRules, type RuleScope } from "../../src/nodes/rules/extract.js";
import { STORE_FACTORIES } from "./stores.js";

const rukmini = { userId: "rukmini", orgId: "st-brennan", projectId: "oncology" };
const tomasz = { userId: "tomasz", orgId: "st-brennan", projectId: "oncology" };
const grace = { userId: "grace", orgId: "st-brennan", projectId: "paediatrics" };
const femi = { userId: "femi" };

/** What the offline extractor proposes for one message, promoted for this identity. */
async function say(store: BaseStore, who: IdentityContext, text: string) {
  const scopes: RuleScope[] = ["user", ...("projectId" in who ? ["project" as const] : []), ...("orgId" in who ? ["org" as const] : [])];
  return promote(store, extractWithRules({ userTexts: [text], scopes }), who);
}

const texts = async (store: BaseStore, who: IdentityContext) => (await recall(store, who, { limit: 20 })).map((record) => record.text);

describe.each(STORE_FACTORIES)("notes that update notes, and where notes go, on $name", (factory) => {
  let store: BaseStore;
  let close: () => Promise<void>;
  beforeEach(async () => ({ store, close } = await factory.create()));
  afterEach(async () => close());

  it("retires a team note when a colleague announces its new value, and keeps it in history", async () => {
    const [first] = (await say(store, rukmini, "Team note for the oncology pharmacy: our daily huddle is at 8:15 in the dispensary.")).entries;
    const report = await say(store, tomasz, "Heads up for the team: we've moved the daily huddle to 9:30 because of the new ward round timings.");
    expect(report.entries.map((entry) => entry.outcome)).toEqual(["superseded"]);
    for (const who of [rukmini, tomasz]) {
      const live = (await texts(store, who)).join(" | ");
      expect(live).toMatch(/9:30/);
      expect(live).not.toMatch(/8:15/);
    }
    expect((await texts(store, grace)).join(" | ")).not.toMatch(/huddle/);
    const versions = await history(store, rukmini, first!.key);
    expect(versions.map((record) => [record.text.includes("8:15"), record.supersededBy === null])).toEqual([[true, false]]);
  });

  it("retires the note naming the value a switch moved away from", async () => {
    await say(store, femi, "We do the bakery's bookkeeping in Xero, and my accountant logs in once a month.");
    await say(store, femi, "We open at 7am, Tuesday to Sunday.");
    await say(store, femi, "we switched from xero to freeagent last month, it's free with our business bank account.");
    const live = await texts(store, femi);
    expect(live.join(" | ")).toMatch(/freeagent/);
    expect(live.join(" | ")).not.toMatch(/Xero, and/);
    expect(live.join(" | ")).toMatch(/7am/);
  });

  it("retires the note holding a value the update names as the old one: a day dropped, a thing ditched", async () => {
    const choir = { userId: "ines", orgId: "st-aidans", projectId: "choir" };
    await say(store, choir, "Our rehearsals are on Thursday evenings at 7:30 in the church hall.");
    await say(store, choir, "The kids' swimming is at the leisure centre on Thursdays.");
    await say(store, choir, "Quick heads-up: we don't do Thursdays anymore, it's Wednesdays now, same time, the hall got booked.");
    await say(store, femi, "I do all my reading on the Kindle these days, mostly crime novels.");
    await say(store, femi, "Ditched the Kindle for paper books, I'm afraid.");
    const rehearsals = (await texts(store, choir)).join(" | ");
    expect(rehearsals).not.toMatch(/Thursday evenings/);
    // A day moved away from names no note alone: the swimming shares no word with the rehearsals.
    expect(rehearsals).toMatch(/swimming/);
    const live = (await texts(store, femi)).join(" | ");
    expect(live).toMatch(/Ditched the Kindle/);
    expect(live).not.toMatch(/reading on the Kindle/);
  });

  it("rewrites a note from an earlier conversation that a bare correction names by its old value, and discards one that names nothing held", async () => {
    const claire = { userId: "claire" };
    const [first] = (await say(store, claire, "Our wine list at the bistro runs to about 180 references, mostly French.")).entries;
    await say(store, claire, "Our street has 180 houses.");
    const report = await say(store, claire, "Correction to what I told you last time: it's 120 references, not 180.");
    expect(report.entries).toMatchObject([{ outcome: "superseded", key: first!.key }]);
    // Both hold 180; the correction shares "references" with the wine list, not with the street.
    expect((await texts(store, claire)).sort()).toEqual(["Note: Our street has 180 houses", "Note: Our wine list at the bistro runs to about 120 references, mostly French"]);
    expect((await history(store, claire, first!.key)).map((record) => record.supersededBy === null)).toEqual([false, true]);
    const nothing = await say(store, claire, "Correction: it's 40 covers, not 35.");
    expect(nothing.entries).toMatchObject([{ outcome: "discarded", reason: 'corrects "35", which no live memory holds' }]);
  });

  it("lets a message that says it corrects an earlier one retire the note its new value replaces", async () => {
    const amara = { userId: "amara", orgId: "st-brigid", projectId: "ward-4b" };
    await say(store, amara, "For context when I ask about staffing ratios: ward 4B has 28 beds.");
    await say(store, amara, "sorry, I told you 28 beds before, that was my old ward. 4B has 24 beds.");
    // The old note with its one measure replaced, so what it said besides the number stays.
    expect(await texts(store, amara)).toEqual([expect.stringMatching(/staffing ratios: ward 4B has 24 beds$/)]);
  });

  it("rewrites the memory a later message corrects by name, only when the message says it corrects", async () => {
    const wanjiru = { userId: "wanjiru" };
    await say(store, wanjiru, "I'm an agronomist working with smallholder maize farmers in Nakuru county.");
    await say(store, wanjiru, "Sign off any emails you draft for me as Wanjiru Kamau, Shamba Advisory.");
    await say(store, wanjiru, "Correction to what I told you last time: my farmers are in Nyeri county, not Nakuru. I mixed them up.");
    await say(store, wanjiru, "Small thing: my surname is Kamau-Njeri, not Kamau. I typed it wrong last time.");
    const live = (await texts(store, wanjiru)).join(" | ");
    expect(live).toMatch(/Location: Nyeri/);
    expect(live).not.toMatch(/Nakuru/);
    expect(live).toMatch(/Wanjiru Kamau-Njeri, Shamba Advisory/);
    const fan = { userId: "fan" };
    await say(store, fan, "My brother supports Rangers.");
    await say(store, fan, "I support Celtic, not Rangers.");
    expect((await texts(store, fan)).join(" | ")).toMatch(/brother supports Rangers/);
  });

  it("retires a note for a new amount from a date, a supplier named for another now, and a place for this season", async () => {
    const gaz = { userId: "gaz", orgId: "hotflow" };
    await say(store, gaz, "Our callout fee is £85 which covers the first half hour.");
    await say(store, gaz, "as of the 1st of next month callout's going to £95, fuel's killing us.");
    expect((await texts(store, gaz)).join(" | ")).not.toMatch(/£85/);
    const cosmo = { userId: "cosmo" };
    await say(store, cosmo, "Our house tweeds all come from Holland & Sherry, mostly their Harris range.");
    await say(store, cosmo, "Dugdale Bros for the house tweeds now — lead times got silly.");
    await say(store, cosmo, "we run all our lessons off Camber Sands, students meet at the blue hut");
    await say(store, cosmo, "lessons are off West Wittering this season, meet by the lifeguard tower");
    const live = (await texts(store, cosmo)).join(" | ");
    expect(live).toMatch(/Dugdale/);
    expect(live).not.toMatch(/Holland/);
    expect(live).toMatch(/West Wittering/);
    expect(live).not.toMatch(/Camber/);
    // A request that opens with "Now" replaces nothing, though it shares two topic words and names another name.
    const rohit = { userId: "rohit" };
    await say(store, rohit, "Test cases for the Payments squad go on the Zephyr board.");
    await say(store, rohit, "Now give test cases for the OTP login screen.");
    expect((await texts(store, rohit)).join(" | ")).toMatch(/Zephyr/);
  });

  it("corrects the note holding the number a bare \"it's 3 tonnes, not 3.5\" replaces, and a correction said in plain words", async () => {
    const dean = { userId: "dean", orgId: "bridge-motors" };
    await say(store, dean, "ramp 2 in the workshop is rated 3.5 tonnes");
    await say(store, dean, "finally read the actual plate on ramp 2. it's 3 tonnes, not 3.5.");
    const live = (await texts(store, dean)).join(" | ");
    expect(live).toMatch(/ramp 2 in the workshop is rated 3 tonnes/);
    expect(live).not.toMatch(/3\.5/);
    const jakub = { userId: "jakub" };
    await say(store, jakub, "The vet come every second Wednesday for the fertility checks.");
    await say(store, jakub, "Sorry I make mistake before. The vet is every second Friday, not Wednesday.");
    expect((await texts(store, jakub)).join(" | ")).not.toMatch(/Wednesday for the fertility/);
  });

  it("updates by how often, by a rule's one amount, by what turned out, by the number told before, and reverses a style by a \"stop\"", async () => {
    const dave = { userId: "dave" };
    await say(store, dave, "Thornbury round is every 4 weeks, always on a Wednesday.");
    await say(store, dave, "thornbury's fortnightly now, customers wanted it.");
    await say(store, dave, "when you draft quotes for me use £95 per metre for a full rebuild of a dry stone wall");
    await say(store, dave, "prices went up in jan. rebuilds are £110/m");
    await say(store, dave, "my wholesaler (Drover & Co) has a minimum order of £150");
    await say(store, dave, "turns out the Drover minimum is £200, I'd misread their terms");
    await say(store, dave, "My surface callout is always set to 6 hours after my expected exit time.");
    await say(store, dave, "ugh I told you 6 hours for callout, it's 4 hours. the club tightened it");
    await say(store, dave, "When you summarise client enquiries for me, use bullet points please.");
    await say(store, dave, "stop doing bullets for the enquiry summaries");
    const live = (await texts(store, dave)).join(" | ");
    for (const now of [/fortnightly/, /£110/, /£200/, /4 hours after/, /Never: doing bullets/]) expect(live).toMatch(now);
    for (const then of [/every 4 weeks/, /£95/, /£150/, /6 hours/, /use bullet points/]) expect(live).not.toMatch(then);
  });

  it("files a statement of no one in particular under the team, and the speaker's own life under the speaker", async () => {
    const kieran = { userId: "kieran", orgId: "westmids-fire", projectId: "station-14" };
    const bex = { userId: "bex", orgId: "westmids-fire", projectId: "station-14" };
    await say(store, kieran, "Drill night for the watch is Tuesdays at 19:00, usually in the yard.");
    await say(store, kieran, "Mum's birthday is on 3 May.");
    await say(store, bex, "fyi drill nights are thursdays now, same time.");
    const live = (await texts(store, kieran)).join(" | ");
    expect(live).toMatch(/thursdays now/);
    expect(live).not.toMatch(/Tuesdays at 19:00/);
    expect(live).toMatch(/Mum's birthday/);
    expect((await texts(store, bex)).join(" | ")).not.toMatch(/birthday/);
    // "the hospital job" is work, not anyone's health.
    await say(store, kieran, "Toolbox talks are Monday 7am, the hospital job needs us on site by 7:30.");
    expect((await texts(store, bex)).join(" | ")).toMatch(/Toolbox talks/);
  });

  it("counts a name or an acronym written alike in both notes twice: \"FTP's up to 262 now\" updates \"Current FTP is 245 watts\"", async () => {
    const joe = { userId: "joe" };
    await say(store, joe, "Current FTP is 245 watts.");
    await say(store, joe, "Did a ramp test this morning — FTP's up to 262 now.");
    expect(await texts(store, joe)).toEqual(["Note: FTP's up to 262"]);
  });

  it("files a colleague's correction of a team note at the team's level, superseding it there, and keeps a private update the user's", async () => {
    await say(store, rukmini, "Team note for the pharmacy stores: the archive room is held at 18°C and 55% RH for the paper records.");
    const report = await say(store, tomasz, "The 55% RH Rukmini gave you is wrong — the records policy for the archive room specifies 50% RH. The 18°C is correct.");
    expect(report.entries.map((entry) => entry.outcome)).toEqual(["superseded"]);
    for (const who of [rukmini, tomasz]) {
      const live = (await texts(store, who)).join(" | ");
      expect(live).toMatch(/50% RH/);
      expect(live).not.toMatch(/55% RH|is wrong|is correct/);
    }
    // The user's own update of something the team also holds stays the user's: it speaks of the speaker.
    await say(store, tomasz, "Heads up: we've moved the team lunch at the dispensary to 13:00 on Fridays.");
    await say(store, rukmini, "I've moved my lunch at the dispensary to 12:30 on Fridays now.");
    expect((await texts(store, tomasz)).join(" | ")).toMatch(/13:00/);
    expect((await texts(store, tomasz)).join(" | ")).not.toMatch(/12:30/);
  });

  it("keeps what an updated note said besides the one measure the update changes", async () => {
    const keeper = { userId: "keeper", orgId: "seedbank", projectId: "vault-b" };
    await say(store, keeper, "Context for Vault B: long-term storage set point is -18°C at 15% relative humidity, logged every 30 minutes.");
    const report = await say(store, keeper, "Following last month's audit we've taken Vault B down to -20 °C. RH target stays where it was.");
    expect(report.entries.map((entry) => entry.outcome)).toContain("superseded");
    const live = (await texts(store, keeper)).join(" | ");
    expect(live).toMatch(/-20 °C at 15% relative humidity, logged every 30 minutes/);
    expect(live).not.toMatch(/-18/);
  });

  it("joins a change announced alone to the sentence that gives its value, and reads a role after a name's introduction", async () => {
    const lead = { userId: "gus", orgId: "volta", projectId: "hall3" };
    const planner = { userId: "priya", orgId: "volta", projectId: "hall3" };
    await say(store, planner, "For anything you schedule for Hall 3: our maintenance window is Sundays 02:00–04:00 UTC.");
    await say(store, lead, "hey, Gus here, shift lead for Hall 3. fyi the maintenance window has moved — customers wanted midweek, so from next week it's Wednesdays 01:00 to 03:00 UTC.");
    const live = (await texts(store, planner)).join(" | ");
    expect(live).toMatch(/maintenance window has moved: .*Wednesdays 01:00/);
    expect(live).not.toMatch(/Sundays/);
    expect((await texts(store, lead)).join(" | ")).toMatch(/Role: shift lead for Hall 3/);
  });

  it("files a standing rule headed for a named shoot under the project, and a correction of it by the value it replaces", async () => {
    const diver = { userId: "ines", orgId: "deepblue", projectId: "harbour-lights" };
    const colleague = { userId: "tom", orgId: "deepblue", projectId: "harbour-lights" };
    await say(store, diver, "Standing rule on Harbour Lights: any dive deeper than 18 metres needs a second safety diver, anything shallower we use one.");
    await say(store, diver, "Correction on the depth rule I gave you — it's 12 metres, not 18.");
    const live = (await texts(store, colleague)).join(" | ");
    expect(live).toMatch(/deeper than 12 metres needs a second safety diver/);
    expect(live).not.toMatch(/18 metres|Units/);
  });

  it("keeps both notes when the new one shares too little with the old, or states no new value", async () => {
    await say(store, femi, "The batch API limit is 500 requests per minute.");
    await say(store, femi, "We moved the nightly backup to 02:00.");
    await say(store, femi, "Our daily delivery van leaves at 6:00 from the yard.");
    await say(store, femi, "We changed the daily delivery van to an electric Transit because of the new route.");
    const live = (await texts(store, femi)).join(" | ");
    for (const kept of [/500 requests/, /02:00/, /6:00 from the yard/, /electric Transit/]) expect(live).toMatch(kept);
  });

  it("files notes headed for whoever needs them, or by a named show's schedule, under the project; a trip's notes stay the user's", async () => {
    const crewA = { userId: "ossie", orgId: "lyceum", projectId: "macbeth" };
    const crewB = { userId: "wren", orgId: "lyceum", projectId: "macbeth" };
    await say(store, crewA, "Macbeth info for whoever needs it: the half-hour call is 19:00 for evenings, and Fatima resets the blood effects.");
    await say(store, crewA, "Tempest matinees: the half-hour is 13:30, and Dev checks the flying rig before every show.");
    await say(store, crewA, "Paris trip notes: the hotel is near Bastille, check-in after 15:00.");
    const seen = (await texts(store, crewB)).join(" | ");
    expect(seen).toMatch(/19:00/);
    expect(seen).toMatch(/13:30/);
    expect(seen).not.toMatch(/Bastille/);
    expect((await texts(store, crewA)).join(" | ")).toMatch(/Bastille/);
  });

  it("files a note framed by a named matter under that matter's project, and a firm-wide rule under the organisation", async () => {
    const chidiH = { userId: "chidi", orgId: "okafor", projectId: "hargreaves" };
    const chidiD = { userId: "chidi", orgId: "okafor", projectId: "delacroix" };
    const priyanka = { userId: "priyanka", orgId: "okafor", projectId: "hargreaves" };
    await say(store, chidiH, "Hargreaves matter: the client wants contact by post only, never by phone.");
    await say(store, priyanka, "Firm-wide policy at Okafor & Partners, for everyone on every matter: every outgoing letter is checked by a second fee-earner.");
    expect((await texts(store, priyanka)).join(" | ")).toMatch(/by post only/);
    expect((await texts(store, chidiD)).join(" | ")).not.toMatch(/by post only/);
    expect((await recall(store, chidiD, { limit: 20 })).map((record) => [record.scope, record.text])).toEqual([
      ["org", expect.stringMatching(/second fee-earner/)],
    ]);
  });

  it("respells a name from an earlier conversation wherever a live memory holds its old spelling", async () => {
    const prof = { userId: "okafor", orgId: "uni", projectId: "lab" };
    await say(store, prof, "My new PhD student is Mina Farouk, she's working on muon tomography.");
    const report = await say(store, prof, "I misspelled my student's name before: it's Farouki, with an i on the end.");
    expect(report.entries.map((entry) => entry.outcome)).toContain("superseded");
    const live = (await texts(store, prof)).join(" | ");
    expect(live).toMatch(/Mina Farouki, she's working on muon tomography/);
    expect(live).not.toMatch(/Farouk\b/);
  });

  it("keeps what is said in confidence for its speaker, even when it names a party to the work", async () => {
    const gail = { userId: "gail", orgId: "cairnfield" };
    const lee = { userId: "lee", orgId: "cairnfield" };
    await say(store, gail, "Team policy for everyone at Cairnfield: expense claims have to be in by the 25th of the month.");
    await say(store, gail, "Separately and strictly confidential: Tom Reilly in logistics is on a performance improvement plan.");
    await say(store, gail, "Club-wide, for anyone on the committee: subs this season are £120 for seniors.");
    const seen = (await texts(store, lee)).join(" | ");
    expect(seen).toMatch(/25th/);
    expect(seen).toMatch(/£120/);
    expect(seen).not.toMatch(/Reilly/);
    expect((await texts(store, gail)).join(" | ")).toMatch(/Reilly/);
  });

  it("never shares the speaker's health, family or home, nor a family member named like a firm", async () => {
    const me = { userId: "me", orgId: "acme", projectId: "p1" };
    const colleague = { userId: "other", orgId: "acme", projectId: "p1" };
    for (const text of [
      "Heads up team: I'm pregnant, due in March.",
      "Our rent goes up to 1,450 in July.",
      "Uncle Dave is coming to stay on Saturday.",
      "My case: I have type 1 diabetes.",
      "The clinic is closed on Mondays.",
    ]) await say(store, me, text);
    expect(await texts(store, colleague)).toEqual([]);
    expect((await texts(store, me)).length).toBeGreaterThanOrEqual(4);
  });

  it("forgets by a compound's head or a value's kind only beside another match, never \"son\" in \"Alison\"", async () => {
    const ana = { userId: "ana" };
    await say(store, ana, "Their partner Alison works at the hospital.");
    await say(store, ana, "I take my medication at 8pm every day.");
    await say(store, ana, "Please forget what I said about the meeting times.");
    await say(store, ana, "Forget my son.");
    expect((await texts(store, ana)).join(" | ")).toMatch(/Alison.*\| .*8pm|8pm.*\| .*Alison/);
  });

  it("forgets by the kind of value asked for and by the head of a compound, and nothing else", async () => {
    const jaz = { userId: "jaz" };
    const gym = (await say(store, jaz, "fyi i lift mon wed fri 6am at the puregym on kingsland rd")).entries[0]!.key;
    const home = (await say(store, jaz, "Home base is 14 Banksia Crescent, Buderim.")).entries[0]!.key;
    await say(store, jaz, "My favourite colour is teal.");
    await say(store, jaz, "pls forget my gym times lol not going anymore");
    await say(store, jaz, "Can you bin my home address? I don't want that kept anywhere.");
    expect(await texts(store, jaz)).toEqual(["Favourite colour: teal"]);
    expect([...(await history(store, jaz, gym)), ...(await history(store, jaz, home))]).toEqual([]);
  });

  it("retires a fact of another key that holds the value a switch names as the old one", async () => {
    await say(store, femi, "I got an iphone 12, its mid but whatever");
    await say(store, femi, "finally ditched the iphone, got a pixel 8 now");
    const live = (await texts(store, femi)).join(" | ");
    expect(live).toMatch(/pixel 8/);
    expect(live).not.toMatch(/iphone 12/);
  });

  it("moves a date that a short change names, keeping the rest of the note", async () => {
    await say(store, femi, "the hut opens for the summer season on june 15 and closes at the end of september.");
    await say(store, femi, "bad news, too much snow on the approach. opening is pushed back to 1 july. closing stays the same.");
    const live = (await texts(store, femi)).join(" | ");
    expect(live).toMatch(/opens for the summer season on 1 july and closes at the end of september/);
    expect(live).not.toMatch(/june 15/);
  });

  it("corrects a team's note when a slip's lead says the next sentence corrects it", async () => {
    const teodor = { userId: "teodor", orgId: "crumb-and-co" };
    await say(store, teodor, "our deck oven bakes the country loaves at 250°C for about 40 min with steam for the first 10");
    await say(store, teodor, "oh wait, i gave you the wrong temp earlier — the deck oven is 230 for the country loaves. 250 is what the pizza oven runs at, i mixed them up");
    const live = (await texts(store, teodor)).join(" | ");
    expect(live).toMatch(/deck oven is 230/);
    expect(live).not.toMatch(/250°C/);
  });

  it("corrects, without a number or a day, the one note that shares most words with a correction said as one", async () => {
    const rowan = { userId: "rowan", orgId: "parks", projectId: "survey" };
    const eluned = { userId: "eluned", orgId: "parks", projectId: "survey" };
    await say(store, rowan, "Team note for the visitor survey: completed paper forms get posted to the Betws-y-Coed office every Friday.");
    await say(store, rowan, "Team note for the visitor survey: our volunteers wear the green bibs at the car parks.");
    await say(store, eluned, "Rowan gave you the wrong office I'm afraid — completed forms go to the Bala office, they always have.");
    const live = (await texts(store, rowan)).join(" | ");
    expect(live).toMatch(/Bala office/);
    expect(live).not.toMatch(/Betws-y-Coed/);
    expect(live).toMatch(/green bibs/);
  });

  it("retires the note holding a time the user scratches, and moves a span of hours in place", async () => {
    await say(store, femi, "We open at 8am Mon–Sat.");
    await say(store, femi, "oh hang on — scratch the 8am, we're moving to 7:30 from this Monday");
    expect((await texts(store, femi)).join(" | ")).not.toMatch(/We open at 8am/);
    await say(store, femi, "the sorting office shift runs 10pm to 6am, four on four off");
    await say(store, femi, "the sorting office shift has changed: 11pm to 7am now");
    const live = (await texts(store, femi)).join(" | ");
    expect(live).toMatch(/shift runs 11pm to 7am, four on four off/);
    expect(live).not.toMatch(/10pm/);
  });

  it("updates a note by an amount of the same kind, by \"instead\", by a version upgraded, and by someone who has left", async () => {
    await say(store, femi, "Booking preferences: I don't take court work any more, and my rate is €55 an hour with a two-hour minimum.");
    await say(store, femi, "My hourly rate went up to €60 from this month.");
    await say(store, femi, "Training for the Dragon Ride in June, the 300k route.");
    await say(store, femi, "Change of plan: Dragon Ride sold out so I've entered the Fred Whitton instead, same month.");
    await say(store, femi, "the churn-model env is pinned to pandas 1.5.3, so don't suggest anything that needs pandas 2.");
    await say(store, femi, "we upgraded the churn-model env to pandas 2.2 over the weekend");
    await say(store, femi, "Our fixer in Longyearbyen is Henrik Sæther, he sorts snowmobiles and the guide.");
    await say(store, femi, "Henrik's left for the season — our new fixer up in Longyearbyen is Ingrid Moe.");
    const live = (await texts(store, femi)).join(" | ");
    expect(live).toMatch(/€60/);
    expect(live).toMatch(/court work/);
    expect(live).not.toMatch(/€55/);
    expect(live).toMatch(/Fred Whitton/);
    expect(live).not.toMatch(/Training for the Dragon Ride/);
    expect(live).toMatch(/pandas 2\.2/);
    expect(live).not.toMatch(/1\.5\.3/);
    expect(live).toMatch(/Ingrid Moe/);
    expect(live).not.toMatch(/Henrik Sæther/);
    await say(store, femi, "Our three rooms are The Vault, Pharaoh's Curse and Asylum 13.");
    await say(store, femi, "Update on the rooms: Asylum 13 is gone, we kept getting complaints.");
    expect((await texts(store, femi)).join(" | ")).not.toMatch(/three rooms are/);
  });

  it("shares a rule said for the whole organisation or under a named piece of work's style header", async () => {
    const lowri = { userId: "lowri", orgId: "timberline", projectId: "oakfield" };
    const baz = { userId: "baz", orgId: "timberline", projectId: "riverside" };
    await say(store, lowri, "For the whole Timberline team: we only fit BS3621-rated mortice locks on insurance jobs.");
    await say(store, lowri, "Across the whole company, porters can't move a patient on oxygen without a cylinder check.");
    expect((await texts(store, baz)).join(" | ")).toMatch(/BS3621.*\|.*cylinder check|cylinder check.*\|.*BS3621/);
    const dom = { userId: "dom", orgId: "verbatim", projectId: "harrowgate" };
    const rosa = { userId: "rosa", orgId: "verbatim", projectId: "harrowgate" };
    await say(store, lowri, "House rule at Timberline, and it applies to every desk: we never name anyone under 18 in a report.");
    expect((await texts(store, baz)).join(" | ")).toMatch(/under 18/);
    await say(store, dom, "Style for the Harrowgate Inquiry transcripts: speaker labels in caps followed by a colon.");
    expect((await texts(store, rosa)).join(" | ")).toMatch(/speaker labels in caps/);
  });

  it("retires a note a correction names in lower case or by what the user told before", async () => {
    await say(store, femi, "Our north pit produces crushed granite for road base, roughly 400k tonnes a year.");
    await say(store, femi, "Correction to something I said before: the north pit is limestone, not granite. I got that wrong.");
    await say(store, femi, "I'm on ski patrol at Whitecap this winter, assigned to the north bowl sector.");
    await say(store, femi, "wait, a while back I told you I was on the north bowl — that was last season, I had it wrong. this year they've got me on east ridge.");
    const live = (await texts(store, femi)).join(" | ");
    expect(live).toMatch(/limestone/);
    expect(live).not.toMatch(/granite/);
    expect(live).toMatch(/east ridge/);
    expect(live).not.toMatch(/north bowl/);
  });

  it("retires the speaker's own note when the team's note updates it, and keeps it in their history", async () => {
    const hana = { userId: "hana", orgId: "coldrack", projectId: "dc-east" };
    const [own] = (await say(store, hana, "For context: DC-East runs a cold-aisle supply air setpoint of 22 °C.")).entries;
    await say(store, hana, "Following last month's review we raised the cold-aisle setpoint to 25 °C across DC-East.");
    const live = (await texts(store, hana)).join(" | ");
    expect(live).toMatch(/25 °C/);
    expect(live).not.toMatch(/22 °C/);
    expect((await history(store, hana, own!.key)).map((record) => record.supersededBy !== null)).toEqual([true]);
    // Only the speaker's own notes: a colleague's note stays theirs.
    const ali = { userId: "ali", orgId: "coldrack", projectId: "dc-east" };
    await say(store, ali, "For my own notes: DC-East runs the hot aisle at 38 °C.");
    await say(store, hana, "we raised the hot aisle to 40 °C across DC-East.");
    expect((await texts(store, ali)).join(" | ")).toMatch(/38 °C/);
  });
});
