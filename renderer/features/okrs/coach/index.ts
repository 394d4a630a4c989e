/** Presentational coach pieces for the OKR drafting page: props only, no store. */
import './coach.css';
export { CoachHint, type CoachHintProps } from './coach-hint';
export { CoachSlot, type CoachSlotProps } from './coach-slot';
export { CoachPanel, type CoachPanelProps } from './coach-panel';
export {
  coachTargetDomId,
  countBySeverity,
  filterForTarget,
  groupByTarget,
  targetLabel,
} from './coach-targets';
