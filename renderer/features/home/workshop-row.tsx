import { useLanguage, useT } from '../../ui/i18n';
import { relativeTime } from '../../ui/relative-time';
import { workshopHref } from '../../ui/routes';
import type { ChainLink } from '../../sync/cycle-chain';
import type { WorkshopEntry } from '../../sync/workshop-registry';

interface Props {
  readonly entry: WorkshopEntry;
  readonly now: number;
  readonly busy: boolean;
  readonly onDuplicate: (entry: WorkshopEntry) => void;
  readonly onDelete: (entry: WorkshopEntry) => void;
  /** The chain of cycles this workshop is in, oldest first (two or more), or none. */
  readonly chain?: readonly ChainLink[];
}

/** One local workshop on the home screen; its buttons name the workshop for screen readers. */
export function WorkshopRow({ entry, now, busy, onDuplicate, onDelete, chain }: Props) {
  const t = useT();
  const language = useLanguage();
  const title = entry.title || t('app.untitled');
  return (
    <li className="workshop-row" aria-label={title}>
      <div className="workshop-row-text">
        <h3 className="workshop-row-title">{title}</h3>
        <p className="workshop-row-meta">
          {entry.cycle && <span className="cycle-badge">{entry.cycle}</span>}
          {entry.server && (
            <span className="server-badge">{t('home.row.onServer', { server: entry.server })}</span>
          )}
          <span>
            {t('home.row.lastEdit')}{' '}
            <time
              dateTime={new Date(entry.updatedAt).toISOString()}
              title={new Date(entry.updatedAt).toLocaleString(language)}
            >
              {relativeTime(t, language, entry.updatedAt, now)}
            </time>
          </span>
        </p>
        {chain && chain.length > 1 && (
          <nav className="workshop-row-cycles" aria-label={t('home.row.cyclesOf', { title })}>
            {t('home.row.cycles')}{' '}
            {chain.map((link, i) => (
              <span key={link.id}>
                {i > 0 && ' → '}
                {link.id === entry.id ? (
                  <strong aria-current="true">{link.cycle || t('home.row.thisCycle')}</strong>
                ) : link.local ? (
                  <a href={workshopHref(link.id)}>
                    {link.cycle || link.title || t('home.row.untitled')}
                  </a>
                ) : (
                  <span className="muted">{link.cycle || t('home.row.earlierCycle')}</span>
                )}
              </span>
            ))}
          </nav>
        )}
      </div>
      <div className="workshop-row-actions">
        <a
          className="button primary"
          href={workshopHref(entry.id)}
          aria-label={t('home.row.openNamed', { title })}
        >
          {t('home.row.open')}
        </a>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onDuplicate(entry)}
          aria-label={t('home.row.duplicateNamed', { title })}
        >
          {t('home.row.duplicate')}
        </button>
        <button
          type="button"
          className="button danger-quiet"
          disabled={busy}
          onClick={() => onDelete(entry)}
          aria-label={t('home.row.deleteNamed', { title })}
        >
          {t('home.row.delete')}
        </button>
      </div>
    </li>
  );
}
