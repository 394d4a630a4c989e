// The desktop window's connections (issue 15 item 12): the CSP names schemes only, and the
// main process lets a request leave only for a room the user joined or hosts
// (electron/main/connect-guard.ts), with the list grown by a validated IPC call.
import { describe, expect, it } from 'vitest';
import {
  installConnectGuard,
  mayConnect,
  roomOriginKey,
  RoomOrigins,
} from '../../electron/main/connect-guard';
import { createIpcHandlers, type IpcHandlerDeps } from '../../electron/main/ipc-handlers';
import type { RoomHostService } from '../../electron/main/room-host';
import type { RoomInfo } from '../../shared/protocol/ipc';

const page = (url: string) => ({ url, webContentsId: 1 });

describe('issue 15 item 12: room origins the window may reach', () => {
  it('takes only an origin: an http(s) or ws(s) URL with a host and an optional port', () => {
    expect(roomOriginKey('ws://192.168.1.20:4455')).toBe('ws://192.168.1.20:4455');
    expect(roomOriginKey('ws://192.168.1.20:4455/')).toBe('ws://192.168.1.20:4455');
    expect(roomOriginKey('http://Laptop.local:4455')).toBe('ws://laptop.local:4455');
    expect(roomOriginKey('https://offsite.example.com')).toBe('wss://offsite.example.com');
    expect(roomOriginKey('wss://offsite.example.com:443')).toBe('wss://offsite.example.com');
    expect(roomOriginKey('ws://[::1]:4455')).toBe('ws://[::1]:4455');
    for (const bad of [
      'ws://192.168.1.20:4455/collab',
      'ws://h:1/?x=1',
      'ws://h:1#f',
      'ws://user:pw@h:1',
      'ws://h:1?',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'ftp://h:21',
      'ws://',
      'ws:// h:1',
      'ws://h:99999',
      '',
      `ws://${'a'.repeat(300)}:1`,
    ]) {
      expect(roomOriginKey(bad), bad).toBeNull();
    }
  });

  it('refuses every request of a page to the network until its room is allowed', () => {
    const rooms = new RoomOrigins();
    expect(mayConnect(page('ws://192.168.1.20:4455/collab'), rooms)).toBe(false);
    rooms.allow('ws://192.168.1.20:4455');
    expect(mayConnect(page('ws://192.168.1.20:4455/collab?device=d'), rooms)).toBe(true);
    // The room's HTTP (its history) on the same host and port: allowed.
    expect(mayConnect(page('http://192.168.1.20:4455/history'), rooms)).toBe(true);
    // Another port, another host, or the secure schemes: refused.
    expect(mayConnect(page('ws://192.168.1.20:4456/collab'), rooms)).toBe(false);
    expect(mayConnect(page('http://192.168.1.20:4456/history'), rooms)).toBe(false);
    expect(mayConnect(page('ws://192.168.1.21:4455/collab'), rooms)).toBe(false);
    expect(mayConnect(page('wss://192.168.1.20:4455/collab'), rooms)).toBe(false);
    expect(mayConnect(page('https://192.168.1.20:4455/history'), rooms)).toBe(false);
    expect(mayConnect(page('https://example.com/steal'), rooms)).toBe(false);
    expect(mayConnect(page('not a url'), rooms)).toBe(false);
  });

  it('lets through what is not on the network, the browser’s own requests, and the dev server', () => {
    const rooms = new RoomOrigins();
    for (const url of [
      'file:///opt/offsite/out/renderer/index.html',
      'data:application/wasm;base64,AGFzbQ==',
      'blob:file:///1234',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(mayConnect(page(url), rooms), url).toBe(true);
    }
    expect(mayConnect({ url: 'https://redirector.gvt1.com/dict.bdic' }, rooms)).toBe(true);
    const dev = 'http://localhost:5173';
    expect(mayConnect(page('http://localhost:5173/src/main.tsx'), rooms, dev)).toBe(true);
    expect(mayConnect(page('ws://localhost:5173/'), rooms, dev)).toBe(true);
    expect(mayConnect(page('ws://localhost:5174/'), rooms, dev)).toBe(false);
  });

  it('keeps at most `max` rooms, the oldest going first', () => {
    const rooms = new RoomOrigins(2);
    rooms.allow('ws://a:1');
    rooms.allow('ws://b:1');
    rooms.allow('ws://a:1');
    rooms.allow('ws://c:1');
    expect(rooms.allows('ws://a:1/collab')).toBe(true);
    expect(rooms.allows('ws://b:1/collab')).toBe(false);
    expect(rooms.allows('ws://c:1/collab')).toBe(true);
    expect(() => rooms.allow('ws://a:1/collab')).toThrow(/not a room origin/);
  });

  it('is installed on the session: refused requests are cancelled and logged', () => {
    type Listener = (
      details: { url: string; webContentsId?: number },
      cb: (r: { cancel: boolean }) => void,
    ) => void;
    let listener: Listener | undefined;
    const session = { webRequest: { onBeforeRequest: (l: Listener) => (listener = l) } };
    const rooms = new RoomOrigins();
    rooms.allow('ws://127.0.0.1:4455');
    const logs: string[] = [];
    installConnectGuard(session as never, rooms, { log: (m) => logs.push(m) });
    const answer = (url: string) => {
      let result: { cancel: boolean } | undefined;
      listener!(page(url), (r) => (result = r));
      return result;
    };
    expect(answer('ws://127.0.0.1:4455/collab')).toEqual({ cancel: false });
    expect(answer('ws://127.0.0.1:9999/collab')).toEqual({ cancel: true });
    expect(logs).toEqual([
      'refused a connection to ws://127.0.0.1:9999/collab: not a room of this app',
    ]);
  });
});

describe('issue 15 item 12: allowRoomConnection and the hosted room (IPC)', () => {
  const info: RoomInfo = {
    url: 'http://192.168.1.20:4455/#/join/room1?t=x',
    viewerUrl: 'http://192.168.1.20:4455/#/present/room1?t=y',
    wsUrl: 'ws://192.168.1.20:4455/collab',
    localWsUrl: 'ws://127.0.0.1:4455/collab',
    room: 'room1',
    facilitatorToken: 'z',
    port: 4455,
  };
  const rooms = { open: async () => info } as unknown as RoomHostService;
  const handlers = (roomOrigins: RoomOrigins) =>
    createIpcHandlers({ rooms, roomOrigins } as unknown as IpcHandlerDeps);

  it('allows a joined room’s origin, validated in main', async () => {
    const origins = new RoomOrigins();
    const h = handlers(origins);
    await h.allowRoomConnection('ws://10.0.0.7:8080');
    expect(origins.allows('ws://10.0.0.7:8080/collab')).toBe(true);
    await expect(h.allowRoomConnection('ws://10.0.0.7:8080/collab')).rejects.toThrow(
      /origin must be a ws\(s\) or http\(s\) origin/,
    );
    await expect(h.allowRoomConnection(42)).rejects.toThrow(/must be a string, got number/);
    await expect(h.allowRoomConnection()).rejects.toThrow(/expected 1 argument/);
    expect(origins.allows('ws://10.0.0.7:8081/collab')).toBe(false);
  });

  it('allows the room this app hosts, on loopback, when it opens', async () => {
    const origins = new RoomOrigins();
    await handlers(origins).openRoom(new Uint8Array([0, 0]), 'Acme');
    expect(origins.allows('ws://127.0.0.1:4455/collab')).toBe(true);
    expect(origins.allows('ws://192.168.1.20:4455/collab')).toBe(false);
  });
});

describe('issue 14 §6: a server workshop reads the titles of the workshop it aligns to', () => {
  it('over HTTP at the origin of its sync socket, and nowhere else', () => {
    const origins = new RoomOrigins();
    // What a room session allows before it syncs: the origin of its sync URL.
    origins.allow(new URL('wss://okr.example.com/collab').origin);
    expect(origins.allows('https://okr.example.com/api/workshops/team-cs/aligned')).toBe(true);
    expect(origins.allows('http://okr.example.com/api/workshops/team-cs/aligned')).toBe(false);
    expect(origins.allows('https://other.example.com/api/workshops/team-cs/aligned')).toBe(false);
  });
});
