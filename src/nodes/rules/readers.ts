import { SUBJECTS, mentionsSelf, speaksForTeam, teamScopeNamed, type Subject } from "../../memory/index.js";

/** What one sentence states about one subject. */
export interface Reading {
  key: string;
  memoryType: "preference" | "fact" | "rule" | "task_state";
  label: string;
  value: string;
  /** The statement retires the value ("I no longer use Vim", "no more headings"). */
  negative?: boolean;
  /** Whether the value is the user's whole clause rather than a word picked out of it. */
  clause?: boolean;
}

type Reader = (sentence: string) => Reading | undefined;

const subject = (key: string): Subject => SUBJECTS.find((known) => known.key === key)!;

// Capitalised names, places and organisations: "May", "São Paulo", "Acme Corp", "Fly.io".
const NAME = String.raw`([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)`;
const PLACE = String.raw`((?:St\.\s)?[\p{Lu}][\p{L}'’.-]+(?:[\s-](?:de|do|da|del|am|upon|on)?\s?[\p{Lu}][\p{L}'’.-]+){0,2})`;
const ORG = String.raw`([\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:&\s+)?[\p{Lu}\d][\p{L}\d&'’.-]*){0,3})`;
/** Words right before a value that make it the old one: "from Travis", "quit Umbrella", "instead of Vim". */
const OLD_BEFORE = /(?:\b(?:old|former|previous|last|ex-?)\s+(?:job|employer|company|workplace|team|role|place|flat|apartment|house)(?:\s+(?:at|with|in))?|\b(?:not|never|can'?t|cannot|don'?t|won'?t|hate|dislike|avoid)(?:\s+\w+){0,3}?\s+(?:in|with|using|use|about)|\bfrom|\boff|\baway from|\binstead of|\brather than|\bno longer(?:\s+\w+){0,2}|\bnot|\bno|\bquit|\bleft|\bleaving|\bdropped|\bditched|\bover|\bthan|\breplaced|\bused to(?:\s+\w+){0,3}|\bnever|\bstopped(?:\s+\w+){0,2}|\bswitched from|\bmoved from|\bmigrated from)\s+(?:the\s+|using\s+|on\s+|with\s+|in\s+|at\s+|for\s+)?$/i;
const RETIRES = /\b(?:no longer|not anymore|any ?more|stopped|quit|dropped|ditched|gave up|don'?t use|do not use|got rid of|moved off|left)\b/i;

/**
 * A capitalised word straight after a value that makes it part of another name ("Travis Perkins"); not a product
 * of the value's maker ("Cloudflare Pages", "GitHub Actions"), a day, a month or "I".
 */
const NAME_GOES_ON =
  /^\s+(?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Pages|Workers|Actions|Cloud|Functions|Lambda|Pipelines|DevOps|Server|Studio|Code|App|Apps|Engine|Platform|Hosting|Database|Storage|Enterprise|Pro|Premium|Online|Desktop|Mobile|Web|Edition|Community)\b)\p{Lu}\p{Ll}/u;

/** Words right before a value that make it the new one: "to Helix", "joined Hooli", "now Porto". */
const NEW_BEFORE = /(?:\bto|\bonto|\bjoined|\bjoining|\bnow(?:\s+\w+){0,2}|\bback to(?:\s+\w+){0,2}|\bover to|\bwith|\bprefer(?:s|red)?|\bi meant|\bit'?s)\s+(?:an?\s+|the\s+)?$/i;

/**
 * The value of `pattern` the sentence states as current: one introduced as
 * new ("switched over to Helix", "quit Umbrella and joined Hooli") first,
 * else the first that is not introduced as the old one ("from Travis", "no
 * longer Vim"); a sentence naming only old values retires the first.
 */
function pickValue(sentence: string, pattern: RegExp): { value: string; negative: boolean } | undefined {
  const found = [...sentence.matchAll(new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/g, "")}gd`))];
  if (found.length === 0) return undefined;
  // What comes before the value itself, its verb included: "left Umbrella", "I'm at Hooli".
  const before = (match: RegExpMatchArray) => {
    const start = (match as RegExpMatchArray & { indices: [number, number][] }).indices.slice(1).find(Boolean)?.[0] ?? match.index!;
    return sentence.slice(Math.max(0, start - 40), start);
  };
  // "Travis Perkins" is a builders' merchant, not Travis: a value that runs on into another capitalised word is another name.
  const whole = (match: RegExpMatchArray) => !NAME_GOES_ON.test(sentence.slice(match.index! + match[0].length));
  const fresh = found.filter((match) => whole(match) && !OLD_BEFORE.test(before(match)));
  const chosen = fresh.find((match) => NEW_BEFORE.test(before(match))) ?? fresh[0];
  // "postgres 16", "Node 20": a version right after the value belongs to it.
  const valueOf = (match: RegExpMatchArray) => {
    const value = (match.slice(1).find((group) => group !== undefined) ?? match[0]).trim();
    const version = /^\s?v?\d+(?:\.\d+)*\b/.exec(sentence.slice(match.index! + match[0].length))?.[0];
    return version === undefined ? value : `${value}${version}`;
  };
  if (chosen !== undefined) return { value: valueOf(chosen), negative: false };
  return RETIRES.test(sentence) ? { value: valueOf(found[0]!), negative: true } : undefined;
}

function valueReading(key: string, sentence: string, pattern: RegExp, memoryType?: Reading["memoryType"]): Reading | undefined {
  const picked = pickValue(sentence, pattern);
  if (picked === undefined) return undefined;
  const { label, memoryType: type } = subject(key);
  return { key, memoryType: memoryType ?? type, label, value: tidy(picked.value), ...(picked.negative ? { negative: true } : {}) };
}

/** A personal reading only from the user speaking of themself, never from "our servers run Linux". */
const personal = (read: Reader): Reader => (sentence) =>
  speaksForTeam(sentence) && !mentionsSelf(sentence) ? undefined : read(sentence);

/** Where the user lives: a household's "we moved to Montreal" too, but never a project's or a company's. */
const household = (read: Reader): Reader => (sentence) => (teamScopeNamed(sentence) !== undefined && !mentionsSelf(sentence) ? undefined : read(sentence));

/** Nationalities, as "I'm Irish" says one. */
const NATIONALITIES =
  "American|British|English|Scottish|Irish|Welsh|Canadian|Australian|New Zealander|German|French|Spanish|Italian|Portuguese|Dutch|Belgian|Swiss|Austrian|Brazilian|Mexican|Argentinian|Chilean|Colombian|Peruvian|Indian|Chinese|Japanese|Korean|Polish|Russian|Ukrainian|Swedish|Norwegian|Danish|Finnish|Icelandic|Greek|Turkish|Israeli|Pakistani|Bangladeshi|Nigerian|Ghanaian|Kenyan|South African|Egyptian|Moroccan|Lebanese|Iranian|Vietnamese|Thai|Filipino|Indonesian|Malaysian|Singaporean|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Slovenian|Lithuanian|Latvian|Estonian";

/** Capitalised words after "I'm" that are not names: nationalities, languages, fillers. */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:Not|The|A|An|Just|So|Very|Fine|Good|Back|Here|Sorry|Also|Still|Now|Currently|Based|Done|Ready|Sure|Okay|Ok|${NATIONALITIES}|European|Asian|African|Latino|Latina|Vegan|Vegetarian|Allergic|Married|Single|Remote|Left-handed|Right-handed|Jewish|Muslim|Christian|Catholic|Hindu|Buddhist|Sikh|Atheist)$`,
);

/** "I'm Irish, born in Galway", "I'm a British citizen": the user's nationality, never "I'm British English's biggest fan". */
const NATIONALITY: Reader = (sentence) =>
  valueReading("user.nationality", sentence, new RegExp(String.raw`\b(?:I'?m|I am)\s+(?:an?\s+)?(?:(?:half|dual)\s+)?(${NATIONALITIES})(?=\s*(?:$|[,.;!]|\s+(?:and|but|citizen|national|by birth|too|as well)\b))`, "iu"));

const PREFERRED_NAME: Reader = (sentence) => {
  // How the user asks to be addressed wins over the name they give: "my name is João but everybody calls me Jota".
  const addressed = new RegExp(String.raw`(?<!\b(?:don'?t|do not|never|not|stop|no one|nobody)\s+(?:\w+\s+)?)\b(?:call(?:s)? me|call me by|go(?:es)? by|known as|address me as|refer to me as)\s+${NAME}`, "u");
  const strong = new RegExp(String.raw`\b(?:name(?:'s| is)|i'?m called)\s+${NAME}`, "u");
  // "call me T": an initial is a name too.
  const initial = /\b(?:call(?:s)? me|go(?:es)? by|address me as)\s+([A-Z])(?=\s*(?:$|[,.!]|please|for short|instead))/u;
  // "everyone calls me pree": a lower-case name is still one after "call me".
  const typed = /\bcall(?:s)? me\s+(?!(?:so|by|that|when|if|anytime|back|later|whatever|what|anything|please|sometime|again|tomorrow|crazy|old)\b)([a-z][a-z'’-]{1,20})\b/u;
  // "I'm Maya" names the user only as an introduction: after a greeting, or alone, or "by the way".
  const introduced = new RegExp(String.raw`^(?:hi|hey|hello|btw|by the way|oh|also|and)[,!]?\s+(?:[Ii]'?m|[Ii] am|this is|it'?s)\s+${NAME}`, "u");
  const alone = new RegExp(String.raw`^(?:[Ii]'?m|[Ii] am|this is|my name'?s)\s+${NAME}(?=\s*(?:$|\(|,|here\b|now\b|by the way|btw))`, "u");
  // "my legal name is Bartholomew but please just use Tol": the name to use, where the sentence is about names.
  const toUse = /\b(?:name|call(?:s|ed)?|calling)\b/i.test(sentence) ? new RegExp(String.raw`\b(?:just|please|pls)\s+(?:just\s+)?(?:use|go with|stick (?:to|with))\s+${NAME}`, "u") : undefined;
  // "Just Edie is fine": a name offered in place of a more formal one.
  const offered = new RegExp(String.raw`^[Jj]ust\s+${NAME}\s+(?:is|'s|will do)\s*(?:fine|good|ok|okay|enough)?\b`, "u");
  // "Her name is Dolores" names someone else.
  if (/\b(?:her|his|their|your|its)\s+(?:\w+\s+)?name\b/i.test(sentence)) return undefined;
  const found = pickValue(sentence, addressed) ?? (toUse && pickValue(sentence, toUse)) ?? pickValue(sentence, strong) ?? pickValue(sentence, introduced) ?? pickValue(sentence, alone) ?? pickValue(sentence, typed) ?? pickValue(sentence, initial) ?? pickValue(sentence, offered);
  // "the bio used the usual Irish spelling but mine's actually S-H-I-V-A-U-N": a name spelt out letter by letter.
  const spelt = found === undefined && /\b(?:name|spell\w*|spelt|mine)\b/i.test(sentence) ? /\b((?:\p{L}-){2,}\p{L})\b/u.exec(sentence)?.[1] : undefined;
  if (spelt !== undefined) {
    const letters = spelt.replace(/-/g, "").toLowerCase();
    return { key: "user.preferred_name", memoryType: "preference", label: "Preferred name", value: letters.charAt(0).toUpperCase() + letters.slice(1) };
  }
  // "You can stop calling me Doc": a name taken back, with no other given.
  const withdrawn = found === undefined ? new RegExp(String.raw`\b(?:stop|quit|no longer|don'?t|do not)\s+call(?:ing)?\s+me\s+${NAME}`, "u").exec(sentence)?.[1] : undefined;
  if (withdrawn !== undefined) return { key: "user.preferred_name", memoryType: "preference", label: "Preferred name", value: withdrawn, negative: true };
  if (found === undefined || (found.value.length > 1 && NOT_A_NAME.test(found.value.split(/\s+/)[0]!))) return undefined;
  return { key: "user.preferred_name", memoryType: "preference", label: "Preferred name", value: found.value, ...(found.negative ? { negative: true } : {}) };
};

const ROLE_NOUN =
  "engineer|developer|designer|manager|scientist|teacher|student|nurse|doctor|lawyer|analyst|architect|consultant|writer|founder|cto|ceo|cfo|coo|pm|sre|intern|researcher|lead|director|administrator|admin|accountant|editor|product owner|tester|programmer|freelancer|contractor|marketer|recruiter|vet|veterinarian|chef|cook|pilot|plumber|electrician|farmer|dentist|pharmacist|paramedic|firefighter|police officer|journalist|photographer|artist|musician|translator|librarian|barista|carpenter|mechanic|lecturer|professor|tutor|coach|therapist|psychologist|surgeon|midwife|physician|paralegal|economist|statistician|biologist|chemist|physicist|mathematician|historian|officer|specialist|technician|assistant|coordinator|strategist|owner|dispatcher|porter|receptionist|curator|beekeeper|agronomist|sommelier|physiotherapist|physio|captain|guide|dj|driver|trucker|planner|florist|baker|caretaker|cleaner|carer|nanny|childminder|hairdresser|barber|butcher|tailor|welder|builder|roofer|joiner|gardener|landscaper|ranger|sailor|fisherman|soldier|headteacher|head teacher|principal|registrar|clerk|cashier|bookkeeper|surveyor|estate agent|agent|solicitor|barrister|notary|auditor|underwriter|actuary|optician|radiographer|sonographer|phlebotomist|dietitian|nutritionist|pharmacy technician|vet nurse|veterinary nurse|dental nurse|hygienist|carpenter|controller|air traffic controller|streamer|scout|location scout|treasurer|secretary|volunteer|supervisor|soprano|alto|tenor|baritone|mezzo|accompanist|organist|mate|first mate|deckhand|deckie|bosun|skipper|purser|steward|stewardess|conductor|warden|hut warden|keeper|guard|operator|inspector|foreman|forewoman|rigger|roadie|luthier|tuner|piano tuner|stenographer|courier|rider|cellarer|brewer|distiller|winemaker|vintner|groom|jockey|trainer|farrier|shepherd|stockman|lineman|fitter|machinist|turner|glazier|plasterer|tiler|decorator|upholsterer|locksmith|tech|technologist|dental technician|ceramist|hygienist|nurse practitioner|receptionist|interpreter|subtitler|proofreader|copywriter|copy editor";

const LOCATION: Reader = (sentence) =>
  valueReading(
    "user.location",
    sentence,
    new RegExp(
      String.raw`\b(?:live|living|lives|based|reside|residing|located|settled|relocat\w*|mov(?:ed|ing|e)(?: back)?|practi[sc]ing|I'?m now|I am now|I'?m currently|now)\s+(?:out of\s+|over\s+)?(?:in|to|at)\s+${PLACE}|\b(?:home is(?: in)?|new (?:place|flat|apartment|house|home) in)\s+${PLACE}|\bbased (?:in|at|out of)\s+(?!(?:home|work|the|a|an|my|our|this|that)\b)(\p{Ll}[\p{L}'’-]{2,})(?=\s*(?:$|[,.;!]))|\b(?:${ROLE_NOUN})s?\s+(?:at\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s+)?(?:in|from|based in)\s+${PLACE}|\b(?:live|living|lives|moved|moving)\s+(?:at|to)\s+(\d{1,5}\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})`,
      "u",
    ),
  );

const HOMETOWN: Reader = (sentence) =>
  valueReading("user.hometown", sentence, new RegExp(String.raw`\b(?:grew up in|born in|raised in|(?:I'?m|I am|I come) (?:originally )?from|home ?town(?: is|'s)?)\s+(?!${MONTH}\b)${PLACE}`, "u"));
/** "born in June" names a month, not a town. */
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

const EMPLOYER: Reader = (sentence) => {
  const reading = valueReading(
    "user.employer",
    sentence,
    new RegExp(
      String.raw`\b(?:work(?:ing|s)? (?:at|for)|joined|joining|start(?:ed|ing)? (?:at|with)|employed (?:by|at)|hired (?:by|at)|job (?:at|with)|offer from|quit|left|leaving|(?:I'?m|I am) (?:now )?(?:at|with)|(?:partner|associate|${ROLE_NOUN})s?\s+(?:at|with))\s+${ORG}`,
      "u",
    ),
  );
  // "my invoices start at INV-2025-0417" names a number, not an employer, and "stops working at 18:00" a time.
  return reading?.value.match(/^(?:Home|Night|Weekends?|The|A|An|It|This|That)$|\d{3,}|^\d{1,2}(?:[:.]\d{2})?$/) ? undefined : reading;
};

/**
 * A role said as an introduction: "Coach here.", "2nd officer on a ro-ro ferry here", "Stage manager on Macbeth
 * here", "Gus here, shift lead for Hall 3".
 */
const INTRODUCED_ROLE = new RegExp(
  String.raw`^((?:[\w-]+\s+){0,3}(?:${ROLE_NOUN})(?:\s+(?:on|at|for|of|with|in)\s+[^,.;:!?()]{1,40}?)?)\s+here\b[^,;:]{0,20}$|^\p{Lu}[\p{L}'’-]+\s+here,\s+(?:the\s+|an?\s+)?((?:[\w-]+\s+){0,3}(?:${ROLE_NOUN})(?:\s+(?:on|at|for|of|with|in)\s+[^,.;:!?()]{1,40}?)?)\s*$`,
  "iu",
);

/**
 * A role no list names, by the shape of a trade's noun, where it ends the clause: "I'm an orthodontist", "I am
 * glassblower", "I'm a magician and show host".
 */
const SUFFIXED_ROLE = new RegExp(
  String.raw`^(?:I'?m|I am)\s+(?:[Aa]n?\s+|[Tt]he\s+)?(?!(?:[a-z-]+\s+){0,2}(?:beginner|learner|newcomer|member|user|customer|fan|lover|believer|worrier|overthinker|perfectionist|optimist|pessimist|introvert|extrovert|smoker|drinker|sleeper|riser|eater|reader|listener|speaker|visitor|foreigner|stranger|outsider|survivor|winner|loser|dreamer|gamer|regular|holder|supporter|follower|subscriber|player|vegetarian|pescatarian|${NATIONALITIES})\b)((?:[a-z-]+\s+){0,2}[a-z]{3,}(?:ist|er|or|ian))(?=\s*(?:$|[,.;!]|\s+(?:and|at|in|for|with|on|who|since|based)\b))`,
  "",
);

const ROLE: Reader = (sentence) => {
  const found = INTRODUCED_ROLE.exec(sentence);
  const introduced = found?.[1] ?? found?.[2] ?? SUFFIXED_ROLE.exec(sentence)?.[1];
  if (introduced !== undefined) return { key: "user.role", memoryType: "fact", label: subject("user.role").label, value: tidy(introduced) };
  const reading = valueReading(
    "user.role",
    sentence,
    new RegExp(
      String.raw`\b(?:work(?:ing)? as|(?:i'?m|i am)(?: now| currently)?|my (?:role|title|job title|position|job) is(?: now)?|promoted to|(?:work|working|job|hired|joined)\b[^.]{0,40}?\bas)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,3}(?:${ROLE_NOUN})s?)\b|\b(?:i'?m|i am) (?:now )?(teaching [\w-]+|nursing|lecturing in [\w-]+)`,
      "i",
    ),
  );
  if (reading === undefined || reading.negative === true) return reading;
  // "a PhD student in hydrology": the field belongs to the role; a place or an employer is a subject of its own.
  const end = sentence.indexOf(reading.value);
  const qualified = end < 0 ? undefined : ROLE_QUALIFIERS.exec(sentence.slice(end + reading.value.length))?.[0];
  return qualified === undefined || qualified.trim() === "" ? reading : { ...reading, value: tidy(reading.value + qualified) };
};
/**
 * A field after a role, in lower case ("in hydrology", "in paediatric oncology"), never a place ("in Leeds") nor
 * "in the …"; or what the role is of ("treasurer of the Beira Baixa beekeepers' association").
 */
const ROLE_QUALIFIERS =
  /^\s+(?:(?:on|for)\s+the\s+[\p{L}\p{N}'’–-]+(?:\s+[\p{L}\p{N}'’–-]+){0,2}?\s+(?:run|route|line|desk|crew|ward|boat|ship|ferry|rig|site|shift|string|team|array|section|unit|wing|floor)\b|in\s+(?!the\b|a\b|an\b)[a-z][\w-]*(?:\s+(?!(?:at|in|for|with|and|but|so|who|which|since|because|mostly|right|now)\b)[a-z][\w-]*){0,2}|of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?!(?:at|in|for|with|and|but|so|who|which|since|because|mostly|right|now)\b)[\p{L}'’-]+){0,4})(?=$|[,.;!?]|\s+(?:at|in|on|for|with|and|but|so|who|which|since|because|mostly|right|now)\b)/u;

const BIRTHDAY: Reader = (sentence) =>
  valueReading(
    "user.birthday",
    sentence,
    /\b(?:birthday(?: is|'s| was)?(?: on)?|born on)\s+((?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|the\s+\d{1,2}(?:st|nd|rd|th))/i,
  );

const ALLERGIES: Reader = (sentence) => {
  const found = /\b(?:allergic to|allergy to|allergies to|allergies(?: are|:)|allergy(?: is|:))\s+(.+?)(?=\s*(?:$|[,;.]\s*(?:so|and so|which|please|but)\b|\bso\b|\bwhich\b|\bplease\b))/i.exec(sentence) ??
    /\b([\w\s-]{2,30}?)\s+allerg(?:y|ies)\b/i.exec(sentence) ??
    /\b(?:it'?s|it is)\s+([\w-]{3,30}(?:\s+drugs)?)\s+(?:that\s+)?I(?:'?m allergic to| react(?: badly)? to)\b/i.exec(sentence) ??
    /\bI (?:react|reacted|have a reaction)(?: badly| really badly)? to\s+([\w-]{3,30}(?:\s+drugs)?)\b/i.exec(sentence);
  if (found === null || /^(?:no|any|an?|my|the|have|has)$/i.test(found[1]!.trim())) return undefined;
  return { key: "user.allergies", memoryType: "fact", label: "Allergies", value: tidy(found[1]!), ...(RETIRES.test(sentence) ? { negative: true } : {}) };
};

const DIET: Reader = (sentence) => {
  if (!/\b(?:vegetarian|veggie|vegan|pescatarian|pescetarian|gluten[- ]free|lactose[- ]intolerant|kosher|halal|(?:don'?t|do not|no longer|never) eat|eat (?:fish|meat|eggs|dairy)|plant[- ]based|keto|paleo)\b/i.test(sentence)) return undefined;
  return { key: "user.diet", memoryType: "preference", label: "Diet", value: clauseOf(sentence), clause: true };
};

const TIMEZONE: Reader = (sentence) =>
  valueReading(
    "user.timezone",
    sentence,
    /\b(?:time ?zone(?: is)?|I'?m (?:on|in)|I am (?:on|in)|based in|my time is|we'?re on)\s+((?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?|[A-Z]{1,2}[SD]?T\b|[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)? time\b)/u,
  );

const PRONOUNS: Reader = (sentence) => {
  const found = /\b((?:he|she|they|xe|ze|it)\/(?:him|her|them|they|she|he|xem|zir|its)(?:\/\w+)?)\b/i.exec(sentence);
  return found === null ? undefined : { key: "user.pronouns", memoryType: "preference", label: "Pronouns", value: found[1]! };
};

const THEME: Reader = (sentence) =>
  /\b(?:mode|theme|ui|interface|screen|editor|everything|background|appearance|colou?r)\b/i.test(sentence)
    ? valueReading("ui.theme", sentence, /\b((?:dark|light)(?:\s+(?:mode|theme))?)\b/i)
    : undefined;

const LANGUAGES = String.raw`english|spanish|french|german|italian|portuguese|dutch|japanese|chinese|mandarin|korean|hindi|arabic|russian|polish|swedish|turkish|greek|hebrew|ukrainian|czech|danish|norwegian|finnish`;
const LANGUAGE: Reader = (sentence) => {
  // The assistant's answers only: "we write our docs in British English" is a team convention, not this.
  if (!/\b(?:answers?|reply|replies|respond|responses|speak to me|talk to me|write to me|you write|switch(?: to)?|language|answers)\b/i.test(sentence)) return undefined;
  return valueReading("response.language", sentence, new RegExp(String.raw`\b(?:in|to|into)\s+(${LANGUAGES})\b`, "i"));
};

/** "over 6 metres", "48 kg": a measurement, which says nothing of the units the user wants. */
const UNITS: Reader = (sentence) =>
  valueReading("units", sentence, /(?<!\d\s?|\d\s(?:more|less|fewer)\s)\b(metric|imperial|celsius|fahrenheit|kilomet(?:er|re)s?|miles|kilograms?|kg|pounds|lbs|feet|meters|metres)\b/i);

const EDITOR: Reader = (sentence) => {
  const reading = valueReading("tools.editor", sentence, /\b(vim|neovim|nvim|emacs|doom emacs|vs ?code|visual studio code|helix|zed|intellij(?: idea)?|sublime(?: text)?|webstorm|pycharm|cursor|nano|kakoune|xcode|android studio|notepad\+\+)\b/i);
  return reading !== undefined && COMMON_WORD.test(reading.value) && !TECH_TALK.test(sentence) ? undefined : reading;
};

const OS: Reader = (sentence) =>
  /\b(?:on|running|run|use|using|laptop|machine|box|desktop)\b/i.test(sentence)
    ? valueReading("tools.os", sentence, /\b(macos|mac ?os|a mac|mac|linux mint|pop!_os|linux|windows(?: 1[01])?|ubuntu|fedora|arch(?: linux)?|debian|nixos|chromeos)\b/i)
    : undefined;

/** A shell; "fish" is one only where the sentence is about shells or terminals ("Fish also no, I don't eat it" is food). */
const SHELL: Reader = (sentence) => {
  const reading = valueReading("tools.shell", sentence, /\b(zsh|bash|fish|powershell|nushell)\b/i);
  if (reading?.value.toLowerCase() === "fish" && !/\b(?:shell|terminal|prompt|dotfiles|zsh|bash|command line|cli|config)\b/i.test(sentence)) return undefined;
  return reading;
};

const STYLE_WORDS = /\b(?:concise|brief|short(?:er)?|terse|tight|succinct|snappy|crisp|punchy|detailed|verbose|long(?:er)?|bullet[- ]?points?|bullets|step[- ]by[- ]step|plain (?:language|english)|tl;?dr|wordy|to the point|pleasantries|fluff|paragraphs?|summar(?:y|ies)|one[- ]liners?|examples?)\b/i;
const ANSWERS = /\b(?:answers?|repl(?:y|ies)|responses?|explanations?|messages?|keep it|keep things|be|give me|write|you)\b/i;
// A sentence that opens with style words is an instruction on its own ("bullet points over long paragraphs").
const INSTRUCTION = new RegExp(String.raw`^(?:please\s+)?(?:keep|be|use|give|make|write|more|less|fewer|no|skip|(?:go )?back to|switch to|stick to|${STYLE_WORDS.source.slice(2, -2)})`, "i");
/** "How long the break is", "as long as", "long-haul", "let me brief you": length said of something else than an answer. */
const NOT_STYLE = /\b(?:how|as|so|too) (?:long|short|brief)\b|\blong story\b|\b(?:are|is|were|was|running|run|go|going|fall|falling)\s+short\b|\bshort[- ](?:staffed|handed|notice|term|of|on)\b|\bbrief(?:ing|ed)?\s+(?:you|me|them|him|her|us|the|everyone)\b|\b(?:a|the|my|our) brief\b|\blong[- ](?:haul|term|distance|time|way|weekend|shifts?|hours?|days?|runs?)\b/gi;
// "Paragraphs were too slow to scan" gives a reason, in the past: it asks for nothing. ("Can you draft a short note
// to parents" asks for one thing of one length: the extractor reads no one-off task; see asksForTask.)
const RESPONSE_STYLE: Reader = (sentence) =>
  !/\b(?:was|were|had been)\b/i.test(sentence) &&
  STYLE_WORDS.test(sentence.replace(NOT_STYLE, " ")) && (ANSWERS.test(sentence) || INSTRUCTION.test(sentence)) && !/\b(?:headings?|headers?|emojis?|exclamation)\b/i.test(sentence)
    ? { key: "response.style", memoryType: "preference", label: "Answer style", value: clauseOf(sentence), clause: true }
    : undefined;

const NEGATIVE_RULE = /\b(?:no|not|never|don'?t|do not|stop|quit|avoid|without|skip|less|fewer|cut|drop|lose|ditch|enough with|no more|none of)\b/i;
function formatRule(key: string, words: RegExp): Reader {
  return (sentence) => {
    if (!words.test(sentence)) return undefined;
    const { label } = subject(key);
    const negative = NEGATIVE_RULE.test(sentence);
    return { key, memoryType: "rule", label, value: clauseOf(sentence), clause: true, ...(negative ? { negative: true } : {}) };
  };
}

const TONE: Reader = (sentence) =>
  /\b(?:formal|informal|casual|friendly|polite|blunt|direct|professional)\b/i.test(sentence) &&
  /\b(?:answers?|repl(?:y|ies)|responses?|tone|talk to me|speak to me|write to me|be (?:more|less)|keep it)\b/i.test(sentence)
    ? { key: "response.tone", memoryType: "preference", label: "Tone", value: clauseOf(sentence), clause: true }
    : undefined;

/** Team stack subjects: the value must come with a verb of use, so a mention in passing is not a fact. */
const USES =
  /\b(?:use|uses|used|using|on|run|runs|running|deploy\w*|host\w*|built|build|builds|moved|migrated|migrating|switched|switching|adopted|standardi[sz]ed|went with|chose|picked|rely|relies|store|stored|lives? (?:on|in)|ship|ships|track|tracks|tracked|manage|manages|keep|keeps|work in|via|through|ditched|dropped|replaced|is|are|'s|'re|now)\b/i;
function stackReader(key: string): Reader {
  const { values } = subject(key);
  return (sentence) => {
    const reading = USES.test(sentence) ? valueReading(key, sentence, new RegExp(`(${values!.source})`, "i")) : undefined;
    return reading !== undefined && COMMON_WORD.test(reading.value) && !TECH_TALK.test(sentence) ? undefined : reading;
  };
}
/** Tools named by ordinary English words, written in lower case: "the sulfa drugs I react to" names no framework. */
const COMMON_WORD = /^(?:react|express|render|oracle|drone|bamboo|rails|flask|remix|linear|shortcut|spring boot|railway|cursor|nano|go)$/;
/** Words that make a lower-case tool name one: the sentence is about software. */
const TECH_TALK =
  /\b(?:app|apps|frontend|front-end|backend|back-end|stack|framework|library|component|components|database|db|ci|pipeline|deploy\w*|host\w*|server|servers|repo|codebase|code|api|js|typescript|javascript|python|ruby|java|tickets?|issues?|sprint|board|build|builds|tests?|editor|ide|site|website|web)\b/i;

const DEADLINE: Reader = (sentence) => {
  const found = /\b(?:deadline|due date|launch(?: date)?|release(?: date)?|ship date|go-live|demo day|cut-?off)\b.{0,25}?\b(?:is|was|moved to|pushed to|got moved to|now|on|:|set for|slipped to)\s+((?:on\s+)?(?:the\s+)?[\w ,/.-]{2,30}?)(?=$|[,;!]|\.(?!\w)|\s+(?:so|and|but|because)\b)/i.exec(sentence);
  // "The release candidate is build v0.14.2" names a version, not a date.
  if (found === null || !WHEN.test(found[1]!) || /\bv\d+\.\d|\b(?:build|version|rc\d)/i.test(found[1]!)) return undefined;
  return { key: "project.deadline", memoryType: "fact", label: "Deadline", value: tidy(found[1]!.replace(/^on\s+/i, "")) };
};
/** A date, a day or a time span: what a deadline's value says. */
const WHEN =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|tomorrow|next|this|end of|eod|eow|eom|q[1-4]|week|month|year|spring|summer|autumn|fall|winter|christmas|easter|midnight|noon)\b/i;

const PROJECT_NAME: Reader = (sentence) => {
  const found = new RegExp(String.raw`\b(?:project(?:'s)? (?:is )?(?:called|named)|project name is|codename(?: is)?|(?:we'?re|we are) calling it)\s+${NAME}`, "u").exec(sentence);
  return found === null ? undefined : { key: "project.name", memoryType: "fact", label: "Project name", value: found[1]! };
};

const STANDUP: Reader = (sentence) => {
  const found = /\bstand-?ups?\b.{0,40}?\b(?:is|are|at|moved to|now)\s+((?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?:\s+\w+)?)/i.exec(sentence);
  return found === null ? undefined : { key: "team.standup", memoryType: "fact", label: "Standup", value: tidy(found[1]!) };
};

const INDENTATION: Reader = (sentence) => {
  const found = /\b(tabs|\d\s+spaces|spaces)\b/i.exec(sentence);
  if (found === null || !/\b(?:indent\w*|use|prefer|always|never|not|formatting|code|person|fan|team)\b/i.test(sentence)) return undefined;
  return { key: "code.indentation", memoryType: "rule", label: "Indentation", value: clauseOf(sentence), clause: true };
};

/** The sentence as the readers see it: its first letter lower-cased, so verbs match and names keep their capitals. */
export function forReaders(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) && !/^I\b/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

const INCOME: Reader = (sentence) => {
  const found = /\b(?:I (?:make|earn|take home|get paid)|my (?:salary|income|pay) is(?: now)?)\s+((?:about |around |roughly )?[$€£]?\d[\d.,]*\s*(?:k|K|thousand|m|million)?(?:\s*(?:a|per|\/)\s*(?:year|month|hour|yr|mo))?)/.exec(sentence);
  return found === null ? undefined : { key: "user.income", memoryType: "fact", label: "Income", value: tidy(found[1]!) };
};

const MEDICATION: Reader = (sentence) => {
  const found = /\bI(?:'m| am)? (?:take|taking|on)\s+([a-z][a-z-]{3,}(?:\s+\d+\s?mg)?)\b(?=.{0,30}\b(?:every|daily|each|twice|once|a day|for (?:my )?[a-z]+|mg|morning|night|prescri))/i.exec(sentence) ??
    /\bmy (?:medication|meds|prescription) (?:is|are)\s+(.+)$/i.exec(sentence);
  return found === null ? undefined : { key: "user.medication", memoryType: "fact", label: "Medication", value: clauseOf(sentence), clause: true };
};

const MANAGER: Reader = (sentence) => {
  const found = new RegExp(String.raw`\b(?:my (?:manager|boss|lead) is(?: now)?|I report to|reporting to)\s+${NAME}|${NAME}\s+(?:manages me|is my (?:new )?(?:manager|boss|lead))`, "u").exec(sentence);
  const name = found?.[1] ?? found?.[2];
  return name === undefined ? undefined : { key: "user.manager", memoryType: "fact", label: "Manager", value: name };
};

/** Every subject reader. A sentence may state several subjects ("I'm in Lyon, so metric units please"). */
export const READERS: readonly Reader[] = [
  personal(PREFERRED_NAME),
  household(HOMETOWN),
  personal(NATIONALITY),
  household(LOCATION),
  personal(EMPLOYER),
  personal(ROLE),
  personal(BIRTHDAY),
  personal(ALLERGIES),
  personal(DIET),
  personal(TIMEZONE),
  personal(PRONOUNS),
  personal(MANAGER),
  personal(INCOME),
  personal(MEDICATION),
  THEME,
  LANGUAGE,
  UNITS,
  personal(EDITOR),
  personal(OS),
  personal(SHELL),
  RESPONSE_STYLE,
  formatRule("response.headings", /\b(?:headings?|headers?|section titles)\b/i),
  formatRule("response.exclamation_marks", /\bexclamation(?: marks?| points?)?\b/i),
  formatRule("response.emoji", /\b(?:emojis?|emoticons?|smileys?)\b/i),
  TONE,
  stackReader("stack.ci"),
  stackReader("stack.hosting"),
  stackReader("stack.database"),
  stackReader("stack.framework"),
  stackReader("stack.tracker"),
  stackReader("stack.chat"),
  stackReader("stack.package_manager"),
  stackReader("stack.tests"),
  DEADLINE,
  PROJECT_NAME,
  STANDUP,
  INDENTATION,
];

/** A value without trailing punctuation, fillers or a closing "please". */
export function tidy(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/\s+(?:please|pls|thanks|thank you|btw|by the way|now|these days|anymore|any more|last week|last month|recently|from now on|going forward|anyway|anyways|though|tbh|lol|haha)$/i, "")
    .replace(/[.,;:!?]+$/, "")
    .trim();
}

/** The user's clause as a memory's value, spoken of in the third person: "I like my answers short" → "likes their answers short". */
export function clauseOf(sentence: string): string {
  return tidy(
    sentence
      .replace(/^(?:also|and|so|oh|btw|ok|okay|please)[,\s]+/i, "")
      .replace(/\bI'?m\b/g, "they are")
      .replace(/\bI am\b/g, "they are")
      .replace(/\bI'?ve\b/g, "they have")
      .replace(/\bI'?d\b/g, "they would")
      // …but not the letter of a name spelt out ("S-H-I-V-A-U-N").
      .replace(/(?<!-)\bI\b(?!-)/g, "they")
      .replace(/\bmy\b/gi, "their")
      .replace(/\bme\b/gi, "them")
      .replace(/\bmyself\b/gi, "themself"),
  );
}
