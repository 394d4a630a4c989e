import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Step } from '../../../shared/protocol/room';
import { STEPS } from '../../ui/routes';
import type { RoomConnection } from '../../sync/room-connection';
import { useRoomStatus } from './room-hooks';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

/** "Strategy one-pager", "A and B", "A, B and C" (no serial comma: the English is a contract). */
function stepNames(t: TFunction, steps: readonly Step[]): string {
  const names = steps.map((step) =>
    STEPS.some((s) => s.id === step) ? t(`steps.${step}.label`) : step,
  );
  if (names.length <= 1) return names.join('');
  return t('roomPeople.locked.and', {
    first: names.slice(0, -1).join(', '),
    last: names[names.length - 1] ?? '',
  });
}

/** The banner's words for the locked steps holding this device's edits back. */
function lockedEditsText(t: TFunction, steps: readonly Step[]): string {
  return t('roomPeople.locked.text', { count: steps.length, steps: stepNames(t, steps) });
}

/**
 * Shown while the hub holds this device's edits back because they touch a locked step:
 * says which, that nothing is lost, and lets the user try again now (the connection also
 * retries by itself, with a growing delay).
 */
export const LockedEditsBanner = memo(function LockedEditsBanner({
  connection,
}: {
  connection: RoomConnection;
}) {
  const t = useT();
  const steps = useRoomStatus(useShallow((s) => s.lockedSteps));
  if (steps.length === 0) return null;
  return (
    <p className="room-banner room-banner-locked room-banner-held" role="status">
      <span>{lockedEditsText(t, steps)}</span>
      <button type="button" className="button small" onClick={() => connection.retry()}>
        {t('roomPeople.locked.tryNow')}
      </button>
    </p>
  );
});
