import { Font } from '@react-pdf/renderer';
import {
  claimOf,
  FALLBACK_WEIGHTS,
  pickSubsets,
  subsetFile,
  FALLBACK_PACKAGES,
  type FallbackSubset,
  type PdfFallbackFonts,
} from './fallback-fonts';

const FALLBACK_PACKAGES_CLAIMS = FALLBACK_PACKAGES.flatMap((p) => (p.claim ? [p.claim] : []));

/**
 * Where the fonts are: file paths in Node, absolute URLs in a browser (shared/ cannot
 * reach the file system, so the caller says). The three DejaVu Sans faces set the look and
 * cover Latin, Greek and Cyrillic; DejaVu, not the PDF base fonts: Helvetica silently drops
 * ✓, “quotes” and many accented letters. `fallback` adds Noto fonts for Arabic, Hebrew,
 * CJK and emoji, loaded only when the text needs them; without it such text is only warned
 * about.
 * @public
 */
export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
  readonly italic: string;
  readonly fallback?: PdfFallbackFonts;
}

/** A loaded font, as far as the coverage check needs it (fontkit's API). */
interface LoadedFont {
  hasGlyphForCodePoint(cp: number): boolean;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  /** Set once the font is fitted to the base font ({@link fitToBase}). */
  offsiteFitted?: boolean;
}

const LONG_WORD = 24;

/** Keeps words whole; only a word longer than 24 characters gets break points, every 12. */
export function splitOnlyLongWords(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += LONG_WORD / 2) parts.push(word.slice(i, i + LONG_WORD / 2));
  return parts;
}

const families = new Map<string, string>();
let hyphenationOff = false;

/** Registers a family once per distinct set of sources; registering again would stack duplicates. */
function registerOnce(
  key: string,
  prefix: string,
  fonts: { src: string; fontWeight: number; fontStyle: 'normal' | 'italic' }[],
): string {
  const known = families.get(key);
  if (known) return known;
  const family = `${prefix}${families.size + 1}`;
  Font.register({ family, fonts });
  families.set(key, family);
  return family;
}

/**
 * Registers a font set once and returns its family name. Registering the same family again
 * would stack duplicate sources in @react-pdf's font store, so each distinct set gets its
 * own family, remembered for the life of the process.
 */
export function pdfFontFamily(fonts: PdfFonts): string {
  if (!hyphenationOff) {
    // The default hyphenator splits words (and ids, and numbers) at odd places: break only
    // between words. A word too long for any table cell (a URL, a pasted id) is cut into
    // pieces, or it would run over the next cell.
    Font.registerHyphenationCallback(splitOnlyLongWords);
    hyphenationOff = true;
  }
  return registerOnce(JSON.stringify([fonts.regular, fonts.bold, fonts.italic]), 'OffsiteSans', [
    { src: fonts.regular, fontWeight: 400, fontStyle: 'normal' },
    { src: fonts.bold, fontWeight: 700, fontStyle: 'normal' },
    { src: fonts.italic, fontWeight: 400, fontStyle: 'italic' },
  ]);
}

/** Loads the regular face of a registered family and returns it (fontkit's font object). */
async function loaded(
  family: string,
  fontWeight = 400,
  fontStyle: 'normal' | 'italic' = 'normal',
): Promise<LoadedFont> {
  const descriptor = { fontFamily: family, fontWeight, fontStyle } as const;
  await Font.load(descriptor);
  const data = Font.getFont(descriptor).data as LoadedFont | null;
  if (!data) throw new Error(`the font ${family} did not load`);
  return data;
}

const subsetFamilies = new WeakMap<PdfFallbackFonts, Map<string, Promise<string>>>();

/**
 * One fallback family per subset: 400 and 700 upright, the same files for italic. Made
 * once per subset for the life of the page or process: its files are fetched (or read)
 * and unpacked only the first time a PDF needs them.
 */
function registerSubset(fonts: PdfFallbackFonts, s: FallbackSubset): Promise<string> {
  let known = subsetFamilies.get(fonts);
  if (!known) subsetFamilies.set(fonts, (known = new Map()));
  const key = `${s.pkg}/${s.subset}`;
  let family = known.get(key);
  if (!family) {
    family = (async () => {
      const [regular, bold] = await Promise.all(
        FALLBACK_WEIGHTS.map((weight) => fonts.source(s.pkg, subsetFile(s.pkg, s.subset, weight))),
      );
      return registerOnce(key, `Offsite-${s.pkg}-`, [
        { src: regular!, fontWeight: 400, fontStyle: 'normal' },
        { src: bold!, fontWeight: 700, fontStyle: 'normal' },
        { src: regular!, fontWeight: 400, fontStyle: 'italic' },
        { src: bold!, fontWeight: 700, fontStyle: 'italic' },
      ]);
    })();
    // A failed fetch is not remembered: the next export tries again.
    family.catch(() => known.delete(key));
    known.set(key, family);
  }
  return family;
}

/**
 * Makes a fallback font behave inside DejaVu's text. @react-pdf picks, for each character,
 * the first font in the stack whose `hasGlyphForCodePoint` says yes, and makes each line
 * as tall as the tallest font on it (textkit's fontSubstitution and line metrics,
 * @react-pdf/renderer 4.9). So, on the loaded font object:
 * - a claiming font (Arabic, Hebrew), which stands ahead of DejaVu, says yes only for its
 *   own script, or it would take the spaces and hyphens its file also holds;
 * - every fallback gets DejaVu's ascent, descent and line gap (scaled to its own units):
 *   Noto's taller metrics would push one line of a table row or a row of facts below its
 *   neighbours.
 * `test/integration/export-pdf-scripts.test.ts` fails if either stops working.
 */
function fitToBase(font: LoadedFont, base: LoadedFont, claim: RegExp | null): void {
  if (font.offsiteFitted) return;
  if (claim) {
    const has = font.hasGlyphForCodePoint.bind(font);
    font.hasGlyphForCodePoint = (cp) => claim.test(String.fromCodePoint(cp)) && has(cp);
  }
  const scale = font.unitsPerEm / base.unitsPerEm;
  for (const key of ['ascent', 'descent', 'lineGap'] as const) {
    Object.defineProperty(font, key, { value: base[key] * scale, configurable: true });
  }
  font.offsiteFitted = true;
}

/** The font stack for a text, and which of its characters the stack can draw. */
export interface PdfFontStack {
  /** Claiming fonts, DejaVu, then the fallback families the text needs, in preference order. */
  readonly families: readonly string[];
  readonly renderable: (cp: number) => boolean;
}

/**
 * Registers and loads the fonts for the given characters: DejaVu always, and for the
 * characters one of its faces lacks (or a claiming script's), the fallback subsets that
 * have them. A character counts as renderable when every DejaVu face has it or a loaded
 * fallback does (the fallbacks serve all styles), so what is reported as renderable is
 * drawn in bold and italic text too.
 */
export async function pdfFontStack(
  fonts: PdfFonts,
  codePoints: ReadonlySet<number>,
): Promise<PdfFontStack> {
  const base = pdfFontFamily(fonts);
  const faces = await Promise.all([loaded(base), loaded(base, 700), loaded(base, 400, 'italic')]);
  const inBase = (cp: number) => faces.every((f) => f.hasGlyphForCodePoint(cp));
  const claimed = (cp: number) =>
    FALLBACK_PACKAGES_CLAIMS.some((re) => re.test(String.fromCodePoint(cp)));
  const wanted = [...codePoints].filter((cp) => !inBase(cp) || claimed(cp));
  if (wanted.length === 0 || !fonts.fallback) return { families: [base], renderable: inBase };
  const fallback = fonts.fallback;
  const subsets = await pickSubsets(fallback, wanted);
  const registered = await Promise.all(
    subsets.map(async (s) => ({
      family: await registerSubset(fallback, s),
      claim: claimOf(s.pkg),
    })),
  );
  const extraFaces = await Promise.all(
    registered.map(async ({ family, claim }) => {
      // Every face now (each registered source is its own font object): layout would load
      // them lazily, and each must be fitted before it is used.
      const all = await Promise.all([
        loaded(family),
        loaded(family, 700),
        loaded(family, 400, 'italic'),
        loaded(family, 700, 'italic'),
      ]);
      for (const face of all) fitToBase(face, faces[0], claim);
      return all[0]!;
    }),
  );
  return {
    families: [
      ...registered.filter((r) => r.claim).map((r) => r.family),
      base,
      ...registered.filter((r) => !r.claim).map((r) => r.family),
    ],
    renderable: (cp) => inBase(cp) || extraFaces.some((f) => f.hasGlyphForCodePoint(cp)),
  };
}
