import type { Socket } from 'node:net';

/**
 * Large catch-ups, one at a time. A device back from a long offline session (or a peer
 * restoring a hub that restarted from an older file) sends everything the hub lacks as one
 * sync message, up to the workshop's size cap — far over the 1 MiB of any other message.
 * The ws library holds a whole frame in memory before it hands it over, so the hub lets
 * only one socket at a time receive a frame bigger than a normal message: any other socket
 * that starts one is paused (its bytes wait in the kernel, and TCP slows its sender) until
 * the lane is free. Memory for catch-ups is then one frame, however many devices come
 * back at once after a restart.
 */
export class LargeFrameLane {
  private holder: Socket | null = null;
  private readonly waiting: Socket[] = [];

  /** `socket` has more than a normal message in flight: let it on, or pause it. */
  enter(socket: Socket): void {
    if (this.holder === socket) return;
    if (this.holder === null) {
      this.holder = socket;
      return;
    }
    if (!this.waiting.includes(socket)) this.waiting.push(socket);
    // Again on every chunk: ws resumes a socket it paused itself once its parser drains.
    socket.pause();
  }

  /** True while `socket` waits for the lane (its reading stays paused). */
  isWaiting(socket: Socket): boolean {
    return this.waiting.includes(socket);
  }

  /** `socket`'s large message arrived in full, or the socket closed. */
  leave(socket: Socket): void {
    const i = this.waiting.indexOf(socket);
    if (i >= 0) this.waiting.splice(i, 1);
    if (this.holder !== socket) return;
    this.holder = null;
    let next: Socket | undefined;
    while ((next = this.waiting.shift()) && next.destroyed);
    if (next) {
      this.holder = next;
      next.resume();
    }
  }
}
