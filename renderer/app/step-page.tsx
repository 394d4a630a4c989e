import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useT } from '../ui/i18n';
import type { StepId } from '../ui/routes';

/**
 * The page component of each step, each in its own feature folder and its own chunk, so
 * the first screen (home) loads only what it shows. Every chunk is fetched in the
 * background right after start (`preloadStepPages`): a browser participant whose Wi-Fi
 * drops can still open every step, since each chunk is already in memory.
 */
const loaders: Record<StepId, () => Promise<ComponentType>> = {
  onepager: () => import('../features/onepager/onepager-page').then((m) => m.OnePagerPage),
  alignment: () => import('../features/board/board-page').then((m) => m.BoardPage),
  okrs: () => import('../features/okrs/okrs-page').then((m) => m.OkrsPage),
  review: () => import('../features/export/review-page').then((m) => m.ReviewPage),
  drumbeat: () => import('../features/drumbeat/drumbeat-page').then((m) => m.DrumbeatPage),
};

/**
 * Step pages whose chunk has loaded, rendered without a Suspense boundary: React.lazy
 * suspends on its first render even when the chunk is already in memory, and React 19
 * keeps a suspended boundary's fallback up for about 300 ms, which tripled the first render
 * of a preloaded step.
 */
const loaded = new Map<StepId, ComponentType>();

function loadStep(step: StepId): Promise<ComponentType> {
  return loaders[step]().then((component) => {
    loaded.set(step, component);
    return component;
  });
}

function lazyStep(step: StepId): ComponentType {
  const Page = lazy(() => loadStep(step).then((component) => ({ default: component })));
  function StepPage() {
    // Decided once per mount: switching from the lazy tree to the loaded one later would
    // remount the page and lose what it holds (a half-typed title, an open dialog).
    const [Ready] = useState(() => loaded.get(step));
    const t = useT();
    if (Ready) return <Ready />;
    return (
      <Suspense
        fallback={
          <p className="step-loading" role="status">
            {t('app.loading')}
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
  onepager: lazyStep('onepager'),
  alignment: lazyStep('alignment'),
  okrs: lazyStep('okrs'),
  review: lazyStep('review'),
  drumbeat: lazyStep('drumbeat'),
};

/** Fetches every step's chunk without rendering it (module loads are cached). */
export function preloadStepPages(): void {
  for (const step of Object.keys(loaders) as StepId[]) void loadStep(step).catch(() => {});
}
