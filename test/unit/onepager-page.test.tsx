// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addKilledProjectToNotDoing,
  createFocusArea,
  createProject,
  editOnePagerText,
  initWorkshop,
  moveProject,
  onePagerMap,
  onePagerText,
  updateFocusArea,
} from '../../shared/model';
import { OnePagerPage } from '../../renderer/features/onepager/onepager-page';
import { WorkshopProvider } from '../../renderer/state/workshop-context';
import { createWorkshopStore, type WorkshopStore } from '../../renderer/state/workshop-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const counts = (): Record<string, number> =>
  ((globalThis as { __offsiteRenderCounts?: Record<string, number> }).__offsiteRenderCounts ??= {});

let container: HTMLDivElement;
let root: Root;
let binding: WorkshopStore | null = null;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  binding?.dispose();
  binding = null;
  container.remove();
  delete (globalThis as { __offsiteRenderCounts?: unknown }).__offsiteRenderCounts;
});

function show(doc: Y.Doc): WorkshopStore {
  binding = createWorkshopStore(doc);
  const open = { id: 'w', doc, binding };
  act(() =>
    root.render(
      <WorkshopProvider workshop={open}>
        <OnePagerPage />
      </WorkshopProvider>,
    ),
  );
  return binding;
}

const textbox = (name: string): HTMLTextAreaElement | HTMLInputElement => {
  const found = [...container.querySelectorAll<HTMLElement>('textarea, input')].filter(
    (el) =>
      el.getAttribute('aria-label') === name ||
      (el.id && container.querySelector(`label[for="${el.id}"]`)?.textContent === name),
  );
  if (found.length !== 1) throw new Error(`${found.length} textboxes named ${name}`);
  return found[0] as HTMLTextAreaElement;
};

function newDoc(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { id: 'w', title: 'Page' });
  return doc;
}

describe('the one-pager page', () => {
  it('warns above five focus areas and notes fewer than two', () => {
    const doc = newDoc();
    show(doc);
    expect(container.textContent).toContain('No focus areas yet.');
    act(() => void createFocusArea(doc, { title: 'Growth' }));
    expect(container.textContent).toContain('One focus area so far');
    act(() => {
      for (const title of ['Quality', 'Platform', 'Partners', 'Security']) {
        createFocusArea(doc, { title });
      }
    });
    expect(container.textContent).not.toContain('too many');
    expect(container.textContent).not.toContain('One focus area so far');
    act(() => void createFocusArea(doc, { title: 'Hiring' }));
    const status = container.querySelector('.op-focus-status');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain('6 focus areas is too many.');
  });

  it('marks not-doing lines that came from killed projects', () => {
    const doc = newDoc();
    const project = createProject(doc, { title: 'Legacy dispatcher rewrite' });
    moveProject(doc, project, 'kill', 0);
    addKilledProjectToNotDoing(doc, project);
    show(doc);
    const line = textbox('Not-doing item') as HTMLInputElement;
    expect(line.value).toBe('Legacy dispatcher rewrite');
    const badge = line.parentElement?.querySelector('.op-origin');
    expect(badge?.textContent).toBe('Killed project');
    expect(badge?.getAttribute('title')).toContain('Legacy dispatcher rewrite');
  });

  it('re-renders only the focus area a colleague edits', () => {
    const doc = newDoc();
    const ids = ['Growth', 'Quality', 'Platform'].map((title) => createFocusArea(doc, { title }));
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    counts();
    const store = show(doc);
    const before = { ...counts() };
    expect(Object.keys(before).filter((k) => k.startsWith('focusArea:'))).toHaveLength(3);

    const before2 = Y.encodeStateVector(peer);
    updateFocusArea(peer, ids[1]!, { title: 'Quality first' });
    act(() => {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, before2), 'remote');
      store.flush();
    });
    const after = counts();
    expect(after[`focusArea:${ids[1]}`]).toBeGreaterThan(before[`focusArea:${ids[1]}`]!);
    expect(after[`focusArea:${ids[0]}`]).toBe(before[`focusArea:${ids[0]}`]);
    expect(after[`focusArea:${ids[2]}`]).toBe(before[`focusArea:${ids[2]}`]);
  });

  it('shows a legacy plain-string text and turns it into shared text on the first edit', () => {
    const doc = newDoc();
    doc.transact(() => onePagerMap(doc).set('vision', 'Old vision'));
    show(doc);
    const vision = textbox('Vision') as HTMLTextAreaElement;
    expect(vision.value).toBe('Old vision');
    act(() => {
      vision.value = 'Old vision, new words';
      vision.setSelectionRange(vision.value.length, vision.value.length);
      vision.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onePagerMap(doc).get('vision')).toBeInstanceOf(Y.Text);
    expect(onePagerText(doc, 'vision').toString()).toBe('Old vision, new words');
  });

  it('undoing the first edit of a field keeps a colleague’s typing in it', () => {
    const doc = newDoc();
    const store = show(doc);
    const purpose = textbox('Purpose') as HTMLTextAreaElement;
    act(() => {
      purpose.value = 'Hi';
      purpose.setSelectionRange(2, 2);
      purpose.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // A colleague, synced, adds to the same field.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const vector = Y.encodeStateVector(peer);
    editOnePagerText(peer, 'purpose', 2, 0, ' there');
    act(() => {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, vector), 'remote');
      store.flush();
    });
    expect(purpose.value).toBe('Hi there');

    act(() => store.undo());
    // Only one's own "Hi" goes: the field itself, and the colleague's words, stay.
    expect(onePagerText(doc, 'purpose').toString()).toBe(' there');
    expect(purpose.value).toBe(' there');
  });
});
