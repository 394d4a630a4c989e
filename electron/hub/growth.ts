import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { HUB_CLOSE } from '../../shared/protocol/room';
import { GuardRefusal } from './guard';
import { structCost } from './update-limits';
import type { AnyStruct } from './update-scan';

/**
 * How much the workshop may grow, and how fast. Both count in the hub's measure of an
 * update (update-limits.ts: about what it takes in the hub's memory, never less than its
 * encoded size), so a cap in MiB bounds the hub's memory and the workshop file alike.
 *
 * - The document-size cap: an update that would take the workshop past `maxDocBytes` is
 *   refused, whoever sends it. Everything already in the workshop stays.
 * - The growth budget: what one address may add, as a token bucket that holds up to
 *   `growthBurstBytes` (by default `maxDocBytes`, so a device coming back with a catch-up
 *   of any size under the cap gets it in) and refills `growthBytesPerMinute`. Counted per address, not per socket, so a
 *   device that is cut off gets nothing back by reconnecting. Honest typing adds a few KB
 *   a minute; pasting a 20 000-character text, about 40 KB.
 */

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round((bytes / MiB) * 10) / 10} MiB`;

/** The workshop's size in the hub's measure: every struct's cost, counted at load and kept up to date. */
export class DocumentSize {
  private bytes: number;
  private measuredAt: number;

  constructor(
    private readonly doc: Y.Doc,
    readonly max: number,
    /** How often a full recount may run when the count says the cap is reached. */
    private readonly recountEveryMs = 10_000,
  ) {
    this.bytes = DocumentSize.measure(doc);
    this.measuredAt = Date.now();
  }

  /** A whole document's size: one pass over its structs. */
  static measure(doc: Y.Doc): number {
    let bytes = 0;
    for (const structs of (doc.store.clients as Map<number, AnyStruct[]>).values())
      for (const s of structs) bytes += structCost(s);
    return bytes;
  }

  get current(): number {
    return this.bytes;
  }

  /**
   * Whether `cost` more fits under the cap. The running count only adds (what deletions
   * free is not subtracted as they come), so before saying no it recounts — at most every
   * `recountEveryMs`, since a recount walks the whole document.
   */
  fits(cost: number, now = Date.now()): boolean {
    if (this.bytes + cost <= this.max) return true;
    return this.recount(now) && this.bytes + cost <= this.max;
  }

  /** Recounts the whole document if the last count is old enough; false if it is not. */
  private recount(now: number): boolean {
    if (now - this.measuredAt < this.recountEveryMs) return false;
    this.bytes = DocumentSize.measure(this.doc);
    this.measuredAt = now;
    return true;
  }

  add(cost: number): void {
    this.bytes += cost;
  }

  /** How much more fits under the cap (recounting first if the count says little is left). */
  room(now = Date.now()): number {
    if (this.max - this.bytes < this.max / 4) this.recount(now);
    return Math.max(0, this.max - this.bytes);
  }
}

/** Per-address token buckets of bytes. */
export class GrowthBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perMinute: number,
  ) {}

  /** Takes `cost` from `address`'s bucket; false (and nothing taken) if it holds less. */
  take(address: string, cost: number, now = Date.now()): boolean {
    const bucket = this.buckets.get(address) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(
      this.capacity,
      bucket.tokens + (Math.max(0, now - bucket.at) * this.perMinute) / 60_000,
    );
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    // A full bucket is the default: no need to remember it.
    if (bucket.tokens >= this.capacity) this.buckets.delete(address);
    return true;
  }

  /** What `address` may add now. */
  available(address: string, now = Date.now()): number {
    const bucket = this.buckets.get(address);
    if (!bucket) return this.capacity;
    return Math.min(
      this.capacity,
      bucket.tokens + (Math.max(0, now - bucket.at) * this.perMinute) / 60_000,
    );
  }
}

/**
 * The cap and the budget, applied to one update before it is applied (by the policy guard,
 * policy-guard.ts). An extension only to measure each document once it is loaded: the hub
 * has one, `offsite serve` many, each under its own cap (the budget is per address across
 * them, as one device's growth costs the server the same whichever workshop it lands in).
 */
export class GrowthGuard implements Extension {
  readonly extensionName = 'offsite-growth';
  private readonly sizes = new WeakMap<Y.Doc, DocumentSize>();
  /** The document loaded last: the hub's one room, for a catch-up not yet tied to a document. */
  private latest: DocumentSize | null = null;
  private readonly budget: GrowthBudget;

  constructor(
    private readonly limits: {
      maxDocBytes: number;
      growthBytesPerMinute: number;
      growthBurstBytes?: number;
    },
  ) {
    this.budget = new GrowthBudget(
      limits.growthBurstBytes ?? limits.maxDocBytes,
      limits.growthBytesPerMinute,
    );
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    const size = new DocumentSize(document, this.limits.maxDocBytes);
    this.sizes.set(document, size);
    this.latest = size;
  }

  /** The room's document size (the last loaded one's); null before it is loaded. */
  get size(): DocumentSize | null {
    return this.latest;
  }

  /**
   * Throws GuardRefusal (4413) if `cost` from `address` may not be added to `document`;
   * else counts it.
   */
  admit(address: string, cost: number, document: Y.Doc): void {
    const size = this.sizes.get(document);
    if (cost <= 0 || !size) return;
    if (!size.fits(cost))
      throw new GuardRefusal(
        HUB_CLOSE.tooLarge,
        this.fullReason(),
        `the update needs ${mib(cost)}`,
      );
    if (!this.budget.take(address, cost))
      throw new GuardRefusal(
        HUB_CLOSE.tooLarge,
        this.fastReason(),
        `the update needs ${mib(cost)}`,
      );
    size.add(cost);
  }

  /**
   * What `address` may still add, and the refusal if it tries more: for a catch-up that is
   * still arriving, which can be refused before the hub has buffered and decoded all of it
   * (inflow.ts). Everything a catch-up brings that the hub lacks costs at least its
   * encoded size, so a frame much larger than this cannot be taken.
   */
  headroom(address: string, document?: Y.Doc): { readonly bytes: number; readonly reason: string } {
    const size = document ? this.sizes.get(document) : this.latest;
    if (!size) return { bytes: Infinity, reason: '' };
    const room = size.room();
    const budget = this.budget.available(address);
    return room <= budget
      ? { bytes: room, reason: this.fullReason() }
      : { bytes: budget, reason: this.fastReason() };
  }

  /**
   * Throws GuardRefusal (4413) if an update that certainly costs at least `floor`
   * (update-census.ts) cannot fit: refused before it is decoded.
   */
  precheck(address: string, floor: number, document: Y.Doc): void {
    if (floor <= 0 || !this.sizes.has(document)) return;
    const room = this.headroom(address, document);
    if (floor > room.bytes)
      throw new GuardRefusal(
        HUB_CLOSE.tooLarge,
        room.reason,
        `the update needs at least ${mib(floor)}`,
      );
  }

  private fullReason(): string {
    return `the workshop is at its size limit (${mib(this.limits.maxDocBytes)})`;
  }

  private fastReason(): string {
    return `too much added too fast (over ${mib(this.budget.perMinute)} a minute)`;
  }
}
