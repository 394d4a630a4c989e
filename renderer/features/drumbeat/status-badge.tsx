import type { ReactNode } from 'react';
import type { KrStatus } from '../../../shared/drumbeat';
import { IconDot, IconRing, IconSquare, IconStar, IconTriangle } from '../../ui/icons';
import { useT } from '../../ui/i18n';

// A shape per status as well as a colour, so the status never rests on colour alone; drawn,
// not typed (symbol characters are missing from common Linux fonts).
const STATUS_ICON: Record<KrStatus, ReactNode> = {
  'past-target': <IconStar />,
  'on-pace': <IconDot />,
  'at-risk': <IconTriangle />,
  behind: <IconSquare />,
  'no-data': <IconRing />,
};

/**
 * A key result's status as text, shape and colour (the words: the catalogue's drumbeat.status,
 * in English shared/drumbeat's STATUS_LABELS).
 */
export function StatusBadge({ status }: { status: KrStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon">{STATUS_ICON[status]}</span>
      {t(`drumbeat.status.${status}`)}
    </span>
  );
}
