import type { WorkshopStore } from '../../state/workshop-store';

/**
 * Runs one user action (a drop, an add, a delete, a toggle) as its own undo step. The undo
 * manager merges edits made within 500 ms so that typing a word is one step; two quick
 * drops, or a drop right after typing, must still undo one at a time.
 */
export function discreteEdit<T>(binding: WorkshopStore, edit: () => T): T {
  binding.undoManager.stopCapturing();
  try {
    return edit();
  } finally {
    binding.undoManager.stopCapturing();
  }
}
