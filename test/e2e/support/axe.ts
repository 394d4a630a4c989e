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

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the part of the page `selector` picks (the
 * whole page by default) and returns its serious and critical violations, one line each:
 * rule, what it says, the first offending elements. The script goes in through the
 * DevTools protocol, which the hub's CSP (script-src 'self') does not govern.
 */
export async function seriousViolations(page: Page, selector = 'body'): Promise<string[]> {
  await page.evaluate(axeSource());
  const found = await page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(
      { include: [include] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
  }, selector);
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}
