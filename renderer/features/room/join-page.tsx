import { useState, type FormEvent } from 'react';
import { isRoomId, TOKEN_PATTERN } from '../../../shared/protocol/room';
import { homeHref, navigate, workshopHref } from '../../ui/routes';
import {
  recallRoomLink,
  rememberRoomLink,
  roomWorkshopId,
  sameOriginWsUrl,
} from '../../sync/room-links';
import { cleanName, rememberName, rememberedName } from './identity';
import './room.css';

/**
 * `#/join/<room>?t=<token>`: asks for a display name (remembered), then opens the room's
 * workshop. In a browser the hub that served this page is the room; the desktop app
 * remembered the hub's address when the link was pasted into "Join room".
 */
export function JoinPage({ room, token }: { room: string; token: string }) {
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const valid = isRoomId(room) && TOKEN_PATTERN.test(token);

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
      setError('Enter your name, so the room knows who is here.');
      return;
    }
    rememberName(clean);
    const known = recallRoomLink(room);
    const wsUrl =
      known?.wsUrl ??
      (window.location.protocol.startsWith('http') ? sameOriginWsUrl(window.location) : null);
    if (!wsUrl) {
      setError('Paste the whole join link into "Join room" on the home screen.');
      return;
    }
    rememberRoomLink({ room, token, wsUrl });
    navigate(workshopHref(roomWorkshopId(room)));
  };

  return (
    <main className="join-page">
      <form className="join-form" onSubmit={submit} noValidate>
        <h1>Join the workshop</h1>
        <p className="muted">Room {room}</p>
        <label className="join-field">
          <span>Your name</span>
          <input
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
