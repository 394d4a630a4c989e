import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Document,
  Extension,
  onStatelessPayload,
} from '@hocuspocus/server';
import type { Role } from '../../shared/protocol/room';
import type { Admission } from '../hub/admission';
import type { AuthContext } from '../hub/auth';
import type { RemovedDevices } from '../hub/auth';
import { RoomControl } from '../hub/room-control';
import type { RoomTokens } from '../hub/tokens';
import type { ServerLinks } from './server-links';
import { storeBallotKeepers } from './store-ballots';
import type { WorkshopRecord, WorkshopStore } from './store/workshop-store';

const sameTokens = (a: RoomTokens, b: RoomTokens) =>
  a.facilitator === b.facilitator && a.participant === b.participant && a.viewer === b.viewer;

/**
 * Room control (hub/room-control.ts: the welcome, rotating links, the ballot boxes) for each
 * workshop open on this process: one RoomControl per loaded document, made when it loads
 * with the workshop's tokens from the store, dropped when it unloads. Rotated tokens go
 * back to the store; "everyone but the facilitator" means that workshop's connections only.
 * The ballots are kept in the store too (store-ballots.ts), where every process counts them.
 */
export class WorkshopRooms implements Extension {
  readonly extensionName = 'offsite-workshop-rooms';
  private readonly rooms = new Map<string, RoomControl>();

  constructor(
    private readonly options: {
      readonly store: WorkshopStore;
      readonly admission: Admission;
      readonly links: () => ServerLinks;
      readonly log: (message: string) => void;
    },
  ) {}

  /** The room control of an open workshop (tests, the admin API). */
  room(name: string): RoomControl | undefined {
    return this.rooms.get(name);
  }

  /**
   * The devices kept out of workshop `record`: those its stored record names (removed on
   * any process, and kept while it is open nowhere) and those this process's room control
   * removed a moment ago, before the store has them.
   */
  removed(record: WorkshopRecord): RemovedDevices {
    const live = this.rooms.get(record.id);
    return {
      isRemoved: (device) =>
        record.removedDevices.includes(device) || (live?.isRemoved(device) ?? false),
    };
  }

  async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    const { documentName, document } = payload;
    const { store, log } = this.options;
    const record = await store.get(documentName);
    if (!record) throw new Error(`no workshop "${documentName}"`);
    const control = new RoomControl({
      room: documentName,
      tokens: record.tokens,
      tokensPath: null,
      removedDevices: record.removedDevices,
      keepTokens: async (tokens, removed) => {
        // Another process may have removed devices from this workshop meanwhile: under the
        // same tokens their removals stand too (rotated tokens let everyone go).
        const stored = await store.get(documentName);
        const same = stored !== null && sameTokens(stored.tokens, tokens);
        const kept = new Set([...(same ? stored.removedDevices : []), ...removed]);
        await store.setTokens(documentName, tokens, [...kept]);
      },
      links: (tokens) => this.options.links().workshop(documentName, tokens),
      // In the database, not this process's memory: every process counts every ballot.
      ballotKeepers: () =>
        storeBallotKeepers(store.ballots, documentName, (m) => log(`${documentName}: ${m}`)),
      admission: {
        refuseRoles: (which, code, reason) => this.refuse(document, which, code, reason),
        refuse: (connection, code, reason, detail) =>
          this.options.admission.refuse(connection, code, reason, detail),
      },
      log: (message) => log(`${documentName}: ${message}`),
    });
    this.rooms.set(documentName, control);
    await control.afterLoadDocument(payload);
  }

  async onStateless(payload: onStatelessPayload): Promise<void> {
    await this.rooms.get(payload.documentName)?.onStateless(payload);
  }

  async afterUnloadDocument({ documentName, instance }: afterUnloadDocumentPayload): Promise<void> {
    // Loaded again meanwhile (a quick reconnect), or loading again: that load made a new
    // room control (Hocuspocus lists a reloaded document in `documents` only once loaded,
    // after afterLoadDocument made the control).
    if (!instance.documents.has(documentName) && !instance.loadingDocuments.has(documentName))
      this.rooms.delete(documentName);
  }

  /** Closes this workshop's connections whose role `which` picks. */
  refuse(document: Document, which: (role: Role | null) => boolean, code: number, reason: string) {
    for (const connection of document.getConnections()) {
      const role = (connection.context as Partial<AuthContext>).role ?? null;
      if (which(role)) this.options.admission.refuse(connection, code, reason);
    }
  }
}
