import { useWorkshop } from '../../state/workshop-context';
import { teamSuggestions } from './okr-selectors';

/** The id of the one datalist every Team field points at. */
export const TEAM_SUGGESTIONS_ID = 'okr-team-suggestions';

/** Team names already in the workshop (objectives and projects), offered by every Team field. */
export function TeamSuggestions() {
  const teams = useWorkshop(teamSuggestions);
  return (
    <datalist id={TEAM_SUGGESTIONS_ID}>
      {teams.map((t) => (
        <option key={t} value={t} />
      ))}
    </datalist>
  );
}
