import { STATUS_LABELS, type KrStatus } from '../../../shared/drumbeat';

// A shape per status as well as a colour, so the status never rests on colour alone.
const STATUS_ICON: Record<KrStatus, string> = {
  'past-target': '★',
  'on-pace': '●',
  'at-risk': '▲',
  behind: '■',
  'no-data': '○',
};

/** A key result's status as text, shape and colour (the words are shared/drumbeat's). */
export function StatusBadge({ status }: { status: KrStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}
