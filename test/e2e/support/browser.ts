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

/** A screen size to look at: its name in the screenshot's file name, and its viewport. */
export interface ScreenSize {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/**
 * A fresh person at `size`; below 500 px wide a phone, with touch and a mobile viewport, as
 * the layout's phone rules expect.
 */
export function newScreenContext(browser: Browser, size: ScreenSize): Promise<BrowserContext> {
  const phone = size.width < 500;
  return browser.newContext({
    viewport: { width: size.width, height: size.height },
    ...(phone ? { hasTouch: true, isMobile: true } : {}),
  });
}
