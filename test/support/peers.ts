import * as Y from 'yjs';
import type { Rng } from './random';

/**
 * Several docs joined by a connector that can deliver updates late, out of order and more
 * than once — the shape of Yjs' own `init(tc, { users })` test helper.
 */
export class Peers {
  readonly docs: Y.Doc[];
  private readonly queues: Uint8Array[][];

  constructor(count: number) {
    this.docs = Array.from({ length: count }, (_, i) => {
      const doc = new Y.Doc();
      doc.clientID = i + 1; // deterministic ids keep seeded runs identical
      return doc;
    });
    this.queues = this.docs.map(() => []);
    this.docs.forEach((doc, from) => {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this) return; // delivered by us: do not echo
        this.queues.forEach((queue, to) => {
          if (to !== from) queue.push(update);
        });
      });
    });
  }

  /** Delivers some pending updates to one random peer, shuffled, some twice. */
  deliverSome(rng: Rng): void {
    const to = rng.int(this.docs.length);
    const queue = this.queues[to]!;
    const take = queue.splice(0, rng.int(queue.length + 1));
    const batch = rng.shuffle([...take, ...take.filter(() => rng.next() < 0.3)]);
    for (const update of batch) Y.applyUpdate(this.docs[to]!, update, this);
  }

  /** Delivers everything that is pending, shuffled and duplicated, until quiet. */
  flush(rng: Rng): void {
    while (this.queues.some((q) => q.length > 0)) {
      this.queues.forEach((queue, to) => {
        const batch = rng.shuffle([...queue, ...queue]);
        queue.length = 0;
        for (const update of batch) Y.applyUpdate(this.docs[to]!, update, this);
      });
    }
  }
}
