/**
 * What belongs in each part of the one-pager, shown beside the field. Short on purpose: a
 * room reads them from a wall while it talks.
 */
export const HINTS = {
  purpose: 'Why we exist: the difference we make for people, beyond making money.',
  vision: 'Where we will be in 3–5 years if this works, described as if it were true.',
  customers: 'Who we serve, and the pain or need we take away for them.',
  focusAreas:
    'Where this cycle’s effort goes: 2 to 5 areas, each a short title and one line saying what it means.',
  notDoing:
    'The not-doing list matters as much as the doing list: what we deliberately stop, pause or refuse this cycle.',
  metrics:
    'What must not get worse while we push on the focus areas: the health of the business, the team and the customers.',
} as const;

/** The advised number of focus areas: fewer is unfocused, more is no choice at all. */
export const FOCUS_AREAS_MIN = 2;
export const FOCUS_AREAS_MAX = 5;
