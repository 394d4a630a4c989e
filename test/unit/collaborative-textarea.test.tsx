// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createUndoManager,
  editOnePagerText,
  initWorkshop,
  onePagerText,
} from '../../shared/model';
import { CollaborativeTextarea } from '../../renderer/ui/collaborative-textarea';
import type { TextEdit } from '../../renderer/ui/text-diff';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Two devices joined live: every update of one is applied to the other at once. */
function joinedDocs(initial: string): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  initWorkshop(a, { id: 'w' });
  a.transact(() => onePagerText(a, 'purpose').insert(0, initial));
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'from-b') Y.applyUpdate(b, update, 'from-a');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'from-a') Y.applyUpdate(a, update, 'from-b');
  });
  return [a, b];
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function mount(doc: Y.Doc): HTMLTextAreaElement {
  const onEdit = (edit: TextEdit) =>
    editOnePagerText(doc, 'purpose', edit.index, edit.deleteCount, edit.insert);
  act(() =>
    root.render(
      <CollaborativeTextarea
        text={onePagerText(doc, 'purpose')}
        onEdit={onEdit}
        aria-label="Purpose"
      />,
    ),
  );
  const el = container.querySelector('textarea');
  if (!el) throw new Error('no textarea rendered');
  return el;
}

/** What the browser does for one keystroke: new value, caret after it, an input event. */
function typeAt(el: HTMLTextAreaElement, at: number, chars: string): void {
  act(() => {
    el.value = el.value.slice(0, at) + chars + el.value.slice(at);
    el.setSelectionRange(at + chars.length, at + chars.length);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('CollaborativeTextarea bound to a Y.Text', () => {
  it('shows the shared text and writes each input as one edit', () => {
    const [a, b] = joinedDocs('We help teams.');
    const el = mount(a);
    expect(el.value).toBe('We help teams.');
    expect(el.getAttribute('aria-label')).toBe('Purpose');

    typeAt(el, 7, ' small');
    expect(onePagerText(a, 'purpose').toString()).toBe('We help small teams.');
    expect(onePagerText(b, 'purpose').toString()).toBe('We help small teams.');
  });

  it('applies a colleague’s edit in place and keeps the caret where it was', () => {
    const [a, b] = joinedDocs('Customers are retailers.');
    const el = mount(a);
    el.focus();
    el.setSelectionRange(14, 14); // "Customers are |retailers."

    act(() => editOnePagerText(b, 'purpose', 0, 0, 'Our ')); // before the caret
    expect(el.value).toBe('Our Customers are retailers.');
    expect([el.selectionStart, el.selectionEnd]).toEqual([18, 18]);

    act(() => editOnePagerText(b, 'purpose', 27, 0, ' in Europe')); // after it
    expect(el.value).toBe('Our Customers are retailers in Europe.');
    expect([el.selectionStart, el.selectionEnd]).toEqual([18, 18]);

    // A selection keeps covering the same word.
    el.setSelectionRange(18, 27); // "retailers"
    act(() => editOnePagerText(b, 'purpose', 0, 4, ''));
    expect(el.value.slice(el.selectionStart, el.selectionEnd)).toBe('retailers');
  });

  it('puts the caret at the change when one’s own edit is undone', () => {
    const [a] = joinedDocs('Base');
    const undo = createUndoManager(a);
    const el = mount(a);
    el.focus();
    typeAt(el, 4, ' line');
    el.setSelectionRange(0, 0);
    act(() => undo.undo());
    expect(el.value).toBe('Base');
    expect(el.selectionStart).toBe(4);
    act(() => undo.redo());
    expect(el.value).toBe('Base line');
    expect(el.selectionStart).toBe(9);
    undo.destroy();
  });

  it('leaves an IME composition alone and merges it with changes that arrived meanwhile', () => {
    const [a, b] = joinedDocs('Hello world');
    const el = mount(a);
    el.focus();
    act(() => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      el.value = 'Hello にほん world';
      el.setSelectionRange(9, 9);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    });
    // Nothing is written while composing.
    expect(onePagerText(a, 'purpose').toString()).toBe('Hello world');

    // A colleague types at the start meanwhile: the composing textarea is not touched.
    act(() => editOnePagerText(b, 'purpose', 0, 0, '¡'));
    expect(el.value).toBe('Hello にほん world');

    act(() => {
      el.value = 'Hello 日本 world';
      el.setSelectionRange(8, 8);
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '日本' }));
    });
    expect(onePagerText(a, 'purpose').toString()).toBe('¡Hello 日本 world');
    expect(onePagerText(b, 'purpose').toString()).toBe('¡Hello 日本 world');
    expect(el.value).toBe('¡Hello 日本 world');
    expect(el.selectionStart).toBe(9);
  });

  it('shows the shared value when the edit was clamped by the length limit', () => {
    const [a] = joinedDocs('');
    const el = mount(a);
    const long = 'y'.repeat(20_005);
    act(() => {
      el.value = long;
      el.setSelectionRange(long.length, long.length);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onePagerText(a, 'purpose').length).toBe(20_000);
    expect(el.value.length).toBe(20_000);
  });

  it('rebinds when given another Y.Text', () => {
    const [a] = joinedDocs('first');
    const el = mount(a);
    const other = new Y.Doc();
    const text = other.getText('t');
    text.insert(0, 'second');
    act(() => root.render(<CollaborativeTextarea text={text} onEdit={() => {}} />));
    expect(el.value).toBe('second');
    act(() => text.insert(6, '!'));
    expect(el.value).toBe('second!');
    // The old text no longer drives this textarea.
    act(() => editOnePagerText(a, 'purpose', 0, 0, 'x'));
    expect(el.value).toBe('second!');
  });
});
