import { STEPS } from '../../ui/routes';
import { usePopover } from '../../ui/use-popover';
import type { RoomConnection } from '../../sync/room-connection';
import { useWorkshop } from '../../state/workshop-context';
import { initialsOf } from './identity';
import { usePeople, type Person } from './presence';

const MAX_AVATARS = 5;

function stepLabel(person: Person): string {
  return STEPS.find((s) => s.id === person.step)?.label ?? 'Joining';
}

function EditingLabel({ editing }: { editing: NonNullable<Person['editing']> }) {
  const title = useWorkshop((s) => {
    if (editing.type === 'projects') return s.projects[editing.id]?.title;
    if (editing.type === 'objectives') return s.objectives[editing.id]?.title;
    if (editing.type === 'keyResults') return s.keyResults[editing.id]?.title;
    return undefined;
  });
  return <span className="presence-editing">editing “{title?.trim() || 'an item'}”</span>;
}

/** Who is here: avatars in the header, and a list with each person's step on demand. */
export function PresenceList({ connection }: { connection: RoomConnection }) {
  const people = usePeople(connection);
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();

  const shown = people.slice(0, MAX_AVATARS);
  return (
    <div className="presence" ref={ref}>
      <button
        type="button"
        className="presence-button"
        aria-expanded={open}
        aria-label={`People in the room: ${people.length}`}
        onClick={() => setOpen((o) => !o)}
      >
        {shown.map((p) => (
          <span
            key={p.clientId}
            className="avatar"
            style={{ background: p.color }}
            aria-hidden="true"
          >
            {initialsOf(p.name)}
          </span>
        ))}
        {people.length > MAX_AVATARS && (
          <span className="avatar avatar-more" aria-hidden="true">
            +{people.length - MAX_AVATARS}
          </span>
        )}
      </button>
      {open && (
        <div className="presence-popover">
          <h2 className="presence-title">People in the room</h2>
          <ul className="presence-people" aria-label="People in the room">
            {people.map((p) => (
              <li key={p.clientId} className="presence-person">
                <span className="avatar" style={{ background: p.color }} aria-hidden="true">
                  {initialsOf(p.name)}
                </span>
                <span className="presence-name">
                  {p.name}
                  {p.self && ' (you)'}
                  {p.role === 'facilitator' && (
                    <span className="presence-role"> · facilitator</span>
                  )}
                </span>
                <span className="presence-step">
                  {stepLabel(p)}
                  {p.editing && (
                    <>
                      {' · '}
                      <EditingLabel editing={p.editing} />
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
