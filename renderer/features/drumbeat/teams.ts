import type { TFunction } from 'i18next';
import { COMPANY_TEAM } from '../../../shared/drumbeat/team';

// Who owns a key result is one rule for the view, the projector and the exports.
export { COMPANY_TEAM, teamOf } from '../../../shared/drumbeat/team';

/** A team as shown: the company's in the app's language, a team's own name as it is. */
export function teamLabel(t: TFunction, team: string): string {
  return team === COMPANY_TEAM ? t('drumbeat.company') : team;
}

/** The filter's value for "every team". */
export const ALL_TEAMS = '';

export function matchesTeam(team: string, filter: string): boolean {
  return filter === ALL_TEAMS || team === filter;
}
