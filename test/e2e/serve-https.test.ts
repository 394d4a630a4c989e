// `offsite serve --tls-cert/--tls-key`: the web UI over https and the sync over wss, at a
// name that is not localhost (mapped to 127.0.0.1 inside Chromium), where browsers allow a
// service worker only on https. The participant's page gets the offline cache and reloads
// with the network gone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type OffsiteServer } from '../../electron/server/server';
import { freePort } from '../support/services';
import { joinRoom, launchChromium, watchPage, WEB_ROOT } from './support';

const HOST = 'offsite.test';
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'acme-2027.json');

function missingOpenssl(): string | null {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'openssl is not installed (Debian: apt-get install openssl; .ci/run does)';
  }
}
const missing = missingOpenssl();
if (missing) console.warn(`SKIPPED serve-https: ${missing}`);

/** A self-signed certificate for HOST (and 127.0.0.1), valid for a day. */
function selfSigned(dir: string): { cert: Buffer; key: Buffer } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=${HOST}`,
      '-addext',
      `subjectAltName=DNS:${HOST},IP:127.0.0.1`,
    ],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

describe.skipIf(missing !== null)('offsite serve over https', () => {
  let server: OffsiteServer;
  let browser: Browser;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offsite-https-'));
    const port = await freePort();
    server = await startServer({
      dataDir: dir,
      host: '127.0.0.1',
      port,
      tls: selfSigned(dir),
      publicUrl: `https://${HOST}:${port}`,
      webRoot: WEB_ROOT,
      imports: [FIXTURE],
      log: () => {},
    });
    browser = await launchChromium([
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves https and wss; the service worker controls the page, which reloads offline', async () => {
    const [w] = await server.workshops();
    expect(w!.url).toMatch(new RegExp(`^https://${HOST}:\\d+/#/join/`));
    expect(w!.ws).toMatch(new RegExp(`^wss://${HOST}:\\d+/collab$`));
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchPage(page, [
      /WebSocket connection to 'wss:.*' failed/,
      /ERR_INTERNET_DISCONNECTED/,
    ]);
    await joinRoom(page, w!.url, 'Pat on https');
    const pill = page.getByRole('status', { name: /^Connection:/ });
    await expect
      .poll(() => pill.getAttribute('aria-label'), { timeout: 15_000 })
      .toBe('Connection: Connected');
    expect(await page.evaluate(() => [location.protocol, window.isSecureContext])).toEqual([
      'https:',
      true,
    ]);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 20_000,
      })
      .toBe(true);

    // The network goes; a reload still opens the workshop, from the cache and IndexedDB.
    await context.setOffline(true);
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Workshop title' }).inputValue(), {
        timeout: 15_000,
      })
      .toBe('Acme Field Service — 2027 planning offsite');
    errors.assertClean();
    await context.close();
  });
});
