// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../shared/coach';
import type { KeyResult, Objective, Workshop } from '../../shared/model';
import {
  CoachPanel,
  CoachSlot,
  coachTargetDomId,
  useDebouncedCoach,
} from '../../renderer/features/okrs/coach';

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
  },
  {
    rule: 'objective-business-as-usual',
    severity: 'warning',
    target: { type: 'objective', id: 'o1' },
    message: 'Objective “Maintain uptime” keeps things as they are.',
    hint: 'Move it.',
  },
  {
    rule: 'kr-missing-baseline',
    severity: 'info',
    target: { type: 'keyResult', id: 'k1' },
    message: 'Key result has a target but no baseline.',
    hint: 'Add one.',
  },
];

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
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

describe('useDebouncedCoach', () => {
  function Probe(props: { w: Workshop | null; dismissed?: { rule: string; targetId: string }[] }) {
    const f = useDebouncedCoach(props.w, props.dismissed ?? [], 300);
    return <output>{f.map((x) => x.rule).join(',')}</output>;
  }

  it('coaches at once, then again only after the typing pauses; dismissals apply at once', () => {
    vi.useFakeTimers();
    const w1 = workshop([objective], []);
    act(() => root.render(<Probe w={w1} />));
    expect(container.textContent).toBe('objective-without-krs,objective-business-as-usual');

    const w2 = workshop([{ ...objective, title: 'Make the first visit the only visit' }], []);
    act(() => root.render(<Probe w={w2} />));
    // Still the old findings: the new text is not coached until the delay has passed.
    expect(container.textContent).toBe('objective-without-krs,objective-business-as-usual');
    act(() => vi.advanceTimersByTime(300));
    expect(container.textContent).toBe('objective-without-krs');

    act(() =>
      root.render(<Probe w={w2} dismissed={[{ rule: 'objective-without-krs', targetId: 'o1' }]} />),
    );
    expect(container.textContent).toBe('');
  });

  it('returns no findings without a workshop', () => {
    act(() => root.render(<Probe w={null} />));
    expect(container.textContent).toBe('');
  });
});
