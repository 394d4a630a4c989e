import type { Project } from '../../../shared/model';
import { columnLabel } from './board-items';
import { i18n } from '../../../shared/i18n';

/** What a project without a title is called. */
export function untitled(): string {
  return i18n.t('board.untitled');
}

/**
 * A card's accessible name. It starts with the project title (the contract of the issue:
 * tests and screen-reader users find a card by its title), then says what a sighted user
 * sees at a glance: team, column, tags, and the flags.
 */
export function cardName(project: Project, tagCount: number, onNotDoingList: boolean): string {
  const parts = [project.title.trim() || untitled()];
  if (project.team.trim()) parts.push(project.team.trim());
  parts.push(i18n.t('board.inColumn', { column: columnLabel(project.column) }));
  parts.push(i18n.t('board.focusAreaCount', { count: tagCount }));
  if (project.column === 'keep' && tagCount === 0) parts.push(i18n.t('board.unlinkedName'));
  if (onNotDoingList) parts.push(i18n.t('board.onListName'));
  return parts.join(', ');
}
