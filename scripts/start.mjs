#!/usr/bin/env node
// `npm start`: the desktop app, built and run with Electron. Where Electron's binary cannot
// be had (no download from GitHub on this machine, a broken install), it says so in one
// line and starts the same app in the browser instead: a local room on 127.0.0.1 kept in
// OFFSITE_DATA (default ~/.offsite/browser-room; the same folder next time resumes it),
// with the facilitator link printed and opened where a browser can be opened.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const skipBuild = process.env.OFFSITE_START_NO_BUILD === '1';

/** Runs an npm script with its output shown; exits with its code if it fails. */
function npmRun(script) {
  if (skipBuild) return;
  const result = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary's path, installing it first if needed; null with the reason if it cannot be had. */
function electronBinary() {
  const require = createRequire(join(root, 'package.json'));
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(dir, 'path.txt');
  const located = () => {
    if (!existsSync(pathFile)) return null;
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  };
  if (located()) return { path: located(), reason: '' };
  // Electron's own installer, quietly: its failure is a stack trace a newcomer cannot use.
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (install.status === 0 && located()) return { path: located(), reason: '' };
  const output = `${install.stderr ?? ''}\n${install.stdout ?? ''}`;
  const first = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at '));
  return { path: null, reason: first ? `download failed: ${first}` : 'download failed' };
}

npmRun('build:desktop');
const electron = electronBinary();
if (electron.path) {
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
} else {
  const data = process.env.OFFSITE_DATA ?? join(homedir(), '.offsite', 'browser-room');
  console.error(
    `offsite: Electron's binary is not available here (${electron.reason}); starting the same app in your browser instead (a local room on 127.0.0.1, kept in ${data}).`,
  );
  npmRun('build:web');
  npmRun('build:cli');
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'offsite.mjs'), 'hub', '--host', '127.0.0.1', '--data', data, '--open'],
    { cwd: root, stdio: 'inherit' },
  );
  // Ctrl+C reaches the hub itself (the terminal signals the whole process group): passing
  // it on would be a second SIGINT, which stops the hub before it has saved. So SIGINT is
  // only kept from killing us; SIGTERM (sent to us alone) is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}
