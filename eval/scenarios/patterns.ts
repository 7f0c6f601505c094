/** Helpers for the regular expressions of scenario expectations. */

/**
 * A record holding the old value and not the new one: "migrated from Travis
 * to Buildkite" names Travis but is about Buildkite, so it is not stale.
 */
export function oldValue(old: RegExp, unless: RegExp): RegExp {
  return new RegExp(`^(?![\\s\\S]*(?:${unless.source}))[\\s\\S]*(?:${old.source})`, old.flags.includes("i") || unless.flags.includes("i") ? "i" : "");
}

/** Words that turn a statement into its negation, for rules that were revoked. */
export const NEGATION = /\b(?:no|not|never|don'?t|do not|stop|quit|avoid|without|skip|none)\b/i;
