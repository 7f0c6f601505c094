import type { MemoryType } from "./record.js";

/**
 * What a memory is about. One table decides subjects for the extractor (which
 * key a statement lands on), for promotion (which live memory a candidate
 * replaces, whatever key it was proposed under) and for recall (which
 * memories a question asks for).
 */
export interface Subject {
  /** The stable key a memory about this subject is stored under. */
  key: string;
  /** A short name for rendered texts: "preferred name", "CI". */
  label: string;
  /** The kind of memory a statement about this subject is. */
  memoryType: Extract<MemoryType, "preference" | "fact" | "rule">;
  /** Whether it is always about the user themself (user scope), whatever the extractor proposes. */
  personal: boolean;
  /** Other keys extractors use for the same subject. */
  aliases: readonly string[];
  /** Words that name the subject in a statement or a question. */
  words: RegExp;
  /** Values that identify the subject on their own ("Helix" is an editor). */
  values?: RegExp;
}

const LANGUAGES = "english|spanish|french|german|italian|portuguese|dutch|japanese|chinese|mandarin|korean|hindi|arabic|russian|polish|swedish|turkish|greek|hebrew";
const CODE = "typescript|javascript|python|rust|golang|java|kotlin|swift|ruby|elixir|haskell|scala|php|perl|c\\+\\+|c#|clojure|ocaml|zig|dart";

/** Every subject the package recognises. Order matters only where words overlap: the first wins. */
export const SUBJECTS: readonly Subject[] = [
  {
    key: "user.preferred_name",
    label: "preferred name",
    memoryType: "preference",
    personal: true,
    aliases: ["user.name", "user.nickname", "user.first_name", "preference.name", "name", "preferred_name", "user.display_name"],
    words: /\b(?:(?:first |preferred |nick|display )?name|call (?:me|you)|address (?:me|you)|go by|refer to me)\b/i,
  },
  {
    key: "user.hometown",
    label: "home town",
    memoryType: "fact",
    personal: true,
    aliases: ["user.birthplace", "user.origin", "user.home_town"],
    words: /\b(?:home ?town|grew up|born|come from|birthplace|where (?:i'?m|am i) from)\b/i,
  },
  {
    key: "user.nationality",
    label: "nationality",
    memoryType: "fact",
    personal: true,
    aliases: ["user.citizenship", "user.nationalities"],
    words: /\b(?:nationality|citizen(?:ship)?|passport holder)\b/i,
  },
  {
    key: "user.location",
    label: "location",
    memoryType: "fact",
    personal: true,
    aliases: ["user.city", "user.home_city", "user.residence", "user.home", "user.current_city", "location", "user.address", "user.based_in"],
    words: /\b(?:live|living in|lives|based|reside|resides|located|relocat\w*|moved|move|city|address|where (?:do )?i (?:live|stay))\b/i,
  },
  {
    key: "user.employer",
    label: "employer",
    memoryType: "fact",
    personal: true,
    aliases: ["user.company", "user.workplace", "user.job.company", "work.employer", "employer", "user.organization", "user.work"],
    words: /\b(?:employer|company|workplace|work (?:at|for)|working (?:at|for)|works (?:at|for)|joined|hired|quit|where (?:do )?i work)\b/i,
  },
  {
    key: "user.role",
    label: "role",
    memoryType: "fact",
    personal: true,
    aliases: ["user.job_title", "user.job", "user.occupation", "user.profession", "user.title", "user.position"],
    words: /\b(?:role|job title|title|position|occupation|profession|work as|what (?:do )?i do|for a living|do for work|my job)\b/i,
  },
  {
    key: "user.birthday",
    label: "birthday",
    memoryType: "fact",
    personal: true,
    aliases: ["user.birthdate", "user.date_of_birth", "user.dob", "birthday"],
    words: /\b(?:birthday|born on|birth ?date|date of birth)\b/i,
  },
  {
    key: "user.allergies",
    label: "allergies",
    memoryType: "fact",
    personal: true,
    aliases: ["user.allergy", "health.allergies", "allergies", "user.health.allergies"],
    words: /\b(?:allerg\w*|can'?t eat|cannot eat|react to)\b/i,
  },
  {
    key: "user.diet",
    label: "diet",
    memoryType: "preference",
    personal: true,
    aliases: ["user.dietary_restrictions", "food.diet", "user.food"],
    words: /\b(?:diet|dietary|vegetarian|vegan|pescatarian|gluten|halal|kosher|eat|eats|eating|food|meat|fish)\b/i,
  },
  {
    key: "user.timezone",
    label: "time zone",
    memoryType: "fact",
    personal: true,
    aliases: ["user.tz", "timezone", "user.time_zone"],
    words: /\b(?:time ?zone|utc|gmt|[pmce][sd]t)\b/i,
  },
  {
    key: "user.income",
    label: "income",
    memoryType: "fact",
    personal: true,
    aliases: ["user.salary", "user.pay", "user.earnings", "finance.income"],
    words: /\b(?:salary|income|earn(?:s|ings)?|pay(?:check)?|wages?|make (?:about |around )?\$?\d)/i,
  },
  {
    key: "user.medication",
    label: "medication",
    memoryType: "fact",
    personal: true,
    aliases: ["user.medications", "health.medication", "user.meds", "user.prescription"],
    words: /\b(?:medication|medications|meds|medicine|prescription|pills?|mg)\b/i,
  },
  {
    key: "user.pronouns",
    label: "pronouns",
    memoryType: "preference",
    personal: true,
    aliases: ["pronouns"],
    words: /\bpronouns?\b/i,
  },
  {
    key: "ui.theme",
    label: "theme",
    memoryType: "preference",
    personal: true,
    aliases: ["ui.appearance", "display.mode", "ui.mode", "preference.theme", "ui.color_scheme", "appearance.theme", "theme", "editor.theme", "ui.colour_scheme"],
    words: /\b(?:theme|dark mode|light mode|appearance|colou?r scheme|dark|light)\b/i,
    values: /\b(?:dark|light)(?: mode| theme)?\b/i,
  },
  {
    key: "response.language",
    label: "answer language",
    memoryType: "preference",
    personal: true,
    aliases: ["user.language", "preference.language", "reply.language", "response.lang", "language", "user.preferred_language", "answer.language"],
    words: new RegExp(`\\b(?:(?:answer|reply|respond|write|speak|talk)(?:s|ing)? (?:to me )?in|language|${LANGUAGES})\\b`, "i"),
    values: new RegExp(`\\b(?:${LANGUAGES})\\b`, "i"),
  },
  {
    key: "response.headings",
    label: "headings",
    memoryType: "rule",
    personal: true,
    aliases: ["response.format.headings", "format.headings", "style.headings"],
    words: /\b(?:headings?|headers?|section titles)\b/i,
  },
  {
    key: "response.exclamation_marks",
    label: "exclamation marks",
    memoryType: "rule",
    personal: true,
    aliases: ["style.exclamation_marks", "response.exclamations", "format.exclamation"],
    words: /\bexclamation(?: marks?| points?)?\b/i,
  },
  {
    key: "response.emoji",
    label: "emoji",
    memoryType: "rule",
    personal: true,
    aliases: ["style.emoji", "response.emojis", "format.emoji"],
    words: /\b(?:emojis?|emoticons?|smileys?)\b/i,
  },
  {
    key: "response.tone",
    label: "tone",
    memoryType: "preference",
    personal: true,
    aliases: ["style.tone", "response.formality"],
    words: /\b(?:tone|formal|informal|casual|friendly|polite)\b/i,
  },
  {
    key: "response.style",
    label: "answer style",
    memoryType: "preference",
    personal: true,
    aliases: ["response.length", "response.verbosity", "answer.style", "response.format", "style.length", "preference.answer_style", "answers"],
    words: /\b(?:concise|brief|short|shorter|terse|detailed|verbose|long|longer|length|bullet[- ]?points?|bullets|step[- ]by[- ]step|plain language|tl;?dr|wordy|to the point)\b/i,
  },
  {
    key: "units",
    label: "units",
    memoryType: "preference",
    personal: true,
    aliases: ["preference.units", "user.units", "measurement.units", "units.system", "unit_system"],
    words: /\b(?:units?|metric|imperial|celsius|fahrenheit|kilometers?|kilometres?|miles|kg|pounds|feet|meters|metres)\b/i,
    values: /\b(?:metric|imperial|celsius|fahrenheit)\b/i,
  },
  {
    key: "tools.editor",
    label: "editor",
    memoryType: "preference",
    personal: true,
    aliases: ["user.editor", "preference.editor", "dev.editor", "tools.ide", "editor", "user.ide", "ide"],
    words: /\b(?:editor|ide|vim|neovim|nvim|emacs|vs ?code|visual studio code|helix|zed|intellij|sublime|webstorm|pycharm|cursor|nano)\b/i,
    values: /\b(?:vim|neovim|nvim|emacs|vs ?code|visual studio code|helix|zed|intellij|sublime(?: text)?|webstorm|pycharm|cursor|nano)\b/i,
  },
  {
    key: "tools.os",
    label: "operating system",
    memoryType: "fact",
    personal: true,
    aliases: ["user.os", "user.operating_system", "os"],
    words: /\b(?:operating system|os|macos|mac|linux|windows|ubuntu|fedora|arch)\b/i,
    values: /\b(?:macos|mac|linux mint|linux|windows|ubuntu|fedora|arch linux|debian)\b/i,
  },
  {
    key: "tools.shell",
    label: "shell",
    memoryType: "preference",
    personal: true,
    aliases: ["user.shell", "shell"],
    words: /\b(?:shell|zsh|bash|fish|powershell)\b/i,
    values: /\b(?:zsh|bash|fish|powershell|nushell)\b/i,
  },
  {
    key: "contact.channel",
    label: "contact channel",
    memoryType: "preference",
    personal: true,
    aliases: ["user.contact", "contact.preferred", "preference.contact"],
    words: /\b(?:contact|reach me|ping me|message me|notify me)\b/i,
  },
  {
    key: "code.language",
    label: "programming language",
    memoryType: "preference",
    personal: true,
    aliases: ["user.programming_language", "preference.programming_language", "user.code_language"],
    words: /\bprogramming language\b/i,
  },
  {
    key: "stack.ci",
    label: "CI",
    memoryType: "fact",
    personal: false,
    aliases: ["project.ci", "team.ci", "ci.provider", "tools.ci", "infra.ci", "ci", "org.ci", "stack.ci_provider", "ci.system"],
    words: /\b(?:ci|continuous integration|pipelines?|builds?|travis|buildkite|github actions|circleci|circle ci|jenkins|gitlab ci|drone|teamcity)\b/i,
    values: /\b(?:travis(?: ci)?|buildkite|github actions|circle ?ci|jenkins|gitlab ci|drone|teamcity|bamboo|azure pipelines)\b/i,
  },
  {
    key: "stack.hosting",
    label: "hosting",
    memoryType: "fact",
    personal: false,
    aliases: ["stack.cloud", "project.hosting", "deploy.target", "stack.deploy", "infra.hosting", "stack.deployment", "hosting", "project.deploy", "team.hosting", "infra.cloud"],
    words: /\b(?:deploy\w*|host\w*|cloud|heroku|fly\.io|vercel|netlify|render|railway|aws|gcp|azure|kubernetes|k8s|digitalocean)\b/i,
    // "Fly" only as the platform ("on Fly", "to Fly"), never "I fly home".
    values: /\b(?:heroku|fly\.io|(?<=\b(?:on|to|onto|with|via) )fly(?! home| out| back| to)|vercel|netlify|render|railway|aws|amazon web services|gcp|google cloud|azure|kubernetes|k8s|digitalocean|cloudflare)\b/i,
  },
  {
    key: "stack.database",
    label: "database",
    memoryType: "fact",
    personal: false,
    aliases: ["project.database", "team.database", "infra.database", "database", "stack.db", "db"],
    words: /\b(?:database|db|datastore|postgres(?:ql)?|mysql|mariadb|sqlite|mongo(?:db)?|dynamodb|redis|cassandra|oracle)\b/i,
    values: /\b(?:postgres(?:ql)?|mysql|mariadb|sqlite|mongo(?:db)?|dynamodb|cassandra|oracle|cockroachdb|supabase)\b/i,
  },
  {
    key: "stack.framework",
    label: "framework",
    memoryType: "fact",
    personal: false,
    aliases: ["project.framework", "team.framework", "framework"],
    words: /\b(?:framework|react|vue|angular|svelte|next\.?js|nuxt|django|rails|flask|fastapi|express|spring boot|laravel|remix)\b/i,
    values: /\b(?:react native|react|vue|angular|svelte|next\.?js|nuxt|django|rails|ruby on rails|flask|fastapi|express|spring boot|laravel|remix|flutter)\b/i,
  },
  {
    key: "stack.language",
    label: "language",
    memoryType: "fact",
    personal: false,
    aliases: ["project.language", "team.language", "stack.programming_language"],
    words: new RegExp(`\\b(?:${CODE})\\b`, "i"),
    values: new RegExp(`\\b(?:${CODE}|go)\\b`, "i"),
  },
  {
    key: "stack.tracker",
    label: "issue tracker",
    memoryType: "fact",
    personal: false,
    aliases: ["project.tracker", "team.tracker", "tools.tracker", "issue_tracker"],
    words: /\b(?:tracker|tickets?|jira|linear|asana|trello|github issues|clickup|youtrack)\b/i,
    values: /\b(?:jira|linear|asana|trello|github issues|clickup|youtrack|shortcut)\b/i,
  },
  {
    key: "stack.chat",
    label: "chat",
    memoryType: "fact",
    personal: false,
    aliases: ["team.chat", "tools.chat"],
    words: /\b(?:chat|slack|discord|mattermost|zulip|microsoft teams)\b/i,
    values: /\b(?:slack|discord|mattermost|zulip|microsoft teams)\b/i,
  },
  {
    key: "stack.package_manager",
    label: "package manager",
    memoryType: "fact",
    personal: false,
    aliases: ["project.package_manager", "tools.package_manager"],
    words: /\b(?:package manager|npm|pnpm|yarn|bun)\b/i,
    values: /\b(?:npm|pnpm|yarn|bun)\b/i,
  },
  {
    key: "stack.tests",
    label: "test framework",
    memoryType: "fact",
    personal: false,
    aliases: ["project.test_framework", "stack.testing", "tools.tests"],
    words: /\b(?:test(?:ing)? framework|test runner|jest|vitest|mocha|pytest|junit|cypress|playwright)\b/i,
    values: /\b(?:jest|vitest|mocha|pytest|junit|cypress|playwright|rspec)\b/i,
  },
  {
    key: "code.indentation",
    label: "indentation",
    memoryType: "rule",
    personal: false,
    aliases: ["style.indentation", "code.indent", "project.indentation"],
    words: /\b(?:indent\w*|tabs|spaces)\b/i,
  },
  {
    key: "project.deadline",
    label: "deadline",
    memoryType: "fact",
    personal: false,
    aliases: ["project.due_date", "project.launch_date", "project.release_date", "deadline", "project.ship_date"],
    words: /\b(?:deadline|due date|due|launch date|release date|ship date|go-live)\b/i,
  },
  {
    key: "project.name",
    label: "project name",
    memoryType: "fact",
    personal: false,
    aliases: ["project.codename", "project.title"],
    words: /\b(?:project(?:'s)? name|codename|project is called|name of (?:the|this|our) project)\b/i,
  },
  {
    key: "team.standup",
    label: "standup",
    memoryType: "fact",
    personal: false,
    aliases: ["team.meeting", "team.standup_time"],
    words: /\b(?:stand-?ups?|daily meeting|daily sync)\b/i,
  },
];

const BY_KEY = new Map<string, Subject>(SUBJECTS.flatMap((subject) => [subject.key, ...subject.aliases].map((key) => [key, subject] as const)));

/** Words that say nothing about which subject a key names. */
const FILLER = new Set(["user", "my", "me", "preferred", "preference", "preferences", "pref", "current", "profile", "personal", "info", "settings", "setting", "default", "the", "of"]);

/** Key words that mean the same thing, mapped to one spelling. */
const SYNONYMS: Readonly<Record<string, string>> = {
  city: "location", residence: "location",
  company: "employer", workplace: "employer", organisation: "employer", organization: "employer",
  appearance: "theme",
  ide: "editor", lang: "language", tz: "timezone", dob: "birthday", birthdate: "birthday", allergy: "allergies",
  nickname: "name", firstname: "name", colour_scheme: "theme", verbosity: "style", length: "style",
  db: "database", pipeline: "ci", cloud: "hosting", deploy: "hosting", deployment: "hosting", host: "hosting",
};

/** The words of a key, lower case, synonyms folded and filler dropped. */
function keyWords(key: string): string[] {
  return key
    .toLowerCase()
    .split(/[._\-\s]+/)
    .filter((word) => word.length > 0 && !FILLER.has(word))
    .map((word) => SYNONYMS[word] ?? word);
}

/** Key words that only say which area a subject is filed under. */
const AREAS = new Set(["stack", "ui", "tools", "tool", "response", "project", "team", "code", "contact", "org", "infra", "health", "work", "style", "format", "answer", "reply", "preference", "dev", "tooling", "build"]);

/** Key areas whose keys are made of free text (the offline extractor's general forms). */
const FREE_TEXT_AREAS = new Set(["note", "rule", "task", "topic", "preference"]);

/** Subjects by the folded words of their key and aliases; the first subject in table order wins. */
const BY_KEY_WORDS = new Map<string, Subject>();
for (const subject of SUBJECTS) {
  for (const known of [subject.key, ...subject.aliases]) {
    const words = keyWords(known).join(".");
    if (!BY_KEY_WORDS.has(words)) BY_KEY_WORDS.set(words, subject);
  }
}

/** The words that identify a subject in any key: `stack.package_manager` is `package` and `manager`. */
const CORES = SUBJECTS.map((subject) => ({ subject, core: keyWords(subject.key).filter((word) => !AREAS.has(word)) }));

/**
 * The subject a key names: its own key, one of its aliases, the same words
 * once synonyms are folded, or else the one subject whose identifying words
 * the key contains (`build.ci_system` is the CI, `work.company` the employer).
 */
export function subjectOfKey(key: string): Subject | undefined {
  if (SUBJECT_OF_KEY.has(key)) return SUBJECT_OF_KEY.get(key);
  const subject = findSubjectOfKey(key);
  if (SUBJECT_OF_KEY.size >= SUBJECT_OF_KEY_CACHE_SIZE) SUBJECT_OF_KEY.clear();
  SUBJECT_OF_KEY.set(key, subject);
  return subject;
}

/** Keys whose subject is remembered: recall asks for the subject of every live record on every turn. */
const SUBJECT_OF_KEY_CACHE_SIZE = 10_000;
const SUBJECT_OF_KEY = new Map<string, Subject | undefined>();

function findSubjectOfKey(key: string): Subject | undefined {
  const exact = BY_KEY.get(key.toLowerCase());
  if (exact !== undefined) return exact;
  const words = keyWords(key);
  if (words.length === 0) return undefined;
  const same = BY_KEY_WORDS.get(words.join("."));
  if (same !== undefined) return same;
  // Only a short subject-like key: a key made of a sentence's words ("note.we_rotate_api_keys") names no subject.
  if (words.length > 3 || FREE_TEXT_AREAS.has(key.split(".")[0]!.toLowerCase())) return undefined;
  const containing = CORES.filter(({ core }) => core.length > 0 && core.every((word) => words.includes(word)));
  return containing.length === 1 ? containing[0]!.subject : undefined;
}

/**
 * The key a memory is stored under: the subject's own key when the key names
 * a known subject, otherwise the key as given. Two keys that canonicalise
 * alike are one subject: a memory under one replaces a memory under the other.
 */
export function canonicalKey(key: string): string {
  return subjectOfKey(key)?.key ?? key.toLowerCase();
}

/** Subjects whose words occur in `text`, in table order. */
export function subjectsNamedIn(text: string): Subject[] {
  return SUBJECTS.filter((subject) => subject.words.test(text));
}

/** The subject a value identifies on its own ("Buildkite" is a CI), if exactly one does. */
export function subjectOfValue(value: string): Subject | undefined {
  const found = SUBJECTS.filter((subject) => subject.values?.test(value));
  return found.length === 1 ? found[0] : undefined;
}

/** The words of a key without filler, for matching a key against a question or another key. */
export function wordsOfKey(key: string): string[] {
  return keyWords(key);
}
