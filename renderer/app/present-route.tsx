import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { isEmptyWorkshop } from '../../shared/model';
import { COLLAB_PATH, isRoomId, TOKEN_PATTERN } from '../../shared/protocol/room';
import { PresentView } from '../features/present/present-view';
import { WorkshopProvider } from '../state/workshop-context';
import { sameOriginWsUrl, type RoomLink } from '../sync/room-links';
import { openPresentationSession, type RoomSession } from '../sync/room-session';
import { useT } from '../ui/i18n';

/** The desktop's own hub, as the desktop's presentation window names it. */
const LOOPBACK_WS = new RegExp(`^ws://(127\\.0\\.0\\.1|localhost):\\d{1,5}${COLLAB_PATH}$`);

/**
 * The room this presentation link shows: the hub that served the page, or, in the
 * desktop's presentation window (the app's own bundle, not served by a hub), the hub on
 * this machine that the link names. A link can name no other server.
 */
function presentationLink(room: string, token: string, ws: string | null): RoomLink | null {
  if (!isRoomId(room) || !TOKEN_PATTERN.test(token)) return null;
  if (ws !== null && LOOPBACK_WS.test(ws)) return { room, token, wsUrl: ws };
  return window.location.protocol.startsWith('http')
    ? { room, token, wsUrl: sameOriginWsUrl(window.location) }
    : null;
}

/** `#/present/<room>?t=<token>`: the projector's view of a room, straight from the link. */
export function PresentRoute({
  room,
  token,
  ws,
}: {
  room: string;
  token: string;
  ws: string | null;
}) {
  const t = useT();
  const [session, setSession] = useState<RoomSession | null>(null);
  const link = presentationLink(room, token, ws);
  const wsUrl = link?.wsUrl;

  useEffect(() => {
    if (!wsUrl) return;
    const opened = openPresentationSession({ room, token, wsUrl });
    setSession(opened);
    return () => void opened.close();
  }, [room, token, wsUrl]);

  if (!link) {
    return (
      <main className="centered-message">
        <h1>{t('app.presentLinkIncomplete')}</h1>
        <p role="alert">{t('app.askForViewerLink')}</p>
      </main>
    );
  }
  if (!session) return null;
  return <PresentationReady session={session} />;
}

function PresentationReady({ session }: { session: RoomSession }) {
  const t = useT();
  const everSynced = useStore(session.connection.status, (s) => s.everSynced);
  const phase = useStore(session.connection.status, (s) => s.phase);
  if (!everSynced && isEmptyWorkshop(session.doc)) {
    return (
      <main className="centered-message" aria-busy={phase !== 'refused'}>
        <h1>{t('app.presentation')}</h1>
        <p role={phase === 'refused' ? 'alert' : 'status'}>
          {phase === 'refused' ? t('app.linkRefused') : t('app.connecting')}
        </p>
      </main>
    );
  }
  return (
    <WorkshopProvider workshop={session}>
      <PresentView />
    </WorkshopProvider>
  );
}
