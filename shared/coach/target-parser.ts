/**
 * Reads the numbers of a key result's wording — "from 71 % to 85 %", "71 → 85", "cut from
 * 22 to 12", "to 4.5 stars", "von 2 auf 3 Mio.", "dal 71 % all'85 %" — into the fields the
 * key-result editor has: metric, unit, baseline, target and direction. Pure and linear in
 * the text (clamped, no nested quantifiers).
 */
import type { KeyResultDraft } from './finding';

export interface ParsedTarget {
  /** The measured thing in the item's own words ("first-time-fix rate"); '' when unclear. */
  readonly metric: string;
  /** "%", "stars", "$", "h", "customers"… ('' when the numbers carry none). */
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number;
  readonly direction: NonNullable<KeyResultDraft['direction']>;
}

const MAX = 300;

/** Scale words after a number. */
const SCALE: readonly [RegExp, number][] = [
  [/^(?:k|tsd\.?|thousand|mila|tausend)$/i, 1e3],
  [/^(?:m|mm|mn|mio\.?|million|millions|milioni|millionen|mln\.?)$/i, 1e6],
  [/^(?:bn|b|mrd\.?|billion|billions|miliardi|milliarden)$/i, 1e9],
];

/** Units written as words, normalised; anything else after a number is kept as typed. */
const UNIT_WORDS: readonly [RegExp, string][] = [
  [/^(?:%|percent|per cent|pct|prozent|per cento|percento)$/i, '%'],
  [/^(?:pp|percentage points?|prozentpunkte|punti percentuali)$/i, 'pp'],
  [/^(?:stars?|sterne|stelle)$/i, 'stars'],
  [/^(?:h|hrs?|hours?|stunden|ore)$/i, 'h'],
  [/^(?:min|mins|minutes?|minuten|minuti)$/i, 'min'],
  [/^(?:s|secs?|seconds?|sekunden|secondi)$/i, 's'],
  [/^(?:ms|milliseconds?)$/i, 'ms'],
  [/^(?:days?|tage|giorni)$/i, 'days'],
  [/^(?:weeks?|wochen|settimane)$/i, 'weeks'],
];

/** Words after a number that are not its unit. */
const NOT_UNIT = new Set(
  (
    'by in within before until to from and or of the a an at per for with on this next each every ' +
    'bis zum zur im in und oder von auf pro je für mit entro a da e o in per con del della nel ' +
    'q1 q2 q3 q4 h1 h2 end monthly weekly daily yearly annual annually'
  ).split(/\s+/),
);

const REDUCING =
  /^(?:cut|cuts|reduce|reduces|decrease|decreases|lower|lowers|halve|shrink|drop|minimise|minimize|bring down|senken|reduzieren|verringern|halbieren|ridurre|diminuire|abbassare|dimezzare|tagliare)\b/;
const KEEPING =
  /^(?:keep|maintain|hold|stay|sustain|halten|beibehalten|sichern|mantenere|tenere)\b/;
const LEADING_VERB =
  /^(?:(?:raise|raises|increase|increases|grow|grows|improve|improves|boost|boosts|lift|lifts|get|bring|move|take|push|achieve|reach|hit|cut|cuts|reduce|reduces|decrease|decreases|lower|lowers|halve|shrink|drop|minimise|minimize|keep|maintain|hold|steigern|erhöhen|verbessern|senken|reduzieren|verringern|halbieren|erreichen|halten|aumentare|migliorare|ridurre|diminuire|portare|raggiungere|mantenere|dimezzare)\s+)+(?:(?:the|our|der|die|das|den|unsere|unseren|il|la|lo|i|gli|le|il nostro|la nostra)\s+)?/;

/** One number as written: its value with scale applied, the unit it carries, and where it is. */
interface NumberToken {
  readonly value: number;
  readonly unit: string;
  readonly scaled: boolean;
  readonly start: number;
  readonly end: number;
}

function parseNumber(raw: string, decimalComma: boolean): number | null {
  let s = raw;
  if (decimalComma) {
    // "10.000" is ten thousand, "4,5" four and a half.
    if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(',', '.');
  } else if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const NUMBER =
  /([$€£]\s?)?(\d+(?:[.,]\d+)*)\s?(k\b|m\b|mm\b|mn\b|bn\b|mio\.?|mrd\.?|tsd\.?|thousand\b|million(?:s)?\b|billion(?:s)?\b|milioni\b|mila\b|millionen\b|milliarden\b)?\s?(%|percent\b|per cent\b|pct\b|prozent\b|pp\b|h\b|hrs?\b|hours?\b|ms\b|min\b|mins\b|minutes?\b|s\b|secs?\b|seconds?\b|days?\b|weeks?\b|stars?\b|sterne\b|stelle\b|tage\b|stunden\b|ore\b|giorni\b|\/\s?[a-z]+\b|[a-zäöüàèéìòù][\w-]*)?/gi;

function tokens(text: string, decimalComma: boolean, freeUnits: boolean): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, currency, digits, scaleWord, unitWord] = m;
    const start = m.index;
    // Not a number of its own: "q3", "b2b", "7-day", "16-bit", "v2".
    const before = text[start - 1] ?? ' ';
    if (!currency && /[\p{L}\d-]/u.test(before)) continue;
    // "30-day retention", "7-day active": a name, not a quantity.
    if (/^-\p{L}/u.test(text.slice(start + (currency?.length ?? 0) + digits!.length))) continue;
    const value = parseNumber(digits!, decimalComma);
    if (value === null) continue;
    let scale = 1;
    const scaleText = (scaleWord ?? '').trim();
    for (const [pattern, n] of SCALE) if (pattern.test(scaleText)) scale = n;
    let unit = currency ? currency.trim() : '';
    let end = start + whole.length;
    const word = (unitWord ?? '').trim();
    if (word !== '') {
      const known = UNIT_WORDS.find(([p]) => p.test(word));
      if (known) unit = unit || known[1];
      else if (word.startsWith('/')) unit = unit || word.replace(/\s/g, '');
      else if (freeUnits && scaleText === '' && !NOT_UNIT.has(word.toLowerCase()))
        unit = unit || word;
      else end -= (unitWord ?? '').length;
    }
    out.push({ value: value * scale, unit, scaled: scale !== 1, start, end });
  }
  return out;
}

/** Dates and periods that look like numbers: "Q3 2027", "2027-03-01", "by June 15", "FY24". */
function blankDates(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, blank)
    .replace(/\b(?:q[1-4]|h[12]|fy)\s?'?(?:\d{2}|\d{4})?\b/gi, blank)
    .replace(/\b(?:19|20)\d{2}\b/g, blank)
    .replace(
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?\b/gi,
      blank,
    )
    .replace(
      /\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi,
      blank,
    )
    .replace(
      /\b(?:in|within|innerhalb von|entro)\s\d+\s(?:days?|weeks?|months?|tagen|wochen|monaten|giorni|settimane|mesi)\b/gi,
      blank,
    );
}

const FROM = String.raw`(?:from|von|vom|da|dal|dallo|dalla|dall'|dai)`;
const TO = String.raw`(?:to|auf|bis|a|al|allo|alla|all'|ai|->|→|=>|–|-)`;
const TARGET_ONLY = String.raw`(?:at or below|at or above|to|at|auf|a|al|alla|all'|at least|at most|below|under|above|over|less than|more than|fewer than|no more than|mindestens|höchstens|unter|über|almeno|sotto|sopra|oltre|≥|≤|<|>)`;

/**
 * Reads the metric, unit, baseline, target and direction from a key result's wording, or
 * `null` when it names no target. `language` picks the decimal separator ("4,5" is 4.5 in
 * German and Italian, "4,500" is 4500 in English).
 * @public
 * @example
 * ```ts
 * parseTarget('Raise first-time-fix rate from 71 % to 85 %');
 * // { metric: 'first-time-fix rate', unit: '%', baseline: 71, target: 85, direction: 'increase' }
 * ```
 */
export function parseTarget(text: string, language = 'en'): ParsedTarget | null {
  const original = text.length > MAX ? text.slice(0, MAX) : text;
  const lower = blankDates(original.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' '));
  const decimalComma = language === 'de' || language === 'it';
  // A free word after a number is its unit in English ("40 customers"); German and Italian
  // put the verb last ("auf 3 Mio. steigern"), so there only known units count.
  const nums = tokens(lower, decimalComma, language === 'en');
  if (nums.length === 0) return null;

  let baseline: NumberToken | null = null;
  let target: NumberToken | null = null;
  const between = (a: NumberToken, b: NumberToken) => lower.slice(a.end, b.start);
  for (let i = 0; i + 1 < nums.length && !target; i++) {
    const a = nums[i]!;
    const b = nums[i + 1]!;
    const gap = between(a, b);
    const lead = lower.slice(Math.max(0, a.start - 8), a.start);
    if (
      new RegExp(String.raw`^\s*${TO}\s*$`).test(gap) &&
      (new RegExp(String.raw`${FROM}\s*$`).test(lead) || /->|→|=>/.test(gap))
    ) {
      baseline = a;
      target = b;
    } else if (/^\s*[^\d]{0,40}?\b(?:up|down) from\s*$/.test(gap)) {
      // "10,000 lines of code, up from 6,000"
      baseline = b;
      target = a;
    }
  }
  if (!target) {
    for (const n of nums) {
      const lead = lower.slice(Math.max(0, n.start - 16), n.start);
      if (new RegExp(String.raw`(?:^|\s)${TARGET_ONLY}\s*$`).test(lead)) {
        target = n;
        break;
      }
    }
  }
  let bare = false;
  if (!target) {
    // A bare count at the start or after the verb: "Generate 500 qualified leads",
    // "1000 new user registrations in first week". Not "by 25 %" (a change, not a level).
    const first = nums[0]!;
    const lead = lower.slice(0, first.start);
    if (
      !/\bby\s*$|\bum\s*$|\bdel\s*$|\bdi\s*$/.test(lead) &&
      lead.split(' ').filter(Boolean).length <= 2
    ) {
      target = first;
      bare = true;
    }
  }
  if (!target) return null;

  // "von 2 auf 3 Mio.": the scale written once applies to both numbers.
  let baseValue = baseline?.value ?? null;
  if (baseline && target.scaled && !baseline.scaled && baseline.value < target.value) {
    const scale =
      target.value /
      Number(
        lower
          .slice(target.start, target.end)
          .match(/\d+(?:[.,]\d+)*/)?.[0]
          ?.replace(',', '.') ?? 1,
      );
    if (Number.isFinite(scale) && scale > 1) baseValue = baseline.value * Math.round(scale);
  }
  const unit = target.unit || baseline?.unit || '';

  const head = lower.slice(0, Math.min(baseline?.start ?? Infinity, target.start));
  const verbText = head.trimStart();
  const direction: ParsedTarget['direction'] = REDUCING.test(verbText)
    ? 'decrease'
    : KEEPING.test(verbText)
      ? 'maintain'
      : baseValue !== null && target.value < baseValue
        ? 'decrease'
        : 'increase';

  return {
    metric: bare ? metricAfter(original, lower, target) : metricOf(original, head),
    unit: bare
      ? UNIT_WORDS.some(([, u]) => u === unit) || /^[$€£]$/.test(unit)
        ? unit
        : ''
      : unit,
    baseline: baseValue,
    target: target.value,
    direction,
  };
}

/** "Generate 500 qualified leads via social" → "qualified leads via social". */
function metricAfter(original: string, lower: string, target: NumberToken): string {
  const digitsEnd =
    target.start + (lower.slice(target.start).match(/^[$€£]?\s?\d+(?:[.,]\d+)*/)?.[0].length ?? 0);
  const rest = original
    .slice(digitsEnd)
    .replace(/^\s*[%]?\s*/, '')
    .trim();
  return rest.length > 0 && rest.length <= 80 ? rest.replace(/[.!]+$/, '') : '';
}

/** The words before the numbers, minus the verb and "from/to": the measured thing. */
function metricOf(original: string, head: string): string {
  const tail = new RegExp(String.raw`(?:^|\s)(?:${FROM}|${TARGET_ONLY}|by|um|di|del)\s*$`);
  let cut = head.replace(LEADING_VERB, '');
  for (let i = 0; i < 3; i++) cut = cut.replace(tail, '').replace(/[\s,:;–-]+$/, '');
  cut = cut.trim();
  if (cut === '' || cut.length > 80) return '';
  // The same words with the casing the author typed.
  const at = original.toLowerCase().replace(/[’‘]/g, "'").indexOf(cut);
  return at >= 0 ? original.slice(at, at + cut.length) : cut;
}
