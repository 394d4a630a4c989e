// `offsite hub` as a real process, for the tests that need one (the --json contract, a
// signal, a second hub on the same file). Every process started here is killed by
// killCliHubs(), which each test file calls in afterEach or afterAll: a failing test
// never leaves a hub running.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface HubInfo {
  url: string;
  ws: string;
  room: string;
  token: string;
  viewerToken: string;
  port: number;
}

export interface CliProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface RunningHub extends CliProcess {
  /** The first line on stdout (with --json, the JSON line). */
  readonly line: string;
  readonly info: HubInfo;
}

const started = new Set<ChildProcess>();

/** Builds out/cli from the sources, so the tests run the code under test. */
export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** Runs `offsite ARGS…`, or `sh -c "PREFIX; exec offsite ARGS…"` with a shell prefix. */
export function spawnCli(args: string[], options: { shell?: string } = {}): CliProcess {
  const argv = ['bin/offsite.mjs', ...args];
  const child = options.shell
    ? spawn('/bin/sh', ['-c', `${options.shell}; exec "$0" "$@"`, process.execPath, ...argv], {
        cwd: ROOT,
        stdio: 'pipe',
      })
    : spawn(process.execPath, argv, { cwd: ROOT, stdio: 'pipe' });
  started.add(child);
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      started.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

/** Starts `offsite hub ARGS…` and resolves once it printed its first line (use --json). */
export function startCliHub(args: string[], options: { shell?: string } = {}): Promise<RunningHub> {
  const p = spawnCli(['hub', ...args], options);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`hub did not print its line; stderr: ${p.stderr()}`)),
      20_000,
    );
    const onData = () => {
      const out = p.stdout();
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      p.child.stdout!.off('data', onData);
      const line = out.slice(0, nl);
      resolve({ ...p, line, info: JSON.parse(line) as HubInfo });
    };
    p.child.stdout!.on('data', onData);
    void p.exit.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`hub exited ${code} before listening; stderr: ${p.stderr()}`));
    });
  });
}

/** Resolves with the exit, or rejects after `ms` (the process is then killed). */
export async function exitWithin(
  p: CliProcess,
  ms: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      p.child.kill('SIGKILL');
      reject(new Error(`still running after ${ms} ms; stderr: ${p.stderr()}`));
    }, ms);
  });
  return Promise.race([p.exit, late]).finally(() => clearTimeout(timer));
}

/** Kills every process started here that is still running. */
export function killCliHubs(): void {
  for (const child of started) child.kill('SIGKILL');
  started.clear();
}
