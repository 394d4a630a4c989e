/**
 * A separate Node process that saves workshops, so that a test can SIGKILL it mid-save or
 * run it as another user or under a file size limit. Bundled by the test with esbuild.
 *
 *   save-child loop  PATH FIXTURE START   save generation START, START+1, … forever,
 *                                         printing "saved N" after each
 *   save-child pause PATH FIXTURE TITLE   write, fsync, print "paused", never rename
 *   save-child save  PATH FIXTURE TITLE   one save; prints the outcome as one JSON line
 */
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import {
  createProjects,
  importWorkshopJson,
  LIMITS,
  updateMeta,
  type WorkshopJson,
} from '../../../shared/model';
import { writeFileAtomic } from '../../../electron/storage/atomic-write';
import { saveWorkshopDoc, serializeWorkshop } from '../../../electron/storage/workshop-file';

const [mode, path, fixturePath, arg] = process.argv.slice(2) as [string, string, string, string];

/** The sample workshop plus enough long project descriptions to take a while to write (~8 MB). */
function bigWorkshop(title: string): Y.Doc {
  const doc = new Y.Doc();
  importWorkshopJson(doc, JSON.parse(readFileSync(fixturePath, 'utf8')) as WorkshopJson);
  const filler = 'Long notes about this project. '.repeat(LIMITS.longText / 32);
  createProjects(
    doc,
    Array.from({ length: 400 }, (_, i) => ({ title: `Filler ${i}`, description: filler })),
  );
  updateMeta(doc, { title });
  return doc;
}

async function main(): Promise<void> {
  if (mode === 'loop') {
    const doc = bigWorkshop('gen-0');
    for (let n = Number(arg); ; n++) {
      updateMeta(doc, { title: `gen-${n}` });
      await saveWorkshopDoc(path, doc);
      process.stdout.write(`saved ${n}\n`);
    }
  }
  if (mode === 'pause') {
    const doc = bigWorkshop(arg);
    await writeFileAtomic(path, serializeWorkshop(doc, 'offsite'), {
      beforeRename: async () => {
        process.stdout.write('paused\n');
        await new Promise(() => setInterval(() => {}, 1 << 30)); // until killed
      },
    });
  }
  if (mode === 'save') {
    try {
      await saveWorkshopDoc(path, bigWorkshop(arg));
      process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
    } catch (e) {
      const err = e as Error & { code?: string };
      process.stdout.write(
        `${JSON.stringify({ ok: false, name: err.name, code: err.code, message: err.message })}\n`,
      );
    }
  }
}

await main();
