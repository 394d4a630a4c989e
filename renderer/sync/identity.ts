import { newId } from '../../shared/model/ids';
import {
  AWARENESS_LIMITS,
  DEVICE_ID_PATTERN,
  type AwarenessState,
} from '../../shared/protocol/room';
import type { RoomConnection } from './room-connection';

/**
 * Who this device is in a room, kept in localStorage: the display name it joins with, and
 * a random device id the hub can refuse once the facilitator removed this device. Neither
 * is an account: the name is what the person typed, the id says nothing about them.
 */

const NAME_KEY = 'offsite.displayName';
const DEVICE_KEY = 'offsite.deviceId';

/** The display name this device joins rooms with (remembered across rooms). */
export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, cleanName(name));
  } catch {
    // Storage disabled: the name is asked again next time.
  }
}

/** A name as published: one line, trimmed, within the hub's awareness limit. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, Math.min(60, AWARENESS_LIMITS.nameLength));
}

/** A random id kept under `key` (a new one if none, or if storage is off). */
export function keptRandomId(key: string): string {
  try {
    const existing = localStorage.getItem(key);
    if (existing && DEVICE_ID_PATTERN.test(existing)) return existing;
    const id = newId();
    localStorage.setItem(key, id);
    return id;
  } catch {
    return newId();
  }
}

/**
 * This device's id, sent to the hub with every room connection. Clearing the browser's
 * storage makes a new one: removal keeps out a device, not a determined person (rotating
 * the links does that).
 */
export function deviceId(): string {
  return keptRandomId(DEVICE_KEY);
}

/**
 * The name this device shows in a room (its presence), so what it signs with — a ballot,
 * the agreement — matches the presence list; the remembered name outside a room or before
 * presence is published ('' if none).
 */
export function shownName(connection: RoomConnection | null): string {
  const state = connection?.awareness.getLocalState() as Partial<AwarenessState> | null;
  const name = state?.user?.name;
  return typeof name === 'string' && name ? name : rememberedName();
}

const VOTER_KEY = 'offsite.voterId';

/**
 * This device's random voter id: the hub counts one ballot per voter (a dot vote, a
 * confidence round), so a reconnect or a reload replaces the ballot instead of counting it
 * twice. It says nothing about the person.
 */
export function voterId(): string {
  return keptRandomId(VOTER_KEY);
}
