import type {
  afterLoadDocumentPayload,
  Connection,
  Document,
  Extension,
  onStatelessPayload,
} from '@hocuspocus/server';
import { mayDo } from '../../shared/protocol/policy';
import {
  HUB_CLOSE,
  parseRoomControl,
  REMOVED_REASON,
  ROOM_MAP,
  ROTATED_REASON,
  type RemoveAck,
  type Role,
  type WelcomeMessage,
} from '../../shared/protocol/room';
import type { Admission } from './admission';
import type { AuthContext, RemovedDevices } from './auth';
import { roomLinks, type RoomAddress, type RoomLinks } from './links';
import { storeTokens } from './token-file';
import { newRoomTokens, type RoomTokens } from './tokens';
import { BallotFile, loadBallots, NO_BALLOTS } from './ballot-file';
import { ConfidenceBox, type ConfidenceBallot } from './confidence-box';
import { keptInMemory, RoundBallots, type BallotKeeper } from './round-ballots';
import { BallotBox, HUB_ORIGIN, type VoteBallot } from './voting';

export interface RoomControlOptions {
  readonly room: string;
  readonly tokens: RoomTokens;
  /** Where the tokens are kept across restarts; null keeps them in memory only. */
  readonly tokensPath: string | null;
  /**
   * Keeps the tokens and removed devices elsewhere (a server's database), instead of
   * tokensPath; called after every rotation and removal.
   */
  readonly keepTokens?: (tokens: RoomTokens, removedDevices: readonly string[]) => Promise<void>;
  /** The room's links for given tokens, where the room does not listen itself (a server). */
  readonly links?: (tokens: RoomTokens) => RoomLinks;
  /**
   * Where the running vote's and confidence round's ballots are kept across a restart
   * (ballot-file.ts); null keeps them in memory only.
   */
  readonly ballotsPath?: string | null;
  /**
   * Where the ballots are kept instead (a server's database, shared by its processes);
   * made once the document has loaded.
   */
  readonly ballotKeepers?: () => {
    readonly vote: BallotKeeper<VoteBallot>;
    readonly confidence: BallotKeeper<ConfidenceBallot>;
  };
  /** Devices removed before a restart (kept beside the tokens). */
  readonly removedDevices?: readonly string[];
  readonly admission: Pick<Admission, 'refuseRoles' | 'refuse'>;
  readonly log: (message: string) => void;
}

/** What onStateless hands a handler: the sender, and the document it is connected to. */
type StatelessConnection = Pick<Connection, 'context' | 'sendStateless'> &
  Partial<Pick<Connection, 'request' | 'webSocket'>>;

/**
 * Room control as a Hocuspocus extension: the room's tokens and links, rotating them, the
 * welcome that answers a client's hello (its role, the hub's clock, and the links the
 * policy lets it see), removing a participant's device, and the ballot boxes for dot votes
 * and for the weekly meeting's private confidence rounds.
 * Who may do which is the policy table's (shared/protocol/policy.ts).
 */
export class RoomControl implements Extension, RemovedDevices {
  readonly extensionName = 'offsite-room-control';
  private current: RoomTokens;
  private address: RoomAddress | null = null;
  private ballots: BallotBox | null = null;
  private confidence: ConfidenceBox | null = null;
  private ballotFile: BallotFile | null = null;
  /**
   * Devices the facilitator removed: their connections are refused until the links rotate.
   * A device id is what the client says it is: this keeps out a person who was asked to
   * leave, not one who clears the browser's storage — rotating the links does that.
   */
  private readonly removed: Set<string>;
  /** Writes of the tokens file, one after the other. */
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: RoomControlOptions) {
    this.current = options.tokens;
    this.removed = new Set(options.removedDevices ?? []);
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

  isRemoved(device: string): boolean {
    return this.removed.has(device);
  }

  /** The devices kept out now. */
  get removedDevices(): readonly string[] {
    return [...this.removed];
  }

  /**
   * New tokens for every role; old links stop working now, not at the next reconnect. The
   * removed devices are let go: the new links are the facilitator's to hand out.
   */
  rotate(): RoomTokens {
    this.current = newRoomTokens();
    this.removed.clear();
    this.save();
    const { admission } = this.options;
    admission.refuseRoles((role) => role !== 'facilitator', HUB_CLOSE.forbidden, ROTATED_REASON);
    return this.current;
  }

  welcome(role: Role): WelcomeMessage {
    if (!this.address && !this.options.links)
      return { type: 'offsite.welcome', role, time: Date.now() };
    const links = this.links;
    // The participant link for who may show it to a late arrival; the viewer's for whoever
    // may see every link. The facilitator's own link is never in a welcome.
    const all = mayDo(role, 'see-links');
    const join = all || mayDo(role, 'see-join-link');
    return {
      type: 'offsite.welcome',
      role,
      time: Date.now(),
      ...(join && {
        links: { join: links.participant, ...(all && { viewer: links.viewer }) },
      }),
    };
  }

  /**
   * Removes the device behind awareness client `clientId` of `document`: closes every
   * connection of that device with HUB_CLOSE.removed and refuses it until the links rotate.
   * A facilitator's connection is never removed.
   */
  remove(document: Pick<Document, 'getConnections' | 'getClients'>, clientId: number): RemoveAck {
    const refuse = (reason: string): RemoveAck => ({
      type: 'offsite.remove-ack',
      clientId,
      accepted: false,
      keptOut: false,
      reason,
    });
    const connections = document.getConnections();
    const target = connections.find((c) => document.getClients(c.webSocket).has(clientId));
    if (!target) return refuse('that person is no longer in the room');
    const context = target.context as Partial<AuthContext>;
    if (context.role === 'facilitator') return refuse('the facilitator cannot be removed');
    const device = context.device ?? null;
    if (device !== null) {
      this.removed.add(device);
      this.save();
    }
    const { admission, log } = this.options;
    for (const c of connections) {
      const same = c === target || (device !== null && c.context?.device === device);
      if (same && (c.context as Partial<AuthContext>).role !== 'facilitator')
        admission.refuse(c, HUB_CLOSE.removed, REMOVED_REASON, 'removed by the facilitator');
    }
    if (device === null)
      log('a removed connection sent no device id: only rotating links keeps it out');
    return { type: 'offsite.remove-ack', clientId, accepted: true, keptOut: device !== null };
  }

  async afterLoadDocument({ document }: afterLoadDocumentPayload): Promise<void> {
    const { ballotsPath, ballotKeepers, log } = this.options;
    const kept = ballotsPath ? await loadBallots(ballotsPath, log) : NO_BALLOTS;
    const file = ballotsPath ? new BallotFile(ballotsPath, kept, log) : null;
    const keepers = ballotKeepers?.() ?? {
      vote: keptInMemory(
        new RoundBallots(kept.vote, file ? (r) => file.keep('vote', r) : undefined),
      ),
      confidence: keptInMemory(
        new RoundBallots(kept.confidence, file ? (r) => file.keep('confidence', r) : undefined),
      ),
    };
    const ballots = new BallotBox(document, keepers.vote);
    const confidence = new ConfidenceBox(document, keepers.confidence);
    this.ballots = ballots;
    this.confidence = confidence;
    this.ballotFile = file;
    const roomChanged = (origin: unknown) => {
      ballots.revealIfAsked();
      confidence.revealIfAsked();
      // Counts published elsewhere (another process, a device's old copy): checked again.
      if (origin !== HUB_ORIGIN) {
        ballots.recount().catch(() => {});
        confidence.recount().catch(() => {});
      }
    };
    document.getMap(ROOM_MAP).observeDeep((_, transaction) => roomChanged(transaction.origin));
    // A reveal asked for while the hub was down (its ballots kept), or rounds long gone.
    roomChanged(null);
  }

  async onStateless({ payload, connection, document }: onStatelessPayload): Promise<void> {
    const sender = connection as StatelessConnection;
    const role = (sender.context as Partial<AuthContext>).role;
    if (!role) return;
    const control = parseRoomControl(payload);
    const reply = (message: object) => sender.sendStateless(JSON.stringify(message));
    if (control?.type === 'offsite.remove') {
      reply(
        mayDo(role, 'remove-participant')
          ? this.remove(document, control.clientId)
          : {
              type: 'offsite.remove-ack',
              clientId: control.clientId,
              accepted: false,
              keptOut: false,
              reason: 'only the facilitator may remove a participant',
            },
      );
      return;
    }
    if (control) {
      if (control.type === 'offsite.rotate' && mayDo(role, 'rotate-links')) this.rotate();
      if (mayDo(role, 'hello')) reply(this.welcome(role));
      return;
    }
    const ack =
      (await this.ballots?.receive(payload, role)) ??
      (await this.confidence?.receive(payload, role)) ??
      null;
    // Accepted once on disk: a ballot acknowledged survives a crash of the hub.
    if (ack) await this.ballotFile?.flushed();
    if (ack) reply(ack);
  }

  /** Resolves once the tokens file and the ballots file hold the latest state. */
  async flush(): Promise<void> {
    await Promise.all([this.saving, this.ballotFile?.flushed()]);
  }

  private save(): void {
    const { tokensPath, keepTokens, log } = this.options;
    const tokens = this.current;
    const removed = [...this.removed];
    if (keepTokens) {
      this.saving = this.saving.then(() =>
        keepTokens(tokens, removed).catch((error: unknown) =>
          log(`could not keep the room's new links: ${(error as Error).message}`),
        ),
      );
      return;
    }
    if (!tokensPath) return;
    this.saving = this.saving.then(() => storeTokens(tokensPath, tokens, log, removed));
  }
}
