import { isAbsolute } from 'node:path';
import { EXPORT_KINDS, type ExportKind } from '../../shared/protocol/ipc';
import { roomOriginKey } from './connect-guard';

/** Arguments from the renderer are untrusted: a wrong one fails the call with this error. */
export class IpcArgumentError extends Error {
  override readonly name = 'IpcArgumentError';
}

/** Largest byte payload accepted from the renderer (a workshop state or an export). */
export const MAX_IPC_BYTES = 200 * 1024 * 1024;
/** Longest path accepted (Linux PATH_MAX). */
export const MAX_PATH_LENGTH = 4096;
/** Longest suggested file name. */
export const MAX_NAME_LENGTH = 255;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  return typeof value === 'string' ? `a string of ${value.length} characters` : typeof value;
}

/** Checks the call has exactly `count` arguments. */
export function expectArgCount(method: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new IpcArgumentError(
      `${method}: expected ${count} argument${count === 1 ? '' : 's'}, got ${args.length}`,
    );
  }
}

/** An absolute file path: a non-empty string, no NUL byte, not too long. */
export function expectAbsolutePath(method: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new IpcArgumentError(
      `${method}: ${name} must be a non-empty string, got ${describe(value)}`,
    );
  }
  if (value.length > MAX_PATH_LENGTH) {
    throw new IpcArgumentError(`${method}: ${name} is longer than ${MAX_PATH_LENGTH} characters`);
  }
  if (value.includes('\0')) throw new IpcArgumentError(`${method}: ${name} contains a NUL byte`);
  if (!isAbsolute(value)) {
    throw new IpcArgumentError(`${method}: ${name} must be an absolute path, got "${value}"`);
  }
  return value;
}

/** Bytes as a Uint8Array (structured clone keeps the type) of at most {@link MAX_IPC_BYTES}. */
export function expectBytes(method: string, name: string, value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) {
    throw new IpcArgumentError(`${method}: ${name} must be a Uint8Array, got ${describe(value)}`);
  }
  if (value.byteLength > MAX_IPC_BYTES) {
    throw new IpcArgumentError(
      `${method}: ${name} is ${value.byteLength} bytes, more than the limit of ${MAX_IPC_BYTES}`,
    );
  }
  return value;
}

/** A suggested file name: a string of at most {@link MAX_NAME_LENGTH} characters. */
export function expectName(method: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new IpcArgumentError(`${method}: ${name} must be a string, got ${describe(value)}`);
  }
  if (value.length > MAX_NAME_LENGTH) {
    throw new IpcArgumentError(`${method}: ${name} is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return value;
}

export function expectBoolean(method: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new IpcArgumentError(`${method}: ${name} must be true or false, got ${describe(value)}`);
  }
  return value;
}

export function expectExportKind(method: string, name: string, value: unknown): ExportKind {
  if (typeof value !== 'string' || !(EXPORT_KINDS as readonly string[]).includes(value)) {
    throw new IpcArgumentError(
      `${method}: ${name} must be one of ${EXPORT_KINDS.join(', ')}, got ${
        typeof value === 'string' ? `"${value.slice(0, 40)}"` : describe(value)
      }`,
    );
  }
  return value as ExportKind;
}

/**
 * A room's origin: an http(s) or ws(s) URL with a host and an optional port, and nothing
 * more (no credentials, path, query or fragment). Returns it as given.
 */
export function expectRoomOrigin(method: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new IpcArgumentError(`${method}: ${name} must be a string, got ${describe(value)}`);
  }
  if (roomOriginKey(value) === null) {
    throw new IpcArgumentError(
      `${method}: ${name} must be a ws(s) or http(s) origin such as ws://192.168.1.20:4455, got "${value.slice(0, 80)}"`,
    );
  }
  return value;
}

/**
 * A file name safe to propose in a save dialog: no folders, no control or reserved
 * characters, not empty, with the expected extension.
 */
export function safeFileName(suggested: string, extension: string, fallback = 'workshop'): string {
  const base = suggested
    .replace(/[\p{Cc}<>:"/\\|?*]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200);
  const name = base === '' ? fallback : base;
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}
