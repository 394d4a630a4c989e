// Shared by the serve-*.test.ts files: `offsite serve` as real processes, their --json
// lines, and a failover TCP proxy standing in for the reverse proxy in front of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The first --json line. */
export interface ServerLine {
  url: string;
  port: number;
  admin: string;
}

/** One --json line per workshop. */
export interface WorkshopLine {
  workshop: string;
  title: string;
  url: string;
  ws: string;
  room: string;
  token: string;
  viewerToken: string;
}

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly server: ServerLine;
  readonly workshops: WorkshopLine[];
  stdout(): string;
  stderr(): string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then the exit. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

/** Every process started here, for afterEach/afterAll to kill: `killAll()`. */
const running = new Set<ChildProcess>();

export function killAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  running.clear();
}

/**
 * Starts `offsite serve --json ARGS` (on 127.0.0.1) and resolves once it has printed its
 * lines: the server line and `expectWorkshops` workshop lines.
 */
export function startServe(args: string[], expectWorkshops: number): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    ['bin/offsite.mjs', 'serve', '--host', '127.0.0.1', '--json', ...args],
    { cwd: ROOT, stdio: 'pipe' },
  );
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve printed no lines in 30 s; stdout: ${out}\nstderr: ${err}`)),
      30_000,
    );
    const onData = () => {
      const lines = out.split('\n');
      if (lines.length < expectWorkshops + 2) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      const [first, ...rest] = lines.slice(0, expectWorkshops + 1).map((l) => JSON.parse(l));
      resolve({
        child,
        server: first as ServerLine,
        workshops: rest as WorkshopLine[],
        stdout: () => out,
        stderr: () => err,
        exit,
        stop: () => (child.kill('SIGTERM'), exit),
        kill: async () => {
          child.kill('SIGKILL');
          await exit;
        },
      });
    };
    child.stdout!.on('data', onData);
    void exit.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code} early; stderr: ${err}`));
    });
  });
}

/**
 * A TCP proxy on 127.0.0.1 that sends each new connection to the first backend that
 * accepts it — what a reverse proxy with health checks does when a backend dies: clients
 * of a killed process reconnect, through the same address, to one still running.
 */
export async function failoverProxy(
  backends: () => readonly number[],
): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    client.pause();
    const tryBackend = (i: number) => {
      const list = backends();
      if (i >= list.length) return client.destroy();
      const upstream = tcpConnect(list[i]!, '127.0.0.1');
      upstream.once('error', () => {
        upstream.destroy();
        tryBackend(i + 1);
      });
      upstream.once('connect', () => {
        track(upstream);
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Resolves once the server has acknowledged every change the provider sent. */
export function acknowledged(provider: HocuspocusProvider, ms = 10_000): Promise<void> {
  if (!provider.hasUnsyncedChanges) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.off('unsyncedChanges', check);
      reject(new Error(`changes not acknowledged after ${ms} ms`));
    }, ms);
    const check = () => {
      if (provider.hasUnsyncedChanges) return;
      clearTimeout(timer);
      provider.off('unsyncedChanges', check);
      resolve();
    };
    provider.on('unsyncedChanges', check);
  });
}
