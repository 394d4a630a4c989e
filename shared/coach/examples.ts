/**
 * Good published OKRs by theme, each with its source: the coach shows a few beside a weak
 * item ("Teams like yours wrote…"). Every entry is a 'good' item of the labelled corpus
 * (test/coach-corpus/corpus.json) with its URL, and passes the coach itself — the corpus
 * test checks both, so this list cannot drift from its sources.
 */
import type { TargetType } from './finding';

export type Theme =
  | 'sales'
  | 'marketing'
  | 'product'
  | 'customer success'
  | 'engineering'
  | 'people'
  | 'operations';

export const THEMES: readonly Theme[] = [
  'sales',
  'marketing',
  'product',
  'customer success',
  'engineering',
  'people',
  'operations',
];

export interface CoachExample {
  readonly theme: Theme;
  readonly kind: Extract<TargetType, 'objective' | 'keyResult'>;
  readonly text: string;
  /** Author and publication, as the corpus cites it. */
  readonly source: string;
  readonly url: string;
}

/** @public */
export const EXAMPLES: readonly CoachExample[] = [
  {
    theme: 'sales',
    kind: 'objective',
    text: 'To build a first-class telesales team in China with profound product knowledge and competitive sales skills.',
    source: 'okrscoaches.com, Three Tips For OKR Coach, n.d.',
    url: 'https://okrscoaches.com/three-tips-for-okr-coach/',
  },
  {
    theme: 'sales',
    kind: 'objective',
    text: 'Win the mid-market with a repeatable sales motion',
    source: 'okr.mx course, Lesson 4: How to Write a Strong Objective, n.d.',
    url: 'https://okr.mx/course/how-to-write-a-strong-objective',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'Grow qualified pipeline from $50k to $200k',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'Reduce average follow-up time from 72h to 24h',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'Raise close rate from 15% to 30%',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'Increase repeat customer rate by 20% in the next six months.',
    source: "Customer Marketing Alliance, CMA's conclusive guide to OKRs and KPIs, n.d.",
    url: 'https://www.customermarketingalliance.com/cmas-conclusive-guide-to-okrs-and-kpis/',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: '10 new clients by the end of Q4 2018',
    source: 'Product Narrative blog, The Difference between Key Results and Tasks, n.d.',
    url: 'https://www.productnarrative.co/blog/the-difference-between-key-results-and-tasks',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'increase monthly revenue to $100k',
    source:
      'Waymaker help centre, What is the relationship between tasks and outcomes on a goal?, n.d.',
    url: 'https://help.waymaker.io/knowledge/what-is-the-relationship-between-tasks-and-outcomes-on-a-goal',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'Increase MRR from $10K to $50K',
    source: 'Edworking, Startup OKR template, n.d.',
    url: 'https://edworking.com/startups/resources/startup-okr-template',
  },
  {
    theme: 'sales',
    kind: 'keyResult',
    text: 'Increase sales of Product X by 15% in the Q1 FY2023.',
    source: 'Flevy Management Insights, How to write effective key results?, n.d.',
    url: 'https://flevy.com/topic/objectives-and-key-results/question/mastering-effective-key-result-writing-a-comprehensive-guide',
  },
  {
    theme: 'marketing',
    kind: 'objective',
    text: 'Establish the brand as the go-to resource for mid-market CFOs evaluating ERP solutions',
    source: 'Hatch Marketing Plans, OKRs for marketing, n.d.',
    url: 'https://hatchmarketingplans.com/en/okr-for-marketing.html',
  },
  {
    theme: 'marketing',
    kind: 'objective',
    text: 'How might we lower our cost of acquisition and improve lead quality by encouraging customers to refer other customers?',
    source:
      'Factor.ai research, The 10-minute coaching script to help your team set impactful OKRs, 2026',
    url: 'https://www.factor.ai/research/the-10-minute-coaching-script-to-help-your-team-set-impactful-okrs',
  },
  {
    theme: 'marketing',
    kind: 'objective',
    text: 'Attract more customers to our website',
    source: 'Compass Productivity, The Secret Sauce to Effective Key Results, n.d.',
    url: 'https://www.compassproductivity.com/post/the-secret-sauce-to-effective-key-results',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'Raise website conversion from 1.5% to 4%',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'Generate 500 qualified leads via social',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'Reach 10,000 monthly organic visits',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'Reach at least 1,000 engaged listeners through our podcast.',
    source: 'Wavenine blog, How to Spot (and Fix) Poorly Written OKRs, n.d.',
    url: 'https://wavenine.com/blog/how-to-spot-and-fix-poorly-written-okrs',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: '50 new marketing qualified leads that are handed to the sales team.',
    source:
      'B2B SaaS Marketing Snacks podcast, ep. 11: What OKRs should your marketing team use (pod.casts.io), n.d.',
    url: 'https://pod.casts.io/podcasts/b2b-saas-marketing-snacks/episodes/11-what-okrs-should-your-marketing-team-use',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'Increase organic traffic to the blog from 8,000 to 14,000 monthly sessions',
    source: 'Hatch Marketing Plans, OKRs for marketing, n.d.',
    url: 'https://hatchmarketingplans.com/en/okr-for-marketing.html',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'generate 100 qualified leads per month',
    source:
      'Waymaker help centre, What is the relationship between tasks and outcomes on a goal?, n.d.',
    url: 'https://help.waymaker.io/knowledge/what-is-the-relationship-between-tasks-and-outcomes-on-a-goal',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: 'Get featured in 5 startup publications',
    source: 'Worknation blog, OKR goal setting for startups, n.d.',
    url: 'https://workframe.worknation.buzz/blogs/okr-goal-setting-for-startups',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: '100 new customers sign up for an account on our website',
    source: 'Compass Productivity, The Secret Sauce to Effective Key Results, n.d.',
    url: 'https://www.compassproductivity.com/post/the-secret-sauce-to-effective-key-results',
  },
  {
    theme: 'marketing',
    kind: 'keyResult',
    text: '500 potential customers subscribe to our online newsletter',
    source: 'Compass Productivity, The Secret Sauce to Effective Key Results, n.d.',
    url: 'https://www.compassproductivity.com/post/the-secret-sauce-to-effective-key-results',
  },
  {
    theme: 'product',
    kind: 'objective',
    text: 'Make new users successful in their first week.',
    source: "Scriptonia blog, The PM's guide to OKRs, n.d.",
    url: 'https://scriptonia.dev/blog/pm-okrs-guide',
  },
  {
    theme: 'product',
    kind: 'objective',
    text: 'Delight users with seamless mobile experiences.',
    source: 'Uxcel, Product management for designers: Writing effective objectives, n.d.',
    url: 'https://app.uxcel.com/courses/product-management-for-designers/thinking-in-outcomes-not-features-287/writing-effective-objectives-3895',
  },
  {
    theme: 'product',
    kind: 'objective',
    text: 'make onboarding feel effortless',
    source: 'Lucas Cazelli, OKRs (glossary), n.d.',
    url: 'https://lucascazelli.com/terms/okrs',
  },
  {
    theme: 'product',
    kind: 'objective',
    text: 'Increase user engagement with personalized content.',
    source: 'eatsip365.com, Bad OKR Example for a Software Engineer to Avoid, n.d.',
    url: 'https://eatsip365.com/bad-okr-example-for-a-software-engineer-to-avoid',
  },
  {
    theme: 'product',
    kind: 'objective',
    text: 'Become the preferred tool for remote teams.',
    source: 'Uxcel, Fundamentals for product managers: Framing OKRs, n.d.',
    url: 'https://app.uxcel.com/courses/fundamentals-for-productmanagers/product-metrics-kpis-278/framing-okrs-6741',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase activation rate from 34% to 55%',
    source: "Scriptonia blog, The PM's guide to OKRs, n.d.",
    url: 'https://scriptonia.dev/blog/pm-okrs-guide',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase 7-day activation rate from 31% to 55% by end of Q2.',
    source: "Scriptonia blog, The PM's guide to OKRs, n.d.",
    url: 'https://scriptonia.dev/blog/pm-okrs-guide',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Reduce time-to-first-value from 8 days to 2 days',
    source: "Scriptonia blog, The PM's guide to OKRs, n.d.",
    url: 'https://scriptonia.dev/blog/pm-okrs-guide',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase integration adoption from 12% to 35% of MAU',
    source: "Scriptonia blog, The PM's guide to OKRs, n.d.",
    url: 'https://scriptonia.dev/blog/pm-okrs-guide',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase activation rate from 40% to 65%',
    source: 'BestPMJobs, OKRs guide for product managers, n.d.',
    url: 'https://www.bestpmjobs.com/resources/okrs-guide',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Reduce time-to-value from 7 days to 2 days',
    source: 'BestPMJobs, OKRs guide for product managers, n.d.',
    url: 'https://www.bestpmjobs.com/resources/okrs-guide',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Reduce time-to-first-value from 14 days to 5 days',
    source: 'Flipware Technologies blog, Most product teams are measuring the wrong things, n.d.',
    url: 'https://flipwaretechnologies.com/?p=23628',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase conversion rate from 2.1% to 2.8%',
    source: 'productmanagementresources.com, OKRs for product teams, n.d.',
    url: 'https://productmanagementresources.com/okrs-for-product-teams/',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase daily active usage of reporting features from 15% to 40%.',
    source: 'rnr-welcome.pages.dev blog, 10 OKR Mistakes That Kill Team Performance, n.d.',
    url: 'https://rnr-welcome.pages.dev/blog/okr-mistakes',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: "Achieve 40% 'very disappointed' survey score",
    source: 'Edworking, Startup OKR template, n.d.',
    url: 'https://edworking.com/startups/resources/startup-okr-template',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Achieve a 60% weekly retention rate',
    source: 'Worknation blog, OKR goal setting for startups, n.d.',
    url: 'https://workframe.worknation.buzz/blogs/okr-goal-setting-for-startups',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Increase daily active teams from 10K to 25K',
    source: 'Uxcel, Fundamentals for product managers: Framing OKRs, n.d.',
    url: 'https://app.uxcel.com/courses/fundamentals-for-productmanagers/product-metrics-kpis-278/framing-okrs-6741',
  },
  {
    theme: 'product',
    kind: 'keyResult',
    text: 'Achieve 4.5+ app store rating.',
    source: 'Uxcel, Fundamentals for product managers: Framing OKRs, n.d.',
    url: 'https://app.uxcel.com/courses/fundamentals-for-productmanagers/product-metrics-kpis-278/framing-okrs-6741',
  },
  {
    theme: 'customer success',
    kind: 'objective',
    text: 'Make renewal conversations feel like celebrating success',
    source: 'Chris Pitchford (brev.io), OKR examples for customer success teams, n.d.',
    url: 'https://brev.io/blog/okr-examples-customer-success-teams',
  },
  {
    theme: 'customer success',
    kind: 'objective',
    text: 'Customers love us so much, they are our sales team.',
    source: "Christina Wodtke, Please no. Why Can't Project Completion be a KR? (Medium), n.d.",
    url: 'https://cwodtke.medium.com/please-no-2e944f8be649',
  },
  {
    theme: 'customer success',
    kind: 'objective',
    text: 'Build a world-class customer onboarding experience',
    source: 'Worknation blog, OKR goal setting for startups, n.d.',
    url: 'https://workframe.worknation.buzz/blogs/okr-goal-setting-for-startups',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Reduce 30-day churn from 40% to 10%',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Raise NPS from 25 to 50',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Reduce complaints from 20/month to 5/month',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Raise the Net Promoter Score (NPS) from 45 to 60 this quarter',
    source:
      'PeopleGoal blog, What Are Objectives & Key Results (OKRs): A Guide With Examples, n.d.',
    url: 'https://peoplegoal.com/blog/objectives-and-key-results',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Reduce customer complaints by 25%',
    source:
      'PeopleGoal blog, What Are Objectives & Key Results (OKRs): A Guide With Examples, n.d.',
    url: 'https://peoplegoal.com/blog/objectives-and-key-results',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'reduce monthly churn to <5%',
    source:
      'Waymaker help centre, What is the relationship between tasks and outcomes on a goal?, n.d.',
    url: 'https://help.waymaker.io/knowledge/what-is-the-relationship-between-tasks-and-outcomes-on-a-goal',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Reduce customer churn to < 5%',
    source: 'Edworking, Startup OKR template, n.d.',
    url: 'https://edworking.com/startups/resources/startup-okr-template',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Increase Net Promoter Score (NPS) from 6 to 8.',
    source:
      "emdadat.sa, Crafting the Commander Key: A Beginner's Guide to Effective Key Results, n.d.",
    url: 'https://emdadat.sa/newszone/crafting-the-commander-key-key-key-important-you-should-know',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Increase onboarding satisfaction score from 7.8 to 9.2.',
    source: 'okr.mx course, Lesson 4: How to Write a Strong Objective, n.d.',
    url: 'https://okr.mx/course/how-to-write-a-strong-objective',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Reduce onboarding duration from 21 days to 7 days.',
    source: 'okr.mx course, Lesson 4: How to Write a Strong Objective, n.d.',
    url: 'https://okr.mx/course/how-to-write-a-strong-objective',
  },
  {
    theme: 'customer success',
    kind: 'keyResult',
    text: 'Improve first-30-day logo retention from 85% to 93%.',
    source: 'okr.mx course, Lesson 4: How to Write a Strong Objective, n.d.',
    url: 'https://okr.mx/course/how-to-write-a-strong-objective',
  },
  {
    theme: 'engineering',
    kind: 'objective',
    text: 'Become the leading platform for scalable machine learning deployments',
    source: 'engineeringmanager.info, Objective And Key Results (OKRs), n.d.',
    url: 'https://engineeringmanager.info/docs/Metrics%20and%20Evaluation/Defining%20Metrics/Objective-and-Key-Results',
  },
  {
    theme: 'engineering',
    kind: 'objective',
    text: 'Build a world-class engineering team',
    source: 'Edworking, Startup OKR template, n.d.',
    url: 'https://edworking.com/startups/resources/startup-okr-template',
  },
  {
    theme: 'engineering',
    kind: 'objective',
    text: 'Make our website more resilient',
    source: 'Michael Williams, How to write great key results (Medium), 2020',
    url: 'https://mvwi.medium.com/how-to-write-great-key-results-ca5f53551434',
  },
  {
    theme: 'engineering',
    kind: 'objective',
    text: 'Make our platform reliable enough that customers trust us',
    source: 'ScaledByDesign, Engineering OKRs That Actually Drive Results, 2026',
    url: 'https://www.scaledbydesign.com/blog/engineering-okrs-that-work',
  },
  {
    theme: 'engineering',
    kind: 'keyResult',
    text: 'Reduce checkout page load time from 3.2s to 1.5s',
    source: 'ScaledByDesign, Engineering OKRs That Actually Drive Results, 2026',
    url: 'https://www.scaledbydesign.com/blog/engineering-okrs-that-work',
  },
  {
    theme: 'engineering',
    kind: 'keyResult',
    text: 'Achieve 99.95% uptime (from current 99.7%)',
    source: 'ScaledByDesign, Engineering OKRs That Actually Drive Results, 2026',
    url: 'https://www.scaledbydesign.com/blog/engineering-okrs-that-work',
  },
  {
    theme: 'engineering',
    kind: 'keyResult',
    text: 'Reduce lead time from 14 days to 3 days',
    source: 'ScaledByDesign, Engineering OKRs That Actually Drive Results, 2026',
    url: 'https://www.scaledbydesign.com/blog/engineering-okrs-that-work',
  },
  {
    theme: 'people',
    kind: 'keyResult',
    text: 'Increase the reported productivity score for the remote workforce from 6 to 8',
    source: 'Lasse Ravn, HR OKR Examples (okr-framework.com), n.d.',
    url: 'https://okr-framework.com/okr-examples/human-resources',
  },
  {
    theme: 'operations',
    kind: 'objective',
    text: "streamline your operation's supply chain",
    source:
      "What Matters (whatmatters.com, John Doerr's site), Office operations OKR examples, n.d.",
    url: 'https://www.whatmatters.com/faqs/office-operations-okr-examples',
  },
  {
    theme: 'operations',
    kind: 'keyResult',
    text: 'Reduce delivery cost from 45% to 30% of revenue',
    source:
      'Atosup (arena.atosup.com), Good vs Bad Key Result: 10 Real Examples That Show the Difference, n.d.',
    url: 'https://arena.atosup.com/en/blog/good-vs-bad-key-results',
  },
  {
    theme: 'operations',
    kind: 'keyResult',
    text: 'reduce order fulfillment cycle time from 4.2 days to 2.8 days while maintaining a 99.1% accuracy rate',
    source:
      'Chief Operating Officer blog, Operations OKRs: How COOs Set and Track Objectives, n.d.',
    url: 'https://www.chiefoperatingofficer.org/blog/operations-okrs-guide',
  },
  {
    theme: 'operations',
    kind: 'keyResult',
    text: 'reducing procurement lead times by 30%',
    source:
      "What Matters (whatmatters.com, John Doerr's site), Office operations OKR examples, n.d.",
    url: 'https://www.whatmatters.com/faqs/office-operations-okr-examples',
  },
];

/** Words that place an item in a theme; the first theme with a hit wins. */
const THEME_WORDS: readonly [Theme, RegExp][] = [
  [
    'sales',
    /\b(?:sales|sell|selling|deals?|pipeline|quota|close rate|win rate|bookings?|revenue|arr|mrr|upsell|prospects?|salespeople|account executives?|vertrieb\w*|umsatz|fatturato|vendite|commerciali)\b/i,
  ],
  [
    'marketing',
    /\b(?:marketing|leads?|mqls?|traffic|seo|brand|campaigns?|blog|newsletter|webinars?|social|instagram|linkedin|podcasts?|content|visits|visitors|awareness|followers|website|kampagne\w*|marke|campagn\w*|visite)\b/i,
  ],
  [
    'customer success',
    /\b(?:churn|nps|csat|support|tickets?|renewals?|retention|onboarding calls?|complaints?|satisfaction|customer success|kundenzufriedenheit|soddisfazione|assistenza)\b/i,
  ],
  [
    'engineering',
    /\b(?:latency|uptime|incidents?|deploy\w*|build time|code|bugs?|tests?|test coverage|releases?|api|infrastructure|kubernetes|migrat\w*|refactor\w*|tech(?:nical)? debt|mttr|lead time|ci\/cd|engineers?|developers?|architecture|entwickl\w*|sviluppator\w*)\b/i,
  ],
  [
    'people',
    /\b(?:employees?|hiring|hire|recruit\w*|engagement|turnover|attrition|morale|culture|training|talent|onboarding program|mitarbeiter\w*|dipendent\w*|personale)\b/i,
  ],
  [
    'operations',
    /\b(?:costs?|delivery|fulfil+ment|supply|procurement|logistics|warehouse|process(?:es)?|operations?|lead times?|inventory|lieferzeit|kosten|consegna|costi|processi)\b/i,
  ],
  [
    'product',
    /\b(?:app|product|feature|activation|users?|adoption|onboarding|signups?|sign-ups|trial|dashboard|checkout|mobile|produkt\w*|nutzer|prodotto|utenti)\b/i,
  ],
];

/** The theme an objective or key result belongs to, by its words; 'product' when unclear. */
export function themeOf(text: string): Theme {
  for (const [theme, pattern] of THEME_WORDS) if (pattern.test(text)) return theme;
  return 'product';
}

/**
 * Up to `limit` good published examples for a weak item: same theme, same kind first.
 * @public
 */
export function examplesFor(
  text: string,
  kind: CoachExample['kind'],
  limit = 3,
): { theme: Theme; examples: CoachExample[] } {
  const theme = themeOf(text);
  const sameTheme = EXAMPLES.filter((e) => e.theme === theme);
  const ranked = [
    ...sameTheme.filter((e) => e.kind === kind),
    ...sameTheme.filter((e) => e.kind !== kind),
  ];
  return { theme, examples: ranked.slice(0, limit) };
}
