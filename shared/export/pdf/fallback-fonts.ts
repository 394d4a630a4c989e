/**
 * Fonts for the scripts DejaVu Sans lacks or draws badly: Noto fonts from @fontsource
 * packages. Each package is cut into subsets by Unicode range (its `unicode.json` names
 * them, one `.woff` file per subset and weight), so a workshop that has a few Chinese words
 * loads a few subsets of 20–60 KB, not a 10 MB font, and a Latin-only workshop loads none.
 *
 * WOFF, not WOFF2: fontkit 2.0 reads WOFF2 but embeds glyphs of it wrongly (a subset of a
 * WOFF2 font came out empty, or as the whole 1 MB font).
 */

/**
 * The packages in order of preference: a character goes to the first package that has
 * it. `subsets` picks the files that hold the script, not the package's Latin or
 * Cyrillic.
 *
 * Arabic and Hebrew `claim` their script: their fonts go before DejaVu in the stack and
 * draw every character of it. DejaVu has both scripts, but not in its oblique face, and
 * lacks Arabic letters Urdu needs (ہ, ے); a word drawn half in one font and half in
 * another loses its joining. They claim only their script (by Script_Extensions, so
 * harakat and the Arabic comma come along), not the space and hyphen their files also
 * hold, which would otherwise replace DejaVu's throughout the document.
 *
 * Emoji come before the CJK fonts, which draw a few emoji too; Simplified Chinese before
 * Korean, so Han characters look one way throughout (Korean is there for Hangul).
 * @public
 */
export const FALLBACK_PACKAGES = [
  { name: 'noto-sans-arabic', subsets: /^arabic$/, claim: /^\p{Script_Extensions=Arabic}$/u },
  { name: 'noto-sans-hebrew', subsets: /^hebrew$/, claim: /^\p{Script_Extensions=Hebrew}$/u },
  { name: 'noto-emoji', subsets: /^\[\d+\]$/, claim: null },
  { name: 'noto-sans-sc', subsets: /^\[\d+\]$/, claim: null },
  { name: 'noto-sans-kr', subsets: /^\[\d+\]$/, claim: null },
] as const;

/** The script a package's font claims ahead of DejaVu, or null: it only fills gaps. */
export function claimOf(pkg: FallbackPackage): RegExp | null {
  return FALLBACK_PACKAGES.find((p) => p.name === pkg)?.claim ?? null;
}

/** @public */
export type FallbackPackage = (typeof FALLBACK_PACKAGES)[number]['name'];

/** The two weights the PDF uses; italic text takes the upright face (these scripts have none). */
export const FALLBACK_WEIGHTS = [400, 700] as const;

/**
 * Where the fallback fonts are, for the platform that renders: Node reads them from
 * node_modules, a browser fetches them as build assets. Both calls are made only when the
 * text has characters DejaVu lacks.
 * @public
 */
export interface PdfFallbackFonts {
  /** The package's `unicode.json`: subset name (`"[42]"`, `"arabic"`) → CSS unicode-range. */
  ranges(pkg: FallbackPackage): Promise<Readonly<Record<string, string>>>;
  /** A path (Node) or absolute URL (browser) for a file in the package's `files/` folder. */
  source(pkg: FallbackPackage, file: string): Promise<string>;
}

/** One subset file set to load: a package and one of its subsets. */
export interface FallbackSubset {
  readonly pkg: FallbackPackage;
  readonly subset: string;
}

/** `noto-sans-sc-42-700-normal.woff` for subset `[42]`, `noto-sans-arabic-arabic-400-normal.woff`. */
export function subsetFile(pkg: FallbackPackage, subset: string, weight: number): string {
  return `${pkg}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`;
}

/** `U+20,U+4e00-9fff` → `[[0x20, 0x20], [0x4e00, 0x9fff]]`. */
export function parseUnicodeRange(css: string): [number, number][] {
  const out: [number, number][] = [];
  for (const part of css.split(',')) {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) continue;
    const from = parseInt(m[1]!, 16);
    out.push([from, m[2] === undefined ? from : parseInt(m[2], 16)]);
  }
  return out;
}

const inRanges = (ranges: readonly [number, number][], cp: number) =>
  ranges.some(([from, to]) => cp >= from && cp <= to);

/**
 * The subsets that hold `codePoints`, in stack order (package preference, then first
 * picked). Each character goes to the first package that has it; inside a package, the
 * characters with the fewest candidate subsets choose first and later ones reuse a chosen
 * subset when they can, so an emoji and its skin-tone modifier land in the same file (and
 * ligate) and few files are loaded. Characters no package has are left out.
 */
export async function pickSubsets(
  fonts: PdfFallbackFonts,
  codePoints: Iterable<number>,
): Promise<FallbackSubset[]> {
  let pending = [...new Set(codePoints)];
  const picked: FallbackSubset[] = [];
  for (const { name, subsets } of FALLBACK_PACKAGES) {
    if (pending.length === 0) break;
    const table = Object.entries(await fonts.ranges(name))
      .filter(([subset]) => subsets.test(subset))
      .map(([subset, css]) => ({ subset, ranges: parseUnicodeRange(css) }));
    const candidates = new Map<number, string[]>();
    for (const cp of pending) {
      const here = table.filter((t) => inRanges(t.ranges, cp)).map((t) => t.subset);
      if (here.length > 0) candidates.set(cp, here);
    }
    const chosen = new Set<string>();
    const byConstraint = [...candidates.entries()].sort((a, b) => a[1].length - b[1].length);
    for (const [, options] of byConstraint) {
      if (!options.some((s) => chosen.has(s))) chosen.add(options[0]!);
    }
    for (const subset of chosen) picked.push({ pkg: name, subset });
    pending = pending.filter((cp) => !candidates.has(cp));
  }
  return picked;
}
