/**
 * Large catch-ups, one at a time. A device back from a long offline session (or a peer
 * restoring a hub that restarted from an older file) sends everything the hub lacks as one
 * sync message, up to the workshop's size cap — far over the 1 MiB of any other message.
 * The ws library holds a whole frame in memory before it hands it over, and the hub then
 * decodes and checks it, so only one socket at a time may have a frame bigger than a normal
 * message in flight or waiting to be checked. Another socket that starts one meanwhile is
 * cut off (4429, "try again") and its device reconnects: by then the first catch-up is in,
 * and its own has usually shrunk to almost nothing. Memory for catch-ups is one frame,
 * however many devices come back at once after a restart.
 */
export class LargeFrameLane {
  private holder: object | null = null;

  /** `key` has more than a normal message in flight: true if it may go on. */
  enter(key: object): boolean {
    if (this.holder === null) this.holder = key;
    return this.holder === key;
  }

  /** `key`'s large message has been handled, or its socket closed. */
  leave(key: object): void {
    if (this.holder === key) this.holder = null;
  }
}
