/**
 * The facilitator's guide: suggested minutes per step, why each step exists, what to say
 * and what to watch for, the live warnings and the closing checklist, and the sample
 * workshop's dates. Pure data and functions: the app shows them, and the CLI or an export
 * could use the same texts.
 * @public
 */
export { SUGGESTED_MINUTES, totalSuggestedMinutes } from './agenda';
export {
  CHECKLIST_MESSAGES,
  formatGuideMessage,
  STEP_GUIDES,
  stepPage,
  WATCH_MESSAGES,
  type ChecklistMessageId,
  type StepGuide,
  type StepPage,
  type WatchMessageId,
} from './texts';
export {
  COMPANY_OBJECTIVES_MAX,
  FOCUS_AREA_RANGE,
  keyResultsWithoutTeam,
  taskLikeKeyResults,
  watchFor,
  type Watch,
  type WatchId,
  type WatchOptions,
} from './watch-for';
export { CHECKLIST_IDS, closingChecklist, type ChecklistId, type ChecklistItem } from './checklist';
export { rebaseSampleDates, SAMPLE_WEEKS_IN } from './sample-dates';
