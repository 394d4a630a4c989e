// The presentation view (a projector at 1920×1080) on a real hub, with a 500-card board and
// 5 objectives × 5 key results: the first render (navigation to the viewer's link until the
// step heading and the board's cards are on screen, the hub's sync included), and the time
// from the facilitator's step change — a real write through the real hub by a facilitator
// client in Node — until the projector paints the new step's heading. Target (issue 12):
// the step change shown ≤ 100 ms on loopback. Both clocks are this machine's
// (`performance.timeOrigin + performance.now()` in Node and in Chromium; the global
// `performance` in both: an import would be renamed by the bundler inside page functions).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { setFacilitatorStep } from '../shared/model';
import type { Step } from '../shared/protocol/room';
import { connect, startTestHub } from '../test/integration/hub-helpers';
import { launchChromium } from '../test/e2e/support/browser';
import { WEB_ROOT } from '../test/e2e/support/static-server';
import { median, percentile, type BenchResult } from './types';

const PROJECTS = 500;
const OBJECTIVES = 5;
const KEY_RESULTS = 5;
const LOADS = 5;
const STEP_CHANGES = 40;
const LABELS: Readonly<Record<Step, string>> = {
  onepager: 'Strategy one-pager',
  alignment: 'Project alignment',
  okrs: 'OKR drafting',
  review: 'Review & export',
  drumbeat: 'Drumbeat',
};
const CYCLE: readonly Step[] = ['okrs', 'alignment', 'drumbeat', 'onepager', 'review'];

function workshopJson(): string {
  const columns = ['inbox', 'keep', 'kill'] as const;
  return JSON.stringify({
    format: 'offsite.workshop',
    version: 1,
    id: 'bench-present',
    title: 'Bench presentation — 500 projects, 5 × 5 OKRs',
    cycle: '2027-Q1',
    onePager: {
      purpose: 'Help field technicians fix things right the first time.',
      vision: 'Every mid-sized service company in Europe runs its dispatch on us.',
      customers: 'Service managers and technicians at companies with 20–500 field staff.',
      focusAreas: [
        {
          id: 'fa-1',
          title: 'First-time fix',
          description: 'Parts and answers on the first visit',
        },
        { id: 'fa-2', title: 'Win DACH', description: 'Germany, Austria, Switzerland' },
      ],
      notDoing: ['No enterprise deals this year'],
      metrics: ['Net revenue retention'],
    },
    projects: Array.from({ length: PROJECTS }, (_, i) => ({
      id: `p${i}`,
      title: `Project ${i} — a realistic, fairly long project title`,
      team: `Team ${i % 7}`,
      description: 'x'.repeat(120),
      column: columns[i % 3],
      focusAreaIds: i % 4 === 0 ? [] : [i % 2 ? 'fa-1' : 'fa-2'],
    })),
    objectives: Array.from({ length: OBJECTIVES }, (_, o) => ({
      id: `o${o}`,
      title: `Objective ${o + 1}: make the first visit the only visit for every customer`,
      keyResults: Array.from({ length: KEY_RESULTS }, (_, k) => ({
        id: `o${o}-kr${k}`,
        title: `Raise the first-time-fix rate of region ${k + 1} from ${60 + k}% to ${80 + k}% by the end of the quarter`,
        metric: 'First-time-fix rate',
        unit: '%',
        baseline: 60 + k,
        target: 80 + k,
        current: 65 + k,
        direction: 'increase',
      })),
    })),
    checkIns: [],
  });
}

/**
 * Installed before any script of the page runs: stamps the frame after the heading reads
 * `label` and cards show in all three columns (ms since the navigation started).
 */
function watchFirstRender(label: string): void {
  const w = window as unknown as { __firstRender?: Promise<{ shown: number; cards: number }> };
  w.__firstRender = new Promise((resolve) => {
    const check = () => {
      const h1 = document.querySelector('h1');
      const columns = document.querySelectorAll('.present-column');
      if (
        h1?.textContent !== label ||
        columns.length !== 3 ||
        ![...columns].every((c) => c.querySelector('.present-card'))
      )
        return;
      mo.disconnect();
      requestAnimationFrame(() =>
        resolve({
          shown: performance.now(),
          cards: document.querySelectorAll('.present-card').length,
        }),
      );
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Navigation to the viewer's link until the heading and cards of all three columns show. */
async function firstRender(page: Page, url: string): Promise<{ shown: number; cards: number }> {
  await page.goto('about:blank');
  await page.goto(url);
  return page.evaluate(
    () =>
      (window as unknown as { __firstRender: Promise<{ shown: number; cards: number }> })
        .__firstRender,
  );
}

/** Arms the page to stamp (epoch ms) the frame after the heading reads `label`. */
async function armHeading(page: Page, label: string): Promise<void> {
  await page.evaluate((label) => {
    const w = window as unknown as { __shownAt?: Promise<number> };
    w.__shownAt = new Promise<number>((resolve) => {
      const check = () => {
        if (document.querySelector('h1')?.textContent !== label) return;
        mo.disconnect();
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      };
      const mo = new MutationObserver(check);
      mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, label);
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'offsite-bench-present-'));
  const workshopPath = join(dir, 'bench.json');
  writeFileSync(workshopPath, workshopJson());
  const { hub } = await startTestHub({ webRoot: WEB_ROOT, workshopPath });
  const facilitator = connect({ wsUrl: hub.links.localWs, room: hub.room }, hub.tokens.facilitator);
  const browser = await launchChromium();
  try {
    await facilitator.synced;
    setFacilitatorStep(facilitator.doc, 'alignment');
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addInitScript(watchFirstRender, LABELS.alignment);
    const page = await context.newPage();

    const renders: number[] = [];
    let cards = 0;
    for (let i = 0; i < LOADS; i++) {
      const r = await firstRender(page, hub.links.viewer);
      renders.push(r.shown);
      cards = r.cards;
    }
    const shots = join('test-results', 'present');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'bench-1920x1080-board-500.png') });

    const latencies: number[] = [];
    for (let i = 0; i < STEP_CHANGES; i++) {
      const step = CYCLE[i % CYCLE.length]!;
      await armHeading(page, LABELS[step]);
      const wrote = performance.timeOrigin + performance.now();
      setFacilitatorStep(facilitator.doc, step);
      const shownAt = await page.evaluate(
        () => (window as unknown as { __shownAt: Promise<number> }).__shownAt,
      );
      latencies.push(shownAt - wrote);
      if (step === 'okrs' && i < CYCLE.length) {
        await page.screenshot({ path: join(shots, 'bench-1920x1080-okrs-5x5.png') });
      }
      await page.waitForTimeout(150);
    }

    const base = { projects: PROJECTS, objectives: `${OBJECTIVES}×${KEY_RESULTS}` };
    const viewport = '1920x1080';
    return [
      {
        name: 'presentation first render (viewer link → board painted, hub sync included), median',
        value: median(renders),
        unit: 'ms',
        params: { ...base, viewport, loads: LOADS },
      },
      {
        name: 'presentation first render, max',
        value: Math.max(...renders),
        unit: 'ms',
        params: { ...base, viewport, loads: LOADS },
      },
      {
        name: 'presentation board: cards mounted at 1080p',
        value: cards,
        unit: 'cards',
        params: { ...base, viewport },
      },
      {
        name: 'facilitator step change → projector shows the heading, median',
        value: median(latencies),
        unit: 'ms',
        params: { ...base, viewport, changes: STEP_CHANGES },
      },
      {
        name: 'facilitator step change → projector shows the heading, p95',
        value: percentile(latencies, 95),
        unit: 'ms',
        params: { ...base, viewport, changes: STEP_CHANGES },
      },
      {
        name: 'facilitator step change → projector shows the heading, max',
        value: Math.max(...latencies),
        unit: 'ms',
        params: { ...base, viewport, changes: STEP_CHANGES },
      },
    ];
  } finally {
    await browser.close();
    facilitator.destroy();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
