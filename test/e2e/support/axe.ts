import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Axe from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once. */
let source: string | null = null;
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** One axe finding, as much as a failure message needs. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the part of the page `selector` picks and
 * returns the serious and critical violations. The script goes in through the DevTools
 * protocol, which the hub's CSP (script-src 'self') does not govern.
 */
export async function seriousViolations(page: Page, selector: string): Promise<AxeFinding[]> {
  await page.evaluate(axeSource());
  return page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(
      { include: [include] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  }, selector);
}
