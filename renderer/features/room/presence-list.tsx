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
import { hubReason } from './hub-reason';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

const MAX_AVATARS = 5;

function stepLabel(t: TFunction, person: Person): string {
  const step = STEPS.find((s) => s.id === person.step);
  return step ? t(`steps.${step.id}.label`) : t('roomPeople.people.joining');
}

function EditingLabel({ editing }: { editing: NonNullable<Person['editing']> }) {
  const t = useT();
  // A peer's `editing` is any string: recordTitle knows the record types, and no other.
  const title = useWorkshop((s) => recordTitle(s, editing as RecordRef));
  return (
    <span className="presence-editing">
      {t('roomPeople.people.editing', { title: title || t('roomPeople.people.anItem') })}
    </span>
  );
}

/** What the hub said about the last removal, in words ("Pat was removed."). */
function useRemovalNotice(removed: Map<number, string>): string | null {
  const t = useT();
  const ack = useRoomStatus((s) => s.lastRemoveAck);
  if (!ack) return null;
  const name = removed.get(ack.clientId) ?? t('roomPeople.people.thatPerson');
  if (!ack.accepted)
    return t('roomPeople.people.notRemoved', { name, reason: hubReason(t, ack.reason) });
  return ack.keptOut
    ? t('roomPeople.people.removed', { name })
    : t('roomPeople.people.disconnected', { name });
}

/**
 * Who is here: avatars in the header, and a list with each person's step on demand. The
 * facilitator (as the policy table says) can remove a participant from the list.
 */
export function PresenceList({ connection }: { connection: RoomConnection }) {
  const t = useT();
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
        aria-label={t('roomPeople.people.button', { count: people.length })}
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
          <h2 className="presence-title">{t('roomPeople.people.title')}</h2>
          {mayRemove && notice && (
            <p className="presence-notice" role="status">
              {notice}
            </p>
          )}
          <ul className="presence-people" aria-label={t('roomPeople.people.title')}>
            {people.map((p) => (
              <li key={p.clientId} className="presence-person">
                <span className="avatar" style={{ background: p.color }} aria-hidden="true">
                  {initialsOf(p.name)}
                </span>
                <span className="presence-name">
                  {p.name}
                  {p.self && t('roomPeople.people.you')}
                  {p.role === 'facilitator' && (
                    <span className="presence-role">{t('roomPeople.people.facilitator')}</span>
                  )}
                </span>
                <span className="presence-step">
                  {stepLabel(t, p)}
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
                    aria-label={t('roomPeople.people.removeName', { name: p.name })}
                    onClick={() => setRemoving(p)}
                  >
                    {t('roomPeople.people.remove')}
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
