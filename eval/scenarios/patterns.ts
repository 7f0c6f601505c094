/** Helpers for the regular expressions of scenario expectations. */

/**
 * Text matching `pattern` but not `unless`. For a stale value: "migrated from
 * Travis to Buildkite" names Travis but is about Buildkite, so
 * `only(/Travis/, /Buildkite/)` does not match it.
 */
export function only(pattern: RegExp, unless: RegExp): RegExp {
  const flags = pattern.flags.includes("i") || unless.flags.includes("i") ? "i" : "";
  return new RegExp(`^(?![\\s\\S]*(?:${unless.source}))[\\s\\S]*(?:${pattern.source})`, flags);
}

/** Words that turn a statement into its negation, for rules that were revoked. */
export const NEGATION = /\b(?:no|not|never|don'?t|do not|stop|quit|avoid|without|skip|none)\b/i;

/** Text matching both patterns, in any order: `both(/heading/i, NEGATION)` is a rule against headings. */
export function both(first: RegExp, second: RegExp): RegExp {
  const flags = first.flags.includes("i") || second.flags.includes("i") ? "i" : "";
  return new RegExp(`^(?=[\\s\\S]*(?:${first.source}))(?=[\\s\\S]*(?:${second.source}))`, flags);
}
