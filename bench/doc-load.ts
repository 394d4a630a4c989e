// Loading a workshop with 10,000 edits: from a `.offsite` file in Node (read, decode,
// apply, migrate, read validated), and from IndexedDB in Chromium (the built web UI opens
// the same file once, then a reload loads it from IndexedDB until the title shows).
// Also the encoded sizes, and the size of the first screen's bundle (gzip).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import {
  COLUMNS,
  createKeyResult,
  createObjective,
  createProject,
  docToJson,
  editOnePagerText,
  encodeOffsiteFile,
  initWorkshop,
  moveProject,
  readWorkshop,
  updateKeyResult,
  updateProject,
} from '../shared/model';
import { loadWorkshopDoc } from '../electron/storage/workshop-file';
import { launchPersistent } from '../test/e2e/support/browser';
import { serveWeb } from '../test/e2e/support/static-server';
import { prng } from '../test/support/random';
import { median, type BenchResult } from './types';

const EDITS = 10_000;
// Benchmarks run bundled from out/bench, so the web root is found from the working directory.
const WEB_ROOT = process.env.OFFSITE_WEB_ROOT ?? resolve('out/web');

/**
 * A workshop shaped by 10,000 edits of the kinds a room makes; `afterEdit` runs after each
 * (bench/history.ts keeps history points along the way).
 */
export function editedWorkshop(afterEdit?: (doc: Y.Doc, edit: number) => void): Y.Doc {
  const rng = prng(10_000);
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Ten thousand edits', cycle: '2027-Q1' });
  const projects: string[] = [];
  const krs: string[] = [];
  const objectives: string[] = [];
  for (let i = 0; i < EDITS; i++) {
    const r = rng.int(100);
    if (r < 15 || projects.length < 10)
      projects.push(createProject(doc, { title: `Project ${i}` }));
    else if (r < 45) moveProject(doc, rng.pick(projects)!, rng.pick(COLUMNS)!, rng.int(50));
    else if (r < 60) updateProject(doc, rng.pick(projects)!, { title: `Project renamed ${i}` });
    else if (r < 80) editOnePagerText(doc, 'purpose', rng.int(200), rng.int(2), 'ab');
    else if (r < 85 || objectives.length === 0)
      objectives.push(createObjective(doc, { title: `Objective ${i}` }));
    else if (r < 92 || krs.length === 0)
      krs.push(createKeyResult(doc, rng.pick(objectives)!, { title: `KR ${i}` })!);
    else updateKeyResult(doc, rng.pick(krs)!, { current: i, confidence: rng.int(11) });
    afterEdit?.(doc, i);
  }
  return doc;
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const doc = editedWorkshop();
  const dir = mkdtempSync(join(tmpdir(), 'offsite-bench-load-'));
  const file = join(dir, 'ten-thousand.offsite');
  const bytes = encodeOffsiteFile(doc);
  writeFileSync(file, bytes);
  const params = { edits: EDITS, projects: readWorkshop(doc).projects.length };
  results.push(
    {
      name: 'doc size: Yjs state (encodeStateAsUpdate)',
      value: Y.encodeStateAsUpdate(doc).length / 1024,
      unit: 'KiB',
      params,
    },
    { name: 'doc size: .offsite file', value: bytes.length / 1024, unit: 'KiB', params },
    {
      name: 'doc size: interchange JSON',
      value: JSON.stringify(docToJson(doc)).length / 1024,
      unit: 'KiB',
      params,
    },
  );

  const times: number[] = [];
  for (let i = 0; i < 13; i++) {
    const started = performance.now();
    const loaded = await loadWorkshopDoc(file);
    readWorkshop(loaded);
    if (i >= 3) times.push(performance.now() - started);
  }
  results.push({
    name: 'load 10,000-edit workshop from .offsite (Node, warm)',
    value: median(times),
    unit: 'ms',
    params,
  });

  // Chromium: open the file once (stored in IndexedDB), then reload and time until the
  // workshop title is on screen, three times.
  const server = await serveWeb(WEB_ROOT);
  const profile = mkdtempSync(join(tmpdir(), 'offsite-bench-idb-'));
  const context = await launchPersistent(profile);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file…' }).click();
    await (await chooser).setFiles(file);
    const title = page.getByRole('textbox', { name: 'Workshop title' });
    await title.waitFor();
    const workshopUrl = page.url();
    const loads: number[] = [];
    for (let i = 0; i < 4; i++) {
      await page.goto('about:blank');
      await page.goto(workshopUrl);
      await page.waitForFunction(
        () =>
          (document.querySelector('input[aria-label="Workshop title"]') as HTMLInputElement | null)
            ?.value === 'Ten thousand edits',
      );
      const t = await page.evaluate(() => performance.now());
      if (i > 0) loads.push(t);
    }
    results.push({
      name: 'load 10,000-edit workshop from IndexedDB (Chromium, navigation to title shown)',
      value: median(loads),
      unit: 'ms',
      params,
    });
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }

  // The first screen's bundle: the entry script, what it preloads, and the CSS, gzipped.
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  const gz = assets.reduce((sum, a) => sum + gzipSync(readFileSync(join(WEB_ROOT, a))).length, 0);
  results.push({
    name: 'initial renderer bundle (gzip: entry + preloads + CSS)',
    value: gz / 1024,
    unit: 'KiB',
    params: { files: assets.length },
  });
  return results;
}
