import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { joinRoom, launchChromium, startFixtureHub, type FixtureHub } from './support';

/**
 * Issue 15 item 12 in real Chromium: a page the hub serves talks to that hub only. A script
 * in it (an injected one, say) cannot open a WebSocket or a fetch to another origin — not
 * even another port of the same machine: the browser refuses it with a CSP violation and
 * the other server never sees a connection. The room itself still syncs.
 */
describe('issue 15 item 12: the web UI connects only to its own hub', () => {
  let room: FixtureHub;
  let decoy: Server;
  let decoyPort: number;
  const decoyHits: string[] = [];
  let browser: Browser;
  let page: Page;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    room = await startFixtureHub('offsite-csp-e2e-');
    // Another server on this machine, where an injected script would send the workshop.
    decoy = createServer((req, res) => {
      decoyHits.push(`http ${req.url}`);
      res.end('ok');
    });
    new WebSocketServer({ server: decoy }).on('connection', () => decoyHits.push('websocket'));
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    decoyPort = (decoy.address() as AddressInfo).port;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('console', (m) => consoleLines.push(m.text()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    decoy?.close();
    await room?.close();
  });

  it('syncs with its hub, and cannot open a WebSocket or fetch to another origin', async () => {
    await joinRoom(page, room.hub.url, 'Pat Participant');
    await expect
      .poll(() => page.getByRole('status', { name: /^Connection:/ }).getAttribute('aria-label'))
      .toBe('Connection: Connected');

    const outcome = await page.evaluate(async (other: number) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      const socket = await new Promise<string>((resolve) => {
        try {
          const ws = new WebSocket(`ws://127.0.0.1:${other}/collab`);
          ws.onopen = () => resolve('opened');
          ws.onerror = () => resolve('failed');
          setTimeout(() => resolve('no answer'), 5000);
        } catch (e) {
          resolve(`threw ${String(e)}`);
        }
      });
      const fetched = await fetch(`http://127.0.0.1:${other}/steal`).then(
        () => 'fetched',
        () => 'refused',
      );
      // Violation events are queued as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { socket, fetched, violations };
    }, decoyPort);

    expect(outcome.socket).not.toBe('opened');
    expect(outcome.fetched).toBe('refused');
    expect(outcome.violations).toContain(`connect-src ws://127.0.0.1:${decoyPort}/collab`);
    expect(outcome.violations).toContain(`connect-src http://127.0.0.1:${decoyPort}/steal`);
    expect(
      consoleLines.some(
        (line) =>
          line.includes(`ws://127.0.0.1:${decoyPort}/collab`) &&
          line.includes('Content Security Policy'),
      ),
    ).toBe(true);
    expect(decoyHits).toEqual([]);
  });
});

/**
 * The fallback for a Host header the hub cannot name in a CSP source (an IPv6 literal, or
 * here a name with an underscore): `connect-src 'self'` alone, which in Chromium covers the
 * WebSocket to the same host and port, so the room still syncs.
 */
describe('issue 15 item 12: connect-src self alone covers the hub’s own WebSocket in Chromium', () => {
  let room: FixtureHub;
  let browser: Browser;

  beforeAll(async () => {
    room = await startFixtureHub('offsite-csp-self-e2e-');
    browser = await launchChromium(['--host-resolver-rules=MAP hub_self.test 127.0.0.1']);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });

  it('joins and syncs through a page whose policy names no WebSocket source (plain http on a non-local name: no secure context, no crypto.randomUUID)', async () => {
    const page = await (await browser.newContext()).newPage();
    const link = room.hub.url.replace('127.0.0.1', 'hub_self.test');
    const response = await page.goto(link.split('#')[0]!);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self' data:;");
    await joinRoom(page, link, 'Pat Participant');
    await expect
      .poll(() => page.getByRole('status', { name: /^Connection:/ }).getAttribute('aria-label'))
      .toBe('Connection: Connected');
  });
});
