// The web UI's Content-Security-Policy (electron/hub/http.ts), issue 15 item 12: connect-src
// is the hub's own origin, named from a strictly checked Host header.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHostOf } from '../../electron/hub/http';

const connectSrc = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
    ?.slice(1);

describe('issue 15 item 12: the web UI’s connect-src', () => {
  it('is the hub’s own origin: same-origin HTTP and ws/wss to the same host and port only', () => {
    expect(connectSrc(contentSecurityPolicy('192.168.1.20:4455'))).toEqual([
      "'self'",
      'data:',
      'ws://192.168.1.20:4455',
      'wss://192.168.1.20:4455',
    ]);
    expect(connectSrc(contentSecurityPolicy('Offsite.Local'))).toEqual([
      "'self'",
      'data:',
      'ws://offsite.local',
      'wss://offsite.local',
    ]);
  });

  it('never allows a scheme to anywhere', () => {
    for (const host of ['127.0.0.1:8080', undefined, 'bad host']) {
      const sources = connectSrc(contentSecurityPolicy(host)) ?? [];
      for (const source of ['ws:', 'wss:', 'http:', 'https:', '*']) {
        expect(sources).not.toContain(source);
      }
    }
  });

  it('falls back to self alone for a Host header it cannot name safely', () => {
    for (const host of [
      undefined,
      '',
      'a b',
      'evil.com; connect-src *',
      'evil.com ws:',
      'x:0',
      'x:65536',
      'x:80:80',
      '[::1]:4455',
      'user@host:80',
      'host/path',
      '-lead.com',
      'a'.repeat(300),
    ]) {
      expect(cspHostOf(host), String(host)).toBeNull();
      expect(connectSrc(contentSecurityPolicy(host)), String(host)).toEqual(["'self'", 'data:']);
    }
  });

  it('keeps one directive per name, whatever the Host header says', () => {
    const csp = contentSecurityPolicy('evil.com;connect-src *');
    const names = csp.split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});
