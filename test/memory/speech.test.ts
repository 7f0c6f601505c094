import { describe, expect, it } from "vitest";
import { markPasted, pastedKindOf, splitSpeech, spokenText } from "../../src/index.js";

/** A message, and the user's own words in it once pasted material is taken out. */
const MESSAGES: [string, string][] = [
  ["I prefer dark mode.\n```\nconst theme = 'light'\n```\nwhy?", "I prefer dark mode.\nwhy?"],
  ["Here's the thread:\n[14:02] dmitri: call me Dima\n[14:03] lee: we use Jenkins", "Here's the thread:"],
  ["> I live in Berlin\nThat's the doc; I live in Porto.", "That's the doc; I live in Porto."],
  ["Error:\nTypeError: x is undefined\n    at run (/app/a.js:1:2)\nI use vim btw.", "Error:\nI use vim btw."],
  ["2024-05-01 10:00:01 INFO moved to Porto\nWe deploy with Fly.io.", "We deploy with Fly.io."],
  ['my settings are {"auth": {"token": "x"}} and I deploy to Frankfurt', "my settings are \n and I deploy to Frankfurt"],
  ["why is my editor wrong?\n\n$ echo $EDITOR\nnano", "why is my editor wrong?"],
  ["| name | city |\n|---|---|\n| Ana | Lisbon |\nwhich row is wrong?", "which row is wrong?"],
  ["SELECT * FROM users;\nI prefer Postgres", "I prefer Postgres"],
  ["reply to this please\n\nFrom: Harold <h@example.org>\nSubject: hi\n\nHi Gwen,\nI'm vegan.\nBest,\nHarold", "reply to this please"],
  ["at our company we write docs in British English (colour, organise, etc)", "at our company we write docs in British English (colour, organise, etc)"],
  ["Quick update: I relocated to Porto last week.", "Quick update: I relocated to Porto last week."],
  [
    "is this legit\n\nTop 10 Study Hacks | StudyNinja\nstudyninja.io › hacks\n1. I study with lo-fi music and I live in Toronto.\n\nbtw I live in Lyon",
    "is this legit\nbtw I live in Lyon",
  ],
  [
    "reply to this email please\n\n---\nFrom: Bia\nSubject: News!\n\nHi all, I'm relocating to Singapore in May.\nCheers, Bia\n---",
    "reply to this email please\n---",
  ],
  // A short list of the user's own under a header is theirs; the same list after "here's the posting:" is pasted.
  ["Salon info for the assistant:\n- we close 4pm on Sundays\n- I'm off every Monday", "Salon info for the assistant:\n- we close 4pm on Sundays\n- I'm off every Monday"],
  ["here's the posting:\n- we close 4pm on Sundays\n- I'm off every Monday", "here's the posting:"],
  ["what do you make of these:\n- fast shipping\n- great reviews\n- low price", "what do you make of these:"],
];

describe("splitSpeech: the user's own words and what they pasted", () => {
  it.each(MESSAGES)("keeps only the user's words of %j", (message, spoken) => {
    expect(spokenText(message)).toBe(spoken);
  });

  it("names the kind of pasted material, and marks it for a model", () => {
    expect(splitSpeech("see:\n```\nx\n```").flatMap((span) => (span.pasted ? [span.kind] : []))).toEqual(["code"]);
    expect(pastedKindOf("[14:02] dmitri: call me Dima")).toBe("transcript");
    expect(pastedKindOf("I prefer tea")).toBeUndefined();
    expect(markPasted("I prefer tea.\n```\nx = 1\n```")).toMatch(/^I prefer tea\.\n\[pasted code, \d+ characters: not the user's words\]$/);
  });
});
