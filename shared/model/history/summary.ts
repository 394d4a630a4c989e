import type { TFunction } from 'i18next';
import { fixedT, uiLanguage, type UiLanguage } from '../../i18n';
import type { OnePagerField } from '../types';
import { RECORD_COLLECTIONS } from '../schema';
import type { ChangeStats, Deletions } from './changes';
import type { HistoryPoint } from './points';

/**
 * A point of a workshop's history in words, from its kind and counts, in a language:
 * "12 edits: projects, objectives; deleted 3 projects", "before deleting 12 projects". The
 * words are the catalogue's historyPoints section (shared/i18n/resources/history-points.ts).
 * English, the default, is what the hub's list and the history file carry as `summary`: a
 * viewer with the counts says it again in the workshop's language.
 * @public
 */

/** A language and its `t`. */
interface Say {
  readonly language: UiLanguage;
  readonly t: TFunction;
}

const say = (language: string | undefined): Say => ({
  language: uiLanguage(language),
  t: fixedT(language),
});

/**
 * A one-pager text by name: in English its field's own name ("purpose", as the summaries
 * always said), elsewhere the one-pager's label for it, lower-case in Italian mid-sentence
 * ("scopo"), a noun as German writes it ("Zweck"). Not a catalogue string of its own: a bare
 * "customers" in the catalogue would read as untranslated UI wherever a room types it.
 */
function fieldName(words: Say, field: OnePagerField): string {
  if (words.language === 'en') return field;
  const label = words.t(`onepager.${field}`);
  return words.language === 'it' ? label.toLocaleLowerCase('it') : label;
}

function deletions(words: Say, deleted: Deletions): string {
  const t = words.t;
  const parts: string[] = RECORD_COLLECTIONS.filter((name) => (deleted.records[name] ?? 0) > 0).map(
    (name) =>
      t(`historyPoints.counts.${name}` as 'historyPoints.counts.projects', {
        count: deleted.records[name]!,
      }),
  );
  if (deleted.texts.length) {
    const fields = deleted.texts.map((f) => fieldName(words, f)).join(', ');
    parts.push(t('historyPoints.onePagerTexts', { fields }));
  }
  return parts.join(', ');
}

function changesIn(words: Say, changes: ChangeStats): string {
  const t = words.t;
  if (changes.edits === 0) return t('historyPoints.noEdits');
  const count = changes.edits;
  const areas = changes.areas.map((a) => t(`historyPoints.areas.${a}`)).join(', ');
  const edits = areas
    ? t('historyPoints.editsIn', { count, areas })
    : t('historyPoints.edits', { count });
  const deleted = deletions(words, changes.deleted);
  return deleted ? t('historyPoints.andDeleted', { changes: edits, deleted }) : edits;
}

/** "12 projects, 3 objectives and the one-pager's purpose", or '' when nothing is deleted. */
export function describeDeletions(deleted: Deletions, language?: string): string {
  return deletions(say(language), deleted);
}

/** "12 edits: projects, objectives; deleted 3 projects", or "no edits". */
export function describeChanges(changes: ChangeStats, language?: string): string {
  return changesIn(say(language), changes);
}

/**
 * One line about a point: "before deleting 12 projects", "12 edits: projects, objectives",
 * in `language` (a BCP 47 tag; English when absent or without a translation).
 */
export function summarizePoint(
  point: Pick<HistoryPoint, 'kind' | 'changes' | 'deleting'>,
  language?: string,
): string {
  const words = say(language);
  const t = words.t;
  if (point.kind === 'before-delete' && point.deleting) {
    const what = deletions(words, point.deleting) || t('historyPoints.records');
    return point.changes.edits
      ? t('historyPoints.beforeDeletingAfter', { what, changes: changesIn(words, point.changes) })
      : t('historyPoints.beforeDeleting', { what });
  }
  if (point.kind === 'opened')
    return point.changes.edits
      ? t('historyPoints.openedAfter', { changes: changesIn(words, point.changes) })
      : t('historyPoints.opened');
  return changesIn(words, point.changes);
}
