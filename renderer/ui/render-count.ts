/**
 * Counts renders of a component under a name, for the render-count e2e tests (as Excalidraw
 * asserts that moving one element does not re-render the others). Counting happens only when
 * the page created `globalThis.__offsiteRenderCounts` (the tests do, before the app loads);
 * otherwise this is one property lookup per render and nothing is recorded.
 */
export function useRenderCount(name: string): void {
  const counts = (globalThis as { __offsiteRenderCounts?: Record<string, number> })
    .__offsiteRenderCounts;
  if (counts) counts[name] = (counts[name] ?? 0) + 1;
}
