import type * as Y from 'yjs';
import {
  restoreObjective,
  restoreOnePagerText,
  restoreRecord,
  restoreStep,
  restoreWorkshop,
  type OnePagerField,
} from '../../../shared/model';
import type { Step } from '../../../shared/protocol/room';

/** What the facilitator restores from a point of the history. */
export type RestoreTarget =
  | { readonly kind: 'card'; readonly id: string; readonly title: string }
  | { readonly kind: 'objective'; readonly id: string; readonly title: string }
  | { readonly kind: 'focus-area'; readonly id: string; readonly title: string }
  | {
      readonly kind: 'line';
      readonly list: 'notDoing' | 'metrics';
      readonly id: string;
      readonly title: string;
    }
  | { readonly kind: 'text'; readonly field: OnePagerField; readonly title: string }
  | { readonly kind: 'step'; readonly step: Step; readonly title: string }
  | { readonly kind: 'workshop' };

const quoted = (title: string) => `“${title.trim() || 'untitled'}”`;

/** "the card “Offline mode”", "the whole workshop", … */
export function describeTarget(target: RestoreTarget): string {
  switch (target.kind) {
    case 'card':
      return `the card ${quoted(target.title)}`;
    case 'objective':
      return `the objective ${quoted(target.title)} with its key results`;
    case 'focus-area':
      return `the focus area ${quoted(target.title)}`;
    case 'line':
      return `the line ${quoted(target.title)}`;
    case 'text':
      return `the one-pager’s ${target.title.toLowerCase()}`;
    case 'step':
      return `the step “${target.title}”`;
    case 'workshop':
      return 'the whole workshop';
  }
}

/** What else a restore does, for its confirmation. */
export function consequences(target: RestoreTarget): string {
  switch (target.kind) {
    case 'step':
      return 'Edits made to this step since are replaced, and what was added to it since is removed.';
    case 'workshop':
      return 'Edits made since are replaced and what was added since is removed, in every step; the room’s locks, timer and votes stay as they are.';
    case 'objective':
      return 'Its key results come back as they were; key results added to it since are removed.';
    default:
      return 'Edits made to it since are replaced; nothing else changes.';
  }
}

/** Applies a restore to the current doc: one local transaction, undoable by this device. */
export function applyRestore(doc: Y.Doc, past: Y.Doc, target: RestoreTarget): void {
  switch (target.kind) {
    case 'card':
      return restoreRecord(doc, past, 'projects', target.id);
    case 'objective':
      return restoreObjective(doc, past, target.id);
    case 'focus-area':
      return restoreRecord(doc, past, 'focusAreas', target.id);
    case 'line':
      return restoreRecord(doc, past, target.list, target.id);
    case 'text':
      return restoreOnePagerText(doc, past, target.field);
    case 'step':
      return restoreStep(doc, past, target.step);
    case 'workshop':
      return restoreWorkshop(doc, past);
  }
}
