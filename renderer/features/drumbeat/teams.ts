// Who owns a key result is one rule for the view, the projector and the exports.
export { teamOf } from '../../../shared/drumbeat/team';

/** The filter's value for "every team". */
export const ALL_TEAMS = '';

export function matchesTeam(team: string, filter: string): boolean {
  return filter === ALL_TEAMS || team === filter;
}
