// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Workshop } from '../../shared/model';
import { createProject, initWorkshop, updateProject } from '../../shared/model';
import { selectWorkshop } from '../../renderer/state/select-workshop';
import { useDebounced } from '../../renderer/state/use-debounced';
import { WorkshopProvider } from '../../renderer/state/workshop-context';
import { createWorkshopStore, type WorkshopStore } from '../../renderer/state/workshop-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let binding: WorkshopStore;
let seen: Workshop[];

function Probe() {
  const w = useDebounced(selectWorkshop, 200);
  seen.push(w);
  return <output>{w.projects.map((p) => p.title).join(',')}</output>;
}

beforeEach(() => {
  vi.useFakeTimers();
  seen = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  binding.dispose();
  container.remove();
  vi.useRealTimers();
});

function show(doc: Y.Doc): void {
  binding = createWorkshopStore(doc);
  act(() =>
    root.render(
      <WorkshopProvider workshop={{ id: 'w', doc, binding }}>
        <Probe />
      </WorkshopProvider>,
    ),
  );
}

describe('useDebounced', () => {
  it('selects at once, then again only once the changes pause', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Acme' });
    const id = createProject(doc, { title: 'a' });
    show(doc);
    expect(container.textContent).toBe('a');

    for (const title of ['ab', 'abc', 'abcd']) {
      act(() => updateProject(doc, id, { title }));
      act(() => vi.advanceTimersByTime(150));
    }
    // Each change restarted the delay: still the first reading.
    expect(container.textContent).toBe('a');
    act(() => vi.advanceTimersByTime(50));
    expect(container.textContent).toBe('abcd');
  });

  it('re-renders nothing for a change the selector does not read', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Acme' });
    createProject(doc, { title: 'a' });
    show(doc);
    const renders = seen.length;
    act(() => binding.store.setState({ canUndo: !binding.store.getState().canUndo }));
    act(() => vi.advanceTimersByTime(500));
    expect(seen.length).toBe(renders);
  });
});
