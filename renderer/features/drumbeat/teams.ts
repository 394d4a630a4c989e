import type { TFunction } from 'i18next';
import type { KeyResult, Objective } from '../../../shared/model';

/** The team shown for key results of a company-level objective that name no team. */
export const COMPANY_TEAM = 'Company';

/** Who owns a key result: its own team, else its objective's team, else the company. */
export function teamOf(
  kr: Pick<KeyResult, 'team'>,
  objective: Pick<Objective, 'team'> | undefined,
): string {
  return kr.team.trim() || objective?.team?.trim() || COMPANY_TEAM;
}

/** A team as shown: the company's in the app's language, a team's own name as it is. */
export function teamLabel(t: TFunction, team: string): string {
  return team === COMPANY_TEAM ? t('drumbeat.company') : team;
}

/** The filter's value for "every team". */
export const ALL_TEAMS = '';

export function matchesTeam(team: string, filter: string): boolean {
  return filter === ALL_TEAMS || team === filter;
}
