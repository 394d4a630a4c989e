import type { Finding, FindingTarget } from '../../../../shared/coach';
import type { Workshop } from '../../../../shared/model';
import type { TFunction } from 'i18next';

/**
 * The DOM id the OKR page gives the editor of a target, so the Coach panel can link to it
 * and move focus there. The page must use this same function for its ids.
 */
export function coachTargetDomId(target: FindingTarget): string {
  return `okr-${target.type}-${target.id}`;
}

/** "Objective: Make the first visit the only visit" — the title from the snapshot when known. */
export function targetLabel(
  t: TFunction,
  target: FindingTarget,
  workshop?: Workshop | null,
): string {
  const type =
    target.type === 'workshop'
      ? t('coachReport.wholeSet')
      : target.type === 'project'
        ? t('coachPanel.project')
        : t(`coachReport.${target.type}`);
  if (!workshop || target.type === 'workshop') return type;
  const list =
    target.type === 'objective'
      ? workshop.objectives
      : target.type === 'keyResult'
        ? workshop.keyResults
        : workshop.projects;
  const title = list.find((x) => x.id === target.id)?.title.trim();
  return title ? `${type}: ${title}` : type;
}

interface FindingGroup {
  readonly target: FindingTarget;
  readonly findings: readonly Finding[];
}

/** Groups findings by target, keeping the coach's order (workshop, objectives with their KRs, projects). */
export function groupByTarget(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { target: FindingTarget; findings: Finding[] }>();
  for (const f of findings) {
    const key = `${f.target.type}:${f.target.id}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { target: f.target, findings: [f] });
  }
  return [...groups.values()];
}

/** Counts per severity. */
export function countBySeverity(findings: readonly Finding[]): {
  error: number;
  warning: number;
  info: number;
} {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
