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
import './room.css';

/** Where a browser participant's hub is: the remembered link's, or the page's own origin. */
function hubWsUrl(room: string): string | null {
  const known = recallRoomLink(room);
  if (known) return known.wsUrl;
  return window.location.protocol.startsWith('http') ? sameOriginWsUrl(window.location) : null;
}

/** What the page says of the room before joining: its title, or why the link will not do. */
function RoomLine({ preview }: { preview: RoomPreview }) {
  if (preview.phase === 'refused')
    return (
      <p className="join-error" role="alert">
        This link no longer works: the facilitator may have made new links. Ask for the current link
        or scan the QR code again.
      </p>
    );
  if (preview.phase === 'removed')
    return (
      <p className="join-error" role="alert">
        The facilitator removed this device from the room. Ask them for a new link to join again.
      </p>
    );
  if (preview.title === null)
    return (
      <p className="muted" role="status">
        Finding the workshop…
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
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const valid = isRoomId(room) && TOKEN_PATTERN.test(token);
  const [wsUrl] = useState(() => (valid ? hubWsUrl(room) : null));
  const preview = useRoomPreview(wsUrl ? { wsUrl, room, token } : null);

  if (!valid) {
    return (
      <main className="centered-message">
        <h1>This join link is incomplete</h1>
        <p role="alert">
          The link has no valid room or token. Ask the facilitator for the link again, or scan the
          QR code on the screen.
        </p>
        <a className="button primary" href={homeHref()}>
          Go to your workshops
        </a>
      </main>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanName(name);
    if (!clean) {
      setError('Enter your name so others know who is editing.');
      // The error is said where the name goes, and the cursor stays there to type it.
      nameRef.current?.focus();
      return;
    }
    rememberName(clean);
    if (!wsUrl) {
      setError('Paste the whole join link into "Join room" on the home screen.');
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
            <p className="join-kicker">Joining</p>
            <h1>{preview.title}</h1>
          </hgroup>
        ) : (
          <h1>Join the workshop</h1>
        )}
        <RoomLine preview={preview} />
        <label className="join-field">
          <span>Your name</span>
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
          Join
        </button>
        <p className="muted join-note">
          Everyone in the room sees your name and which step you are on. Nothing leaves this room's
          network.
        </p>
      </form>
    </main>
  );
}
