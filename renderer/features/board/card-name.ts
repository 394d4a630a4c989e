import type { Project } from '../../../shared/model';
import { COLUMN_LABELS } from './board-items';

export const UNTITLED = 'Untitled project';

/**
 * A card's accessible name. It starts with the project title (the contract of the issue:
 * tests and screen-reader users find a card by its title), then says what a sighted user
 * sees at a glance: team, column, tags, and the flags.
 */
export function cardName(project: Project, tagCount: number, onNotDoingList: boolean): string {
  const parts = [project.title.trim() || UNTITLED];
  if (project.team.trim()) parts.push(project.team.trim());
  parts.push(`in ${COLUMN_LABELS[project.column]}`);
  parts.push(tagCount === 1 ? '1 focus area' : `${tagCount} focus areas`);
  if (project.column === 'keep' && tagCount === 0) parts.push('not linked to strategy');
  if (onNotDoingList) parts.push('on the not-doing list');
  return parts.join(', ');
}
