// Bundles the `offsite` CLI (electron/cli) into one ES module for Node. Dependencies stay
// external: they resolve from node_modules at run time, like any Node program.
import { build } from 'esbuild';

// Split at the commands' dynamic imports: without it esbuild hoists every command's
// package imports (React, @react-pdf, …) to the top of one file, and `offsite hub` would
// load them all (≈ 40 MB of RSS for nothing).
await build({
  entryPoints: { offsite: 'electron/cli/index.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  splitting: true,
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
