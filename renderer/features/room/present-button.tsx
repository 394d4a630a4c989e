import { messageOf, showError } from '../../ui/notices';
import { platform } from '../../platform';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshopDoc } from '../../state/workshop-context';
import { hostedRoomInfo } from './hosted-room';
import { useRoomStatus } from './room-hooks';
import { useT } from '../../ui/i18n';

/**
 * "Present" (facilitator): the presentation view in a new window, for the projector or a
 * second screen. A browser opens the viewer's link; the desktop opens a window of its own
 * on the room it hosts — a room it only joined has no viewer link it may load.
 */
export function PresentButton({ connection }: { connection: RoomConnection }) {
  const t = useT();
  const doc = useWorkshopDoc();
  const role = useRoomStatus((s) => s.role);
  const viewer = useRoomStatus((s) => s.links?.viewer ?? null);
  const desktop = platform().kind === 'desktop';
  if (role !== 'facilitator') return null;
  if (desktop ? !hostedRoomInfo(doc) : !viewer) return null;
  const present = () =>
    platform()
      .openPresentation(viewer ?? '')
      .catch((error: unknown) => showError(t('room.couldNotPresent'), messageOf(error)));
  return (
    <button
      type="button"
      className="button"
      title={t('room.presentTitle', { room: connection.room })}
      onClick={() => void present()}
    >
      {t('room.present')}
    </button>
  );
}
