import { useEffect, useState, type FormEvent } from 'react';
import { platform, type NearbyRoomInfo } from '../../platform';
import { openJoinLink } from './open-join-link';
import './room.css';
import { useT } from '../../ui/i18n';

function NearbyRooms({ onPick }: { onPick: (room: NearbyRoomInfo) => void }) {
  const t = useT();
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
      <h3 id="nearby-rooms-heading">{t('join.room.nearby')}</h3>
      {rooms === null ? (
        <p className="muted">{t('join.room.looking')}</p>
      ) : rooms.length === 0 ? (
        <p className="muted">{t('join.room.none')}</p>
      ) : (
        <ul className="workshop-list" aria-label={t('join.room.nearby')}>
          {rooms.map((r) => (
            <li key={`${r.host}:${r.port}:${r.room}`} className="workshop-row">
              <span className="workshop-row-title">{r.name}</span>
              <span className="workshop-row-meta">
                {r.host}:{r.port}
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('join.room.joinName', { name: r.name })}
                onClick={() => onPick(r)}
              >
                {t('join.room.join')}
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
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!openJoinLink(text, { server: false })) {
      setError(t('join.room.notLink'));
    }
  };

  return (
    <section className="join-room-section" aria-labelledby="join-room-heading">
      <h2 id="join-room-heading">{t('join.room.heading')}</h2>
      <form className="join-room-form" onSubmit={submit} noValidate>
        <label className="join-field">
          <span>{t('join.room.link')}</span>
          <input
            type="text"
            value={text}
            placeholder={t('join.room.placeholder')}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
          />
        </label>
        <button type="submit" className="button primary">
          {t('join.room.submit')}
        </button>
        {error && (
          <p className="join-error" role="alert">
            {error}
          </p>
        )}
        {hint && <p className="muted">{hint}</p>}
      </form>
      {platform().room && (
        <NearbyRooms onPick={(r) => setHint(t('join.room.pasteHint', { name: r.name }))} />
      )}
    </section>
  );
}
