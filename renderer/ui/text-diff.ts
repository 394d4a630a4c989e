/**
 * The pure parts of binding a textarea to a shared text (Y.Text): turning the textarea's
 * new value into one range edit, and keeping a caret or selection in place while other
 * people's edits arrive. No DOM and no Yjs here, so both are unit-tested on plain data.
 */

/** One range edit: delete `deleteCount` characters at `index`, then insert `insert` there. */
export interface TextEdit {
  readonly index: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/**
 * A change as Yjs reports it (`YTextEvent.delta`): retain, insert or delete, in order, over
 * the text as it was before the change. Embeds (non-string inserts) count as one character.
 */
export type TextDelta = readonly {
  readonly retain?: number;
  readonly insert?: unknown;
  readonly delete?: number;
}[];

/**
 * The smallest edit (common prefix and suffix kept) that turns `before` into `after`, or
 * null if they are equal. `caret` (the caret in `after`, i.e. `selectionEnd` right after
 * the input) settles the ambiguity of repeated characters: typing "a" into "a|a" is an
 * insert at 1, not at 2, so the suffix never reaches left of the caret. Edits never split a
 * UTF-16 surrogate pair, so an emoji is deleted or inserted whole.
 */
export function diffToEdit(before: string, after: string, caret = after.length): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  const maxSuffix = Math.min(shorter, Math.max(0, after.length - Math.min(caret, after.length)));
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  let prefix = 0;
  const maxPrefix = shorter - suffix;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;

  // Keep surrogate pairs whole: widen the edit over a pair cut by the prefix or the suffix.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;

  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Applies an edit to a string (what the shared text does with it, without limits). */
export function applyEdit(value: string, edit: TextEdit): string {
  return value.slice(0, edit.index) + edit.insert + value.slice(edit.index + edit.deleteCount);
}

/**
 * Where a position of the text before a change is after it. Text inserted exactly at the
 * position goes after it with `bias: 'before'` (the caret stays left of a colleague's text
 * typed where the caret is, so one's own next keystroke continues one's own word) and
 * before it with `bias: 'after'`. A position inside deleted text moves to where the
 * deletion was.
 */
export function mapIndex(
  index: number,
  delta: TextDelta,
  bias: 'before' | 'after' = 'before',
): number {
  let oldPos = 0; // position in the text before the change
  let shift = 0; // how far positions at oldPos have moved
  for (const op of delta) {
    if (op.retain !== undefined) {
      oldPos += op.retain;
      if (oldPos > index) break;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (oldPos < index || (oldPos === index && bias === 'after')) shift += length;
      else break;
    } else if (op.delete !== undefined) {
      if (oldPos + op.delete <= index) {
        shift -= op.delete;
        oldPos += op.delete;
      } else {
        // The position was inside the deleted range: it lands at the deletion point.
        return Math.max(0, oldPos + shift);
      }
    }
  }
  return Math.max(0, index + shift);
}

/** A textarea selection: `start` ≤ `end`; `start === end` is a caret. */
export interface TextSelection {
  readonly start: number;
  readonly end: number;
}

/**
 * A selection after a change. A caret keeps left of text inserted where it stands; a
 * range does not grow to take in text inserted at either of its ends.
 */
export function mapSelection(selection: TextSelection, delta: TextDelta): TextSelection {
  if (selection.start === selection.end) {
    const at = mapIndex(selection.start, delta, 'before');
    return { start: at, end: at };
  }
  const start = mapIndex(selection.start, delta, 'after');
  const end = Math.max(start, mapIndex(selection.end, delta, 'before'));
  return { start, end };
}

/** Where a change ends in the text after it: the caret position after an undo or redo. */
export function changeEnd(delta: TextDelta): number | null {
  let pos = 0;
  let end: number | null = null;
  for (const op of delta) {
    if (op.retain !== undefined) pos += op.retain;
    else if (op.insert !== undefined) {
      pos += typeof op.insert === 'string' ? op.insert.length : 1;
      end = pos;
    } else if (op.delete !== undefined) end = pos;
  }
  return end;
}
