import { homeHref } from './routes';

/** `#/join/<room>?t=<token>`: reserved for the room, which adds joining. */
export function JoinPlaceholder({ room }: { room: string }) {
  return (
    <main className="centered-message">
      <h1>Join room {room}</h1>
      <p>Joining a room over the local network comes with the room feature of Offsite.</p>
      <a className="button primary" href={homeHref()}>
        Go to your workshops
      </a>
    </main>
  );
}
