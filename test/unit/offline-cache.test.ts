import { describe, expect, it } from 'vitest';
import {
  shellVersion,
  shouldRegisterOfflineCache,
  type OfflineCacheEnvironment,
} from '../../renderer/platform/offline-cache';

/** A browser participant on a hub's page: the one case that registers. */
const hubPage: OfflineCacheEnvironment = {
  hasServiceWorker: true,
  protocol: 'http:',
  desktop: false,
  dev: false,
};

describe('offline cache: where it registers', () => {
  it('registers for the built web UI served by a hub over http or https', () => {
    expect(shouldRegisterOfflineCache(hubPage)).toBe(true);
    expect(shouldRegisterOfflineCache({ ...hubPage, protocol: 'https:' })).toBe(true);
  });

  it('never in the desktop window: file:// in production, the dev server in development', () => {
    expect(shouldRegisterOfflineCache({ ...hubPage, protocol: 'file:', desktop: true })).toBe(
      false,
    );
    expect(shouldRegisterOfflineCache({ ...hubPage, desktop: true, dev: true })).toBe(false);
    // Even a desktop window that somehow loads a built page over http.
    expect(shouldRegisterOfflineCache({ ...hubPage, desktop: true })).toBe(false);
  });

  it('not from a Vite dev server, not on other schemes, not without service workers', () => {
    expect(shouldRegisterOfflineCache({ ...hubPage, dev: true })).toBe(false);
    expect(shouldRegisterOfflineCache({ ...hubPage, protocol: 'file:' })).toBe(false);
    expect(shouldRegisterOfflineCache({ ...hubPage, protocol: 'app:' })).toBe(false);
    // A browser without them, or plain http from a LAN address in a strict browser.
    expect(shouldRegisterOfflineCache({ ...hubPage, hasServiceWorker: false })).toBe(false);
  });
});

describe('offline cache: the version of a build', () => {
  const build = [
    'http://192.168.1.20:4321/assets/index-DQDLPatb.js',
    'http://192.168.1.20:4321/assets/jsx-runtime-Wy9s6hX0.js',
    'http://192.168.1.20:4321/assets/index-DVjvlz2-.css',
  ];

  it('is eight hex digits, the same for the same entry names in any order or host', () => {
    const version = shellVersion(build);
    expect(version).toMatch(/^[0-9a-f]{8}$/);
    expect(shellVersion([...build].reverse())).toBe(version);
    expect(shellVersion(build.map((u) => u.replace('192.168.1.20:4321', '10.0.0.5:80')))).toBe(
      version,
    );
    expect(shellVersion([...build, build[0]!])).toBe(version);
  });

  it('changes when any entry asset is renamed (a new build)', () => {
    const version = shellVersion(build);
    expect(
      shellVersion([build[0]!, build[1]!, build[2]!.replace('DVjvlz2-', 'N3wBu1ld')]),
    ).not.toBe(version);
    expect(
      shellVersion([build[0]!.replace('DQDLPatb', 'DQDLPatc'), build[1]!, build[2]!]),
    ).not.toBe(version);
    expect(shellVersion(build.slice(1))).not.toBe(version);
  });
});
