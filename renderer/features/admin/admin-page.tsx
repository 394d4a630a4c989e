import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { i18n } from '../../../shared/i18n';
import { MAX_TITLE_LENGTH, type AdminWorkshop } from '../../../shared/protocol/admin';
import { useT } from '../../ui/i18n';
import { adminClient, AdminRequestError, saveFile } from './admin-client';
import { useAdminToken } from './admin-token';
import { WorkshopCard } from './workshop-card';
import './admin.css';

function messageOf(error: unknown): string {
  if (error instanceof AdminRequestError && error.status === 401)
    return i18n.t('admin.notAccepted');
  return error instanceof Error ? error.message : String(error);
}

/**
 * A server's admin page (`offsite serve`): every workshop with its join links and QR code;
 * create, import, archive and export. Opened from the admin link the server printed.
 */
export function AdminPage({ token: fromLink }: { token: string }) {
  const t = useT();
  const token = useAdminToken(fromLink);
  const client = useMemo(() => adminClient(token), [token]);
  const [workshops, setWorkshops] = useState<readonly AdminWorkshop[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setWorkshops(await client.list());
    } catch (e) {
      setError(messageOf(e));
    }
  }, [client]);

  useEffect(() => {
    if (token) void refresh();
  }, [token, refresh]);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await action());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  if (!token) {
    return (
      <main className="centered-message">
        <h1>{t('admin.incomplete')}</h1>
        <p role="alert">{t('admin.openPrinted')}</p>
      </main>
    );
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) {
      setError(t('admin.giveTitle'));
      return;
    }
    void run(async () => {
      const { workshop } = await client.create(clean);
      setTitle('');
      return t('admin.done.created', { title: workshop.title });
    });
  };

  const importFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      try {
        const { workshop, added } = await client.importFile(file);
        return added
          ? t('admin.done.imported', { title: workshop.title, name: file.name })
          : t('admin.done.alreadyHere', { title: workshop.title });
      } finally {
        if (fileInput.current) fileInput.current.value = '';
      }
    });
  };

  const active = workshops?.filter((w) => !w.archived) ?? [];
  const archived = workshops?.filter((w) => w.archived) ?? [];
  const card = (w: AdminWorkshop) => (
    <WorkshopCard
      key={w.id}
      workshop={w}
      busy={busy}
      others={active.filter((o) => o.id !== w.id)}
      onAlign={(parent) =>
        void run(async () => {
          await client.setParent(w.id, parent);
          const to = active.find((o) => o.id === parent)?.title;
          return to
            ? t('admin.done.alignsTo', { title: w.title, parent: to })
            : t('admin.done.alignsToNone', { title: w.title });
        })
      }
      onArchive={(flag) =>
        void run(async () => {
          await client.setArchived(w.id, flag);
          return t(flag ? 'admin.done.archived' : 'admin.done.restored', { title: w.title });
        })
      }
      onExport={() =>
        void run(async () => {
          const file = await client.exportFile(w.id);
          saveFile(file);
          return t('admin.done.exported', { title: w.title, name: file.fileName });
        })
      }
    />
  );

  return (
    <div className="admin">
      <header className="admin-header">
        <h1>{t('admin.heading')}</h1>
        <p className="muted">{t('admin.intro')}</p>
      </header>
      <main className="admin-main">
        <section className="admin-tools" aria-labelledby="admin-new">
          <h2 id="admin-new">{t('admin.addWorkshop')}</h2>
          <form className="admin-create" onSubmit={create}>
            <label>
              <span>{t('admin.newTitle')}</span>
              <input
                type="text"
                value={title}
                maxLength={MAX_TITLE_LENGTH}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <button type="submit" className="button primary" disabled={busy}>
              {t('admin.create')}
            </button>
          </form>
          <label className="admin-import">
            <span>{t('admin.importFile')}</span>
            <input
              ref={fileInput}
              type="file"
              accept=".offsite,.json,application/json"
              disabled={busy}
              onChange={(e) => importFile(e.currentTarget.files?.[0])}
            />
          </label>
        </section>
        <p role="status" className="admin-status">
          {status}
        </p>
        {error && (
          <p role="alert" className="admin-error">
            {error}
          </p>
        )}
        <section aria-labelledby="admin-workshops">
          <h2 id="admin-workshops">{t('admin.workshops', { count: active.length })}</h2>
          {workshops === null && !error && <p className="muted">{t('app.loading')}</p>}
          {workshops !== null && active.length === 0 && (
            <p className="muted">{t('admin.noneYet')}</p>
          )}
          <ul className="admin-list">{active.map(card)}</ul>
        </section>
        {archived.length > 0 && (
          <section aria-labelledby="admin-archived">
            <h2 id="admin-archived">{t('admin.archivedList', { count: archived.length })}</h2>
            <ul className="admin-list">{archived.map(card)}</ul>
          </section>
        )}
      </main>
    </div>
  );
}
