import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * What the language walks (i18n-*.test.ts) compare against the catalogue: the text a person
 * meets on a page, and the catalogue's and the sample workshop's strings.
 */
export type Tree = { readonly [key: string]: string | Tree };

/** Every string of a catalogue (sub)tree. */
export const leaves = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));

/** Every string the sample workshop holds: the room's words, the same in every language. */
export function sampleWords(): Set<string> {
  const json: unknown = JSON.parse(
    readFileSync(
      new URL('../../../renderer/features/home/sample/acme-field-service.json', import.meta.url),
      'utf8',
    ),
  );
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(v.trim());
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return out;
}

/** Text that is never the app's words: hidden, code, typed text, unchosen options. */
export const NOT_SHOWN = '[hidden], script, style, textarea, option:not(:checked)';

export interface ShownTextsOptions {
  /** Where to look: every element it matches (default: the whole page). */
  readonly root?: string;
  /** Fail when nothing matches `root` (default), or read nothing. */
  readonly rootRequired?: boolean;
  /** Elements whose text is not the app's words (default: NOT_SHOWN). */
  readonly skip?: string;
  /** Skip the names, placeholders and titles inside `skip` as well as its text. */
  readonly skipAttributes?: boolean;
}

/** Text a person meets: text lines, and names, placeholders and titles, whitespace folded. */
export function shownTexts(page: Page, options: ShownTextsOptions = {}): Promise<string[]> {
  const { root = 'body', rootRequired = true, skip = NOT_SHOWN, skipAttributes = false } = options;
  return page.evaluate(
    ({ root, rootRequired, skip, skipAttributes }) => {
      const scopes = [...document.querySelectorAll(root)];
      if (rootRequired && scopes.length === 0) throw new Error(`nothing matches ${root}`);
      const out = new Set<string>();
      const add = (s: string | null | undefined) => {
        const t = (s ?? '').replace(/\s+/g, ' ').trim();
        if (t && /\p{L}{2}/u.test(t)) out.add(t);
      };
      for (const scope of scopes) {
        const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest(skip)) continue;
          add(n.textContent);
        }
        for (const el of [
          scope,
          ...scope.querySelectorAll('[aria-label], [placeholder], [title]'),
        ]) {
          if (skipAttributes && el.closest(skip)) continue;
          add(el.getAttribute('aria-label'));
          add(el.getAttribute('placeholder'));
          add(el.getAttribute('title'));
        }
      }
      return [...out];
    },
    { root, rootRequired, skip, skipAttributes },
  );
}
