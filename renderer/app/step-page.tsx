import type { ComponentType } from 'react';
import { AlignmentPage } from '../features/alignment/alignment-page';
import { DrumbeatPage } from '../features/drumbeat/drumbeat-page';
import { ReviewPage } from '../features/export/review-page';
import { OkrsPage } from '../features/okrs/okrs-page';
import { OnePagerPage } from '../features/onepager/onepager-page';
import type { StepId } from './routes';

/** The page component of each step, each in its own feature folder. */
export const STEP_PAGES: Record<StepId, ComponentType> = {
  onepager: OnePagerPage,
  alignment: AlignmentPage,
  okrs: OkrsPage,
  review: ReviewPage,
  drumbeat: DrumbeatPage,
};
