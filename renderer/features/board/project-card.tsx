import { memo, useState, type KeyboardEventHandler, type Ref } from 'react';
import { addKilledProjectToNotDoing } from '../../../shared/model';
import { useRenderCount } from '../../ui/render-count';
import { VoteBadge } from '../../ui/vote-badge';
import { useVoteCount } from '../../state/room-state';
import { SpotlightButton } from '../../ui/spotlight-button';
import { useSpotlight } from '../../sync/stage';
import { projectFocusAreaIds } from '../../state/selectors';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import type { WorkshopState } from '../../state/workshop-state';
import { cardName, untitled } from './card-name';
import { discreteEdit } from './discrete-edit';
import { wasJustDragged } from './drag-click-guard';
import { MoveToDialog } from './move-to-dialog';
import { IconCheck, IconWarning } from '../../ui/icons';
import { useT } from '../../ui/i18n';

/** The drag handle of a card on the board: the card's main button. */
export interface CardActivator {
  readonly ref: Ref<HTMLButtonElement>;
  readonly onKeyDown: KeyboardEventHandler;
  /** dnd-kit's screen-reader instructions. */
  readonly describedBy: string;
  readonly roleDescription: string;
}

/** The id of a card's title element, which names the card's list item. */
export function cardTitleId(projectId: string): string {
  return `card-title-${projectId}`;
}

/** Whether a killed project already has its line on the not-doing list. */
function isOnNotDoingList(state: WorkshopState, projectId: string): boolean {
  for (const id of state.notDoingIds) if (state.notDoing[id]?.projectId === projectId) return true;
  return false;
}

interface ProjectCardProps {
  readonly id: string;
  readonly activator: CardActivator;
  /** Being dragged: the handle is "pressed" for assistive tech. */
  readonly lifted: boolean;
  readonly onOpen: (id: string) => void;
}

/**
 * One card: selects its project by id and is memoised, so editing or moving one card
 * re-renders that card only (the sortable wrapper around it re-renders during a drag, this
 * does not). Its main button is the drag handle (Space lifts it) and opens the details
 * (Enter or a click); the not-doing action sits beside it, never inside a button.
 */
export const ProjectCard = memo(function ProjectCard({
  id,
  activator,
  lifted,
  onOpen,
}: ProjectCardProps) {
  useRenderCount(`project:${id}`);
  const { doc, binding } = useOpenWorkshop();
  const project = useWorkshop((s) => s.projects[id]);
  const tagIds = useWorkshop((s) => projectFocusAreaIds(s, id));
  const focusAreas = useWorkshop((s) => s.focusAreas);
  const onList = useWorkshop((s) => s.projects[id]?.column === 'kill' && isOnNotDoingList(s, id));
  const spotlight = useSpotlight({ type: 'projects', id }, 'alignment');
  const [moving, setMoving] = useState(false);
  const t = useT();
  const votes = useVoteCount('projects', id);
  if (!project) return null;

  const unlinked = project.column === 'keep' && tagIds.length === 0;
  const titleId = cardTitleId(id);
  return (
    <div className={`card${unlinked ? ' card-unlinked' : ''}`}>
      <button
        type="button"
        className="card-main"
        ref={activator.ref}
        aria-roledescription={activator.roleDescription}
        aria-describedby={activator.describedBy}
        aria-pressed={lifted || undefined}
        onKeyDown={activator.onKeyDown}
        onClick={(event) => {
          // detail 0: Enter or Space, never the tail of a mouse drag.
          if (event.detail === 0 || !wasJustDragged()) onOpen(id);
        }}
        aria-label={cardName(project, tagIds.length, onList)}
      >
        <span className="card-title" id={titleId}>
          {project.title.trim() || untitled()}
        </span>
        {/* A space between title and team, so the text read out of the button is the words
            of its name ("Title Team", not "TitleTeam"). */}{' '}
        {project.team.trim() && <span className="card-team">{project.team}</span>}
      </button>
      <div className="card-meta">
        <VoteBadge count={votes} />
        {tagIds.length > 0 && (
          <ul className="card-tags" aria-label={t('onepager.focusAreas')}>
            {tagIds.map((tag) => (
              <li key={tag} className="tag">
                {focusAreas[tag]?.title.trim() || t('board.untitledFocus')}
              </li>
            ))}
          </ul>
        )}
        {unlinked && (
          <span className="flag-unlinked">
            <IconWarning /> {t('board.unlinked')}
          </span>
        )}
        {project.column === 'kill' &&
          (onList ? (
            <span className="on-not-doing">
              <IconCheck /> {t('board.onList')}
            </span>
          ) : (
            <button
              type="button"
              className="button quiet small"
              onClick={() => discreteEdit(binding, () => addKilledProjectToNotDoing(doc, id))}
            >
              {t('onepager.notDoingAdd')}
            </button>
          ))}
        {/* Out of the Tab order: Tab walks the column card by card (a 500-card column would
            take twice the presses), and the keyboard already moves a card with Space and the
            arrows, or with the Column field of its details (Enter). */}
        <button
          type="button"
          className="button quiet small card-move"
          tabIndex={-1}
          aria-haspopup="dialog"
          aria-describedby={titleId}
          onClick={() => setMoving(true)}
        >
          {t('board.moveTo')}
        </button>
        {/* The facilitator's alone (the hub refuses anyone else's spotlight). */}
        {spotlight.available && (
          <SpotlightButton
            active={spotlight.active}
            onToggle={spotlight.toggle}
            itemName={project.title.trim() || untitled()}
          />
        )}
      </div>
      {moving && <MoveToDialog id={id} onClose={() => setMoving(false)} />}
    </div>
  );
});

/** The card as the drag overlay shows it under the pointer: the face only, no controls. */
export function ProjectCardPreview({ id }: { id: string }) {
  const project = useWorkshop((s) => s.projects[id]);
  if (!project) return null;
  return (
    <div className="card card-overlay" aria-hidden="true">
      <div className="card-main">
        <span className="card-title">{project.title.trim() || untitled()}</span>
        {project.team.trim() && <span className="card-team">{project.team}</span>}
      </div>
    </div>
  );
}
