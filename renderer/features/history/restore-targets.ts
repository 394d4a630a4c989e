import type * as Y from 'yjs';
import {
  restoreObjective,
  restoreOnePagerText,
  restoreRecord,
  restoreStep,
  restoreWorkshop,
  type OnePagerField,
} from '../../../shared/model';
import type { TFunction } from 'i18next';
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

/** "the card “Offline mode”", "the whole workshop", … in the workshop's language. */
export function describeTarget(t: TFunction, target: RestoreTarget): string {
  const title = (raw: string) => raw.trim() || t('history.targets.untitled');
  switch (target.kind) {
    case 'card':
      return t('history.targets.card', { title: title(target.title) });
    case 'objective':
      return t('history.targets.objective', { title: title(target.title) });
    case 'focus-area':
      return t('history.targets.focusArea', { title: title(target.title) });
    case 'line':
      return t('history.targets.line', { title: title(target.title) });
    case 'text':
      return t(`history.targets.${target.field}`);
    case 'step':
      return t('history.targets.step', { title: target.title });
    case 'workshop':
      return t('history.targets.workshop');
  }
}

/** What else a restore does, for its confirmation. */
export function consequences(t: TFunction, target: RestoreTarget): string {
  switch (target.kind) {
    case 'step':
    case 'workshop':
    case 'objective':
      return t(`history.consequences.${target.kind}`);
    default:
      return t('history.consequences.other');
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
