import { useRef, useState, type FormEvent } from 'react';
import { isRoomId, TOKEN_PATTERN } from '../../../shared/protocol/room';
import { homeHref, navigate, workshopHref } from '../../ui/routes';
import {
  recallRoomLink,
  rememberRoomLink,
  roomWorkshopId,
  sameOriginWsUrl,
} from '../../sync/room-links';
import { cleanName, rememberName, rememberedName } from './identity';
import { useRoomPreview, type RoomPreview } from './use-room-preview';
import { useT } from '../../ui/i18n';
import './room.css';

/** Where a browser participant's hub is: the remembered link's, or the page's own origin. */
function hubWsUrl(room: string): string | null {
  const known = recallRoomLink(room);
  if (known) return known.wsUrl;
  return window.location.protocol.startsWith('http') ? sameOriginWsUrl(window.location) : null;
}

/** What the page says of the room before joining: its title, or why the link will not do. */
function RoomLine({ preview }: { preview: RoomPreview }) {
  const t = useT();
  if (preview.phase === 'refused')
    return (
      <p className="join-error" role="alert">
        {t('join.page.refused')}
      </p>
    );
  if (preview.phase === 'removed')
    return (
      <p className="join-error" role="alert">
        {t('join.page.removed')}
      </p>
    );
  if (preview.title === null)
    return (
      <p className="muted" role="status">
        {t('join.page.finding')}
      </p>
    );
  return null;
}

/**
 * `#/join/<room>?t=<token>`: asks for a display name (remembered), then opens the room's
 * workshop. In a browser the hub that served this page is the room; the desktop app
 * remembered the hub's address when the link was pasted into "Join room".
 */
export function JoinPage({ room, token }: { room: string; token: string }) {
  const t = useT();
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const valid = isRoomId(room) && TOKEN_PATTERN.test(token);
  const [wsUrl] = useState(() => (valid ? hubWsUrl(room) : null));
  const preview = useRoomPreview(wsUrl ? { wsUrl, room, token } : null);

  if (!valid) {
    return (
      <main className="centered-message">
        <h1>{t('join.page.incomplete')}</h1>
        <p role="alert">{t('join.page.incompleteWhy')}</p>
        <a className="button primary" href={homeHref()}>
          {t('app.goToWorkshops')}
        </a>
      </main>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanName(name);
    if (!clean) {
      setError(t('join.page.noName'));
      // The error is said where the name goes, and the cursor stays there to type it.
      nameRef.current?.focus();
      return;
    }
    rememberName(clean);
    if (!wsUrl) {
      setError(t('join.page.noHub'));
      return;
    }
    // A server workshop stays one ("Connect to a server" remembered its server).
    const server = recallRoomLink(room)?.server;
    rememberRoomLink({ room, token, wsUrl, ...(server && { server }) });
    navigate(workshopHref(roomWorkshopId(room)));
  };

  return (
    <main className="join-page">
      <form className="join-form" onSubmit={submit} noValidate>
        {preview.title !== null ? (
          <hgroup className="join-heading">
            <p className="join-kicker">{t('join.page.joining')}</p>
            <h1>{preview.title || t('app.untitled')}</h1>
          </hgroup>
        ) : (
          <h1>{t('join.page.title')}</h1>
        )}
        <RoomLine preview={preview} />
        <label className="join-field">
          <span>{t('join.page.name')}</span>
          <input
            ref={nameRef}
            type="text"
            value={name}
            autoFocus
            maxLength={60}
            autoComplete="name"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'join-error' : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error && (
          <p id="join-error" className="join-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary large">
          {t('join.page.join')}
        </button>
        <p className="muted join-note">{t('join.page.note')}</p>
      </form>
    </main>
  );
}
