import { useEffect, useState, type FormEvent } from 'react';
import { platform, type NearbyRoomInfo } from '../../platform';
import { openJoinLink } from './open-join-link';
import './room.css';

function NearbyRooms({ onPick }: { onPick: (room: NearbyRoomInfo) => void }) {
  const [rooms, setRooms] = useState<NearbyRoomInfo[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    const look = () =>
      platform()
        .room?.nearbyRooms()
        .then(
          (found) => !cancelled && setRooms(found),
          () => !cancelled && setRooms([]),
        );
    void look();
    const timer = setInterval(() => void look(), 10_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);
  return (
    <section className="nearby-rooms" aria-labelledby="nearby-rooms-heading">
      <h3 id="nearby-rooms-heading">Rooms nearby</h3>
      {rooms === null ? (
        <p className="muted">Looking for rooms on this network…</p>
      ) : rooms.length === 0 ? (
        <p className="muted">No room found on this network. Ask the facilitator for the link.</p>
      ) : (
        <ul className="workshop-list" aria-label="Rooms nearby">
          {rooms.map((r) => (
            <li key={`${r.host}:${r.port}:${r.room}`} className="workshop-row">
              <span className="workshop-row-title">{r.name}</span>
              <span className="workshop-row-meta">
                {r.host}:{r.port}
              </span>
              <button
                type="button"
                className="button"
                aria-label={`Join ${r.name}`}
                onClick={() => onPick(r)}
              >
                Join
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Join room" on the home screen: paste the link; on the desktop, rooms found nearby too. */
export function JoinRoomSection() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!openJoinLink(text, { server: false })) {
      setError(
        'That is not a join link. It looks like http://192.168.1.20:4455/#/join/ROOM?t=… — copy it again from the facilitator’s screen.',
      );
    }
  };

  return (
    <section className="join-room-section" aria-labelledby="join-room-heading">
      <h2 id="join-room-heading">Join a room</h2>
      <form className="join-room-form" onSubmit={submit} noValidate>
        <label className="join-field">
          <span>Join link</span>
          <input
            type="text"
            value={text}
            placeholder="Paste the link the facilitator shares"
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
        </label>
        <button type="submit" className="button primary">
          Join room
        </button>
        {error && (
          <p className="join-error" role="alert">
            {error}
          </p>
        )}
        {hint && <p className="muted">{hint}</p>}
      </form>
      {platform().room && (
        <NearbyRooms
          onPick={(r) =>
            setHint(
              `To join “${r.name}”, paste its link above: the link carries the room's key, which is never broadcast.`,
            )
          }
        />
      )}
    </section>
  );
}
