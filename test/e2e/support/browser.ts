import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium under playwright-core (never a downloaded browser). The flags keep it
 * quiet on a closed network: without the background-networking ones it floods the machine
 * with refused connections (ENVIRONMENT.md).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function options(extraArgs: readonly string[] = []): LaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  };
}

/**
 * A fresh Chromium; each `newContext()` is one person with their own empty storage.
 * `extraArgs` go after the quiet flags (e.g. a `--host-resolver-rules` mapping).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch(options(extraArgs));
}

/**
 * A Chromium whose profile (IndexedDB included) lives in `dir`: close it and launch again on
 * the same dir to test what survives a restart.
 */
export function launchPersistent(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    ...options(),
    viewport: { width: 1280, height: 800 },
  });
}
