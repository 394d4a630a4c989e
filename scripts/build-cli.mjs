// Bundles the `offsite` CLI (electron/cli) into one ES module for Node. Dependencies stay
// external: they resolve from node_modules at run time, like any Node program.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'out/cli/offsite.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'warning',
  define: { __OFFSITE_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
