import { useId } from 'react';
import { ALL_TEAMS } from './teams';

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
  // A team whose last key result went away stays selectable until changed, so the view
  // does not jump under the user's hands.
  const options = value !== ALL_TEAMS && !teams.includes(value) ? [...teams, value] : teams;
  return (
    <div className="field team-filter" data-native-undo>
      <label htmlFor={id}>Team</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL_TEAMS}>All teams</option>
        {options.map((team) => (
          <option key={team} value={team}>
            {team}
          </option>
        ))}
      </select>
    </div>
  );
}
