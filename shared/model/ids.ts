/**
 * A new random record id (UUID v4), available in browsers and in Node ≥ 19. Browsers give
 * `crypto.randomUUID` to secure contexts only, and a participant on the room's plain-http
 * LAN address (`http://192.168.1.20:4455`) is not one: there the id is made from
 * `crypto.getRandomValues`, which every context has.
 */
export function newId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return uuidV4(crypto.getRandomValues(new Uint8Array(16)));
}

/** A version 4 UUID of 16 random bytes (RFC 9562: the version and variant bits set). */
export function uuidV4(random: Uint8Array): string {
  const bytes = Uint8Array.from(random.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
