import { Font } from '@react-pdf/renderer';

/**
 * Where the three DejaVu Sans faces are: file paths in Node, absolute URLs in a browser
 * (shared/ cannot reach the file system, so the caller says). DejaVu, not the PDF base
 * fonts: Helvetica silently drops ✓, “quotes” and many accented letters.
 * @public
 */
export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
  readonly italic: string;
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
  const key = JSON.stringify([fonts.regular, fonts.bold, fonts.italic]);
  const known = families.get(key);
  if (known) return known;
  const family = `OffsiteSans${families.size + 1}`;
  Font.register({
    family,
    fonts: [
      { src: fonts.regular, fontWeight: 400, fontStyle: 'normal' },
      { src: fonts.bold, fontWeight: 700, fontStyle: 'normal' },
      { src: fonts.italic, fontWeight: 400, fontStyle: 'italic' },
    ],
  });
  families.set(key, family);
  return family;
}
