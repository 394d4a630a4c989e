// Temporary private build config of H8 (not part of the project; deleted before the report).
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.config';

const base = rendererConfig('out/web');
export default defineConfig({
  ...base,
  plugins: [
    ...(base.plugins ?? []),
    {
      name: 'missing-css',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source.endsWith('.css') && importer && !existsSync(resolve(dirname(importer), source)))
          return '\0empty.css';
        return null;
      },
      load(id) {
        return id === '\0empty.css' ? '' : null;
      },
    },
  ],
  build: { ...base.build, outDir: '/tmp/h8build/web' },
});
