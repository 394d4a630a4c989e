import type { WorkshopJson } from '../../shared/model/interchange';
import type {
  ExportKind,
  ImportProblem,
  MenuCommand,
  NearbyRoomInfo,
  RecentFile,
  RoomInfo,
} from '../../shared/protocol/ipc';

export type { NearbyRoomInfo };

/** Hosting a room: only the desktop app can (its main process runs the hub). */
interface RoomHost {
  openRoom(update: Uint8Array, title: string): Promise<RoomInfo>;
  closeRoom(): Promise<void>;
  rotateRoomTokens(): Promise<RoomInfo>;
  nearbyRooms(): Promise<NearbyRoomInfo[]>;
}

/** A workshop file read and checked, ready to become a local workshop. */
export type WorkshopFile =
  | {
      readonly kind: 'offsite';
      readonly name: string;
      readonly path?: string;
      readonly update: Uint8Array;
    }
  | {
      readonly kind: 'json';
      readonly name: string;
      readonly path?: string;
      readonly data: WorkshopJson;
    };

/** What the user picked for "Import JSON…": the data, or every problem of the file. */
type JsonImport =
  | { readonly ok: true; readonly name: string; readonly data: WorkshopJson }
  | {
      readonly ok: false;
      readonly name: string;
      /** One sentence naming the file. */
      readonly message: string;
      readonly problems: readonly ImportProblem[];
    };

/** A file that could not be opened: the message names the file, `problems` says where. */
export class FileProblemError extends Error {
  constructor(
    readonly fileName: string,
    message: string,
    readonly problems: readonly ImportProblem[] = [],
  ) {
    super(message);
    this.name = 'FileProblemError';
  }
}

/**
 * What the renderer needs from where it runs: the desktop app (native dialogs, recent files,
 * the application menu, files opened from the OS) or a plain browser (file inputs and
 * downloads). One interface, two implementations, chosen at start-up (platform/index.ts).
 * Every method resolves `null` when the user cancels a dialog.
 */
export interface Platform {
  readonly kind: 'desktop' | 'web';
  /** Opening a room and finding rooms nearby; null in a browser. */
  readonly room: RoomHost | null;
  /**
   * "Present": the room's presentation view in a new window for a second screen. A browser
   * opens `viewerUrl` (the viewer's link) in a new tab; the desktop app opens a window of its
   * own bundle on the room it hosts (it ignores `viewerUrl`: its windows never load a hub's
   * page).
   */
  openPresentation(viewerUrl: string): Promise<void>;
  /**
   * Called before connecting to a room's sync URL (`ws://HOST:PORT/collab`). The desktop
   * asks its main process to let the window reach that room (every other address is
   * refused there); in a browser the hub's own CSP already allows exactly its origin.
   */
  allowRoomConnection(wsUrl: string): Promise<void>;
  /** Lets the user pick a `.offsite` or `.json` workshop. Rejects with FileProblemError on a bad file. */
  openWorkshopFile(): Promise<WorkshopFile | null>;
  importJsonFile(): Promise<JsonImport | null>;
  /** Saves the Yjs state as a `.offsite` file; resolves where (a path, or the download name). */
  saveWorkshopFileAs(suggestedName: string, update: Uint8Array): Promise<string | null>;
  exportFile(kind: ExportKind, suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  /** Recently opened files (always empty in a browser). */
  recentFiles(): Promise<RecentFile[]>;
  openRecentFile(path: string): Promise<WorkshopFile>;
  onMenuCommand(cb: (command: MenuCommand) => void): () => void;
  onOpenFile(cb: (file: WorkshopFile) => void): () => void;
  /**
   * Files opened from the OS that could not be read: the file's name and why (a
   * WordedFileError when the desktop sent words, for the error dialog to say in the app's
   * language). Never in a browser.
   */
  onOpenFileFailed(cb: (name: string, error: Error) => void): () => void;
}
