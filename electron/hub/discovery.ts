import { Bonjour, type Service } from 'bonjour-service';
import { DISCOVERY_SERVICE_TYPE, isRoomId } from '../../shared/protocol/room';

/** A room seen on the LAN. Joining still needs a token from the link or QR code. */
export interface NearbyRoom {
  readonly name: string;
  readonly room: string;
  readonly host: string;
  readonly addresses: readonly string[];
  readonly port: number;
}

export interface Stoppable {
  stop(): Promise<void>;
}

type Log = (message: string) => void;

/**
 * True for a host only this machine can reach (127.0.0.0/8, ::1, localhost): a room
 * listening there is not advertised, since nobody on the network could join it.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
  );
}

function bonjour(log: Log): Bonjour | null {
  try {
    // Multicast may be unavailable (no interface, a firewall, a sandbox): log and carry on.
    return new Bonjour({}, (error: Error) =>
      log(`discovery: multicast unavailable: ${error.message}`),
    );
  } catch (error) {
    log(`discovery: multicast unavailable: ${(error as Error).message}`);
    return null;
  }
}

function destroy(b: Bonjour): Promise<void> {
  return new Promise((resolve) => {
    try {
      b.destroy(() => resolve());
    } catch {
      resolve();
    }
  });
}

/**
 * Advertises an open room as `_offsite._tcp` with its display name, port and room id.
 * Never the token: anyone on the network can read DNS-SD.
 */
export function advertiseRoom(
  room: { name: string; room: string; port: number },
  log: Log,
): Stoppable {
  const b = bonjour(log);
  if (!b) return { stop: async () => {} };
  try {
    const service = b.publish({
      name: room.name.slice(0, 60) || room.room,
      type: DISCOVERY_SERVICE_TYPE,
      port: room.port,
      txt: { room: room.room, v: '1' },
      disableIPv6: true,
    });
    service.on('error', (error: Error) => log(`discovery: ${error.message}`));
  } catch (error) {
    log(`discovery: cannot advertise: ${(error as Error).message}`);
  }
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        try {
          b.unpublishAll(() => void destroy(b).then(resolve));
        } catch {
          void destroy(b).then(resolve);
        }
      }),
  };
}

function toNearby(service: Service): NearbyRoom | null {
  const txt = (service.txt ?? {}) as Record<string, unknown>;
  const room = typeof txt.room === 'string' ? txt.room : '';
  if (!isRoomId(room) || !Number.isInteger(service.port)) return null;
  return {
    name: String(service.name).slice(0, 60),
    room,
    host: service.host,
    addresses: (service.addresses ?? []).filter((a) => !a.includes(':')),
    port: service.port,
  };
}

/** Lists rooms nearby as they come and go. */
export function browseRooms(onChange: (rooms: readonly NearbyRoom[]) => void, log: Log): Stoppable {
  const b = bonjour(log);
  if (!b) return { stop: async () => {} };
  const rooms = new Map<string, NearbyRoom>();
  const key = (s: Service) => `${s.fqdn}`;
  try {
    const browser = b.find({ type: DISCOVERY_SERVICE_TYPE });
    browser.on('up', (service: Service) => {
      const nearby = toNearby(service);
      if (!nearby) return;
      rooms.set(key(service), nearby);
      onChange([...rooms.values()]);
    });
    browser.on('down', (service: Service) => {
      if (rooms.delete(key(service))) onChange([...rooms.values()]);
    });
  } catch (error) {
    log(`discovery: cannot browse: ${(error as Error).message}`);
  }
  return { stop: () => destroy(b) };
}
