import { useEffect, useState } from 'react';
import {
  isStep,
  ROLES,
  type AwarenessState,
  type Role,
  type Step,
} from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { notePeopleSeen } from '../../sync/people-seen';
import { colorForClient, rememberedName } from './identity';
import { useT } from '../../ui/i18n';

/** One person in the room as the presence list shows them. */
export interface Person {
  readonly clientId: number;
  /** As shown: the name they gave, else "Someone" (the facilitator: "Facilitator"), in words. */
  readonly name: string;
  /** They gave a name (a nameless person is not remembered for "Who took part"). */
  readonly named: boolean;
  readonly color: string;
  readonly role: Role;
  readonly step: Step | null;
  readonly editing: { readonly type: string; readonly id: string } | null;
  readonly self: boolean;
}

/** What a person who gave no name is called, in the room's language. */
interface Nameless {
  readonly someone: string;
  readonly facilitator: string;
}

/** A peer's awareness state, validated: a bad peer never breaks this list. */
function toPerson(
  clientId: number,
  raw: unknown,
  self: boolean,
  nameless: Nameless,
): Person | null {
  if (!raw || typeof raw !== 'object') return null;
  const state = raw as Partial<Record<keyof AwarenessState, unknown>>;
  const user = state.user as { name?: unknown; color?: unknown } | undefined;
  // A projector publishes no name (and role 'viewer'): it is in the room, but no person.
  if (!user || typeof user.name !== 'string' || state.role === 'viewer') return null;
  const editing = state.editing as { type?: unknown; id?: unknown } | null | undefined;
  const role = (ROLES as readonly unknown[]).includes(state.role)
    ? (state.role as Role)
    : 'participant';
  const name = user.name.slice(0, 80);
  return {
    clientId,
    // A name is published as given; none ('') is worded here, in this screen's language.
    name: name || (role === 'facilitator' ? nameless.facilitator : nameless.someone),
    named: name !== '',
    // The colour is ours to choose (not the peer's), so it always has good contrast.
    color: colorForClient(clientId),
    role,
    step: isStep(state.step) ? state.step : null,
    editing:
      editing && typeof editing.type === 'string' && typeof editing.id === 'string'
        ? { type: editing.type.slice(0, 40), id: editing.id.slice(0, 100) }
        : null,
    self,
  };
}

/** Everyone in the room now, as the presence list shows them (exported for its tests). */
export function peopleOf(
  connection: Pick<RoomConnection, 'awareness'>,
  nameless: Nameless,
): Person[] {
  const { awareness } = connection;
  const people: Person[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const person = toPerson(clientId, state, clientId === awareness.clientID, nameless);
    if (person) people.push(person);
  }
  return people.sort(
    (a, b) =>
      Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId,
  );
}

/** Everyone in the room (this device first), updated as awareness changes. */
export function usePeople(connection: RoomConnection | null): Person[] {
  const t = useT();
  const someone = t('peopleNames.someone');
  const facilitator = t('peopleNames.facilitator');
  const [people, setPeople] = useState<Person[]>(() =>
    connection ? peopleOf(connection, { someone, facilitator }) : [],
  );
  useEffect(() => {
    if (!connection) {
      setPeople([]);
      return;
    }
    const refresh = () => setPeople(peopleOf(connection, { someone, facilitator }));
    refresh();
    connection.awareness.on('change', refresh);
    return () => connection.awareness.off('change', refresh);
  }, [connection, someone, facilitator]);
  return people;
}

/**
 * Remembers, on this device, the names of everyone who was in the room (not the projector),
 * so Review & export can offer them for "Who took part".
 */
export function useRememberPeople(workshopId: string, connection: RoomConnection | null): void {
  const people = usePeople(connection);
  useEffect(() => {
    notePeopleSeen(
      workshopId,
      people.filter((p) => p.role !== 'viewer' && p.named).map((p) => p.name),
    );
  }, [workshopId, people]);
}

/** The record whose editor holds focus: the nearest `data-record-type`/`data-record-id`. */
export function editingAt(target: EventTarget | null): AwarenessState['editing'] {
  const element = target instanceof Element ? target.closest('[data-record-id]') : null;
  const type = element?.getAttribute('data-record-type');
  const id = element?.getAttribute('data-record-id');
  return type && id ? { type, id } : null;
}

/**
 * Publishes this device's presence: name, colour, role (as the hub said — never claimed
 * before), the step on screen, and the record being edited (from focus).
 */
export function usePublishPresence(
  connection: RoomConnection | null,
  role: Role | null,
  step: Step,
): void {
  useEffect(() => {
    if (!connection) return;
    const { awareness } = connection;
    // No name is published as none (''): every screen words it in its room's language
    // ("Facilitator", "Moderation"), rather than this one's English on the wire.
    const name = rememberedName();
    const current = (awareness.getLocalState() ?? {}) as Partial<AwarenessState>;
    const state: AwarenessState = {
      user: { name, color: colorForClient(awareness.clientID) },
      // Claiming 'facilitator' before the hub said so would get this connection closed.
      role: role ?? 'participant',
      step,
      editing: current.editing ?? null,
    };
    awareness.setLocalState(state);
  }, [connection, role, step]);

  useEffect(() => {
    if (!connection) return;
    const { awareness } = connection;
    const publish = (editing: AwarenessState['editing']) => {
      const current = awareness.getLocalState() as AwarenessState | null;
      if (!current) return;
      const same = current.editing?.type === editing?.type && current.editing?.id === editing?.id;
      if (!same) awareness.setLocalState({ ...current, editing });
    };
    const onFocusIn = (event: FocusEvent) => publish(editingAt(event.target));
    const onFocusOut = (event: FocusEvent) => {
      if (!event.relatedTarget) publish(null);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [connection]);
}
