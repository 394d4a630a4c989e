// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../shared/coach';
import type { KeyResult, Objective, Workshop } from '../../shared/model';
import * as Y from 'yjs';
import {
  createObjective,
  dismissFinding,
  initWorkshop,
  readWorkshop,
  updateObjective,
} from '../../shared/model';
import { analyseWorkshop } from '../../shared/coach';
import { CoachPanel, CoachSlot, coachTargetDomId } from '../../renderer/features/okrs/coach';
import { createCoachFindingsStore } from '../../renderer/features/okrs/coach-findings-store';
import {
  createFreshObjectivesStore,
  markFresh,
  markLeft,
  type FreshObjectivesStore,
} from '../../renderer/features/okrs/fresh-objectives';
import { OkrCoach } from '../../renderer/features/okrs/okr-coach';
import {
  OkrsContextProvider,
  type OkrsPageContext,
} from '../../renderer/features/okrs/okrs-context';
import { WorkshopProvider } from '../../renderer/state/workshop-context';
import { createWorkshopStore, type WorkshopStore } from '../../renderer/state/workshop-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const objective: Objective = {
  id: 'o1',
  order: 'a0',
  title: 'Maintain uptime',
  description: '',
  team: null,
  parentId: null,
  focusAreaId: 'fa',
  kind: 'aspirational',
};
const keyResult = (id: string, title: string): KeyResult => ({
  id,
  order: `a${id}`,
  objectiveId: 'o1',
  title,
  metric: '',
  unit: '',
  baseline: null,
  target: null,
  current: null,
  direction: 'increase',
  confidence: null,
  team: '',
  initiatives: [],
});
const workshop = (objectives: Objective[], keyResults: KeyResult[]): Workshop => ({
  meta: {
    id: 'w',
    title: '',
    cycle: '',
    cycleStart: '',
    cycleEnd: '',
    checkInWeekday: 1,
    schemaVersion: 1,
    agreed: false,
    agreedBy: '',
    agreedAt: 0,
    updatedAt: 0,
  },
  onePager: { purpose: '', vision: '', customers: '', focusAreas: [], notDoing: [], metrics: [] },
  projects: [],
  objectives,
  keyResults,
  checkIns: [],
});

const findings: Finding[] = [
  {
    rule: 'objective-without-krs',
    severity: 'error',
    target: { type: 'objective', id: 'o1' },
    message: 'Objective “Maintain uptime” has no key results.',
    hint: 'Add some.',
    messageId: 'coach.objective-without-krs.message',
    params: { name: '“Maintain uptime”' },
  },
  {
    rule: 'objective-business-as-usual',
    severity: 'warning',
    target: { type: 'objective', id: 'o1' },
    message: 'Objective “Maintain uptime” keeps things as they are.',
    hint: 'Move it.',
    messageId: 'coach.objective-business-as-usual.message',
    params: { name: '“Maintain uptime”' },
  },
  {
    rule: 'kr-missing-baseline',
    severity: 'info',
    target: { type: 'keyResult', id: 'k1' },
    message: 'Key result has a target but no baseline.',
    hint: 'Add one.',
    messageId: 'coach.kr-missing-baseline.message',
    params: { name: '“”' },
  },
];

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
const bindings: WorkshopStore[] = [];
afterEach(() => {
  act(() => root.unmount());
  for (const b of bindings.splice(0)) b.dispose();
  container.remove();
  vi.useRealTimers();
});

describe('CoachPanel', () => {
  it('is a region named "Coach" with counts, grouped by item, each linking to its editor', () => {
    act(() =>
      root.render(
        <CoachPanel
          findings={findings}
          workshop={workshop([objective], [keyResult('k1', 'Reach 40 logos')])}
        />,
      ),
    );
    const region = container.querySelector('section[aria-label="Coach"]');
    expect(region).not.toBeNull();
    expect(region?.textContent).toContain('1 error · 1 warning · 1 note');
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.coach-group-title a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Objective: Maintain uptime',
      'Key result: Reach 40 logos',
    ]);
    expect(links[0]?.getAttribute('href')).toBe(
      `#${coachTargetDomId({ type: 'objective', id: 'o1' })}`,
    );
  });

  it('focuses the item when its link is followed', () => {
    const editor = document.createElement('div');
    editor.id = coachTargetDomId({ type: 'keyResult', id: 'k1' });
    const input = document.createElement('input');
    editor.append(input);
    document.body.append(editor);
    editor.scrollIntoView = () => {};
    act(() => root.render(<CoachPanel findings={findings} />));
    const link = [...container.querySelectorAll<HTMLAnchorElement>('.coach-group-title a')][1]!;
    act(() => link.click());
    expect(document.activeElement).toBe(input);
    editor.remove();
  });

  it('says so when there is nothing to report', () => {
    act(() => root.render(<CoachPanel findings={[]} />));
    expect(container.textContent).toContain('No hints');
  });
});

describe('CoachSlot and CoachHint', () => {
  it('shows severity as text, the message, the why/how/examples, and dismisses the one finding', () => {
    const onDismiss = vi.fn();
    act(() => root.render(<CoachSlot findings={findings.slice(0, 2)} onDismiss={onDismiss} />));
    expect(container.textContent).toContain('Error:');
    expect(container.textContent).toContain('Warning:');
    expect(container.querySelectorAll('details').length).toBe(2);
    expect(container.textContent).toContain('Why it matters');
    expect(container.textContent).toContain('Maintain uptime.'); // the weak example of business-as-usual
    const buttons = [...container.querySelectorAll('button')].filter(
      (b) => b.textContent === 'Dismiss',
    );
    expect(buttons).toHaveLength(2);
    act(() => buttons[1]!.click());
    expect(onDismiss).toHaveBeenCalledWith(findings[1]);
  });

  it('renders nothing without findings and no button without onDismiss', () => {
    act(() => root.render(<CoachSlot findings={[]} />));
    expect(container.innerHTML).toBe('');
    act(() => root.render(<CoachSlot findings={findings} />));
    expect(container.querySelector('button')).toBeNull();
  });
});

describe('OkrCoach over a real store', () => {
  function show(doc: Y.Doc, fresh = createFreshObjectivesStore()): WorkshopStore {
    const binding = createWorkshopStore(doc);
    bindings.push(binding);
    const context: OkrsPageContext = {
      coach: createCoachFindingsStore(),
      fresh,
      dismiss: (f) => dismissFinding(doc, f.rule, f.target.id),
      applySuggestion: () => {},
      requestUnlock: () => {},
      announce: () => {},
    };
    act(() =>
      root.render(
        <WorkshopProvider workshop={{ id: 'w', doc, binding }}>
          <OkrsContextProvider value={context}>
            <OkrCoach />
          </OkrsContextProvider>
        </WorkshopProvider>,
      ),
    );
    return binding;
  }
  const text = () => container.textContent ?? '';

  it('coaches at once, then again only after the typing pauses; dismissals apply at once', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Acme', cycle: '2027-Q1' });
    const id = createObjective(doc, { title: 'Maintain uptime' });
    show(doc);
    expect(text()).toContain('has no key results');
    expect(text()).toContain('keeps things as they are');

    act(() => updateObjective(doc, id, { title: 'Make the first visit the only visit' }));
    // Still the old findings: the new text is not coached until the delay has passed.
    expect(text()).toContain('keeps things as they are');
    act(() => vi.advanceTimersByTime(300));
    expect(text()).not.toContain('keeps things as they are');
    expect(text()).toContain('has no key results');

    act(() => dismissFinding(doc, 'objective-without-krs', id));
    expect(text()).not.toContain('has no key results');
  });

  it('holds the error of a new objective until it is left; the shared rule (the CLI) keeps it', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'Acme', cycle: '2027-Q1' });
    const fresh: FreshObjectivesStore = createFreshObjectivesStore();
    show(doc, fresh);
    // Added on this page: blank, then typed into — no error either way while it is fresh.
    const id = createObjective(doc);
    act(() => markFresh(fresh, id));
    act(() => vi.advanceTimersByTime(300));
    expect(text()).not.toMatch(/error/i);
    act(() => updateObjective(doc, id, { title: 'Customers love the mobile app' }));
    act(() => vi.advanceTimersByTime(300));
    expect(text()).not.toMatch(/error/i);
    // Left without key results: now it is an error, in the slot and in the summary.
    act(() => markLeft(fresh, id));
    expect(text()).toContain('Error:');
    expect(text()).toContain('1 error');
    expect(text()).toContain('has no key results');

    // A blank objective (someone else's, just added) waits too; the coach itself — what
    // `offsite coach` runs — still calls it an error.
    const blank = createObjective(doc);
    act(() => vi.advanceTimersByTime(300));
    expect(text()).toContain('1 error');
    const shared = analyseWorkshop(readWorkshop(doc)).filter((f) => f.target.id === blank);
    expect(shared.map((f) => `${f.rule}:${f.severity}`)).toContain('objective-without-krs:error');
  });
});
