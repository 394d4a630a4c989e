/**
 * Text signals the coach rules combine. Word lists alone fail on published OKRs ("Launch an
 * MVP that delights …" is a fine objective, "… to improve sign-ups by 25 percent" a fine
 * key result), so each signal here is small and the rules weigh several of them.
 *
 * Every function is linear in the text: the text is clamped first and no pattern nests
 * quantifiers, so a 10 MB paste or a string of emoji costs microseconds, never a hang.
 */

/** Longer texts are judged on their beginning: an OKR line is a sentence, not an essay. */
export const MAX_ANALYSED_LENGTH = 600;

/** Lower-cased, whitespace-collapsed, clamped text with typographic quotes and dashes made plain. */
export function normalise(text: string): string {
  const clamped = text.length > MAX_ANALYSED_LENGTH ? text.slice(0, MAX_ANALYSED_LENGTH) : text;
  return (
    clamped
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\u2192/g, ' -> ')
      // The blanks of a coach draft ("from __ % to __ %") stand for numbers still to be filled in.
      .replace(/_{2,}/g, '9')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words, keeping inner hyphens and apostrophes ("sign-ups", "customer's"). */
export function words(norm: string): string[] {
  return norm.match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? [];
}

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Dates and periods: "by June 15", "in Q3", "end of 2027", "2027-03-01", "H2". */
const DATE_PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g,
  new RegExp(`\\b${MONTHS}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTHS}(?: \\d{4})?\\b`, 'g'),
  new RegExp(`\\b${MONTHS} \\d{4}\\b`, 'g'),
  /\b(?:fy|q[1-4]|h[12])[ '-]?\d{2,4}\b/g,
  /\b\d{2,4}[ -]?(?:q[1-4]|h[12])\b/g,
  /\b(?:q[1-4]|h[12])\b/g,
  /\b(?:19|20)\d{2}\b/g,
  /\b(?:first|second) half\b/g,
];

/** The text with dates and periods blanked out, so "by June 15" does not count as a target. */
export function withoutDates(norm: string): string {
  let out = norm;
  for (const pattern of DATE_PATTERNS) out = out.replace(pattern, ' ');
  return out;
}

/** A deadline: "by Q3", "by end of June", "no later than June 15", "before 2027-03-01". */
export function hasDeadline(norm: string): boolean {
  if (/\b(?:no later than|deadline)\b/.test(norm)) return true;
  const m = norm.match(
    /\b(?:by|before|until|in|within|during) (?:the )?(?:end of |middle of |start of |beginning of )?(?:the )?(\S+)/g,
  );
  if (!m) return /\bthis (?:quarter|year|month)\b/.test(norm);
  for (const hit of m) {
    const tail = hit.replace(
      /^\S+ (?:the )?(?:end of |middle of |start of |beginning of )?(?:the )?/,
      '',
    );
    if (
      new RegExp(
        `^(?:${MONTHS}\\b|q[1-4]\\b|h[12]\\b|fy|(?:19|20)\\d{2}|\\d{4}-|year-end|eoy|eoq|quarter|year|month|week|sprint)`,
      ).test(tail)
    )
      return true;
  }
  return /\bthis (?:quarter|year|month)\b/.test(norm);
}

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|half|twice|double|doubles|doubled|doubling|triple|tripled|tripling|quadruple|halve|halved|tenfold|\d+x)\b/;

/**
 * A quantity: a digit that is not part of a date or of a name such as "8086" in "the
 * 8086 family", "16-bit" or "version 3"; or a number word ("five", "double").
 */
export function hasQuantity(norm: string): boolean {
  const text = withoutDates(norm);
  if (NUMBER_WORDS.test(text)) return true;
  // Strip identifiers: digits glued to letters by a hyphen ("16-bit", "7-day", "b2b"),
  // "version 3" / "v2" / "ios 17", and model numbers directly followed by "family/series".
  const stripped = text
    .replace(/\b\d+-[a-z]+\b/g, ' ')
    .replace(/\b[a-z]+\d+[a-z]*\b/g, ' ')
    .replace(
      /\b(?:version|release|v|ios|android|windows|phase|step|level|tier|gen) \d+(?:\.\d+)*\b/g,
      ' ',
    )
    .replace(/\b\d+ (?:family|series|chip|processor)\b/g, ' ');
  return /\d/.test(stripped);
}

/** "25%", "25 percent", "25 per cent", "25 pct". */
export function hasPercentage(norm: string): boolean {
  // "by X%": a placeholder for a number still to be chosen is a number all the same.
  return /(?:\d|\b[xyn])\s?%|\d\s?(?:percent|per cent|pct)\b|\bpercentage points?\b/.test(norm);
}

/** A baseline stated in the text: "from 30 to 50", "30 -> 50", "up from 6,000", "(baseline 12)". */
export function hasFromTo(norm: string): boolean {
  return (
    /\bfrom (?:a |an |the )?(?:baseline of |current )?[$€£]?\d[^a-z]{0,12}(?:[a-z/%]+ )?(?:[a-z]+ )?(?:to|->|-) /.test(
      norm,
    ) ||
    /\d[^a-z\d]{0,6}(?:[a-z%/]+ )?(?:->|=>|→) ?[$€£]?\d/.test(norm) ||
    /\b(?:up|down) from [$€£]?\d/.test(norm) ||
    /\b(?:baseline|currently|today|was) (?:of |is |at )?[$€£]?\d/.test(norm)
  );
}

/** A change stated as a verb with a size: "increase X by 25%", "grow X to 40", "double X". */
export function hasMeasuredChange(norm: string): boolean {
  return (
    /\b(?:increase|increases|increasing|improve|improves|grow|grows|raise|raises|reduce|reduces|decrease|decreases|cut|cuts|lower|lowers|boost|boosts|lift|lifts|drop|drops|shrink|expand|expands)\b[^.;]{0,80}?\b(?:by|to) (?:at least |at most |over |under |more than |less than |below |above )?[$€£]?\d/.test(
      norm,
    ) || /\b(?:double|doubles|triple|triples|quadruple|halve|halves|\d+x)\b/.test(norm)
  );
}

/**
 * Verbs that start a task, a deliverable or an activity. Outcome verbs ("increase",
 * "reach", "get", "win", "generate") are deliberately absent: they name a result.
 */
export const ACTIVITY_VERBS = new Set([
  'launch',
  'build',
  'deliver',
  'implement',
  'hold',
  'publish',
  'attend',
  'migrate',
  'move',
  'create',
  'write',
  'develop',
  'design',
  'redesign',
  'rebuild',
  'rewrite',
  'release',
  'ship',
  'complete',
  'finish',
  'finalise',
  'finalize',
  'run',
  'hire',
  'recruit',
  'train',
  'interview',
  'post',
  'send',
  'conduct',
  'organise',
  'organize',
  'host',
  'set',
  'setup',
  'install',
  'upgrade',
  'integrate',
  'deploy',
  'roll',
  'renegotiate',
  'negotiate',
  'collect',
  'talk',
  'call',
  'check',
  'meet',
  'document',
  'draft',
  'prepare',
  'introduce',
  'add',
  'refactor',
  'automate',
  'test',
  'review',
  'update',
  'produce',
  'plan',
  'research',
  'survey',
  'map',
  'define',
  'hand',
  'submit',
  'present',
  'record',
  'translate',
  'localise',
  'localize',
  'replace',
  'evaluate',
  'audit',
  'visit',
  'schedule',
  'make',
  'fix',
]);

/** Nouns that count work produced rather than a change in behaviour. */
const OUTPUT_COUNT_PATTERN =
  /\b(?:lines? of code|loc|story points?|calls? (?:made|placed)|(?:sales |cold |outbound )?calls\b|meetings?|blog posts?|posts|articles|emails? sent|emails|newsletters|features|tickets (?:closed|resolved)|commits|pull requests|prs|releases|slides|documents|reports|trainings|training sessions|workshops|webinars|campaigns|interviews|responses|demos|presentations|events|tests written|test cases|videos|pages written|tasks)\b/;

/** Counts of work: "10,000 lines of code", "40 story points", "200 calls made", "hold 12 meetings". */
export function countsOutput(norm: string): boolean {
  const m = norm.match(OUTPUT_COUNT_PATTERN);
  if (!m) return false;
  // A share moving from → to ("usage of reporting features from 15% to 40%") is a rate.
  if (hasPercentage(norm) && hasFromTo(norm)) return false;
  // "tickets", "calls" etc. only count as output next to a number or an output verb.
  return hasQuantity(norm);
}

/** The first verb of the text, skipping "we will", "to", "successfully", list markers. */
export function leadingVerb(ws: readonly string[]): { verb: string; index: number } | null {
  let i = 0;
  const skip = new Set([
    'we',
    'will',
    "we'll",
    'shall',
    'to',
    'must',
    'should',
    'successfully',
    'fully',
    'kr',
    'o',
    'and',
    'then',
    'first',
  ]);
  while (i < ws.length && i < 4 && (skip.has(ws[i] ?? '') || /^\d+$/.test(ws[i] ?? ''))) i++;
  const verb = ws[i];
  return verb === undefined ? null : { verb, index: i };
}

/** Starts with an activity verb: "Launch …", "Hold 12 meetings", "Set up …", "Roll out …". */
export function startsWithActivity(ws: readonly string[]): boolean {
  const lead = leadingVerb(ws);
  if (!lead) return false;
  const { verb, index } = lead;
  if (verb === 'set' || verb === 'roll' || verb === 'hand') {
    const next = ws[index + 1];
    return next === 'up' || next === 'out' || next === 'over';
  }
  if (verb === 'make') {
    // "Make 50 sales calls" is an activity; "Make the first visit the only visit" is not.
    return /^\d/.test(ws[index + 1] ?? '');
  }
  if (verb === 'talk' || verb === 'meet') return true;
  return ACTIVITY_VERBS.has(verb);
}

/**
 * The activity is tied to its effect: "… to improve sign-ups by 25 percent", "… so that
 * churn drops below 2%", "… resulting in 30% fewer tickets". A measured change must follow.
 */
export function hasOutcomeClause(norm: string): boolean {
  const m = norm.match(
    /\b(?:to|so that|so|which|that|resulting in|leading to|driving|and) (?:\S+ ){0,3}?(?:increase|increases|improve|improves|grow|grows|raise|raises|reduce|reduces|decrease|decreases|cut|cuts|lower|lowers|boost|boosts|lift|lifts|drop|drops|reach|reaches|get|gets|double|doubles|triple|halve)\b.*$/,
  );
  if (!m) return /\bresulting in\b.*\d|\bleading to\b.*\d/.test(norm);
  const tail = m[0];
  return (
    hasQuantity(tail) &&
    (hasPercentage(tail) ||
      hasFromTo(tail) ||
      hasMeasuredChange(tail) ||
      /\d/.test(withoutDates(tail)))
  );
}

/** "100% of the migration done", "migration 50% complete", "progress 0 -> 100%". */
export function isDoneProgress(norm: string): boolean {
  const done =
    '(?:done|complete|completed|completion|finished|delivered|implemented|migrated|rolled out|shipped|built|live|launched|in place|progress)';
  // "completion rate", "completion %" of customers are outcome rates, not work done.
  // So is a completion that moves from one share to another ("onboarding completion from
  // 40 % to 70 %"); work done runs from 0 to 100 %, caught below.
  const text = norm
    .replace(/\bcomplet(?:ion|e) (?:rate|ratio|share)s?\b/g, 'rate')
    .replace(/\bcompletion(?= from \d)/g, 'rate');
  return (
    new RegExp(`\\b\\d{1,3}\\s?%(?: of)?(?: the| our)? [^.;]{0,60}?\\b${done}\\b`).test(text) ||
    new RegExp(`\\b${done}\\b[^.;]{0,30}?\\b(?:to |at |reaches )?\\d{1,3}\\s?%`).test(text) ||
    /\b0\s?%? ?(?:->|to|-) ?100\s?%/.test(text)
  );
}

/** Aspiration and quality words: what an objective reaches for, not what it ships. */
const ASPIRATION = new Set([
  'delight',
  'delights',
  'delighted',
  'delightful',
  'love',
  'loves',
  'loved',
  'lovable',
  'best',
  'world-class',
  'first-class',
  'best-in-class',
  'world',
  'leading',
  'leader',
  'highest',
  'fastest',
  'obvious',
  'awesome',
  'amazing',
  'exceptional',
  'outstanding',
  'acclaim',
  'trusted',
  'trust',
  'effortless',
  'seamless',
  'generation',
  'favourite',
  'favorite',
  'go-to',
  'must-have',
  'indispensable',
  'culture',
  'habit',
  'reputation',
  'proud',
  'confident',
  'confidence',
  'remarkable',
  'magical',
  'default',
  'standard',
  'dream',
  'advocates',
  'fans',
  'hearts',
  'joy',
  'wow',
  'phenomenal',
]);

/**
 * Aspiration words, a superlative ("the most reliable …", like "the fastest") or a step up
 * ("take us to the next level").
 */
export function hasAspiration(ws: readonly string[]): boolean {
  return (
    ws.some((w) => ASPIRATION.has(w)) ||
    ws.some((w, i) => ws[i - 1] === 'the' && w === 'most' && /^[a-z]{4,}$/.test(ws[i + 1] ?? '')) ||
    ws.some((w, i) => w === 'next' && ws[i + 1] === 'level')
  );
}

/**
 * Verbs by which a clause says what the work does for people: "… that delights …", "… which
 * customers love", "… where top talent thrives".
 */
const BENEFIT =
  '(?:delights?|helps?|lets?|enables?|gives?|turns?|makes?|allows?|saves?|frees?|brings?|keeps?|earns?|wins?|loves?|trusts?|gets?|finds?|feels?|thrives?|flourish(?:es)?|succeeds?|can|will|never|always)';

/**
 * A purpose clause that says what the deliverable is for: "that delights …", "so that …",
 * "to help …". A relative clause that only describes the thing ("a microservice that takes
 * tweets into account") is not one: it must say what the work does for someone.
 */
export function hasPurposeClause(norm: string): boolean {
  return (
    /\b(?:so that|in order to|to help|to let|to give|helping|enabling|letting)\s+\S/.test(norm) ||
    /\bso (?:\S+ ){0,3}?(?:can|will|could|never|always)\b/.test(norm) ||
    new RegExp(`\\b(?:that|which|who|where)\\s+(?:\\S+\\s+){0,2}?${BENEFIT}\\b`).test(norm)
  );
}
