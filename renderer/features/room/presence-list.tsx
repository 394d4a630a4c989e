import { useState } from 'react';
import { mayDo } from '../../../shared/protocol/policy';
import { STEPS } from '../../ui/routes';
import { usePopover } from '../../ui/use-popover';
import type { RoomConnection } from '../../sync/room-connection';
import type { RecordRef } from '../../../shared/protocol/room';
import { recordTitle } from '../../state/record-title';
import { useWorkshop } from '../../state/workshop-context';
import { initialsOf } from './identity';
import { usePeople, type Person } from './presence';
import { RemovePersonDialog } from './remove-person-dialog';
import { useRoomStatus } from './room-hooks';

const MAX_AVATARS = 5;

function stepLabel(person: Person): string {
  return STEPS.find((s) => s.id === person.step)?.label ?? 'Joining';
}

function EditingLabel({ editing }: { editing: NonNullable<Person['editing']> }) {
  // A peer's `editing` is any string: recordTitle knows the record types, and no other.
  const title = useWorkshop((s) => recordTitle(s, editing as RecordRef));
  return <span className="presence-editing">editing “{title || 'an item'}”</span>;
}

/** What the hub said about the last removal, in words ("Pat was removed."). */
function useRemovalNotice(removed: Map<number, string>): string | null {
  const ack = useRoomStatus((s) => s.lastRemoveAck);
  if (!ack) return null;
  const name = removed.get(ack.clientId) ?? 'That person';
  if (!ack.accepted) return `Could not remove ${name}: ${ack.reason ?? 'refused'}.`;
  return ack.keptOut
    ? `${name} was removed from the room.`
    : `${name} was disconnected; their device sent no id, so rotate the links to keep them out.`;
}

/**
 * Who is here: avatars in the header, and a list with each person's step on demand. The
 * facilitator (as the policy table says) can remove a participant from the list.
 */
export function PresenceList({ connection }: { connection: RoomConnection }) {
  const people = usePeople(connection);
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  const [removing, setRemoving] = useState<Person | null>(null);
  const [removed] = useState(() => new Map<number, string>());
  const role = useRoomStatus((s) => s.role);
  const mayRemove = role !== null && mayDo(role, 'remove-participant');
  const notice = useRemovalNotice(removed);

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
          {mayRemove && notice && (
            <p className="presence-notice" role="status">
              {notice}
            </p>
          )}
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
                {mayRemove && !p.self && p.role !== 'facilitator' && (
                  <button
                    type="button"
                    className="button quiet small presence-remove"
                    aria-label={`Remove from room: ${p.name}`}
                    onClick={() => setRemoving(p)}
                  >
                    Remove from room
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {removing && (
        <RemovePersonDialog
          person={removing}
          connection={connection}
          onDone={() => {
            removed.set(removing.clientId, removing.name);
            setRemoving(null);
          }}
        />
      )}
    </div>
  );
}
