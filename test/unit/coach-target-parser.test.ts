import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../shared/coach';

/** [text, language, metric, unit, baseline, target, direction] */
const CASES: readonly [string, string, string, string, number | null, number, string][] = [
  [
    'Raise first-time-fix rate from 71 % to 85 %',
    'en',
    'first-time-fix rate',
    '%',
    71,
    85,
    'increase',
  ],
  [
    'Raise first-time-fix rate from 71% to 85%',
    'en',
    'first-time-fix rate',
    '%',
    71,
    85,
    'increase',
  ],
  ['First-time-fix rate 71 → 85', 'en', 'First-time-fix rate', '', 71, 85, 'increase'],
  ['First-time-fix rate 71 -> 85 %', 'en', 'First-time-fix rate', '%', 71, 85, 'increase'],
  [
    'Cut repeat visits per 100 jobs from 22 to 12',
    'en',
    'repeat visits per 100 jobs',
    '',
    22,
    12,
    'decrease',
  ],
  [
    'Technician app rating to 4.5 stars',
    'en',
    'Technician app rating',
    'stars',
    null,
    4.5,
    'increase',
  ],
  [
    'Technician app rating from 3.9 to 4.5 stars',
    'en',
    'Technician app rating',
    'stars',
    3.9,
    4.5,
    'increase',
  ],
  ['Raise first-time-fix rate to 85 %', 'en', 'first-time-fix rate', '%', null, 85, 'increase'],
  [
    'Raise 30-day retention from 40 % to 55 % by Q3 2027',
    'en',
    '30-day retention',
    '%',
    40,
    55,
    'increase',
  ],
  [
    'Grow qualified pipeline from $50k to $200k',
    'en',
    'qualified pipeline',
    '$',
    50_000,
    200_000,
    'increase',
  ],
  ['Increase MRR from $10K to $50K', 'en', 'MRR', '$', 10_000, 50_000, 'increase'],
  [
    'Reduce average follow-up time from 72h to 24h',
    'en',
    'average follow-up time',
    'h',
    72,
    24,
    'decrease',
  ],
  [
    'Reduce checkout page load time from 3.2s to 1.5s',
    'en',
    'checkout page load time',
    's',
    3.2,
    1.5,
    'decrease',
  ],
  [
    'Decrease avg. response time from 300ms to 100ms',
    'en',
    'avg. response time',
    'ms',
    300,
    100,
    'decrease',
  ],
  ['Reduce complaints from 20/month to 5/month', 'en', 'complaints', '/month', 20, 5, 'decrease'],
  ['Reduce churn to less than 1% monthly', 'en', 'churn', '%', null, 1, 'decrease'],
  [
    'Grow paying DACH customers from 14 to 40 customers',
    'en',
    'paying DACH customers',
    'customers',
    14,
    40,
    'increase',
  ],
  [
    'Increase organic traffic from 8,000 to 14,000 monthly sessions',
    'en',
    'organic traffic',
    '',
    8_000,
    14_000,
    'increase',
  ],
  [
    'Reach 10,000 monthly organic visits',
    'en',
    'monthly organic visits',
    '',
    null,
    10_000,
    'increase',
  ],
  ['Keep 90-day churn at or below 2%', 'en', '90-day churn', '%', null, 2, 'maintain'],
  [
    'Reduce onboarding duration from 21 days to 7 days.',
    'en',
    'onboarding duration',
    'days',
    21,
    7,
    'decrease',
  ],
  ['Umsatz von 2 auf 3 Mio. steigern', 'de', 'Umsatz', '', 2_000_000, 3_000_000, 'increase'],
  [
    'Erstlösungsquote von 71 % auf 85 % steigern',
    'de',
    'Erstlösungsquote',
    '%',
    71,
    85,
    'increase',
  ],
  ['App-Bewertung auf 4,5 Sterne erhöhen', 'de', 'App-Bewertung', 'stars', null, 4.5, 'increase'],
  [
    'Wiederholungsbesuche von 22 auf 12 senken',
    'de',
    'Wiederholungsbesuche',
    '',
    22,
    12,
    'decrease',
  ],
  ['Besuche von 10.000 auf 50.000 steigern', 'de', 'Besuche', '', 10_000, 50_000, 'increase'],
  [
    "Portare il tasso di risoluzione dal 71 % all'85 %",
    'it',
    'tasso di risoluzione',
    '%',
    71,
    85,
    'increase',
  ],
  ['Ridurre il churn dal 5 % al 2 %', 'it', 'churn', '%', 5, 2, 'decrease'],
  [
    'Portare il rating dell’app a 4,5 stelle',
    'it',
    'rating dell’app',
    'stars',
    null,
    4.5,
    'increase',
  ],
];

describe('parseTarget: numbers in the wording fill metric, unit, baseline, target, direction', () => {
  for (const [text, language, metric, unit, baseline, target, direction] of CASES) {
    it(text, () => {
      expect(parseTarget(text, language)).toEqual({ metric, unit, baseline, target, direction });
    });
  }

  it('finds no target where there is none, or only a change', () => {
    for (const text of [
      'Improve customer satisfaction',
      'Increase revenue by 25%',
      'Launch by Q3 2027',
      'Ship v2 of the app',
      '',
    ])
      expect(parseTarget(text), text).toBeNull();
  });

  it('reads 4,500 as four thousand five hundred in English and 4,5 as four and a half in German', () => {
    expect(parseTarget('Reach 4,500 users')?.target).toBe(4500);
    expect(parseTarget('auf 4,5 Sterne', 'de')?.target).toBe(4.5);
  });

  it('reads only the beginning of a huge paste', () => {
    expect(parseTarget(`Raise NPS from 1 to 2 ${'9 '.repeat(1_000_000)}`)?.target).toBe(2);
  });
});
