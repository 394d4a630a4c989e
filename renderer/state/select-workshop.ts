import {
  resolveCheckInRefs,
  resolveGradeRefs,
  resolveHealthRatingRefs,
  resolveRetroRefs,
  sortByOrder,
  sortWeeklyItems,
  type CheckIn,
  type Grade,
  type HealthRatingRecord,
  type KeyResult,
  type Meta,
  type Objective,
  type ObjectiveRetro,
  type OnePager,
  type Project,
  type WeeklyItem,
  type Workshop,
} from '../../shared/model';
import { memoByKey, sameList } from './memo';
import {
  dismissalList,
  focusAreaIdSet,
  objectiveIdSet,
  projectIdSet,
  keyResultWithRefs,
  projectWithRefs,
  resolvedObjectives,
} from './selectors';
import type { WorkshopState } from './workshop-state';

/**
 * The whole workshop as one reference-checked snapshot — what `readWorkshop(doc)` returns,
 * built from the store instead of re-reading the doc: the coach, the export preview and the
 * export itself read the workshop this one way. References are resolved by the same
 * shared/model functions (`resolve*Refs`), and a unit test holds the two readings equal.
 *
 * Memoised part by part on the identity of the store's slices: while the slices a part is
 * made of are unchanged the part is the same object, and while every part is unchanged the
 * workshop is, so undo availability or read problems never produce a new workshop.
 */
export function selectWorkshop(state: WorkshopState): Workshop {
  const keyResults = keyResultList(state);
  const objectives = objectiveList(state);
  return workshop(
    onePager(state),
    state.meta,
    projectList(state),
    objectives,
    keyResults,
    checkInList(state.checkIns, idsOf(keyResults)),
    dismissalList(state),
    review(
      gradeList(state.grades, idList(keyResults)),
      retroList(state.retrospectives, idList(objectives)),
      state.cycleRetro,
    ),
    meeting(
      weeklyItemList(state.weeklyItems),
      healthRatingList(state.healthRatings, state.metricIds),
    ),
  );
}

/** The weekly meetings' part of the workshop. */
type Meeting = Pick<Workshop, 'weeklyItems' | 'healthRatings'>;

const meeting = memoByKey(
  (weeklyItems: readonly WeeklyItem[], healthRatings: readonly HealthRatingRecord[]): Meeting => ({
    weeklyItems,
    healthRatings,
  }),
);

const weeklyItemList = memoByKey(
  (records: WorkshopState['weeklyItems']): readonly WeeklyItem[] =>
    sortWeeklyItems(Object.values(records)),
  sameList,
);

const healthRatingList = memoByKey(
  (
    records: WorkshopState['healthRatings'],
    metricIds: readonly string[],
  ): readonly HealthRatingRecord[] => resolveHealthRatingRefs(Object.values(records), metricIds),
  sameList,
);

/** The end-of-cycle review's part of the workshop. */
type Review = Pick<Workshop, 'grades' | 'retrospectives' | 'cycleRetro'>;

const review = memoByKey(
  (
    grades: readonly Grade[],
    retrospectives: readonly ObjectiveRetro[],
    cycleRetro: WorkshopState['cycleRetro'],
  ): Review => ({ grades, retrospectives, cycleRetro }),
);

const workshop = memoByKey(
  (
    onePager: OnePager,
    meta: Meta,
    projects: readonly Project[],
    objectives: readonly Objective[],
    keyResults: readonly KeyResult[],
    checkIns: readonly CheckIn[],
    dismissals: Workshop['dismissals'],
    { grades, retrospectives, cycleRetro }: Review,
    { weeklyItems, healthRatings }: Meeting,
  ): Workshop => ({
    meta,
    onePager,
    projects,
    objectives,
    keyResults,
    checkIns,
    dismissals,
    grades,
    retrospectives,
    cycleRetro,
    weeklyItems,
    healthRatings,
  }),
);

/** Records in the order of an id list the store already sorted. */
const inOrder = memoByKey(
  <T>(records: Readonly<Record<string, T>>, ids: readonly string[]): readonly T[] =>
    ids.map((id) => records[id]).filter((r): r is T => r !== undefined),
) as <T>(records: Readonly<Record<string, T>>, ids: readonly string[]) => readonly T[];

const onePagerOf = memoByKey(
  (
    texts: WorkshopState['texts'],
    focusAreas: OnePager['focusAreas'],
    notDoing: OnePager['notDoing'],
    metrics: OnePager['metrics'],
  ): OnePager => ({ ...texts, focusAreas, notDoing, metrics }),
);

function onePager(state: WorkshopState): OnePager {
  return onePagerOf(
    state.texts,
    inOrder(state.focusAreas, state.focusAreaIds),
    inOrder(state.notDoing, state.notDoingIds),
    inOrder(state.metrics, state.metricIds),
  );
}

const projectsOf = memoByKey(
  (records: WorkshopState['projects'], focusAreaIds: ReadonlySet<string>): readonly Project[] =>
    sortByOrder(Object.values(records)).map((p) => projectWithRefs(p, focusAreaIds)),
  sameList,
);

/** Every project in order across the columns, with its focus-area tags resolved. */
function projectList(state: WorkshopState): readonly Project[] {
  return projectsOf(state.projects, focusAreaIdSet(state));
}

function objectiveList(state: WorkshopState): readonly Objective[] {
  return inOrder(resolvedObjectives(state), state.objectiveIds);
}

const keyResultsOf = memoByKey(
  (
    records: WorkshopState['keyResults'],
    objectiveIds: ReadonlySet<string>,
    projectIds: ReadonlySet<string>,
  ): readonly KeyResult[] =>
    sortByOrder(Object.values(records))
      .map((kr) => keyResultWithRefs(kr, objectiveIds, projectIds))
      .filter((kr): kr is KeyResult => kr !== null),
  sameList,
);

/** Key results of existing objectives, in order, with their initiatives resolved. */
function keyResultList(state: WorkshopState): readonly KeyResult[] {
  return keyResultsOf(state.keyResults, objectiveIdSet(state), projectIdSet(state));
}

const idsOf = memoByKey(
  (records: readonly { readonly id: string }[]): ReadonlySet<string> =>
    new Set(records.map((r) => r.id)),
);

const checkInList = memoByKey(
  (records: WorkshopState['checkIns'], keyResultIds: ReadonlySet<string>): readonly CheckIn[] =>
    resolveCheckInRefs(Object.values(records), keyResultIds),
  sameList,
);

const idList = memoByKey((records: readonly { readonly id: string }[]): readonly string[] =>
  records.map((r) => r.id),
);

const gradeList = memoByKey(
  (records: WorkshopState['grades'], keyResultIds: readonly string[]): readonly Grade[] =>
    resolveGradeRefs(Object.values(records), keyResultIds),
  sameList,
);

const retroList = memoByKey(
  (
    records: WorkshopState['retrospectives'],
    objectiveIds: readonly string[],
  ): readonly ObjectiveRetro[] => resolveRetroRefs(Object.values(records), objectiveIds),
  sameList,
);
