import { useId } from 'react';
import { ALL_TEAMS, teamLabel } from './teams';
import { useT } from '../../ui/i18n';

/** The "Team" select: every team that owns a key result, or all of them. */
export function TeamFilter({
  teams,
  value,
  onChange,
}: {
  teams: readonly string[];
  value: string;
  onChange: (team: string) => void;
}) {
  const id = useId();
  const t = useT();
  // A team whose last key result went away stays selectable until changed, so the view
  // does not jump under the user's hands.
  const options = value !== ALL_TEAMS && !teams.includes(value) ? [...teams, value] : teams;
  return (
    <div className="field team-filter" data-native-undo>
      <label htmlFor={id}>{t('drumbeat.team')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL_TEAMS}>{t('drumbeat.allTeams')}</option>
        {options.map((team) => (
          <option key={team} value={team}>
            {teamLabel(t, team)}
          </option>
        ))}
      </select>
    </div>
  );
}
