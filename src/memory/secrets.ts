/** A never-store rule: a pattern, and the reason given when it matches. */
export interface SecretRule {
  name: string;
  pattern: RegExp;
}

/** "code", unless a word before it makes it a code of another kind ("budget code 4410", "error code 502"). */
const LOCK_CODE = String.raw`(?<!\b(?:budget|cost|post|zip|area|error|status|exit|product|discount|promo|voucher|tax|nominal|dress|country|sort|item|job|project|account|reference|ref|booking|tracking|course|source|bar|qr)\s)\bcode`;

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
  { name: "private key", pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/ },
  { name: "URL with credentials", pattern: /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/@]{1,256}:[^\s@/]{1,256}@/i },
  {
    name: "secret assignment",
    pattern: /\b[A-Z][A-Z0-9_]*(?:SECRET|PASSWORD|PASSWD|PASS|PWD|TOKEN|API_?KEY|PRIVATE_KEY|CREDENTIALS?|AUTH)[A-Z0-9_]*\s*[=:]\s*["'`]?[^\s"'`]{3,}/,
  },
  {
    name: "password",
    pattern:
      /\b(?:password|passwd|passphrase|passcode|pwd|pin|root pw|key ?safe|lock ?box|(?:lock|safe) combination|combination(?= (?:is|was|:))|cvv2?|cvc|csc|(?:alarm|door|gate|safe|lock|security|access|entry|garage|locker|wifi|wi-fi|building|keypad|pin|card|cvv|cvc|(?:three|four|3|4)-digit) code)(?:'s|\s+(?:for|to|of|on|by|at|in)\s+[\w .'-]{1,40}?)?\s*(?:is|was|=|:|->|are)\s*(?:now\s+|still\s+|set to\s+)?(?!(?:required|needed|optional|mandatory|invalid|wrong|incorrect|correct|expired|changed|reset|weak|strong|case[- ]sensitive|different|the same|shared|stored|saved|hashed|encrypted|rotated|managed)(?:[\s.,;!?]|$))["'`]?[^\s"'`]{3,}/i,
  },
  {
    // "the network's MoragsBnB-5G and the key is heather&Thistle1987": a key that is a made-up word, not a way of doing things.
    name: "network key",
    pattern: /\bkey\b[^.!?\n]{0,30}?\b(?:is|:)\s*["'`]?(?=[^\s"'`]{0,63}[A-Za-z])(?=[^\s"'`]{0,63}[\d!@#$%^&*_])[^\s"'`]{8,64}/i,
  },
  {
    // Backup or recovery codes, several in a row: "4821-9930 1177-0264 5538-4410".
    name: "list of backup codes",
    pattern: /(?:\b\d{4}[- ]\d{4}\b[\s,;]+){2,}\b\d{4}[- ]\d{4}\b|\b(?:backup|recovery) codes?\b[^.!?\n]{0,40}\d{4,}/i,
  },
  {
    // "The cash safe in the van is 31-07-22": a safe or a lock named, then its digits.
    name: "safe combination",
    pattern: /\b(?:safe|lock|padlock|locker)\b[^.!?\n]{0,30}?\b(?:is|:)\s*\d[\d -]{3,}\d\b/i,
  },
  {
    // "my steam pw bc i always forget it, its dragonfire2009": the value comes a few words on, and looks made up.
    name: "password said in passing",
    pattern: /\b(?:password|passwd|passphrase|passcode|pwd|pw)\b(?! (?:manager|policy|reset|field|vault|app|rules?|requirements?)\b)[^.!?\n]{0,40}?\b(?:is|it'?s|its|was|=|:)\s*["'`]?(?=[^\s"'`]{0,63}[\d!@#$%^&*_])[^\s"'`]{4,64}/i,
  },
  {
    name: "credential field",
    pattern: /["'](?:[\w-]*(?:token|password|passwd|secret|api_?key|apikey|private_?key|credentials?))["']\s*:\s*["'][^"'\s]{6,}["']/i,
  },
  {
    // Bank and government identifiers, named as such: "account number is 4400 1928 3347", "routing 122105155", "my NIF is 245 123 987",
    // "NI number QQ 12 34 56 C" (a letter may lead or close the digits).
    name: "account or identity number",
    pattern:
      /\b(?:(?:bank |checking |savings )?account (?:number|no\.?|#)|acct (?:number|no\.?|#)|routing(?: number| no\.?| #)?|sort code|tax (?:id|number|file number|code)|nif|nie|nin|bvn|ssn|sin|tfn|ppsn?|cpf|curp|dni|nric|social security number|social insurance number|national (?:id(?:entity|entification)?|insurance) (?:number|no\.?|card number)|ni (?:number|no\.?)|pesel|aadhaar|pan (?:number|no\.?|card number)|medicare (?:number|no\.?)|nhs number|(?:driver'?s|driving) licen[cs]e (?:number|no\.?)|(?<!(?:horse|pet|dog|cat|equine|animal)'?s? )passport (?:number|no\.?))(?:\s+(?:is|was|are))?\s*[:#=]?\s*(?:[a-z]{1,2}[ -]?)?\d[\d -]{4,}\d(?:[ -]?[a-z]\b)?/i,
  },
  {
    // "The old one is number P7731904": a bare number in the shape of a passport or an identity card (one or two
    // letters, seven or eight digits), unless the sentence says it is an order, a booking or a ticket.
    name: "identity document number",
    pattern: /^(?!.*\b(?:order|booking|ticket|invoice|tracking|flight|reference|ref|case|account|customer|policy|membership)\b).*\bnumber\s+(?:is\s+)?[A-Z]{1,2}\d{7,8}\b/im,
  },
  {
    // A code sent to prove it is you, said with or without "is": "verification code 583920", "my OTP is 4411".
    name: "one-time code",
    pattern: /\b(?:(?:verification|one[- ]time|2fa|two[- ]factor|authenti(?:cation|cator)|auth|login|log-?in|sign[- ]?in|security|reset|sms|otp) (?:code|pin|passcode)|otp)(?:\s+(?:is|was))?\s*[:#=]?\s*\d{4,8}\b/i,
  },
  {
    // "Our licence key for the phonics software is RDX4-99KQ-LM2P-7TZA", "recovery phrase: …".
    name: "licence or recovery key",
    pattern: /\b(?:(?:licen[cs]e|product|serial|activation|registration|recovery) key|(?:activation|recovery) code|(?:recovery|seed|backup) phrase)\b[^.!?\n]{0,40}?\b(?:is|was|=|:)\s*["'`]?(?=[A-Za-z0-9-]{0,63}\d)[A-Za-z0-9][A-Za-z0-9-]{7,63}/i,
  },
  {
    // "you get in with a badge plus a PIN. Mine is 90312", "… plus a PIN — it's 2580": the PIN named, then given in the next breath.
    name: "PIN given after it is named",
    pattern: /\b(?:PIN|passcode|door code|alarm code|combination)\b[^.!?\n]{0,60}[.!?;:,—–-]\s*(?:and\s+)?(?:mine|ours|it|that|which)(?:['’]s| is)\s+\d{4,8}\b/i,
  },
  {
    // "back door keypad is 7319 then #": the number a keypad takes, never "the keypad is broken".
    name: "keypad code",
    pattern: /\bkey ?pad(?:['’]s|\s+(?:for|to|of|on|by|at|in)\s+[\w .'-]{1,40}?)?\s*(?:is|was|=|:)\s*(?:now\s+|still\s+)?\d{3,8}\b/i,
  },
  {
    // "my wallet recovery phrase is orbit canyon velvet ladder …": a wallet's seed, twelve words or more with no digit.
    name: "recovery phrase",
    pattern: /\b(?:recovery|seed|backup|mnemonic|secret) (?:phrase|words)\b[^.!?\n]{0,40}?\b(?:is|was|are|were|=|:)\s*["'`]?(?:[a-z]{3,8}[\s,]+){11,23}[a-z]{3,8}\b/i,
  },
  {
    // Four or more dashed groups of letters and digits, the shape software licence keys are issued in.
    name: "licence key",
    pattern: /\b(?=[A-Z0-9-]{0,29}[A-Z])(?=[A-Z0-9-]{0,29}\d)[A-Z0-9]{4,5}(?:-[A-Z0-9]{4,5}){3,5}\b/,
  },
  {
    // "here's the API key so you can write the upload script: tr_live_8f2K…": the value comes a few words on, and is made, not written.
    name: "credential said in passing",
    pattern:
      /\b(?:api[_ -]?key|secret[_ -]?key|access[_ -]?(?:key|token)|auth[_ -]?token|client[_ -]?secret|token|secret)s?\b[^.!?\n]{0,60}?(?:\bis\b|=|:)\s*["'`]?(?=[A-Za-z0-9._~+/-]{0,79}\d)(?=[A-Za-z0-9._~+/-]{0,79}[A-Za-z])[A-Za-z0-9._~+/-]{12,80}/i,
  },
  {
    // "the dashboard login is greta.apis / Favos#Mel22": a user name, then a password that looks made up.
    name: "login and password",
    pattern:
      /\b(?:log-?in|sign-?in|credentials?|creds|user ?name and password)\b[^.!?\n]{0,30}?(?:\bis\b|\bare\b|['’]s\b|:)\s*[^\s/|]{2,64}\s*[/|]\s*["'`]?(?=[^\s"'`]{0,63}[\d!@#$%^&*_])[^\s"'`]{4,64}/i,
  },
  {
    // "I've typed my PIN (628193) about ten times", "the keysafe by the back door … and the code's 4471", "alarm code 1987#",
    // "side gate code is 0 4 1 1".
    name: "PIN or lock code",
    pattern:
      new RegExp(String.raw`\bpin(?: number| code)?\b(?:'s|\s+is|\s+was|\s*[:=])?\s*\(?\s*\d{4,8}\b|\b(?:key ?safe|lock|door|gate|alarm|safe|keypad|entry|garage|locker|padlock)\b[^.!?\n]{0,60}?${LOCK_CODE}(?:'s|\s+is|\s+was|\s*[:=])?\s*\d(?:[ -]?\d){2,7}\b`, "i"),
  },
  {
    // "compressor room door is 7-7-0-4", "the back gate is 2290": a door or a lock said to be a number, not a size.
    name: "door code said as the door",
    pattern:
      /\b(?:door|gate|key ?safe|lock ?box|keypad|padlock|shed|cage|locker)\b[^.!?\n]{0,30}?\b(?:is|:)\s*(?:\d[ -]?){3,7}\d\b(?!\s*(?:mm|cm|m|metres?|meters?|feet|foot|ft|inches|in|kg|am|pm|%|wide|high|tall|deep|long|years?|days?))/i,
  },
  {
    // "The key safe for the drill tower is by the roller door. Code's 4471 btw": the lock named, its code a sentence on.
    name: "code of a lock named before",
    pattern:
      new RegExp(String.raw`\b(?:key ?safe|lock ?box|padlock|keypad|alarm|door|gate|safe)\b[^\n]{0,200}?${LOCK_CODE}(?:['’]s|\s+is|\s+was|\s*[:=])\s*\d(?:[ -]?\d){2,7}\b`, "i"),
  },
  {
    // "paid by card over the phone: 4929 1234 5678 9012 exp 08/27": a card's number said as one, whether or not its check digit holds.
    name: "card number said as one",
    pattern:
      /\b(?:card|visa|mastercard|amex|debit|credit)\b[^\n]{0,80}?\b\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}\b|\b\d{4}([ -]?)\d{4}\2\d{4}\2\d{1,7}\b[^\n]{0,20}?\b(?:exp(?:iry|ires)?|cvv|cvc|valid (?:thru|through|until))\b/i,
  },
  {
    // "password Starboard!Lounge22": the value right after the word, made up of letters and digits or symbols.
    name: "password given",
    pattern: /\b(?:password|passwd|passphrase|passcode|pwd|pw)\s+["'`]?(?=[^\s"'`]{0,63}[\d!@#$%^&*_])(?=[^\s"'`]{0,63}[A-Za-z])[^\s"'`]{6,64}/i,
  },
  {
    // "Mine's currently Gr@nthamOwl1987": upper and lower case, a digit and a symbol in one word is a password's shape.
    name: "password-shaped word",
    pattern: /(?<![\w@.])(?=[A-Za-z0-9!@#$%^&*]{0,63}[A-Z])(?=[A-Za-z0-9!@#$%^&*]{0,63}[a-z])(?=[A-Za-z0-9!@#$%^&*]{0,63}\d)(?=[A-Za-z0-9!@#$%^&*]{0,63}[!@#$%^&*])[A-Za-z0-9!@#$%^&*]{8,64}(?![\w@!#$%^&*])/,
  },
  {
    name: "credential assignment",
    pattern: /\b(?:api[_ -]?key|secret[_ -]?key|access[_ -]?token|auth[_ -]?token|client[_ -]?secret)\s*(?:is|=|:)\s*["'`]?[A-Za-z0-9._~+/-]{12,}/i,
  },
];

/**
 * Reasons a value may not be stored; empty when none applies. Strings are
 * checked for the shapes of {@link SECRET_RULES}, card numbers and bare
 * high-entropy keys; object fields named like a secret (`password`,
 * `db_token`, `apiKey`, at any depth) may hold nothing but `false`/`null`.
 */
export function findSecrets(value: unknown, extraRules: readonly SecretRule[] = []): string[] {
  const found = new Set<string>();
  for (const text of stringsIn(value)) {
    for (const rule of [...SECRET_RULES, ...extraRules]) {
      if (rule.pattern.test(text)) found.add(rule.name);
    }
    if (hasCardNumber(text)) found.add("payment card number");
    if (hasIban(text)) found.add("IBAN");
    if (bareKeysIn(text).length > 0) found.add("bare secret key");
  }
  for (const field of secretFieldsIn(value)) found.add(`value under a secret field ("${field}")`);
  return [...found];
}

/**
 * Reasons a memory (its key, text and content) may not be stored; empty when
 * none applies. A key named like a secret makes its content one. With the
 * user's words it came from, a secret said there ("my wifi passphrase is
 * correct-horse-battery-staple") is refused wherever the memory repeats it.
 */
export function findSecretsInMemory(
  memory: { key: string; text: string; content: unknown },
  extraRules: readonly SecretRule[] = [],
  evidence?: string,
): string[] {
  // A short key names its content (`staging.root_password`); a key made of a sentence's words does not.
  const name = memory.key.split(".").at(-1)!;
  const named = name.split(/[_-]/).length <= 3 ? [{ [name]: memory.content }] : [];
  const found = findSecrets([memory.key, memory.text, memory.content, ...named], extraRules);
  if (evidence === undefined) return found;
  return repeatsAny(memory, secretValuesIn(evidence, extraRules)) ? [...new Set([...found, "secret the user said"])] : found;
}

/** Whether a memory's key, text or content repeats one of the secret values given. */
export function repeatsAny(memory: { key: string; text: string; content: unknown }, secrets: readonly string[]): boolean {
  if (secrets.length === 0) return false;
  const stored = JSON.stringify([memory.key, memory.text, memory.content]);
  return secrets.some((secret) => stored.includes(secret));
}

/**
 * The secret values a text states that are made up like secrets: a code of
 * four digits or more, or six characters or more with a digit or a symbol.
 * A rule's last word may be an ordinary one ("the password is required").
 */
export function madeUpSecretValues(text: string, extraRules: readonly SecretRule[] = []): string[] {
  return secretValuesIn(text, extraRules).filter((value) => /^\d{4,}$/.test(value) || (value.length >= 6 && /[\d\W_]/.test(value)));
}

/**
 * The secret values a text states: the last word of each never-store match
 * ("hunter2" of "password is hunter2"), and each bare key. A memory that
 * repeats one holds the secret, however the rest of it reads.
 */
export function secretValuesIn(text: string, extraRules: readonly SecretRule[] = []): string[] {
  const stated = [...SECRET_RULES, ...extraRules].flatMap((rule) =>
    [...text.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, "") + "g"))].flatMap((found) => {
      // Digits said in groups ("0 4 1 1", "4929 1234 5678 9012") are one value.
      const value = (/\d(?:[ -]?\d){3,}$/.exec(found[0])?.[0] ?? found[0].split(/[\s=:]+/).at(-1))?.replace(/^["'`(]+|["'`.,;!?)]+$/g, "");
      return value !== undefined && value.length >= 4 ? [value] : [];
    }),
  );
  return [...new Set([...stated, ...bareKeysIn(text)])];
}

/** The last words of a field name that make it a secret's name. */
const SECRET_NAME = /(?:^|[^a-z])(?:pass(?:word|wd|phrase|code)?|pwd|secrets?|tokens?|api ?keys?|access ?keys?|private ?keys?|secret ?keys?|credentials?|creds|pin|otp|auth)$/i;

/** Field names, at any depth, that name a secret and hold a value. */
function secretFieldsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(secretFieldsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([field, item]) => {
    const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_.-]+/g, " ").trim();
    const holds = item !== null && item !== false && item !== "" && (typeof item !== "object" || secretFieldsIn(item).length > 0 || holdsAnything(item));
    return [...(SECRET_NAME.test(words) && holds ? [field] : []), ...secretFieldsIn(item)];
  });
}

function holdsAnything(value: object): boolean {
  return stringsIn(value).some((text) => text.trim() !== "") || JSON.stringify(value).match(/\d/) !== null;
}

/**
 * Keys pasted bare: a long token mixing upper case, lower case and digits with
 * no word in it (hashes and ids are hex or dashed and pass), or a shorter run
 * of them that changes between the three at most characters, as generated
 * keys do and product names ("iPhone15ProMax") do not.
 */
function bareKeysIn(text: string): string[] {
  return [...text.matchAll(/[A-Za-z0-9+/=_-]{16,}/g)]
    .map(([token]) => token)
    .filter(
      (token) =>
        (token.length >= 32 && /[A-Z]/.test(token) && /[a-z]/.test(token) && /\d/.test(token) && !/^[0-9a-f-]+$/i.test(token) && !/[a-z]{5,}/.test(token)) ||
        token.split(/[_=+/-]+/).some(generated),
    );
}

/** Letters and digits drawn at random: at least 14, three of each kind, no four lower-case letters in a row, the kind changing at most characters. */
function generated(run: string): boolean {
  if (run.length < 14 || /[a-z]{4}/.test(run)) return false;
  const kinds = [...run].map((char) => (/[A-Z]/.test(char) ? "A" : /[a-z]/.test(char) ? "a" : /\d/.test(char) ? "1" : "?"));
  if (["A", "a", "1"].some((kind) => kinds.filter((found) => found === kind).length < 3)) return false;
  const changes = kinds.filter((kind, i) => i > 0 && kind !== kinds[i - 1]).length;
  return changes >= 0.55 * (run.length - 1);
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

/** An IBAN, spaced in groups of four or not, whose ISO 13616 check digits hold (so "DE12 …" in prose is not one by shape alone). */
function hasIban(text: string): boolean {
  for (const match of text.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g)) {
    const iban = match[0].replace(/ /g, "");
    const rearranged = iban.slice(4) + iban.slice(0, 4);
    let remainder = 0;
    for (const char of rearranged) {
      const value = parseInt(char, 36);
      remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    if (remainder === 1) return true;
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
