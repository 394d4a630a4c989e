import type { Project, Workshop } from '../model/types';
import { byRule, quote, type Finding } from './finding';
import { finding } from './make-finding';

/** Objectives per owner (the company, or one team): info above `info`, warning above `warning`. */
export const OBJECTIVE_LIMITS = { info: 3, warning: 5 } as const;

/**
 * Findings on the workshop as a whole: too many objectives for one owner. Counted per owner
 * (company level, then each team), because three company objectives plus three per team
 * is a focused set, not twelve objectives.
 * @public
 */
export function analyseWorkshopLevel(w: Workshop): Finding[] {
  const owners = new Map<string, number>();
  for (const o of w.objectives) {
    const key = o.team ?? '';
    owners.set(key, (owners.get(key) ?? 0) + 1);
  }
  const id = w.meta.id || 'workshop';
  const out: Finding[] = [];
  for (const [team, count] of owners) {
    if (count <= OBJECTIVE_LIMITS.info) continue;
    const severity = count > OBJECTIVE_LIMITS.warning ? 'warning' : 'info';
    out.push(
      team === ''
        ? finding(
            'too-many-objectives',
            'workshop',
            id,
            'coach.too-many-objectives.company',
            { count },
            { severity },
          )
        : finding(
            'too-many-objectives',
            'workshop',
            id,
            'coach.too-many-objectives.team',
            { team: quote(team), count },
            { severity },
          ),
    );
  }
  return out;
}

/**
 * The findings on one project: a kept project should serve a focus area.
 * @public
 */
export function analyseProject(p: Project): Finding[] {
  if (p.column !== 'keep' || p.focusAreaIds.length > 0) return [];
  return [
    finding(
      'project-kept-without-focus',
      'project',
      p.id,
      'coach.project-kept-without-focus.message',
      {
        name: quote(p.title),
      },
    ),
  ].sort(byRule);
}
