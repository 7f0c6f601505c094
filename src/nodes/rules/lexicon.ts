/**
 * Subjects the rule-based extractor recognises, so that a changed preference
 * or fact lands on the same stable key as the one it replaces ("I prefer dark
 * mode", later "actually, light mode please" → both `ui.theme`).
 */
export interface Subject {
  /** The stable key under which the memory is stored. */
  key: string;
  /** Words that name this subject or its values. */
  pattern: RegExp;
  /** A short label for the rendered text. */
  label: string;
}

/** Preferences about how the assistant should answer or what the user uses. */
export const PREFERENCE_SUBJECTS: readonly Subject[] = [
  { key: "ui.theme", label: "theme", pattern: /\b(dark|light)\s+(mode|theme)\b|\b(dark|light)\b(?=.*\b(ui|interface|editor|screen)\b)/i },
  { key: "response.style", label: "answer style", pattern: /\b(concise|brief|short|terse|detailed|verbose|long|bullet[- ]points?|step[- ]by[- ]step|plain language)\b/i },
  { key: "response.language", label: "language", pattern: /\b(english|spanish|french|german|italian|portuguese|dutch|japanese|chinese|korean|hindi|arabic)\b/i },
  { key: "units", label: "units", pattern: /\b(metric|imperial|celsius|fahrenheit|kilometers|miles)\b/i },
  { key: "code.language", label: "programming language", pattern: /\b(typescript|javascript|python|rust|golang|go|java|kotlin|swift|ruby|c\+\+|c#)\b/i },
  { key: "tools.editor", label: "editor", pattern: /\b(vim|neovim|emacs|vs ?code|intellij|sublime)\b/i },
  { key: "user.timezone", label: "time zone", pattern: /\b(utc|gmt|[a-z]+\/[a-z_]+|[pmce][sd]t)\b/i },
  { key: "contact.channel", label: "contact channel", pattern: /\b(email|slack|phone|sms|teams)\b/i },
];

/** Facts about a team's or project's stack: a new one replaces the old. */
export const STACK_SUBJECTS: readonly Subject[] = [
  { key: "stack.database", label: "database", pattern: /\b(postgres(ql)?|mysql|mariadb|sqlite|mongo(db)?|dynamodb|redis|cassandra|oracle)\b/i },
  { key: "stack.cloud", label: "cloud", pattern: /\b(aws|gcp|google cloud|azure|vercel|fly\.io|heroku|cloudflare)\b/i },
  { key: "stack.ci", label: "CI", pattern: /\b(github actions|gitlab ci|circleci|jenkins|buildkite|travis)\b/i },
  { key: "stack.tracker", label: "issue tracker", pattern: /\b(jira|linear|asana|trello|github issues)\b/i },
  { key: "stack.chat", label: "chat", pattern: /\b(slack|discord|teams|mattermost)\b/i },
  { key: "stack.language", label: "language", pattern: /\b(typescript|javascript|python|rust|golang|go|java|kotlin|swift|ruby|c\+\+|c#)\b/i },
];

/** The first subject whose pattern occurs in `text`. */
export function findSubject(subjects: readonly Subject[], text: string): Subject | undefined {
  return subjects.find((subject) => subject.pattern.test(text));
}

/** A key segment from free text: lower case, words joined by `_`, at most four words. */
export function slug(text: string): string {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
  return words.slice(0, 4).join("_") || "general";
}

const STOP_WORDS = new Set([
  "a", "an", "the", "to", "of", "in", "on", "for", "and", "or", "my", "our", "your", "me", "i", "you", "we",
  "is", "are", "be", "it", "that", "this", "with", "please", "always", "never", "ever", "dont", "don", "t",
  "do", "not", "use", "using",
]);
