import type { Page } from 'playwright-core';

/** What went wrong inside a page while a test drove it. */
export interface PageErrors {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Throws, listing them, if the page logged a console error or threw an uncaught error. */
  assertClean(): void;
}

/**
 * Collects the page's console errors and uncaught exceptions. Call `assertClean()` at the
 * end of a test (or in afterEach) so a page that crashed quietly fails the test.
 * `ignore` filters console messages a test expects (e.g. a deliberately bad import).
 */
export function watchPage(page: Page, ignore: readonly RegExp[] = []): PageErrors {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!ignore.some((re) => re.test(text))) consoleErrors.push(text);
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  return {
    consoleErrors,
    pageErrors,
    assertClean() {
      const all = [
        ...pageErrors.map((e) => `uncaught in page: ${e}`),
        ...consoleErrors.map((e) => `console.error: ${e}`),
      ];
      if (all.length > 0) throw new Error(`The page reported errors:\n${all.join('\n')}`);
    },
  };
}
