// Runs bench/pdf-export.ts on its own: bundles it with esbuild (dependencies stay in
// node_modules), imports the bundle and prints the results as JSON.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'offsite-bench', 'pdf-export.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'pdf-export.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
});
const { run } = await import(pathToFileURL(outfile).href);
console.log(JSON.stringify(await run(), null, 2));
