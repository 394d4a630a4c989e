import * as decoding from 'lib0/decoding';
import { HUB_CLOSE } from '../../shared/protocol/room';
import type { LargeFrameLane } from './large-frames';
import { TokenBucket, type HubLimits } from './limits';

/**
 * What one socket may send, counted as it arrives — before ws has a whole frame, and before
 * Hocuspocus queues a message — so that nothing a client sends can pile up in the hub:
 *
 * - before authenticating: at most 64 KiB in all (raw bytes, frame headers included) and
 *   16 messages;
 * - messages: `messagesPerSecond` (bursts of `messageBurst`), and `messageBytesPerSecond`
 *   (bursts of four seconds' worth), or the hub cannot check them as fast as they come;
 * - at most `maxMessageBytes` a message, except one catch-up per connection (the sync step
 *   2 answering the hub's state vector), which may be as large as the workshop's size cap
 *   and waits its turn in the lane (large-frames.ts).
 */

/** Why the socket must be closed, for the admission to close it. */
export interface InflowRefusal {
  readonly code: number;
  readonly reason: string;
}

/** What one socket may send before it has authenticated. */
export const PRE_AUTH_MESSAGES = 16;
export const PRE_AUTH_BYTES = 64 * 1024;

/** A sync step 2: the answer to the hub's state vector, i.e. a device's catch-up. */
export function isCatchUp(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    // Sync (0) or sync reply (4), then sync step 2 (1).
    return (type === 0 || type === 4) && decoding.readVarUint(decoder) === 1;
  } catch {
    return false;
  }
}

const MESSAGE_TOO_LARGE = 1009;

/**
 * How far past the room left a catch-up may still run before it is refused as it arrives:
 * its delete set and whatever the hub already holds cost nothing.
 */
const HEADROOM_SLACK = 4 * 1024 * 1024;

/** What the sender may still add to the workshop, and why not more. */
export type Headroom = () => { readonly bytes: number; readonly reason: string };

export class InflowMeter {
  private raw = 0;
  private inFlight = 0;
  private preAuthMessages = 0;
  private catchUps = 0;
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(
    private readonly limits: HubLimits,
    private readonly lane: LargeFrameLane,
    now: number,
    private readonly headroom: Headroom = () => ({ bytes: Infinity, reason: '' }),
  ) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messageBurst, now);
    this.bytes = new TokenBucket(
      limits.messageBytesPerSecond,
      limits.messageBytesPerSecond * 4,
      now,
    );
  }

  /** Bytes read from the TCP socket. */
  onData(bytes: number, authenticated: boolean): InflowRefusal | null {
    this.raw += bytes;
    this.inFlight += bytes;
    if (!authenticated && this.raw > PRE_AUTH_BYTES)
      return { code: HUB_CLOSE.tooManyMessages, reason: 'too much data before authenticating' };
    if (this.inFlight <= this.limits.maxMessageBytes) return null;
    // A large frame (a catch-up): refused as soon as it cannot fit, not once it is all in.
    const room = this.headroom();
    if (this.inFlight > room.bytes + HEADROOM_SLACK)
      return { code: HUB_CLOSE.tooLarge, reason: room.reason };
    if (!this.lane.enter(this))
      return {
        code: HUB_CLOSE.tooManyMessages,
        reason: 'another device is catching up: try again in a moment',
      };
    return null;
  }

  /** A whole message, before anything else sees it. */
  onMessage(data: Uint8Array, authenticated: boolean, now: number): InflowRefusal | null {
    this.inFlight = 0;
    const { limits } = this;
    if (data.length > limits.maxMessageBytes) {
      if (!isCatchUp(data))
        return {
          code: MESSAGE_TOO_LARGE,
          reason: `message larger than ${limits.maxMessageBytes} bytes (only a catch-up may be)`,
        };
      if (++this.catchUps > 1)
        return { code: HUB_CLOSE.tooManyMessages, reason: 'one catch-up per connection' };
    } else if (!this.bytes.take(now, data.length)) {
      return {
        code: HUB_CLOSE.tooManyMessages,
        reason: `more than ${limits.messageBytesPerSecond} bytes a second`,
      };
    }
    if (!authenticated && ++this.preAuthMessages > PRE_AUTH_MESSAGES)
      return { code: HUB_CLOSE.tooManyMessages, reason: 'too much data before authenticating' };
    if (!this.messages.take(now))
      return { code: HUB_CLOSE.tooManyMessages, reason: 'message rate limit exceeded' };
    return null;
  }

  /** The hub has checked (and applied) a message of `bytes`. */
  handled(bytes: number): void {
    if (bytes > this.limits.maxMessageBytes) this.lane.leave(this);
  }

  closed(): void {
    this.lane.leave(this);
  }
}
