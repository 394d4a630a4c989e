import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A project card's main button: its accessible name starts with the title, then a comma. */
export const projectCard = (page: Page, title: string): Locator =>
  page.getByRole('button', {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`),
  });

/** dnd-kit's live region, where a drag is announced. */
export const dndLiveRegion = (page: Page): Locator => page.locator('[id^="DndLiveRegion"]');

/**
 * Drags with real mouse events, in steps: dnd-kit starts only past 5 px of movement. Drops
 * just under a column's heading (`column-top`), or in the upper part of a card.
 */
export async function mouseDrag(
  page: Page,
  from: Locator,
  to: Locator,
  where: 'column-top' | 'card-top',
): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
  const y = where === 'column-top' ? b.y + 70 : b.y + b.height * 0.3;
  await page.mouse.move(b.x + b.width / 2, y, { steps: 25 });
  await page.mouse.move(b.x + b.width / 2, y + 2, { steps: 2 });
  await page.mouse.up();
}

/**
 * Focuses a card and lifts it with Space: waits until it is pressed, `announced` is in the
 * live region, and dnd-kit's keyboard sensor listens for the arrows (from its next task on).
 */
export async function liftCard(
  page: Page,
  title: string,
  announced = `${title} is now in`,
): Promise<void> {
  const card = projectCard(page, title);
  await card.focus();
  await page.keyboard.press('Space');
  // Lifted: dnd-kit marks the handle pressed (the announcement is replaced at once by
  // "… is now in …", so that one is not waited for).
  await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => dndLiveRegion(page).textContent()).toContain(announced);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Presses a key during a keyboard drag and waits until the move is announced. */
export async function moveLifted(page: Page, key: string): Promise<void> {
  const before = await dndLiveRegion(page).textContent();
  await page.keyboard.press(key);
  await expect.poll(() => dndLiveRegion(page).textContent()).not.toBe(before);
}

/** Drops (Space) or cancels (Escape) a keyboard drag and waits for the announcement. */
export async function dropLifted(page: Page, finish: 'Space' | 'Escape' = 'Space'): Promise<void> {
  await page.keyboard.press(finish);
  await expect
    .poll(() => dndLiveRegion(page).textContent())
    .toMatch(finish === 'Escape' ? /was cancelled/ : /was dropped in/);
}

/** Space to lift, the arrows, Space to drop (or Escape to cancel) — each step announced. */
export async function keyboardMove(
  page: Page,
  title: string,
  keys: readonly string[],
  finish: 'Space' | 'Escape' = 'Space',
): Promise<void> {
  await liftCard(page, title);
  for (const key of keys) await moveLifted(page, key);
  await dropLifted(page, finish);
}

/**
 * Drags with real touch events (the DevTools protocol's, as a phone sends them): press and
 * hold past dnd-kit's press delay until the card is lifted, then move to `to` as a person
 * would on a small screen: to the window's edge while `to` is out of reach (dnd-kit scrolls
 * the page there), onto it once it is in view, and release. Needs `hasTouch: true`.
 */
export async function touchDrag(page: Page, card: Locator, to: Locator): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let at = { x: 0, y: 0 };
  const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', x = at.x, y = at.y) => {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
    at = { x, y };
  };
  const slide = async (x: number, y: number, steps = 10) => {
    const from = at;
    for (let i = 1; i <= steps; i++)
      await touch(
        'touchMove',
        from.x + ((x - from.x) * i) / steps,
        from.y + ((y - from.y) * i) / steps,
      );
  };
  try {
    // Start mid-window: near an edge, dnd-kit would scroll the page as soon as it lifts.
    await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const a = (await card.boundingBox())!;
    await touch('touchStart', a.x + a.width / 2, a.y + a.height / 2);
    // Held still: dnd-kit lifts the card after its press delay (a quick swipe scrolls).
    await expect.poll(() => card.getAttribute('aria-pressed'), { interval: 50 }).toBe('true');
    const height = page.viewportSize()!.height;
    const inside = (b: { x: number; y: number; width: number; height: number }) =>
      at.x > b.x && at.x < b.x + b.width && at.y > b.y + 10 && at.y < b.y + b.height - 10;
    for (let tries = 0; ; tries++) {
      const b = (await to.boundingBox())!;
      // Over the target: release (even in the edge zone, where the page still scrolls).
      if (inside(b)) break;
      if (tries > 80) throw new Error('touchDrag: the target never came under the finger');
      const y = b.y + Math.min(70, b.height / 2);
      // In view: go onto it. Out of view: to the window's edge on its side, where dnd-kit
      // scrolls the page, a little at a time.
      if (y > 40 && y < height - 40) await slide(b.x + b.width / 2, y);
      else await slide(at.x, y > height ? height - 15 : 15, 4);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    }
    // A loaded machine may not have measured the card over the target yet (a clean CI run
    // released it still over its own column): wait up to 5 s, nudging the finger a pixel so
    // dnd-kit measures again, until it announces the target's name; then release.
    const name = await to.evaluate((el) => {
      const by = el.getAttribute('aria-labelledby');
      return (
        el.getAttribute('aria-label') ?? (by && document.getElementById(by)?.textContent) ?? ''
      );
    });
    const end = Date.now() + 5_000;
    for (let i = 0; name !== '' && Date.now() < end; i++) {
      if (((await dndLiveRegion(page).textContent()) ?? '').includes(name)) break;
      await touch('touchMove', at.x, at.y + (i % 2 === 0 ? 1 : -1));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    await touch('touchEnd');
  } finally {
    await cdp.detach();
  }
}
