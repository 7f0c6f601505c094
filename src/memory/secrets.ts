/** A never-store rule: a pattern, and the reason given when it matches. */
export interface SecretRule {
  name: string;
  pattern: RegExp;
}

/**
 * Credentials that must never reach durable memory. Patterns are anchored on
 * the shapes providers issue, so ordinary sentences that merely mention a
 * "password" or a "token" do not match.
 */
export const SECRET_RULES: readonly SecretRule[] = [
  { name: "OpenAI API key", pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/ },
  { name: "Anthropic API key", pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/ },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/ },
  { name: "AWS secret access key", pattern: /\baws.{0,20}secret.{0,20}[A-Za-z0-9/+=]{40}\b/i },
  { name: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/ },
  { name: "GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { name: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: "Stripe key", pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { name: "JSON Web Token", pattern: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { name: "bearer token", pattern: /\bbearer\s+[A-Za-z0-9._~+/-]{16,}=*/i },
  { name: "private key", pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
  {
    name: "password",
    pattern: /\b(?:password|passwd|passcode|pwd|pin)\s*(?:is|was|=|:|->)\s*["'`]?[^\s"'`]{3,}/i,
  },
  {
    name: "credential assignment",
    pattern: /\b(?:api[_ -]?key|secret[_ -]?key|access[_ -]?token|auth[_ -]?token|client[_ -]?secret)\s*(?:is|=|:)\s*["'`]?[A-Za-z0-9._~+/-]{12,}/i,
  },
];

/** Reasons a value may not be stored; empty when none applies. */
export function findSecrets(value: unknown, extraRules: readonly SecretRule[] = []): string[] {
  const found = new Set<string>();
  for (const text of stringsIn(value)) {
    for (const rule of [...SECRET_RULES, ...extraRules]) {
      if (rule.pattern.test(text)) found.add(rule.name);
    }
    if (hasCardNumber(text)) found.add("payment card number");
  }
  return [...found];
}

/** Reasons a memory (its key, text and content) may not be stored; empty when none applies. */
export function findSecretsInMemory(memory: { key: string; text: string; content: unknown }, extraRules: readonly SecretRule[] = []): string[] {
  return findSecrets([memory.key, memory.text, memory.content], extraRules);
}

/** Every string in a JSON value, keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  }
  return [];
}

/** 13 to 19 digits, optionally grouped by spaces or dashes, that pass the Luhn check. */
function hasCardNumber(text: string): boolean {
  for (const match of text.matchAll(/\b\d(?:[ -]?\d){12,18}\b/g)) {
    const digits = match[0].replace(/\D/g, "");
    if (luhn(digits)) return true;
  }
  return false;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
