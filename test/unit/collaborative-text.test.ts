import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createUndoManager,
  editOnePagerText,
  initWorkshop,
  LIMITS,
  LOCAL_ORIGIN,
  onePagerText,
  type OnePagerField,
} from '../../shared/model';
import {
  applyEdit,
  changeEnd,
  diffToEdit,
  mapIndex,
  mapSelection,
  type TextDelta,
  type TextSelection,
} from '../../renderer/ui/text-diff';

describe('diffToEdit: a textarea value change as one range edit', () => {
  it('finds a typed character, a deletion and a replacement', () => {
    expect(diffToEdit('helo', 'hello', 4)).toEqual({ index: 3, deleteCount: 0, insert: 'l' });
    expect(diffToEdit('hello', 'hllo', 1)).toEqual({ index: 1, deleteCount: 1, insert: '' });
    expect(diffToEdit('the cat sat', 'the dog sat', 7)).toEqual({
      index: 4,
      deleteCount: 3,
      insert: 'dog',
    });
    expect(diffToEdit('same', 'same', 2)).toBeNull();
  });

  it('uses the caret to place an edit among repeated characters', () => {
    // Typing "a" at the start of "aa" vs at its end: same values, different edits.
    expect(diffToEdit('aa', 'aaa', 1)).toEqual({ index: 0, deleteCount: 0, insert: 'a' });
    expect(diffToEdit('aa', 'aaa', 3)).toEqual({ index: 2, deleteCount: 0, insert: 'a' });
    expect(diffToEdit('aa', 'aaa', 2)).toEqual({ index: 1, deleteCount: 0, insert: 'a' });
    // Backspace at 1 in "aaa" vs Delete at 0: both leave "aa" with the caret at 0.
    expect(diffToEdit('aaa', 'aa', 0)).toEqual({ index: 0, deleteCount: 1, insert: '' });
    expect(diffToEdit('abab', 'ab', 2)).toEqual({ index: 2, deleteCount: 2, insert: '' });
  });

  it('replaces a whole value (paste over everything, a programmatic fill)', () => {
    expect(diffToEdit('old text', 'new words')).toEqual({
      index: 0,
      deleteCount: 8,
      insert: 'new words',
    });
    expect(diffToEdit('', 'first')).toEqual({ index: 0, deleteCount: 0, insert: 'first' });
  });

  it('never splits a surrogate pair', () => {
    // "😀" and "😃" share their high surrogate: a naive prefix would keep half an emoji.
    const edit = diffToEdit('a😀b', 'a😃b', 3);
    expect(edit).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
    const removed = diffToEdit('x😀😀y', 'x😀y', 3);
    expect(removed).not.toBeNull();
    expect(removed!.deleteCount).toBe(2);
    expect(applyEdit('x😀😀y', removed!)).toBe('x😀y');
  });

  it('round-trips: applying the edit to the old value gives the new one', () => {
    const values = ['', 'a', 'aa', 'abc', 'abcabc', 'hello world', 'héllo', 'a😀b', 'xyzzy'];
    for (const before of values) {
      for (const after of values) {
        for (let caret = 0; caret <= after.length; caret++) {
          const edit = diffToEdit(before, after, caret);
          expect(edit === null ? before : applyEdit(before, edit)).toBe(after);
        }
      }
    }
  });
});

describe('mapIndex / mapSelection: the caret through a colleague’s change', () => {
  it('moves right for text inserted before it, stays for text inserted after it', () => {
    const before: TextDelta = [{ insert: 'XY' }];
    expect(mapIndex(5, before)).toBe(7);
    const after: TextDelta = [{ retain: 8 }, { insert: 'XY' }];
    expect(mapIndex(5, after)).toBe(5);
  });

  it('keeps a caret left of text inserted exactly where it stands', () => {
    const at: TextDelta = [{ retain: 5 }, { insert: 'XY' }];
    expect(mapIndex(5, at, 'before')).toBe(5);
    expect(mapIndex(5, at, 'after')).toBe(7);
  });

  it('moves left for deletions before it and to the cut for deletions around it', () => {
    expect(mapIndex(6, [{ retain: 1 }, { delete: 3 }])).toBe(3);
    expect(mapIndex(4, [{ retain: 1 }, { delete: 3 }])).toBe(1); // right after the deleted range
    expect(mapIndex(3, [{ retain: 1 }, { delete: 5 }])).toBe(1); // inside it
    expect(mapIndex(1, [{ retain: 1 }, { delete: 5 }])).toBe(1); // at its start
  });

  it('handles several operations in one change', () => {
    // "abcdefgh", caret at 6 ("abcdef|gh"): "Z" inserted at 0, "cd" deleted, "!" after the caret.
    const delta: TextDelta = [
      { insert: 'Z' },
      { retain: 2 },
      { delete: 2 },
      { retain: 3 },
      { insert: '!' },
    ];
    expect(mapIndex(6, delta)).toBe(5);
  });

  it('keeps a range from swallowing text inserted at its edges', () => {
    const selection: TextSelection = { start: 2, end: 5 };
    expect(mapSelection(selection, [{ retain: 2 }, { insert: 'ab' }])).toEqual({
      start: 4,
      end: 7,
    });
    expect(mapSelection(selection, [{ retain: 5 }, { insert: 'ab' }])).toEqual({
      start: 2,
      end: 5,
    });
    expect(mapSelection(selection, [{ retain: 3 }, { insert: 'ab' }])).toEqual({
      start: 2,
      end: 7,
    });
  });

  it('places the caret at the end of an undone or redone change', () => {
    expect(changeEnd([{ retain: 3 }, { insert: 'abc' }])).toBe(6);
    expect(changeEnd([{ retain: 3 }, { delete: 2 }])).toBe(3);
    expect(changeEnd([{ retain: 3 }])).toBeNull();
  });
});

/**
 * A person at a textarea bound to the shared text the way CollaborativeTextarea binds it:
 * local input → diffToEdit → one editOnePagerText; a change by anyone else → the value is
 * re-read and the selection mapped through the change's delta.
 */
class Typist {
  value = '';
  selection: TextSelection = { start: 0, end: 0 };
  remoteChanges = 0;

  constructor(
    readonly doc: Y.Doc,
    readonly field: OnePagerField,
  ) {
    const text = onePagerText(doc, field);
    this.value = text.toString();
    text.observe((event, transaction) => {
      if (transaction.origin === LOCAL_ORIGIN) return;
      this.remoteChanges++;
      this.selection = mapSelection(this.selection, event.delta as TextDelta);
      this.value = text.toString();
    });
  }

  /** Puts the caret at `index`, like a click. */
  click(index: number): void {
    this.selection = { start: index, end: index };
  }

  /** Types `chars` one at a time at the caret, each keystroke its own input event. */
  type(chars: string): void {
    for (const ch of chars) {
      const { start, end } = this.selection;
      const next = this.value.slice(0, start) + ch + this.value.slice(end);
      const caret = start + ch.length;
      const edit = diffToEdit(this.value, next, caret);
      if (edit) editOnePagerText(this.doc, this.field, edit.index, edit.deleteCount, edit.insert);
      this.value = next;
      this.selection = { start: caret, end: caret };
    }
  }

  backspace(): void {
    const { start } = this.selection;
    if (start === 0) return;
    const next = this.value.slice(0, start - 1) + this.value.slice(start);
    const edit = diffToEdit(this.value, next, start - 1);
    if (edit) editOnePagerText(this.doc, this.field, edit.index, edit.deleteCount, edit.insert);
    this.value = next;
    this.selection = { start: start - 1, end: start - 1 };
  }

  get shared(): string {
    return onePagerText(this.doc, this.field).toString();
  }
}

/** Two devices with one workshop, the text created once (as a seeded workshop would). */
function twoPeers(initial = ''): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  initWorkshop(a, { id: 'w', title: 'Collab' });
  a.transact(() => {
    const text = onePagerText(a, 'purpose');
    if (initial) text.insert(0, initial);
  });
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

/** Delivers each side's unseen changes to the other, as the room would after a delay. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'remote');
  Y.applyUpdate(a, toA, 'remote');
}

describe('two people typing into the same field', () => {
  it('merges both people’s characters when they type at different places at once', () => {
    const [docA, docB] = twoPeers('We help teams.');
    const ana = new Typist(docA, 'purpose');
    const ben = new Typist(docB, 'purpose');

    ana.click('We help'.length);
    ben.click('We help teams'.length);
    ana.type(' small'); // both type before either sees the other's keystrokes
    ben.type(' plan better');
    exchange(docA, docB);

    const merged = 'We help small teams plan better.';
    expect(ana.shared).toBe(merged);
    expect(ben.shared).toBe(merged);
    expect(ana.value).toBe(merged);
    expect(ben.value).toBe(merged);
    // Ben's caret was after Ana's insert: it moved right by her 6 characters and still
    // stands right after his own words. Ana's caret stands after hers.
    expect(ben.selection).toEqual({ start: 'We help small teams plan better'.length, end: 31 });
    expect(ana.selection.start).toBe('We help small'.length);

    // Each carries on typing where their caret is: no character lands elsewhere.
    ana.type(',');
    ben.type('!');
    exchange(docA, docB);
    expect(ana.shared).toBe('We help small, teams plan better!.');
    expect(ben.shared).toBe(ana.shared);
  });

  it('keeps both words, uninterleaved, when both type at the very same position', () => {
    const [docA, docB] = twoPeers('Plan: ');
    const ana = new Typist(docA, 'purpose');
    const ben = new Typist(docB, 'purpose');
    ana.click(6);
    ben.click(6);
    ana.type('alpha');
    ben.type('beta');
    exchange(docA, docB);

    expect(ana.shared).toBe(ben.shared);
    expect(['Plan: alphabeta', 'Plan: betaalpha']).toContain(ana.shared);
    // Each caret is still right after the person's own word.
    const anaEnd = ana.shared.indexOf('alpha') + 'alpha'.length;
    const benEnd = ben.shared.indexOf('beta') + 'beta'.length;
    expect(ana.selection.start).toBe(anaEnd);
    expect(ben.selection.start).toBe(benEnd);
  });

  it('merges keystroke by keystroke, each delivered before the next is typed', () => {
    const [docA, docB] = twoPeers('Lead | Serve');
    const ana = new Typist(docA, 'purpose');
    const ben = new Typist(docB, 'purpose');
    ana.click('Lead'.length);
    ben.click('Lead | Serve'.length);
    const anaWords = ' the market';
    const benWords = ' our customers';
    for (let i = 0; i < Math.max(anaWords.length, benWords.length); i++) {
      if (i < anaWords.length) ana.type(anaWords[i]!);
      if (i < benWords.length) ben.type(benWords[i]!);
      exchange(docA, docB);
    }
    expect(ana.value).toBe('Lead the market | Serve our customers');
    expect(ben.value).toBe(ana.value);
    expect(ana.shared).toBe(ana.value);
    expect(ana.remoteChanges).toBe(benWords.length);
    expect(ben.remoteChanges).toBe(anaWords.length);
  });

  it('keeps the caret in place through a colleague’s insert before or after it', () => {
    const [docA, docB] = twoPeers('Customers are retailers.');
    const ana = new Typist(docA, 'purpose');
    const ben = new Typist(docB, 'purpose');

    ana.click('Customers are '.length); // "Customers are |retailers."
    ben.click(0);
    ben.type('Our ');
    exchange(docA, docB);
    expect(ana.value).toBe('Our Customers are retailers.');
    expect(ana.selection.start).toBe('Our Customers are '.length);

    ben.click(ben.value.length - 1);
    ben.type(' in Europe');
    exchange(docA, docB);
    expect(ana.value).toBe('Our Customers are retailers in Europe.');
    expect(ana.selection.start).toBe('Our Customers are '.length);

    // Ana types at her caret after both remote changes: the word lands where she looks.
    ana.type('small ');
    exchange(docA, docB);
    expect(ben.value).toBe('Our Customers are small retailers in Europe.');
  });

  it('moves a caret inside text a colleague deletes to where the deletion was', () => {
    const [docA, docB] = twoPeers('one two three');
    const ana = new Typist(docA, 'purpose');
    const ben = new Typist(docB, 'purpose');
    ana.click(6); // inside "two"
    ben.click(8);
    for (let i = 0; i < 4; i++) ben.backspace(); // deletes "two "
    exchange(docA, docB);
    expect(ana.value).toBe('one three');
    expect(ana.selection).toEqual({ start: 4, end: 4 });
  });

  it('undoes only one’s own typing, never the colleague’s', () => {
    const [docA, docB] = twoPeers('Base.');
    const undoA = createUndoManager(docA);
    const ana = new Typist(docA, 'purpose');
    const ben = new Typist(docB, 'purpose');
    ana.click(0);
    ana.type('Ana ');
    ben.click(ben.value.length);
    ben.type(' Ben');
    exchange(docA, docB);
    expect(ana.value).toBe('Ana Base. Ben');

    undoA.undo();
    expect(ana.value).toBe('Base. Ben');
    exchange(docA, docB);
    expect(ben.value).toBe('Base. Ben');
    undoA.destroy();
  });

  it('clamps an edit at the length limit instead of growing the text past it', () => {
    const [docA] = twoPeers('');
    const full = 'x'.repeat(LIMITS.longText - 2);
    editOnePagerText(docA, 'purpose', 0, 0, full);
    editOnePagerText(docA, 'purpose', full.length, 0, 'abcdef');
    expect(onePagerText(docA, 'purpose').length).toBe(LIMITS.longText);
    expect(onePagerText(docA, 'purpose').toString().endsWith('ab')).toBe(true);
  });
});
