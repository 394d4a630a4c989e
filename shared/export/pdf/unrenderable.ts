import type { PrintedText } from './printed-texts';

/**
 * Characters that draw nothing, so no font needs a glyph for them: controls, format
 * characters (joiners, direction marks, soft hyphen), line and paragraph separators,
 * variation selectors.
 */
const DRAWS_NOTHING = /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

/** The code points of `text` that need a glyph. */
export function drawnCodePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) if (!DRAWS_NOTHING.test(ch)) out.push(ch.codePointAt(0)!);
  return out;
}

/**
 * Unicode scripts (their `Script=` names), for naming what a field holds. Common and
 * Inherited (digits, punctuation, symbols, combining marks) are not here: such a
 * character is named by itself instead.
 */
// prettier-ignore
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Nko',
  'Samaritan', 'Mandaic', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil',
  'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan', 'Myanmar',
  'Georgian', 'Hangul', 'Ethiopic', 'Cherokee', 'Canadian_Aboriginal', 'Ogham', 'Runic',
  'Tagalog', 'Khmer', 'Mongolian', 'Limbu', 'Tai_Le', 'New_Tai_Lue', 'Buginese', 'Tai_Tham',
  'Balinese', 'Sundanese', 'Batak', 'Lepcha', 'Ol_Chiki', 'Glagolitic', 'Tifinagh', 'Coptic',
  'Hiragana', 'Katakana', 'Bopomofo', 'Han', 'Yi', 'Vai', 'Bamum', 'Javanese', 'Cham',
  'Tai_Viet', 'Meetei_Mayek', 'Saurashtra', 'Kayah_Li', 'Rejang', 'Adlam', 'Osage',
  'Braille', 'Gothic', 'Old_Italic', 'Linear_B', 'Cuneiform', 'Egyptian_Hieroglyphs',
  'Hanifi_Rohingya', 'Wancho', 'Chakma', 'Sora_Sompeng', 'Tirhuta', 'Mro', 'Pahawh_Hmong',
  'Nyiakeng_Puachue_Hmong', 'Kawi', 'Nag_Mundari',
] as const;

let scriptPatterns: [string, RegExp][] | null = null;

/** The script of a code point, in words ("Thai", "Canadian Aboriginal"), or null for Common ones. */
export function scriptName(cp: number): string | null {
  scriptPatterns ??= SCRIPTS.map((s) => [
    s.replace(/_/g, ' '),
    new RegExp(`^\\p{Script=${s}}$`, 'u'),
  ]);
  const ch = String.fromCodePoint(cp);
  return scriptPatterns.find(([, re]) => re.test(ch))?.[0] ?? null;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function listing(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/**
 * One warning per field that holds characters no font of the PDF can draw:
 * `objectives[0].title: contains Thai script, which the PDF cannot render`, or, for a
 * symbol of no particular script, `… contains the character “𝄞” (U+1D11E), which …`.
 */
export function unrenderableWarnings(
  texts: readonly PrintedText[],
  renderable: (cp: number) => boolean,
): string[] {
  const warnings: string[] = [];
  for (const { path, text } of texts) {
    const scripts = new Set<string>();
    const characters = new Set<number>();
    for (const cp of drawnCodePoints(text)) {
      if (renderable(cp)) continue;
      const script = scriptName(cp);
      if (script) scripts.add(script);
      else characters.add(cp);
    }
    const parts = [
      ...(scripts.size > 0 ? [`${listing([...scripts])} script`] : []),
      ...[...characters]
        .slice(0, 3)
        .map((cp) => `the character “${String.fromCodePoint(cp)}” (${hex(cp)})`),
    ];
    if (characters.size > 3) parts.push(`${characters.size - 3} more characters`);
    if (parts.length > 0)
      warnings.push(`${path}: contains ${listing(parts)}, which the PDF cannot render`);
  }
  return warnings;
}
