import type { KrStatus } from '../../../shared/drumbeat';
import type { ReactNode } from 'react';
import { IconDot, IconRing, IconSquare, IconTriangle } from '../../ui/icons';

const STATUS_LABEL: Record<KrStatus, string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
};

// A shape per status as well as a colour, so the status never rests on colour alone.
const STATUS_ICON: Record<KrStatus, ReactNode> = {
  'on-track': <IconDot />,
  'at-risk': <IconTriangle />,
  'off-track': <IconSquare />,
  'not-started': <IconRing />,
};

/** A key result's status as text, shape and colour. */
export function StatusBadge({ status }: { status: KrStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon">{STATUS_ICON[status]}</span>
      {STATUS_LABEL[status]}
    </span>
  );
}
