import { useId, useRef, useState, type FormEvent } from 'react';
import { openJoinLink } from './open-join-link';
import './room.css';
import { useT } from '../../ui/i18n';

/**
 * "Connect to a server" on the home screen: a workshop on an `offsite serve` server, opened
 * with its participant or facilitator link from the server's admin page. A server lists its
 * workshops to its admin only; a member sees the workshops whose links they were given, so
 * the link is the whole sign-in: one link, one workshop, kept on this device afterwards.
 */
export function ConnectServerSection() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const formId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!openJoinLink(text, { server: true })) {
      setError(t('join.server.notLink'));
      inputRef.current?.focus();
    }
  };

  return (
    <div className="connect-server">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          setOpen(!open);
          if (!open) requestAnimationFrame(() => inputRef.current?.focus());
        }}
      >
        {t('join.server.button')}
      </button>
      {open && (
        <form id={formId} className="join-room-form" onSubmit={submit} noValidate>
          <label className="join-field">
            <span>{t('join.server.link')}</span>
            <input
              ref={inputRef}
              type="text"
              value={text}
              placeholder={t('join.server.placeholder')}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${formId}-help`}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
            />
          </label>
          <button type="submit" className="button primary">
            {t('join.server.submit')}
          </button>
          <p id={`${formId}-help`} className="muted connect-server-help">
            {t('join.server.help')}
          </p>
          {error && (
            <p className="join-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
