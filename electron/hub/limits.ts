/**
 * Limits that keep one misbehaving device from taking the room down. Defaults suit a room of
 * up to 200 people on one laptop; every one can be overridden in `startHub`.
 */
export interface HubLimits {
  /** Largest WebSocket message accepted; a bigger frame closes that socket (1009). */
  readonly maxMessageBytes: number;
  /** Open WebSockets at once, authenticated or not; more are refused with 503. */
  readonly maxConnections: number;
  /** Sustained messages per second per connection (token bucket refill rate). */
  readonly messagesPerSecond: number;
  /** Burst a connection may send at once (token bucket size): a resync, a paste. */
  readonly messageBurst: number;
  /**
   * Bytes per second per connection in messages (bursts of four seconds' worth); a catch-up
   * (one per connection) does not count. More than the hub checks in that time would pile
   * up in it.
   */
  readonly messageBytesPerSecond: number;
  /** A socket that has not authenticated within this time is closed. */
  readonly authTimeoutMs: number;
  /** Sockets still waiting to authenticate, at once; more are refused with 503. */
  readonly maxUnauthenticated: number;
  /**
   * Sockets still waiting to authenticate from one address; more from it are refused with
   * 429, so one address can never fill `maxUnauthenticated` and keep everyone else out.
   */
  readonly maxUnauthenticatedPerAddress: number;
  /**
   * Failed authentications per remote address per minute before it is refused (429). A
   * socket that never authenticates within `authTimeoutMs` counts as a failure too.
   */
  readonly maxFailedAuthPerMinute: number;
  /**
   * The workshop's size (doc-size.ts: its encoded bytes plus a cost per Yjs item); an
   * update that would take it past this is refused (4413) and nothing is applied.
   */
  readonly maxDocBytes: number;
  /**
   * What one address may add per minute, in the same measure, once it has used the first
   * `maxDocBytes` (a catch-up of any size under the cap); more is refused (4413).
   */
  readonly growthBytesPerMinute: number;
  /** What one address may add at once before the per-minute rate applies; default `maxDocBytes`. */
  readonly growthBurstBytes?: number;
  /**
   * Hold every text a peer writes to the UI's limit for that field (4413 beyond). Off only
   * for tests of what a client does with data the hub would refuse.
   */
  readonly fieldLimits: boolean;
}

export const DEFAULT_LIMITS: HubLimits = {
  maxMessageBytes: 1024 * 1024,
  maxConnections: 200,
  messagesPerSecond: 100,
  messageBurst: 500,
  messageBytesPerSecond: 4 * 1024 * 1024,
  authTimeoutMs: 10_000,
  maxUnauthenticated: 50,
  maxUnauthenticatedPerAddress: 8,
  maxFailedAuthPerMinute: 20,
  maxDocBytes: 64 * 1024 * 1024,
  growthBytesPerMinute: 8 * 1024 * 1024,
  fieldLimits: true,
};

/** A token bucket: `take()` is false once the connection sends faster than allowed. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number, count = 1): boolean {
    const elapsed = Math.max(0, now - this.last);
    this.last = now;
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.ratePerSecond) / 1000);
    if (this.tokens < count) return false;
    this.tokens -= count;
    return true;
  }
}

/** Failed authentications per remote address in a sliding one-minute window. */
export class FailedAuthTracker {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly maxPerMinute: number) {}

  private recent(address: string, now: number): number[] {
    const list = (this.failures.get(address) ?? []).filter((t) => now - t < 60_000);
    if (list.length) this.failures.set(address, list);
    else this.failures.delete(address);
    return list;
  }

  record(address: string, now: number): void {
    const list = this.recent(address, now);
    list.push(now);
    this.failures.set(address, list);
  }

  blocked(address: string, now: number): boolean {
    return this.recent(address, now).length >= this.maxPerMinute;
  }
}

/** The limits a hub runs with: the defaults, then `limits`, then the named shortcuts. */
export function resolveLimits(options: {
  readonly limits?: Partial<HubLimits>;
  readonly maxMessageBytes?: number;
  readonly maxConnections?: number;
  readonly messagesPerSecond?: number;
}): HubLimits {
  return {
    ...DEFAULT_LIMITS,
    ...options.limits,
    ...(options.maxMessageBytes !== undefined && { maxMessageBytes: options.maxMessageBytes }),
    ...(options.maxConnections !== undefined && { maxConnections: options.maxConnections }),
    ...(options.messagesPerSecond !== undefined && {
      messagesPerSecond: options.messagesPerSecond,
    }),
  };
}

/**
 * `--max-doc-mb N` (offsite hub and offsite serve) as the size cap in bytes: undefined when
 * the flag is absent; throws a message naming the flag for anything but 1–4096 MiB.
 */
export function maxDocBytesFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mib = Number(value);
  if (!(Number.isFinite(mib) && mib >= 1 && mib <= 4096))
    throw new Error(`--max-doc-mb must be a number of MiB from 1 to 4096, got "${value}"`);
  return Math.round(mib * 2 ** 20);
}
