import type { BaseStore } from "@langchain/langgraph-checkpoint";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportMemories, formatMemories, promote, recall, type MemoryCandidate } from "../../src/index.js";
import { STORE_FACTORIES } from "./stores.js";
import { collect } from "../support/collect.js";

/** Real-looking credentials of the major providers (none of them valid). */
const PLANTED = [
  "my OpenAI key is sk-proj-4fQ9xT2mZ8rL1pV6nB3kD7sH0wY5cE9uA2gJ",
  "use sk-ant-api03-Zx8Qw2Er4Ty6Ui8Op0As2Df4Gh6Jk8Lz0Xc2Vb4Nm6",
  "AWS key AKIAIOSFODNN7EXAMPLE for the bucket",
  "aws secret access key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "token ghp_1234567890abcdefghijABCDEFGHIJ123456",
  "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP",
  "glpat-xxxxxxxxxxxxxxxxxxxx",
  "slack bot xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
  "sk_live_51H8abcdefghijklmnopqrstuv",
  "maps key AIzaSyA1234567890abcdefghijklmnopqrstuv",
  "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH",
  "Authorization: Bearer abcdef0123456789abcdef0123456789",
  "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...",
  "my password is hunter2!",
  "the wifi pwd: correct-horse-battery",
  "card 4111 1111 1111 1111 exp 12/29",
  "api_key = 9f8e7d6c5b4a39281706f5e4",
  "my IBAN is GB82 WEST 1234 5698 7654 32",
  "transfer to DE89370400440532013000",
  "our checking account number is 4400 1928 3347, routing 122105155",
  "my NIF is 245 123 987",
  "My NIN is 70123456789 if you need it",
  "my NI number is QQ 12 34 56 C",
  "the supplier texted me a verification code 583920",
  "OTP: 884213",
  "my steam pw bc i always forget it, its dragonfire2009",
  "the key safe by the back door is 2290",
  "Our licence key for the phonics software is RDX4-99KQ-LM2P-7TZA, keep it handy",
  "The network's MoragsBnB-5G and the key is heather&Thistle1987",
  "Twitch gave me these: 4821-9930 1177-0264 5538-4410 9902-7713",
  "The cash safe in the van is 31-07-22",
  "I'm renewing my passport. The old one is number P7731904, expiring in June.",
  "here's the API key so you can write the upload script: tr_live_8f2Kq9XzP4mB7wL1vQ",
  "the dashboard login is greta.apis / Favos#Mel22 in case you ever need it",
  "the deploy token, in case the pipeline asks: 9fKq2LxP7mZ4wT8v",
  "crew wifi is 'SB-Crew', password Starboard!Lounge22",
  "Mine's currently Gr@nthamOwl1987, don't tell anyone",
  "I've typed my PIN (628193) about ten times",
  "The keysafe by the back door is a Supra C500 and the code's 4471",
  "back door keypad is 7319 then #, and we open the shop at 5:30 sharp",
  "remind me later to update the booking system, login's annelie / Murmeltier88, the usual",
  "my wallet recovery phrase is orbit canyon velvet ladder mango frozen pistol eager humble cradle tiger siren",
  "you get in with a badge plus a PIN. Mine is 90312 but obviously don't write that down anywhere",
  "The key safe for the drill tower is by the roller door. Code's 4471 btw, remind me when I forget",
  "The interpreters' room door takes your court pass plus a PIN — it's 2580 if you could hang onto that",
  "side gate code is 0 4 1 1 then hash",
  "Mill Lane: key's under the second plant pot on the left, alarm code 1987#",
  "paid the holding deposit by card over the phone: 4929 1234 5678 9012 exp 08/27",
  "every fill needs a signature in the fill log. compressor room door is 7-7-0-4 btw",
];

/** Ordinary sentences that mention passwords or tokens without containing one. */
const ORDINARY = [
  "I prefer password managers over sticky notes",
  "The token budget is 4k per request",
  "Rotate API keys every 90 days",
  "Our team uses bearer tokens for the public API",
  "My PIN pad is broken",
  "Order number 1234 5678 9012 3456 is late",
  "Our routing layer handles 1000000 requests a day",
  "The account number field must be validated",
  "Order ES12345678901 shipped, ticket AB12 CDEF GHIJ KLMN is open",
  "standing order number SO-20417, 25kg of T55 every Tuesday",
  "the Steam app id is 2281940",
  "the 2FA rollout covers 40 staff",
  "sign in 12345 users a day",
  "the password reset flow is v2 now",
  "The invoice was INV-2024-0387 and the class reader is ISBN 978-0-14-032872-1",
  "my safe is in the attic",
  "the key is to stay calm under pressure",
  "call me on 0207 946 1234 after six",
  "The registration number is required on the form.",
  "The product key field is mandatory in the installer.",
  "My backup number is 07700900123 if the first one is off.",
  "The combination of garlic and chilli is great.",
  "My password manager is 1Password.",
  "my order number is A12345678 if the shop asks",
  "my mare Bramble's horse passport number is 826002000123456",
  "The password is required for login, and it is case-sensitive.",
  "I bought an iPhone15ProMax256GB for the studio",
  "our token refresh interval is 3600 seconds",
  "the API key lives in Vault at secret/fermwatch/prod",
  "My login is the same as my email address",
  "email John.Smith2@Gmail.com about AT&T's 5G plan",
  "my zip code is 90210 and the pin is in the drawer",
  "Error code 4040 again on the door controller",
  "the keypad is broken again, someone call the landlord",
  "the recovery phrase is written on the card in the safe",
  "the back door sticks in winter. Budget code for postage is 4410",
  "postage goes to budget code 4410, the door supplies to 4415",
  "the gate barrier is down again, error code 502 on the screen",
  "our card reader takes contactless up to 100 pounds, order 1234 5678 9012 ships Monday",
  "the yard gate is 1200 mm wide and the shed door is 1930s oak",
];


const candidate = (text: string, i: number): MemoryCandidate => ({
  bucket: "promote", memoryType: "fact", key: `note.n${i}`, content: { value: text }, text, confidence: 0.9, scope: "user",
});

describe.each(STORE_FACTORIES)("never-store rules on $name", (factory) => {
  let store: BaseStore;
  let close: () => Promise<void>;
  beforeEach(async () => ({ store, close } = await factory.create()));
  afterEach(async () => close());
  const who = { userId: "ana" };

  it("refuses every planted credential, in text, content or key, and reveals none in recall or export", async () => {
    const report = await promote(store, PLANTED.map(candidate), who);
    expect(report.counts.refused).toBe(PLANTED.length);
    for (const entry of report.entries) expect(entry.reason).toMatch(/^never stored: looks like a /);
    const hiddenInContent = await promote(store, [{ ...candidate("innocent text", 99), content: { nested: { deep: [PLANTED[0]!] } } }], who);
    expect(hiddenInContent.counts.refused).toBe(1);
    const asSession = await promote(store, [{ ...candidate(PLANTED[14]!, 98), bucket: "session" }], who);
    expect(asSession.session).toEqual([]);

    const everything = [formatMemories(await recall(store, who, { limit: 50 })), ...(await collect(exportMemories(store, who)))].join("\n");
    for (const secret of ["hunter2", "sk-proj-", "AKIA", "4111", "xoxb-", "BEGIN RSA"]) expect(everything).not.toContain(secret);
    for (const entry of report.entries) expect(JSON.stringify(entry)).not.toMatch(/hunter2|4111 1111|sk-proj-4fQ/);
  });

  it("still promotes ordinary sentences that merely mention passwords or tokens", async () => {
    const report = await promote(store, ORDINARY.map(candidate), who);
    expect(report.counts.written).toBe(ORDINARY.length);
  });

  it("applies the policy's own patterns", async () => {
    const report = await promote(store, [candidate("employee id EMP-00042", 1)], who, {
      neverStore: [{ name: "employee id", pattern: /\bEMP-\d{5}\b/ }],
    });
    expect(report.entries[0]?.reason).toBe("never stored: looks like a employee id");
  });
});
