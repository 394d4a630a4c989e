/** Presentational coach pieces for the OKR drafting page: props only, no store. */
import './coach.css';
export { CoachSlot } from './coach-slot';
export { CoachPanel } from './coach-panel';
export { coachTargetDomId } from './coach-targets';
