import { describe, expectTypeOf, it } from 'vitest';
import type {
  CheckIn,
  CheckInJson,
  Column,
  Direction,
  FocusArea,
  GradeJson,
  KeyResult,
  KeyResultJson,
  ListItem,
  Meta,
  Objective,
  ObjectiveJson,
  ObjectiveKind,
  PreviousCycle,
  Project,
  ProjectJson,
  RetrospectiveJson,
  WorkshopJson,
} from '../../shared/model';

/**
 * The snapshot and JSON types are derived from the record specs; the renderer, the coach and
 * the exports depend on their exact shape. These are the shapes they had when written by
 * hand: a spec change that alters one fails `npm run typecheck` here.
 */
/** An intersection (`JsonOf<spec> & { nested }`) as one object type, to compare shapes. */
type Flat<T> = { [K in keyof T]: T[K] };

describe('types derived from the record specs keep their shape', () => {
  it('snapshots', () => {
    expectTypeOf<Meta>().toEqualTypeOf<{
      readonly id: string;
      readonly title: string;
      readonly cycle: string;
      readonly cycleStart: string;
      readonly cycleEnd: string;
      readonly checkInWeekday: number;
      readonly language?: string;
      readonly schemaVersion: number;
      readonly agreed: boolean;
      readonly agreedBy: string;
      readonly agreedAt: number;
      readonly updatedAt: number;
      readonly previousCycle?: PreviousCycle;
    }>();
    expectTypeOf<FocusArea>().toEqualTypeOf<{
      readonly id: string;
      readonly order: string;
      readonly title: string;
      readonly description: string;
    }>();
    expectTypeOf<ListItem>().toEqualTypeOf<{
      readonly id: string;
      readonly order: string;
      readonly text: string;
      readonly projectId?: string;
    }>();
    expectTypeOf<Project>().toEqualTypeOf<{
      readonly id: string;
      readonly order: string;
      readonly title: string;
      readonly description: string;
      readonly team: string;
      readonly column: Column;
      readonly focusAreaIds: readonly string[];
      readonly rationale: string;
    }>();
    expectTypeOf<Objective>().toEqualTypeOf<{
      readonly id: string;
      readonly order: string;
      readonly title: string;
      readonly description: string;
      readonly team: string | null;
      readonly parentId: string | null;
      readonly focusAreaId: string | null;
      readonly kind: ObjectiveKind;
      readonly upstreamWorkshop?: string;
      readonly upstreamObjective?: string;
      readonly upstreamTitle?: string;
    }>();
    expectTypeOf<KeyResult>().toEqualTypeOf<{
      readonly id: string;
      readonly order: string;
      readonly objectiveId: string;
      readonly title: string;
      readonly metric: string;
      readonly unit: string;
      readonly baseline: number | null;
      readonly target: number | null;
      readonly current: number | null;
      readonly direction: Direction;
      readonly confidence: number | null;
      readonly team: string;
      readonly initiatives: readonly string[];
    }>();
    expectTypeOf<CheckIn>().toEqualTypeOf<{
      readonly id: string;
      readonly keyResultId: string;
      readonly date: string;
      readonly value: number;
      readonly confidence: number;
      readonly note: string;
      readonly author?: string;
      readonly confidenceRound?: true;
    }>();
  });

  it('interchange JSON', () => {
    expectTypeOf<ProjectJson>().toEqualTypeOf<{
      id: string;
      title: string;
      description?: string;
      team?: string;
      column: Column;
      focusAreaIds: string[];
      rationale?: string;
    }>();
    expectTypeOf<Flat<KeyResultJson>>().toEqualTypeOf<{
      id: string;
      title: string;
      metric?: string;
      unit?: string;
      baseline?: number | null;
      target?: number | null;
      current?: number | null;
      direction?: Direction;
      confidence?: number | null;
      team?: string;
      initiatives?: string[];
      grade?: GradeJson;
    }>();
    expectTypeOf<Omit<ObjectiveJson, 'keyResults'>>().toEqualTypeOf<{
      id: string;
      title: string;
      description?: string;
      team?: string | null;
      parentId?: string | null;
      upstreamWorkshop?: string | null;
      upstreamObjective?: string | null;
      upstreamTitle?: string | null;
      focusAreaId?: string | null;
      kind?: ObjectiveKind;
      retrospective?: RetrospectiveJson;
    }>();
    expectTypeOf<CheckInJson>().toEqualTypeOf<{
      id: string;
      keyResultId: string;
      date: string;
      value: number;
      confidence: number;
      note?: string;
      author?: string;
      confidenceRound?: boolean;
    }>();
    expectTypeOf<GradeJson>().toEqualTypeOf<{ score: number; reason?: string }>();
    expectTypeOf<RetrospectiveJson>().toEqualTypeOf<{
      worked?: string;
      didNotWork?: string;
      learned?: string;
      change?: string;
    }>();
    expectTypeOf<WorkshopJson['cycleStart']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<WorkshopJson['checkInWeekday']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<WorkshopJson['agreed']>().toEqualTypeOf<boolean | undefined>();
  });
});
