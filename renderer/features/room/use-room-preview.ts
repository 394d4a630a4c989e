import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { metaMap, readMeta } from '../../../shared/model';
import { deviceId } from '../../sync/identity';
import { connectRoom, type RoomConnection, type RoomPhase } from '../../sync/room-connection';
import { platform } from '../../platform';

/** What the join page knows of a room before joining: its title once synced, or why not. */
export interface RoomPreview {
  /** The workshop's title once the hub has sent the workshop ('' if it has none); null before. */
  readonly title: string | null;
  readonly phase: RoomPhase;
}

/**
 * Looks into a room before joining it, so the join page can name the workshop instead of
 * showing a room id: a connection with the link's token into a throwaway doc, closed when
 * the page goes. The title is sent only after the hub accepted the token (the unauthenticated
 * /health says nothing about the workshop), and a dead link or a removed device shows here,
 * before the person types a name. The preview publishes no presence (it is nobody yet).
 */
export function useRoomPreview(link: { wsUrl: string; room: string; token: string } | null) {
  const [preview, setPreview] = useState<RoomPreview>({ title: null, phase: 'connecting' });
  const wsUrl = link?.wsUrl;
  const room = link?.room;
  const token = link?.token;
  useEffect(() => {
    if (!wsUrl || !room || !token) return;
    const doc = new Y.Doc();
    const meta = metaMap(doc);
    let connection: RoomConnection | null = null;
    let stop = () => {};
    let gone = false;
    const read = () => {
      if (!connection) return;
      const { phase, everSynced } = connection.status.getState();
      const title = everSynced ? readMeta(doc).title.trim() : null;
      setPreview((p) => (p.title === title && p.phase === phase ? p : { title, phase }));
    };
    // The desktop lets the window reach a room only once asked (connect-guard.ts).
    void platform()
      .allowRoomConnection(wsUrl)
      .then(() => {
        if (gone) return;
        connection = connectRoom({ doc, wsUrl, room, token, deviceId: deviceId() });
        connection.awareness.setLocalState(null);
        stop = connection.status.subscribe(read);
        meta.observeDeep(read);
        read();
      })
      // Not reachable from here: the page keeps saying it is looking, as while offline.
      .catch(() => !gone && setPreview({ title: null, phase: 'offline' }));
    return () => {
      gone = true;
      stop();
      meta.unobserveDeep(read);
      connection?.destroy();
      doc.destroy();
    };
  }, [wsUrl, room, token]);
  return preview;
}
