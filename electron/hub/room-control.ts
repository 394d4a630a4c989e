import type * as Y from 'yjs';
import type { afterLoadDocumentPayload, Extension, onStatelessPayload } from '@hocuspocus/server';
import { mayDo } from '../../shared/protocol/policy';
import {
  HUB_CLOSE,
  parseRoomControl,
  ROOM_MAP,
  type Role,
  type WelcomeMessage,
} from '../../shared/protocol/room';
import type { Admission } from './admission';
import type { AuthContext } from './auth';
import { roomLinks, type RoomAddress, type RoomLinks } from './links';
import { storeTokens } from './token-file';
import { newRoomTokens, type RoomTokens } from './tokens';
import { BallotBox, type BallotCounter } from './voting';

export interface RoomControlOptions {
  readonly room: string;
  readonly tokens: RoomTokens;
  /** Where the tokens are kept across restarts; null keeps them in memory only. */
  readonly tokensPath: string | null;
  /** Keeps rotated tokens elsewhere (a server's database), instead of tokensPath. */
  readonly keepTokens?: (tokens: RoomTokens) => Promise<void>;
  /** The room's links for given tokens, where the room does not listen itself (a server). */
  readonly links?: (tokens: RoomTokens) => RoomLinks;
  /** Where dot votes are counted; default in this process's memory (BallotBox). */
  readonly ballots?: (document: Y.Doc) => BallotCounter;
  /** Closes the room's connections by role (the hub's admission, or a server's for one room). */
  readonly admission: Pick<Admission, 'refuseRoles'>;
  readonly log: (message: string) => void;
}

/**
 * Room control as a Hocuspocus extension: the room's tokens and links, rotating them, the
 * welcome that answers a client's hello (its role, the hub's clock, and the links for whom
 * the policy lets see them), and the ballot box for dot votes. Who may do which is the
 * policy table's (shared/protocol/policy.ts).
 */
export class RoomControl implements Extension {
  readonly extensionName = 'offsite-room-control';
  private current: RoomTokens;
  private address: RoomAddress | null = null;
  private ballots: BallotCounter | null = null;

  constructor(private readonly options: RoomControlOptions) {
    this.current = options.tokens;
  }

  get tokens(): RoomTokens {
    return this.current;
  }

  /** Links need the port: called once the hub listens (no hello can arrive before). */
  listening(host: string, port: number): void {
    this.address = { host, port, room: this.options.room };
  }

  get links(): RoomLinks {
    if (this.options.links) return this.options.links(this.current);
    if (!this.address) throw new Error('the room has no links before it listens');
    return roomLinks(this.address, this.current);
  }

  private get hasLinks(): boolean {
    return this.address !== null || this.options.links !== undefined;
  }

  /** New tokens for every role; old links stop working now, not at the next reconnect. */
  rotate(): RoomTokens {
    this.current = newRoomTokens();
    const { tokensPath, keepTokens, log, admission } = this.options;
    if (keepTokens)
      keepTokens(this.current).catch((error: unknown) =>
        log(`could not keep the room's new links: ${(error as Error).message}`),
      );
    else if (tokensPath) void storeTokens(tokensPath, this.current, log);
    admission.refuseRoles((role) => role !== 'facilitator', HUB_CLOSE.forbidden, 'tokens rotated');
    return this.current;
  }

  welcome(role: Role): WelcomeMessage {
    const links = this.hasLinks && mayDo(role, 'see-links') ? this.links : null;
    return {
      type: 'offsite.welcome',
      role,
      time: Date.now(),
      ...(links && { links: { join: links.participant, viewer: links.viewer } }),
    };
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    const ballots = this.options.ballots?.(document) ?? new BallotBox(document);
    this.ballots = ballots;
    document.getMap(ROOM_MAP).observeDeep(() => {
      Promise.resolve(ballots.revealIfAsked()).catch((error: unknown) =>
        this.options.log(`could not publish the vote: ${(error as Error).message}`),
      );
    });
  }

  async onStateless({ payload, connection }: onStatelessPayload): Promise<void> {
    const role = (connection.context as Partial<AuthContext>).role;
    if (!role) return;
    const control = parseRoomControl(payload);
    if (control) {
      if (control.type === 'offsite.rotate' && mayDo(role, 'rotate-links')) this.rotate();
      if (mayDo(role, 'hello')) connection.sendStateless(JSON.stringify(this.welcome(role)));
      return;
    }
    const reply = (await this.ballots?.receive(payload, role)) ?? null;
    if (reply) connection.sendStateless(JSON.stringify(reply));
  }
}
