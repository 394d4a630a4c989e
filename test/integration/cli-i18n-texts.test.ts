// `offsite export --md` and `offsite history` of a German workshop, run as `npx offsite`
// runs them (bin/offsite.mjs → out/cli), against a real history kept by a real hub.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { saveWorkshopDoc } from '../../electron/storage/workshop-file';
import { readWorkshop } from '../../shared/model';
import { importWorkshopJson, type WorkshopJson } from '../../shared/model/interchange';
import { sampleJson } from '../support/export-workshops';
import { wipe } from '../support/sample-workshop';
import { connect, startTestHub, tempDir, waitForDoc } from './hub-helpers';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

function offsite(...args: string[]) {
  const r = spawnSync(process.execPath, [join(repo, 'bin/offsite.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Acme sample in German, its cycle dated, one key result at risk (confidence 2 of 10). */
function german(): WorkshopJson {
  const data = sampleJson();
  const today = new Date();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const start = new Date(today.getTime() - 10 * 86_400_000);
  const end = new Date(today.getTime() + 80 * 86_400_000);
  const yesterday = new Date(today.getTime() - 86_400_000);
  return {
    ...data,
    language: 'de',
    cycleStart: iso(start),
    cycleEnd: iso(end),
    checkIns: [
      // Yesterday: today in UTC may still be tomorrow in the machine's time zone.
      { id: 'c9', keyResultId: 'k-repeat', date: iso(yesterday), value: 21, confidence: 2 },
    ],
  };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  dir = tempDir('offsite-cli-i18n-');
});

describe('a German workshop on the command line', () => {
  it('offsite export --md writes decimals with a comma and the status’s reason in German', () => {
    const json = join(dir, 'acme-de.json');
    writeFileSync(json, JSON.stringify(german()));
    const md = join(dir, 'acme-de.md');
    const r = offsite('export', json, '--md', md);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(md, 'utf8');
    // "Qualified DACH pipeline from €0.8M to €2.5M": baseline 0.8, target 2.5.
    expect(text).toContain('0,8 → 2,5');
    expect(text).not.toContain('0.8 → 2.5');
    expect(text).toContain('Zuversicht 2 von 10');
    expect(text).toContain('Gefährdet');
    for (const english of ['confidence 2 of 10', 'no check-in yet', 'checked in', 'At risk'])
      expect(text, english).not.toContain(english);

    // The same workshop without a language: English, as always.
    const { language: _drop, ...plain } = german();
    const jsonEn = join(dir, 'acme-en.json');
    writeFileSync(jsonEn, JSON.stringify(plain));
    const mdEn = join(dir, 'acme-en.md');
    expect(offsite('export', jsonEn, '--md', mdEn).status).toBe(0);
    const en = readFileSync(mdEn, 'utf8');
    expect(en).toContain('0.8 → 2.5');
    expect(en).toContain('confidence 2 of 10');
  });

  it('offsite history lists the points in German; --json keeps the English summaries', async () => {
    const file = join(dir, 'acme-de.offsite');
    const doc = new Y.Doc();
    importWorkshopJson(doc, german());
    await saveWorkshopDoc(file, doc);
    // A room where a participant wipes the workshop, then the hub stops.
    const { hub } = await startTestHub({ workshopPath: file });
    const alice = connect(hub, hub.tokens.participant);
    try {
      await alice.synced;
      wipe(alice.doc);
      await waitForDoc(hub.document, () => readWorkshop(hub.document).projects.length === 0);
    } finally {
      alice.destroy();
      await hub.close();
    }

    const r = offsite('history', file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Verlauf von ${file} (älteste zuerst, Zeiten in UTC):`);
    expect(r.stdout).toMatch(/vor dem Löschen: .*\d+ Projekte/);
    expect(r.stdout).toMatch(/gelöscht: /);
    expect(r.stdout).toContain(`Einen Stand zurückholen: offsite restore ${file} --at ZEIT`);
    for (const english of ['History of', 'before deleting', 'edits', 'deleted', 'To get one back'])
      expect(r.stdout, english).not.toContain(english);

    const listed = JSON.parse(offsite('history', file, '--json').stdout) as {
      at: string;
      summary: string;
    }[];
    expect(listed.some((p) => p.summary.startsWith('before deleting '))).toBe(true);
    // Every line of the table is a listed point: its time, then its German summary.
    for (const p of listed) expect(r.stdout).toContain(`${p.at}  `);

    // offsite restore prints its one line in German too, with the summary the table showed.
    const before = listed.find((p) => p.summary.startsWith('before deleting '))!;
    const out = join(dir, 'zurück.json');
    const restored = offsite('restore', file, '--at', before.at, '--out', out);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(
      new RegExp(
        `^${escape(out)} geschrieben: der Workshop, wie er um ${escape(before.at)} war \\(vor dem Löschen: .*\\d+ Projekte.*\\)\\n$`,
      ),
    );
    const germanLine = r.stdout.split('\n').find((line) => line.includes(`${before.at}  `))!;
    expect(restored.stdout).toContain(`(${germanLine.split(`${before.at}  `)[1]})`);
    expect(restored.stdout).not.toMatch(/wrote|as it was|before deleting/);
  });
});
