// The hub's HTTP side: only the built web UI and /health, nothing else on disk.
import { request } from 'node:http';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, tempDir, tempWebRoot, type TestHub } from './hub-helpers';

let t: TestHub;
let webRoot: string;

beforeAll(async () => {
  webRoot = tempWebRoot();
  const outside = tempDir('offsite-outside-');
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  symlinkSync(join(outside, 'secret.txt'), join(webRoot, 'link.txt'));
  t = await startTestHub({ webRoot });
});
afterAll(async () => {
  await t?.hub.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path goes on the wire exactly as given (fetch would normalise it). */
function send(path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.hub.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hub HTTP', () => {
  it('serves index.html at / with security headers', async () => {
    const r = await send('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Offsite</title>');
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['cache-control']).toBe('no-cache');
  });

  it('issue 15 item 12: lets the page connect only to this hub, named from its Host header', async () => {
    const r = await send('/');
    const own = `127.0.0.1:${t.hub.port}`;
    expect(r.headers['content-security-policy']).toContain(
      `connect-src 'self' data: ws://${own} wss://${own};`,
    );
    expect(r.headers['content-security-policy']).not.toMatch(/\bwss?:(?!\/\/)/);
  });

  it('serves hashed assets with the right MIME type, cached', async () => {
    const r = await send('/assets/app-3f9a2b1c.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['cache-control']).toContain('immutable');
  });

  it('answers /health with the room and the hub clock', async () => {
    const before = Date.now();
    const r = await send('/health');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    const health = JSON.parse(r.body) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, room: t.hub.room, connections: 0 });
    expect(typeof health.version).toBe('string');
    expect(health.time).toBeGreaterThanOrEqual(before);
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/assets/../../package.json',
    '/index.html%00.js',
    '/%00',
    '/..\\package.json',
    '/link.txt',
    '/assets',
    '/assets/',
    '/nope.js',
    '/join/abc',
  ])('serves nothing outside the web root: %s', async (path) => {
    const r = await send(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('SECRET');
    expect(r.body).not.toContain('"name"');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s → 405', async (method) => {
    const r = await send('/index.html', method);
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('HEAD has headers and no body', async () => {
    const r = await send('/index.html', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
    expect(Number(r.headers['content-length'])).toBeGreaterThan(0);
  });
});
