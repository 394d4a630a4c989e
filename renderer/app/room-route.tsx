import { useEffect, useMemo, useState } from 'react';
import { homeHref, type StepId } from '../ui/routes';
import { WorkshopShell } from './workshop-shell';
import { PresentView } from '../features/present/present-view';
import { messageOf, showError } from '../ui/notices';
import { rejoinWithCopyApart } from '../sync/room-copy';
import { recallRoomLink } from '../sync/room-links';
import { openRoomSession, type RoomSession } from '../sync/room-session';
import { WorkshopProvider } from '../state/workshop-context';
import { isEmptyWorkshop } from '../../shared/model';
import { useStore } from 'zustand';
import { i18n } from '../../shared/i18n';
import { useT } from '../ui/i18n';

function hostOf(wsUrl: string): string {
  try {
    return new URL(wsUrl).host;
  } catch {
    return wsUrl;
  }
}

/**
 * A joined room's workshop (`#/w/room~<room>/<step>`): its local copy plus the hub. The
 * shell shows as soon as there is something to show — the local copy, or the hub's first
 * sync; an empty doc waits for the hub (never seeded), with a clear message if the hub
 * cannot be reached or refuses the link. When the hub says the local copy is another
 * workshop with this room's id, the copy is kept apart (a local workshop of its own), the
 * user is told so, and the room is joined afresh.
 */
export function RoomRoute({ room, step }: { room: string; step: StepId }) {
  const t = useT();
  const [session, setSession] = useState<RoomSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const link = recallRoomLink(room);

  useEffect(() => {
    if (!link) return;
    let cancelled = false;
    let opened: RoomSession | null = null;
    let unwatch = () => {};
    const fail = (e: unknown) =>
      !cancelled && setError(i18n.t('app.roomCopyError', { why: messageOf(e) }));
    const adopt = (s: RoomSession) => {
      if (cancelled) return void s.close();
      opened = s;
      setSession(s);
      const check = () => {
        if (s.connection.status.getState().phase !== 'other-workshop' || opened !== s) return;
        unwatch();
        opened = null;
        setSession(null);
        rejoinWithCopyApart(s, link).then(({ session: fresh, kept }) => {
          showError(
            i18n.t('app.keptApart'),
            i18n.t('app.keptApartWhy', { title: kept.title || i18n.t('app.untitled') }),
          );
          adopt(fresh);
        }, fail);
      };
      unwatch = s.connection.status.subscribe(check);
      check();
    };
    openRoomSession(link).then(adopt, fail);
    return () => {
      cancelled = true;
      unwatch();
      void opened?.close();
    };
    // The link is read once per room: a new token comes through the join page.
  }, [room]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!link) {
    return (
      <main className="centered-message">
        <h1>{t('app.roomNotJoined')}</h1>
        <p>{t('app.roomNotJoinedHelp')}</p>
        <a className="button primary" href={homeHref()}>
          {t('app.goToWorkshops')}
        </a>
      </main>
    );
  }
  if (error) {
    return (
      <main className="centered-message">
        <h1>{t('app.roomCannotOpen')}</h1>
        <p role="alert">{error}</p>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="centered-message" aria-busy="true">
        <p>{t('app.openingRoom')}</p>
      </main>
    );
  }
  return <RoomReady session={session} step={step} host={hostOf(link.wsUrl)} />;
}

function RoomReady({ session, step, host }: { session: RoomSession; step: StepId; host: string }) {
  const t = useT();
  const everSynced = useStore(session.connection.status, (s) => s.everSynced);
  const phase = useStore(session.connection.status, (s) => s.phase);
  // A viewer's token that came through a join link still gets the projector's view.
  const viewer = useStore(session.connection.status, (s) => s.role === 'viewer');
  // The same element while only the status changes, so the pill re-renders, not the pages.
  const shell = useMemo(
    () => (
      <WorkshopProvider workshop={session}>
        {viewer ? <PresentView /> : <WorkshopShell step={step} />}
      </WorkshopProvider>
    ),
    [session, step, viewer],
  );
  const status = { phase };
  const hasContent = everSynced || !isEmptyWorkshop(session.doc);
  if (!hasContent) {
    return (
      <main
        className="centered-message"
        aria-busy={status.phase !== 'refused' && status.phase !== 'removed'}
      >
        <h1>{t('app.joining')}</h1>
        {status.phase === 'refused' || status.phase === 'removed' ? (
          <>
            <p role="alert">
              {status.phase === 'removed' ? t('app.removed') : t('app.linkRefused')}
            </p>
            <p>{t('app.askForLink')}</p>
            <a className="button primary" href={homeHref()}>
              {t('app.goToWorkshops')}
            </a>
          </>
        ) : status.phase === 'connecting' ? (
          <p role="status">{t('app.connectingTo', { host })}</p>
        ) : (
          <p role="alert">{t('app.cannotReach', { host })}</p>
        )}
      </main>
    );
  }
  return shell;
}
