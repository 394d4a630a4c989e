import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml and the schema come with electron-builder itself: the config is checked with the
// very schema electron-builder validates it against.
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
> & {
  fileAssociations: Record<string, unknown>[];
  linux: Record<string, unknown>;
  mac: Record<string, unknown>;
  win: Record<string, unknown>;
  files: string[];
};

/** Width and height from a PNG's IHDR, after checking the signature. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('names the app and builds AppImage + deb, dmg and nsis into release/', () => {
    expect(config['appId']).toBe('app.offsite.desktop');
    expect(config['productName']).toBe('Offsite');
    expect(config['directories']).toMatchObject({ output: 'release' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux['maintainer']).toMatch(/.+ <.+@.+>/);
    expect(config.mac).toMatchObject({
      target: 'dmg',
      category: 'public.app-category.productivity',
    });
    expect(config.win).toMatchObject({ target: 'nsis' });
  });

  it('packs the built bundles (the preload as CommonJS), not sources or tests', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']),
    );
    expect(config.files.some((f) => f.startsWith('electron/') || f.startsWith('test/'))).toBe(
      false,
    );
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('leaves out the font files the desktop window never fetches (it has them inline)', () => {
    expect(config.files).toContain('!out/renderer/assets/noto-*.woff');
  });

  it('associates .offsite files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'offsite',
        name: 'Offsite workshop',
        role: 'Editor',
        mimeType: 'application/x-offsite-workshop',
      }),
    ]);
  });

  it('uses the icons in assets/, large enough for every platform', () => {
    for (const platform of [config.linux, config.mac, config.win])
      expect(platform['icon']).toBe('assets/icon.png');
    expect(pngSize(join(root, 'assets/icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(join(root, 'assets/icon-512.png'))).toEqual({ width: 512, height: 512 });
  });
});
