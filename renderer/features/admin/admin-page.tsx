import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { MAX_TITLE_LENGTH, type AdminWorkshop } from '../../../shared/protocol/admin';
import { adminClient, AdminRequestError, saveFile } from './admin-client';
import { useAdminToken } from './admin-token';
import { WorkshopCard } from './workshop-card';
import './admin.css';

function messageOf(error: unknown): string {
  if (error instanceof AdminRequestError && error.status === 401)
    return 'This admin link is not valid: the server did not accept its token.';
  return error instanceof Error ? error.message : String(error);
}

/**
 * A server's admin page (`offsite serve`): every workshop with its join links and QR code;
 * create, import, archive and export. Opened from the admin link the server printed.
 */
export function AdminPage({ token: fromLink }: { token: string }) {
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
        <h1>This admin link is incomplete</h1>
        <p role="alert">Open the admin link the server printed when it started.</p>
      </main>
    );
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) {
      setError('Give the new workshop a title.');
      return;
    }
    void run(async () => {
      const { workshop } = await client.create(clean);
      setTitle('');
      return `Created “${workshop.title}”.`;
    });
  };

  const importFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      try {
        const { workshop, added } = await client.importFile(file);
        return added
          ? `Imported “${workshop.title}” from ${file.name}.`
          : `“${workshop.title}” is already on this server: kept as it is.`;
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
          return to ? `“${w.title}” aligns to “${to}”.` : `“${w.title}” aligns to no workshop.`;
        })
      }
      onArchive={(flag) =>
        void run(async () => {
          await client.setArchived(w.id, flag);
          return flag ? `Archived “${w.title}”.` : `Restored “${w.title}”.`;
        })
      }
      onExport={() =>
        void run(async () => {
          const file = await client.exportFile(w.id);
          saveFile(file);
          return `Exported “${w.title}” as ${file.fileName}.`;
        })
      }
    />
  );

  return (
    <div className="admin">
      <header className="admin-header">
        <h1>Offsite server</h1>
        <p className="muted">Workshops on this server, their join links, and backups.</p>
      </header>
      <main className="admin-main">
        <section className="admin-tools" aria-labelledby="admin-new">
          <h2 id="admin-new">Add a workshop</h2>
          <form className="admin-create" onSubmit={create}>
            <label>
              <span>New workshop title</span>
              <input
                type="text"
                value={title}
                maxLength={MAX_TITLE_LENGTH}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <button type="submit" className="button primary" disabled={busy}>
              Create workshop
            </button>
          </form>
          <label className="admin-import">
            <span>Import a workshop file (.offsite or .json)</span>
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
          <h2 id="admin-workshops">Workshops ({active.length})</h2>
          {workshops === null && !error && <p className="muted">Loading…</p>}
          {workshops !== null && active.length === 0 && (
            <p className="muted">No workshops yet: create one or import a file.</p>
          )}
          <ul className="admin-list">{active.map(card)}</ul>
        </section>
        {archived.length > 0 && (
          <section aria-labelledby="admin-archived">
            <h2 id="admin-archived">Archived ({archived.length})</h2>
            <ul className="admin-list">{archived.map(card)}</ul>
          </section>
        )}
      </main>
    </div>
  );
}
