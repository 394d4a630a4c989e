/**
 * The Drumbeat: progress, scores, status and the check-in calendar of key results in the
 * weeks after the workshop. Pure functions of workshop snapshots; "today" is always a
 * parameter (`YYYY-MM-DD`), never the clock, so the view, the exports and the tests agree.
 * @public
 */
export * from './progress';
export * from './objective-progress';
export * from './status';
export * from './calendar';
export * from './week-tally';
export * from './chart';
export * from './chart-summary';
export * from './status-words';
export * from './grades';
export * from './next-cycle';
export * from './meeting';
export * from './team';
