import { longDate } from '../dates';
import { checkInDates } from '../drumbeat/calendar';
import type { Workshop } from '../model/types';
import { formatGuideMessage, type ChecklistMessageId } from './texts';
import { keyResultsWithoutTeam } from './watch-for';

/**
 * The closing checklist: what should be true before people leave the room. Three items are
 * read from the workshop; two (the PDF sent, the not-doing list shared) happen outside the
 * app, so the facilitator ticks them.
 * @public
 */

export type ChecklistId = 'agreed' | 'owners' | 'first-check-in' | 'pdf' | 'not-doing';

/** The checklist's items, in the order they are done. @public */
export const CHECKLIST_IDS: readonly ChecklistId[] = [
  'agreed',
  'owners',
  'first-check-in',
  'pdf',
  'not-doing',
];

/** One item of the checklist as the workshop stands. @public */
export interface ChecklistItem {
  readonly id: ChecklistId;
  /** Read from the workshop (true), or ticked by the facilitator (false). */
  readonly automatic: boolean;
  /** For an automatic item, whether it is done; null for one the facilitator ticks. */
  readonly done: boolean | null;
  readonly label: string;
  readonly labelId: ChecklistMessageId;
  /** One line under the label: what was found, or what to do. */
  readonly detail: string;
  readonly detailId: ChecklistMessageId;
  readonly params: Readonly<Record<string, string | number>>;
}

function item(
  id: ChecklistId,
  done: boolean | null,
  labelId: ChecklistMessageId,
  detailId: ChecklistMessageId,
  params: Readonly<Record<string, string | number>> = {},
): ChecklistItem {
  return {
    id,
    automatic: done !== null,
    done,
    label: formatGuideMessage(labelId),
    labelId,
    detail: formatGuideMessage(detailId, params),
    detailId,
    params,
  };
}

/**
 * The closing checklist of a workshop. The first check-in is the first check-in day of the
 * cycle (Drumbeat's calendar), so it is set once the cycle has valid dates.
 * `language` writes the first check-in's date in that language (the app's: see use-guide.ts).
 * @public
 */
export function closingChecklist(w: Workshop, language = 'en'): ChecklistItem[] {
  const unowned = keyResultsWithoutTeam(w).length;
  const firstCheckIn = checkInDates(w.meta)[0];
  const notDoing = w.onePager.notDoing.length;
  return [
    item(
      'agreed',
      w.meta.agreed,
      'guide.checklist.agreed.label',
      w.meta.agreed ? 'guide.checklist.agreed.done' : 'guide.checklist.agreed.todo',
    ),
    w.keyResults.length === 0
      ? item('owners', false, 'guide.checklist.owners.label', 'guide.checklist.owners.none')
      : item(
          'owners',
          unowned === 0,
          'guide.checklist.owners.label',
          unowned === 0 ? 'guide.checklist.owners.done' : 'guide.checklist.owners.todo',
          unowned === 0 ? {} : { count: unowned },
        ),
    firstCheckIn
      ? item(
          'first-check-in',
          true,
          'guide.checklist.firstCheckIn.label',
          'guide.checklist.firstCheckIn.done',
          { date: longDate(firstCheckIn, language) },
        )
      : item(
          'first-check-in',
          false,
          'guide.checklist.firstCheckIn.label',
          'guide.checklist.firstCheckIn.todo',
        ),
    item('pdf', null, 'guide.checklist.pdf.label', 'guide.checklist.pdf.todo'),
    notDoing === 0
      ? item('not-doing', null, 'guide.checklist.notDoing.label', 'guide.checklist.notDoing.empty')
      : item('not-doing', null, 'guide.checklist.notDoing.label', 'guide.checklist.notDoing.todo', {
          count: notDoing,
        }),
  ];
}
