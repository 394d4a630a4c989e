// `npm run bench [-- NAME…]`: runs every benchmark in bench/*.ts (or those named), prints a
// table and writes bench-results.json. Benchmarks are not tests: nothing here fails on a
// slow figure; the figures go to the README's Performance table.
import { build } from 'esbuild';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'types.ts')
  .filter((f) => only.length === 0 || only.some((n) => f.includes(n)));

await build({
  entryPoints: files.map((f) => `bench/${f}`),
  outdir: 'out/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

const date = new Date().toISOString();
const results = [];
for (const file of files) {
  const name = file.replace(/\.ts$/, '');
  process.stderr.write(`bench: ${name} …\n`);
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(resolve('out/bench', `${name}.mjs`)).href);
    for (const r of await mod.run()) results.push({ ...r, date });
  } catch (error) {
    console.error(`bench: ${name} failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  }
  process.stderr.write(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
};
writeFileSync('bench-results.json', `${JSON.stringify({ machine, date, results }, null, 2)}\n`);

const rows = results.map((r) => [
  r.name,
  `${round(r.value)} ${r.unit}`,
  JSON.stringify(r.params ?? {}),
]);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
console.log(['benchmark', 'value', 'params'].map((h, i) => h.padEnd(widths[i])).join('  '));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
console.log(
  `\n${results.length} results written to bench-results.json (${machine.cpus} × ${machine.cpuModel}, ${machine.node})`,
);

function round(v) {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}
