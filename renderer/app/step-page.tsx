import { lazy, Suspense, type ComponentType } from 'react';
import type { StepId } from './routes';

/**
 * The page component of each step, each in its own feature folder and its own chunk, so
 * the first screen (home) loads only what it shows. Every chunk is fetched in the
 * background right after start (`preloadStepPages`): a browser participant whose Wi-Fi
 * drops can still open every step, since each chunk is already in memory.
 */
const loaders: Record<StepId, () => Promise<ComponentType>> = {
  onepager: () => import('../features/onepager/onepager-page').then((m) => m.OnePagerPage),
  alignment: () => import('../features/alignment/alignment-page').then((m) => m.AlignmentPage),
  okrs: () => import('../features/okrs/okrs-page').then((m) => m.OkrsPage),
  review: () => import('../features/export/review-page').then((m) => m.ReviewPage),
  drumbeat: () => import('../features/drumbeat/drumbeat-page').then((m) => m.DrumbeatPage),
};

function lazyStep(load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  function StepPage() {
    return (
      <Suspense
        fallback={
          <p className="step-loading" role="status">
            Loading…
          </p>
        }
      >
        <Page />
      </Suspense>
    );
  }
  return StepPage;
}

export const STEP_PAGES: Record<StepId, ComponentType> = {
  onepager: lazyStep(loaders.onepager),
  alignment: lazyStep(loaders.alignment),
  okrs: lazyStep(loaders.okrs),
  review: lazyStep(loaders.review),
  drumbeat: lazyStep(loaders.drumbeat),
};

/** Fetches every step's chunk without rendering it (module loads are cached). */
export function preloadStepPages(): void {
  for (const load of Object.values(loaders)) void load().catch(() => {});
}
