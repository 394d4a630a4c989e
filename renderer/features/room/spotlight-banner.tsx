import { setSpotlight } from '../../../shared/model';
import type { Step } from '../../../shared/protocol/room';
import { recordTitle } from '../../state/record-title';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { useRoomState } from '../../sync/room-hooks';
import { bringIntoView, recordSelector } from '../../ui/record-target';
import { navigate, STEPS, workshopHref } from '../../ui/routes';
import { useT } from '../../ui/i18n';

/**
 * The spotlight where it is not brought to you: a participant who does not follow learns
 * what the facilitator spotlights and can go there; the facilitator, on another step than
 * the spotlight, can clear it from here. Followers and the spotlighted step itself need no
 * banner: they are taken there, and the item is highlighted.
 */
export function SpotlightBanner({
  step,
  role,
  following,
}: {
  step: Step;
  role: string | null;
  following: boolean;
}) {
  const { id: workshopId, doc } = useOpenWorkshop();
  const t = useT();
  const spotlight = useRoomState().spotlight;
  const title = useWorkshop((s) => (spotlight ? recordTitle(s, spotlight) : undefined));
  if (!spotlight || title === undefined || role === 'viewer') return null;
  const stepLabel = STEPS.some((s) => s.id === spotlight.step)
    ? t(`steps.${spotlight.step}.label`)
    : spotlight.step;

  if (role === 'facilitator') {
    if (spotlight.step === step) return null;
    return (
      <p className="room-banner room-banner-spotlight" role="status">
        {t('room.spotlightOn', { title, step: stepLabel })}{' '}
        <button type="button" className="button small" onClick={() => setSpotlight(doc, null)}>
          {t('room.clearSpotlight')}
        </button>
      </p>
    );
  }
  if (following) return null;
  const show = () => {
    if (spotlight.step !== step) navigate(workshopHref(workshopId, spotlight.step));
    else {
      const element = document.querySelector(recordSelector(spotlight));
      if (element) bringIntoView(element);
    }
  };
  return (
    <p className="room-banner room-banner-spotlight" role="status">
      {t('room.spotlights', { title, step: stepLabel })}{' '}
      <button type="button" className="button small" onClick={show}>
        {t('room.showMe')}
      </button>
    </p>
  );
}
