import { describe, expect, it } from "vitest";
import { extractWithRules, type RuleCandidate } from "../../src/nodes/rules/extract.js";

const ALL_SCOPES = ["user", "project", "org", "global"] as const;

function extractOne(text: string, previous?: RuleCandidate) {
  return extractWithRules({ userTexts: [text], scopes: ALL_SCOPES, previous });
}

type Expected = Partial<Pick<RuleCandidate, "bucket" | "memoryType" | "key" | "scope">> & { value?: unknown };

/** One row per sentence the extractor must understand: what it says, what it must yield. */
const TABLE: [string, Expected][] = [
  // Preferences.
  ["I prefer dark mode.", { memoryType: "preference", key: "ui.theme", value: "dark mode", scope: "user" }],
  ["I'd prefer concise answers", { memoryType: "preference", key: "response.style", value: "concise answers" }],
  ["I like answers in Spanish.", { memoryType: "preference", key: "response.language" }],
  ["I don't like emojis", { memoryType: "preference", key: "preference.emojis" }],
  ["Please always answer in bullet points.", { memoryType: "rule", key: "response.style" }],
  ["Call me Sam.", { memoryType: "preference", key: "user.preferred_name", value: "Sam" }],
  ["My favorite editor is Neovim", { memoryType: "preference", key: "preference.favorite_editor", value: "Neovim" }],
  ["I would rather have metric units", { memoryType: "preference", key: "units" }],
  // Standing rules.
  ["From now on, answer in French.", { memoryType: "rule", key: "response.language", value: "answer in French" }],
  ["Going forward, cite your sources", { memoryType: "rule", key: "rule.cite_sources" }],
  ["Never use emojis.", { memoryType: "rule", key: "rule.avoid.emojis", value: "use emojis" }],
  ["Don't ever share my email with anyone", { memoryType: "rule", key: "rule.avoid.share_email_anyone" }],
  ["Always include a summary", { memoryType: "rule", key: "rule.include_summary" }],
  // Facts about org, project and user.
  ["Our team uses Postgres.", { memoryType: "fact", key: "stack.database", scope: "org", value: "Postgres" }],
  ["Our company switched to Linear", { memoryType: "fact", key: "stack.tracker", scope: "org" }],
  ["This project uses TypeScript", { memoryType: "fact", key: "stack.language", scope: "project" }],
  ["The deadline is March 3.", { memoryType: "fact", key: "project.deadline", scope: "project", value: "March 3" }],
  ["The project is called Atlas", { memoryType: "fact", key: "project.name", value: "Atlas" }],
  ["I work at Acme Corp.", { memoryType: "fact", key: "user.employer", value: "Acme Corp" }],
  ["I live in Lisbon", { memoryType: "fact", key: "user.location", value: "Lisbon" }],
  ["My email is sam@example.com", { memoryType: "fact", key: "user.email", value: "sam@example.com" }],
  // Task state.
  ["We shipped the billing migration!", { memoryType: "task_state", key: "task.billing_migration", value: undefined }],
  ["The billing migration is done.", { memoryType: "task_state", key: "task.billing_migration" }],
  ["The search rewrite is blocked", { memoryType: "task_state", key: "task.search_rewrite" }],
  ["I'm working on the onboarding flow", { memoryType: "task_state", key: "task.onboarding_flow" }],
  // Corrections that carry their own subject.
  ["Actually, I prefer light mode.", { memoryType: "preference", key: "ui.theme", value: "light mode" }],
  ["No, the deadline is March 10", { key: "project.deadline", value: "March 10" }],
  // Session-only statements stay in the thread.
  ["For now, I prefer answers in English.", { bucket: "session", memoryType: "preference", key: "response.language" }],
  ["Right now I'm working on a bug", { bucket: "session", memoryType: "task_state" }],
];

/** Sentences that must yield nothing at all. */
const CHATTER = [
  "Hi there!",
  "Thanks, that's helpful.",
  "ok",
  "What's the weather like in Lisbon?",
  "Do I prefer dark mode?",
  "If I preferred tabs, what would change?",
  "Can you summarise this article",
  "lol",
  "It is done.",
];

describe("the rule-based extractor", () => {
  it.each(TABLE)("understands %j", (sentence, expected) => {
    const [candidate, ...rest] = extractOne(sentence);
    expect(rest).toEqual([]);
    expect(candidate).toBeDefined();
    const { value, ...fields } = expected;
    expect(candidate).toMatchObject({ bucket: "promote", ...fields });
    if ("value" in expected && value !== undefined) expect(candidate!.content.value).toBe(value);
    expect(candidate!.text.length).toBeGreaterThan(0);
    expect(candidate!.confidence).toBeGreaterThan(0.5);
    expect(candidate!.confidence).toBeLessThanOrEqual(1);
  });

  it.each(CHATTER)("discards %j", (sentence) => {
    expect(extractOne(sentence)).toEqual([]);
  });

  it("corrects the previous subject with a bare \"no, it's …\"", () => {
    const [deadline] = extractOne("The deadline is Friday.");
    const [corrected] = extractOne("No, it's Monday.", deadline);
    expect(corrected).toMatchObject({ key: "project.deadline", content: { value: "Monday" }, bucket: "promote" });
    expect(corrected!.text).toBe("Project deadline: Monday");
    expect(corrected!.confidence).toBeGreaterThan(deadline!.confidence);
  });

  it("reads every sentence of every new message, and a later one can correct an earlier one", () => {
    const candidates = extractWithRules({
      userTexts: ["Hi! I prefer dark mode. Our team uses MySQL.", "Sorry, it's Postgres. Thanks!"],
      scopes: ALL_SCOPES,
    });
    expect(candidates.map((c) => [c.key, c.content.value])).toEqual([
      ["ui.theme", "dark mode"],
      ["stack.database", "MySQL"],
      ["stack.database", "Postgres"],
    ]);
  });

  it("falls back to the user scope when the identity has no project or org", () => {
    const [candidate] = extractWithRules({ userTexts: ["The deadline is Friday"], scopes: ["user"] });
    expect(candidate?.scope).toBe("user");
  });
});
