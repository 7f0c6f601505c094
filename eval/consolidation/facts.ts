/**
 * The FactConsolidation-style test (after MemoryAgentBench): twenty facts,
 * ten of them updated later — four in the original's phrasing, six said
 * differently — then one question per fact. The top recalled memory must
 * hold the latest value.
 */

/** One fact, its optional update, and the question that asks for it. */
export interface ConsolidationFact {
  says: string;
  /** The later statement that changes it, if any. */
  update?: { says: string; rephrased: boolean };
  ask: string;
  /** The latest value, as a pattern over the record's text and content. */
  latest: RegExp;
}

/** The twenty facts, in the order they are told. */
export const CONSOLIDATION_FACTS: ConsolidationFact[] = [
  { says: "My favourite colour is green.", update: { says: "My favourite colour is purple.", rephrased: false }, ask: "What's my favourite colour?", latest: /purple/i },
  { says: "I live in Lisbon.", update: { says: "I moved to Porto last month.", rephrased: true }, ask: "Where do I live?", latest: /Porto/ },
  { says: "I work at Umbrella.", update: { says: "I left Umbrella, I'm at Hooli now.", rephrased: true }, ask: "Where do I work?", latest: /Hooli/ },
  { says: "My editor is VS Code.", update: { says: "These days I do all my editing in Helix.", rephrased: true }, ask: "Which editor do I use?", latest: /Helix/ },
  { says: "I drive a Honda Civic.", update: { says: "I drive a Tesla Model 3.", rephrased: false }, ask: "What car do I drive?", latest: /Tesla/ },
  { says: "My dog is called Biscuit.", ask: "What's my dog called?", latest: /Biscuit/ },
  { says: "Our CI is Travis.", update: { says: "We switched our CI over to Buildkite.", rephrased: true }, ask: "Which CI do we use?", latest: /Buildkite/ },
  { says: "My manager is Alice.", update: { says: "Alice moved teams, so Bob manages me now.", rephrased: true }, ask: "Who is my manager?", latest: /\bBob\b/ },
  { says: "I'm learning Japanese.", ask: "Which language am I learning?", latest: /Japanese/ },
  { says: "My phone is an iPhone 12.", update: { says: "My phone is a Pixel 8.", rephrased: false }, ask: "What phone do I have?", latest: /Pixel/ },
  { says: "I go to the gym on Tuesdays.", update: { says: "Gym day is Thursday now.", rephrased: true }, ask: "Which day do I go to the gym?", latest: /Thursday/ },
  { says: "My favourite food is ramen.", ask: "What's my favourite food?", latest: /ramen/i },
  { says: "I'm allergic to cats.", ask: "What am I allergic to?", latest: /cats?/i },
  { says: "Our standup is at 9:30.", ask: "When is standup?", latest: /9:30/ },
  { says: "I was born in Leeds.", ask: "Where was I born?", latest: /Leeds/ },
  { says: "My laptop is a MacBook Air.", ask: "What laptop do I have?", latest: /MacBook/ },
  { says: "I support Arsenal.", ask: "Which football team do I support?", latest: /Arsenal/ },
  { says: "My shell is zsh.", update: { says: "My shell is fish.", rephrased: false }, ask: "Which shell do I use?", latest: /\bfish\b/ },
  { says: "I'm reading Dune at the moment.", ask: "What book am I reading?", latest: /Dune/ },
  { says: "My usual coffee order is a flat white.", ask: "What's my coffee order?", latest: /flat white/i },
];
