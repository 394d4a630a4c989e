/** The chart's words in the workshop's language live in shared/ (the exports say them too). */
export { chartSummary, type ChartSubject } from '../../../shared/drumbeat/chart-summary';
