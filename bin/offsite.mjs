#!/usr/bin/env node
// The `offsite` command. The CLI is TypeScript, bundled by `npm install` (the `prepare`
// script) into out/cli; this file only finds and starts it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

// React (used by the PDF exporter) picks its build from NODE_ENV at load time: the CLI is
// a production program, not a development one.
process.env.NODE_ENV ??= 'production';

const cli = fileURLToPath(new URL('../out/cli/offsite.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error(
    'offsite: the CLI is not built yet. Run `npm install` (or `npm run build:cli`) in the Offsite checkout.',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
