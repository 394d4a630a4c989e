import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { messageOf, showError } from '../../ui/notices';
import { chainOf } from '../../sync/cycle-chain';
import { duplicateLocalWorkshop } from '../../sync/local-workshops';
import {
  deleteLocalWorkshop,
  listWorkshops,
  type WorkshopEntry,
} from '../../sync/workshop-registry';
import { ConfirmDeleteDialog } from './confirm-delete-dialog';
import { importJson, newWorkshop, openFile } from './home-actions';
import { trySampleWorkshop } from './sample-workshop';
import { WorkshopRow } from './workshop-row';

/**
 * The home screen: local workshops, and the ways to start one. Joining a room and connecting
 * to a server belong to the room feature: the shell passes its sections in (`joinRoom`,
 * `connectServer`), so features stay independent. Workshops of a server the user connected
 * to are listed apart, under the server's name; each is a local copy too, so it opens with
 * the server out of reach.
 */
export function HomePage({
  joinRoom,
  connectServer,
}: {
  joinRoom?: ReactNode;
  connectServer?: ReactNode;
}) {
  const [entries, setEntries] = useState<WorkshopEntry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<WorkshopEntry | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    try {
      setEntries(await listWorkshops());
      setNow(Date.now());
    } catch (error) {
      setEntries([]);
      showError('Could not list local workshops', messageOf(error));
    }
  }, []);

  useEffect(() => {
    void refresh();
    // "5 minutes ago" should not go stale while the screen is up.
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [refresh]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const duplicate = (entry: WorkshopEntry) =>
    run(async () => {
      try {
        await duplicateLocalWorkshop(entry.id);
      } catch (error) {
        showError(`Could not duplicate “${entry.title}”`, messageOf(error));
      }
    });

  const confirmDelete = () => {
    const entry = deleting;
    setDeleting(null);
    if (!entry) return;
    void run(async () => {
      try {
        await deleteLocalWorkshop(entry.id);
      } catch (error) {
        showError(`Could not delete “${entry.title}”`, messageOf(error));
      }
    });
  };

  const local = (entries ?? []).filter((e) => !e.server);
  const onServer = (entries ?? []).filter((e) => e.server);
  const row = (entry: WorkshopEntry) => (
    <WorkshopRow
      key={entry.id}
      entry={entry}
      chain={chainOf(
        entries ?? [],
        entry,
        entry.previousCycleId ? { id: entry.previousCycleId, title: '', cycle: '' } : null,
      )}
      now={now}
      busy={busy}
      onDuplicate={(e) => void duplicate(e)}
      onDelete={setDeleting}
    />
  );

  return (
    <div className="home">
      <header className="home-header">
        <h1 className="brand">Offsite</h1>
        <p className="tagline">
          Plan the next cycle together: strategy, keep or kill, OKRs — all in the room.
        </p>
      </header>
      <main className="home-main">
        <section className="home-actions" aria-label="Start">
          <button
            type="button"
            className="button primary large"
            disabled={busy}
            onClick={() => void run(newWorkshop)}
          >
            New workshop
          </button>
          <button
            type="button"
            className="button large"
            disabled={busy}
            onClick={() => void run(openFile)}
          >
            Open file…
          </button>
          <button
            type="button"
            className="button large"
            disabled={busy}
            onClick={() => void run(importJson)}
          >
            Import JSON…
          </button>
          <button
            type="button"
            className="button large"
            disabled={busy}
            onClick={() => void run(trySampleWorkshop)}
          >
            Try the sample workshop
          </button>
        </section>
        {joinRoom}
        <section className="workshop-list-section" aria-labelledby="local-workshops-heading">
          <h2 id="local-workshops-heading">Workshops on this device</h2>
          {entries === null ? (
            <p className="muted">Loading…</p>
          ) : local.length === 0 ? (
            <p className="muted">
              No workshops yet. Start a new one, or open a file someone shared with you.
            </p>
          ) : (
            <ul className="workshop-list" aria-label="Local workshops">
              {local.map(row)}
            </ul>
          )}
        </section>
        {(connectServer || onServer.length > 0) && (
          <section className="workshop-list-section" aria-labelledby="server-workshops-heading">
            <h2 id="server-workshops-heading">Server workshops</h2>
            {connectServer}
            {onServer.length === 0 ? (
              <p className="muted">
                None yet. A workshop on your company’s Offsite server stays on this device once
                connected, and syncs whenever the server can be reached.
              </p>
            ) : (
              <ul className="workshop-list" aria-label="Server workshops">
                {onServer.map(row)}
              </ul>
            )}
          </section>
        )}
      </main>
      {deleting && (
        <ConfirmDeleteDialog
          title={deleting.title}
          onConfirm={confirmDelete}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
