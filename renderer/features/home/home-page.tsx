import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { i18n } from '../../../shared/i18n';
import { useT } from '../../ui/i18n';
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
import { HomeLanguageSelect } from './home-language-select';
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
  const t = useT();
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
      showError(i18n.t('home.failed.list'), messageOf(error));
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
        showError(t('home.failed.duplicate', { title: entry.title }), messageOf(error));
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
        showError(t('home.failed.delete', { title: entry.title }), messageOf(error));
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
        <p className="tagline">{t('home.tagline')}</p>
        <HomeLanguageSelect />
      </header>
      <main className="home-main">
        <section className="home-actions" aria-label={t('home.start')}>
          <button
            type="button"
            className="button primary large"
            disabled={busy}
            onClick={() => void run(newWorkshop)}
          >
            {t('home.newWorkshop')}
          </button>
          <button
            type="button"
            className="button large"
            disabled={busy}
            onClick={() => void run(openFile)}
          >
            {t('home.openFile')}
          </button>
          <button
            type="button"
            className="button large"
            disabled={busy}
            onClick={() => void run(importJson)}
          >
            {t('home.importJson')}
          </button>
          <button
            type="button"
            className="button large"
            disabled={busy}
            onClick={() => void run(trySampleWorkshop)}
          >
            {t('home.trySample')}
          </button>
        </section>
        {joinRoom}
        <section className="workshop-list-section" aria-labelledby="local-workshops-heading">
          <h2 id="local-workshops-heading">{t('home.onThisDevice')}</h2>
          {entries === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : local.length === 0 ? (
            <p className="muted">{t('home.noneYet')}</p>
          ) : (
            <ul className="workshop-list" aria-label={t('home.localWorkshops')}>
              {local.map(row)}
            </ul>
          )}
        </section>
        {(connectServer || onServer.length > 0) && (
          <section className="workshop-list-section" aria-labelledby="server-workshops-heading">
            <h2 id="server-workshops-heading">{t('home.serverWorkshops')}</h2>
            {connectServer}
            {onServer.length === 0 ? (
              <p className="muted">{t('home.noServerWorkshops')}</p>
            ) : (
              <ul className="workshop-list" aria-label={t('home.serverWorkshops')}>
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
