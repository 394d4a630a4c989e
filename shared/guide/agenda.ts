import { STEPS, type Step } from '../protocol/room';

/**
 * The minutes a first workshop should give each step: the run-sheet shows them and the
 * room's step timer starts from them: 2 h 50 min in all, a morning with one break. A first
 * workshop runs long where people argue most, so the minutes follow the arguments:
 *
 * - One-pager, 45: purpose and vision usually exist and only need a read and a tweak; the
 *   time goes to choosing 2–5 focus areas and the not-doing list, the hardest talk of the day.
 * - Alignment, 40: about three minutes a project for a board of 12–15 running projects —
 *   enough to say why, not to re-plan each one.
 * - OKRs, 60: the longest step: drafting, then rewriting tasks into outcomes, takes the
 *   most debate, and most first drafts need a second pass.
 * - Review, 15: read the whole set aloud once, agree it, export it.
 * - Drumbeat, 10: set the cycle dates and check-in day and show one check-in; the
 *   real drumbeat happens in the weeks after.
 * @public
 */
export const SUGGESTED_MINUTES: Readonly<Record<Step, number>> = {
  onepager: 45,
  alignment: 40,
  okrs: 60,
  review: 15,
  drumbeat: 10,
};

/** The suggested length of the whole workshop, in minutes (breaks not included). @public */
export function totalSuggestedMinutes(): number {
  return STEPS.reduce((sum, step) => sum + SUGGESTED_MINUTES[step], 0);
}
