import { encodeStoredTokens } from '../../hub/token-file';
import type { RoomTokens } from '../../hub/tokens';
import type { BallotStore } from './ballot-store';

/** A workshop the server holds, without its Yjs state (the admin list, auth, links). */
export interface WorkshopRecord {
  /** The workshop's id: its room and its Yjs document's name. */
  readonly id: string;
  /** Kept up to date from the document at every store, so lists need not load documents. */
  readonly title: string;
  /** An archived workshop keeps its data but admits nobody. */
  readonly archived: boolean;
  readonly tokens: RoomTokens;
  /**
   * The devices the facilitator removed (hub/room-control.ts), kept with the tokens (in the
   * same column) and let go with them when the links rotate: every process refuses them,
   * and so does the aligned API, also once the workshop is no longer open anywhere.
   */
  readonly removedDevices: readonly string[];
  /**
   * The workshop this one aligns to (a team's to the company's), set by the admin: its
   * token holders may read that workshop's objective titles (aligned-api.ts). Null: none.
   */
  readonly parent: string | null;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * Where the server keeps its workshops: one table, one row per workshop with its Yjs state
 * (SQLite by default, PostgreSQL by URL). The Yjs document itself goes through
 * @hocuspocus/extension-database (database.ts) with `state` and `merge`.
 */
export interface WorkshopStore {
  /** For logs and /health: `sqlite FILE` or `postgres HOST/DB`, never a password. */
  readonly description: string;
  /** Every workshop, oldest first. */
  list(): Promise<WorkshopRecord[]>;
  get(id: string): Promise<WorkshopRecord | null>;
  /** The stored Yjs state (an update), or null if there is no such workshop. */
  state(id: string): Promise<Uint8Array | null>;
  /** Adds a workshop unless one with its id exists; true if it was added. */
  add(
    record: { id: string; title: string; tokens: RoomTokens },
    state: Uint8Array,
  ): Promise<boolean>;
  /**
   * Merges `state` into the stored state (Yjs merge: the union of both), in one
   * transaction. Never replaces: several processes store the same workshop, each with what
   * it has seen, and none may drop an edit another one stored. No-op for an unknown id.
   */
  merge(id: string, state: Uint8Array, title: string): Promise<void>;
  /** False if there is no such workshop. */
  setArchived(id: string, archived: boolean): Promise<boolean>;
  /** Replaces the tokens and the removed devices (none: rotated links let everyone in). */
  setTokens(id: string, tokens: RoomTokens, removedDevices?: readonly string[]): Promise<void>;
  /** Sets (or, with null, clears) the workshop this one aligns to. */
  setParent(id: string, parent: string | null): Promise<void>;
  /** The running rounds' ballots, in the same database (ballot-store.ts). */
  readonly ballots: BallotStore;
  close(): Promise<void>;
}

/** The row's tokens column: JSON of RoomTokens, with the removed devices if any. */
export const encodeTokens = encodeStoredTokens;
