import type { KeyResult, Objective } from '../model/types';

/**
 * The team named for key results of a company-level objective that name no team: the
 * team of their weekly meeting (shared/model/records/weekly-item.ts).
 * @public
 */
export const COMPANY_TEAM = 'Company';

/**
 * Who owns a key result: its own team, else its objective's team, else the company. The
 * Drumbeat's team filter, the weekly meeting, the projector and the exports all use it.
 * @public
 */
export function teamOf(
  kr: Pick<KeyResult, 'team'>,
  objective: Pick<Objective, 'team'> | undefined,
): string {
  return kr.team.trim() || objective?.team?.trim() || COMPANY_TEAM;
}
