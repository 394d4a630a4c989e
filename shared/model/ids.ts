/** A new random record id (UUID v4), available in browsers and in Node ≥ 19. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
