import { useEffect } from 'react';
import * as Y from 'yjs';

/**
 * What the board benchmark reaches through `globalThis.__offsiteRemoteUpdateProbe`: the open
 * workshop's state (for a peer doc in Node to start from), and a way to apply that peer's
 * update exactly as a room provider does.
 */
interface RemoteUpdateProbe {
  encodeState?: () => Uint8Array;
  applyRemoteUpdate?: (update: Uint8Array) => void;
}

/** A non-local origin, like a provider's: the store defers it to a microtask, undo ignores it. */
const PROBE_ORIGIN = { name: 'remote-update-probe' };

/**
 * Lets `npm run bench` apply a real remote batch (50 edits made by another Y.Doc, as one
 * Yjs update) to the open workshop and time it to the screen, before the room client lands.
 * Inert unless the page defined `globalThis.__offsiteRemoteUpdateProbe` before the app
 * loaded (the bench does, with an init script), like render-count.ts: in the app it is one
 * property lookup per board mount. It goes through `Y.applyUpdate` with a non-local origin —
 * the same path as HocuspocusProvider and y-indexeddb — so nothing a peer could not do.
 */
export function useRemoteUpdateProbe(doc: Y.Doc): void {
  useEffect(() => {
    const probe = (globalThis as { __offsiteRemoteUpdateProbe?: RemoteUpdateProbe })
      .__offsiteRemoteUpdateProbe;
    if (!probe) return;
    probe.encodeState = () => Y.encodeStateAsUpdate(doc);
    probe.applyRemoteUpdate = (update) => Y.applyUpdate(doc, update, PROBE_ORIGIN);
    return () => {
      delete probe.encodeState;
      delete probe.applyRemoteUpdate;
    };
  }, [doc]);
}
