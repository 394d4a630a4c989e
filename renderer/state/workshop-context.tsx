import { createContext, useContext, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useStore } from 'zustand';
import type { WorkshopStore } from './workshop-store';
import type { WorkshopState } from './workshop-state';

/** What an open workshop provides to its pages. */
interface OpenWorkshop {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly binding: WorkshopStore;
}

const WorkshopContext = createContext<OpenWorkshop | null>(null);

export function WorkshopProvider({
  workshop,
  children,
}: {
  workshop: OpenWorkshop;
  children: ReactNode;
}) {
  return <WorkshopContext.Provider value={workshop}>{children}</WorkshopContext.Provider>;
}

/** The open workshop (doc, store binding, undo manager). Throws outside a workshop page. */
export function useOpenWorkshop(): OpenWorkshop {
  const value = useContext(WorkshopContext);
  if (!value)
    throw new Error('useOpenWorkshop() is used outside an open workshop (no WorkshopProvider).');
  return value;
}

/** The open workshop's Y.Doc, for mutations from shared/model (`updateProject(doc, …)`). */
export function useWorkshopDoc(): Y.Doc {
  return useOpenWorkshop().doc;
}

/**
 * Selects from the open workshop's store. Select by id (`s => s.projects[id]`), or wrap a
 * selector that builds a list in `useShallow`: zustand v5 re-renders forever on a selector
 * that returns a fresh object each time.
 */
export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  return useStore(useOpenWorkshop().binding.store, selector);
}

/** Undo/redo of this device's own edits, and whether each is possible now. */
export function useUndo(): {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
} {
  const { binding } = useOpenWorkshop();
  const canUndo = useStore(binding.store, (s) => s.canUndo);
  const canRedo = useStore(binding.store, (s) => s.canRedo);
  return { undo: binding.undo, redo: binding.redo, canUndo, canRedo };
}
