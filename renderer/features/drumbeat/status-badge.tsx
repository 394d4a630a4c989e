import type { ReactNode } from 'react';
import { STATUS_LABELS, type KrStatus } from '../../../shared/drumbeat';
import { IconDot, IconRing, IconSquare, IconStar, IconTriangle } from '../../ui/icons';

// A shape per status as well as a colour, so the status never rests on colour alone; drawn,
// not typed (symbol characters are missing from common Linux fonts).
const STATUS_ICON: Record<KrStatus, ReactNode> = {
  'past-target': <IconStar />,
  'on-pace': <IconDot />,
  'at-risk': <IconTriangle />,
  behind: <IconSquare />,
  'no-data': <IconRing />,
};

/** A key result's status as text, shape and colour (the words are shared/drumbeat's). */
export function StatusBadge({ status }: { status: KrStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon">{STATUS_ICON[status]}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
