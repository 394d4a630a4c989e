import { messageOf, showError } from '../../ui/notices';
import { platform } from '../../platform';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshopDoc } from '../../state/workshop-context';
import { hostedRoomInfo } from './hosted-room';
import { useRoomStatus } from './room-hooks';

/**
 * "Present" (facilitator): the presentation view in a new window, for the projector or a
 * second screen. A browser opens the viewer's link; the desktop opens a window of its own
 * on the room it hosts — a room it only joined has no viewer link it may load.
 */
export function PresentButton({ connection }: { connection: RoomConnection }) {
  const doc = useWorkshopDoc();
  const role = useRoomStatus((s) => s.role);
  const viewer = useRoomStatus((s) => s.links?.viewer ?? null);
  const desktop = platform().kind === 'desktop';
  if (role !== 'facilitator') return null;
  if (desktop ? !hostedRoomInfo(doc) : !viewer) return null;
  const present = () =>
    platform()
      .openPresentation(viewer ?? '')
      .catch((error: unknown) => showError('Could not open the presentation', messageOf(error)));
  return (
    <button
      type="button"
      className="button"
      title={`Open the presentation of room ${connection.room} in a new window, for the projector`}
      onClick={() => void present()}
    >
      Present
    </button>
  );
}
