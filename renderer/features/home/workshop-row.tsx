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
  const title = entry.title || 'Untitled workshop';
  return (
    <li className="workshop-row" aria-label={title}>
      <div className="workshop-row-text">
        <h3 className="workshop-row-title">{title}</h3>
        <p className="workshop-row-meta">
          {entry.cycle && <span className="cycle-badge">{entry.cycle}</span>}
          {entry.server && <span className="server-badge">on {entry.server}</span>}
          <span>
            Last edit{' '}
            <time
              dateTime={new Date(entry.updatedAt).toISOString()}
              title={new Date(entry.updatedAt).toLocaleString()}
            >
              {relativeTime(entry.updatedAt, now)}
            </time>
          </span>
        </p>
        {chain && chain.length > 1 && (
          <nav className="workshop-row-cycles" aria-label={`Cycles of ${title}`}>
            Cycles:{' '}
            {chain.map((link, i) => (
              <span key={link.id}>
                {i > 0 && ' → '}
                {link.id === entry.id ? (
                  <strong aria-current="true">{link.cycle || 'this'}</strong>
                ) : link.local ? (
                  <a href={workshopHref(link.id)}>{link.cycle || link.title || 'Untitled'}</a>
                ) : (
                  <span className="muted">{link.cycle || 'earlier cycle'}</span>
                )}
              </span>
            ))}
          </nav>
        )}
      </div>
      <div className="workshop-row-actions">
        <a className="button primary" href={workshopHref(entry.id)} aria-label={`Open ${title}`}>
          Open
        </a>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onDuplicate(entry)}
          aria-label={`Duplicate ${title}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button danger-quiet"
          disabled={busy}
          onClick={() => onDelete(entry)}
          aria-label={`Delete ${title}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
