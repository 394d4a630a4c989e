import type { RecordCollection } from '../schema';
import { checkInSpec } from './check-in';
import { dismissalSpec } from './dismissal';
import { focusAreaSpec } from './focus-area';
import { gradeSpec } from './grade';
import { healthRatingSpec } from './health-rating';
import { keyResultSpec } from './key-result';
import { listItemSpec } from './list-item';
import { objectiveSpec } from './objective';
import { projectSpec } from './project';
import { objectiveRetroSpec } from './retrospective';
import type { Fields, RecordSpec } from './spec';
import { weeklyItemSpec } from './weekly-item';

/** The spec of the records stored in each collection of the doc. */
export const COLLECTION_SPECS: Readonly<Record<RecordCollection, RecordSpec<Fields>>> = {
  focusAreas: focusAreaSpec,
  notDoing: listItemSpec,
  metrics: listItemSpec,
  projects: projectSpec,
  objectives: objectiveSpec,
  keyResults: keyResultSpec,
  checkIns: checkInSpec,
  dismissals: dismissalSpec,
  grades: gradeSpec,
  retrospectives: objectiveRetroSpec,
  weeklyItems: weeklyItemSpec,
  healthRatings: healthRatingSpec,
};
