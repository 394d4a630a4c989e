import type { KrStatus } from '../../../shared/drumbeat';

const STATUS_LABEL: Record<KrStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
};

// A shape per status as well as a colour, so the status never rests on colour alone.
const STATUS_ICON: Record<KrStatus, string> = {
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '■',
  'not-started': '○',
};

/** A key result's status as text, shape and colour. */
export function StatusBadge({ status }: { status: KrStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {STATUS_LABEL[status]}
    </span>
  );
}
