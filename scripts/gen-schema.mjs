// Writes shared/model/interchange/workshop.schema.json from the record specs
// (shared/model/records, through the valibot schema that validates imports), formatted as
// Prettier formats the repo. test/unit/interchange-schema-generated.test.ts fails when the
// checked-in file differs from what this produces: run `npm run gen:schema` after changing
// a spec.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';

const OUT = 'shared/model/interchange/workshop.schema.json';

const dir = await mkdtemp(join(tmpdir(), 'offsite-gen-schema-'));
try {
  const bundle = join(dir, 'json-schema.mjs');
  await build({
    entryPoints: ['shared/model/interchange/json-schema.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const { workshopJsonSchema } = await import(pathToFileURL(bundle).href);
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  const text = await prettier.format(JSON.stringify(workshopJsonSchema()), {
    ...options,
    filepath: OUT,
  });
  await writeFile(OUT, text);
  console.log(`wrote ${OUT}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
