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
  const [session, setSession] = useState<RoomSession | null>(null);
  const [error, setError] = useState<string | null>(null);
  const link = recallRoomLink(room);

  useEffect(() => {
    if (!link) return;
    let cancelled = false;
    let opened: RoomSession | null = null;
    let unwatch = () => {};
    const fail = (e: unknown) =>
      !cancelled && setError(`Could not open the room's local copy: ${messageOf(e)}`);
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
            'Your copy was kept apart',
            `Your copy on this device is a different workshop with the same room id — kept apart as “${kept.title || 'Untitled workshop'}” (on the home screen). This room now shows the room’s own workshop.`,
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
        <h1>This room is not joined on this device</h1>
        <p>Open the join link or scan the QR code the facilitator shows.</p>
        <a className="button primary" href={homeHref()}>
          Go to your workshops
        </a>
      </main>
    );
  }
  if (error) {
    return (
      <main className="centered-message">
        <h1>This room cannot be opened</h1>
        <p role="alert">{error}</p>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="centered-message" aria-busy="true">
        <p>Opening the room…</p>
      </main>
    );
  }
  return <RoomReady session={session} step={step} host={hostOf(link.wsUrl)} />;
}

function RoomReady({ session, step, host }: { session: RoomSession; step: StepId; host: string }) {
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
        <h1>Joining the workshop…</h1>
        {status.phase === 'refused' || status.phase === 'removed' ? (
          <>
            <p role="alert">
              {status.phase === 'removed'
                ? 'You were removed from the room by the facilitator.'
                : 'The room refused this link: the token is wrong or has been rotated.'}
            </p>
            <p>Ask the facilitator for the current link or scan the QR code again.</p>
            <a className="button primary" href={homeHref()}>
              Go to your workshops
            </a>
          </>
        ) : status.phase === 'connecting' ? (
          <p role="status">Connecting to the room at {host}…</p>
        ) : (
          <p role="alert">Can't reach the room at {host}; retrying</p>
        )}
      </main>
    );
  }
  return shell;
}
