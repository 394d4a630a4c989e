import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { deleteFocusArea, LIMITS, moveFocusArea, updateFocusArea } from '../../../shared/model';
import { useRenderCount } from '../../ui/render-count';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { deleteWithUndo } from './deletion-notice';
import { LineInput } from './line-input';
import { handleMoveKeys, RowControls } from './row-controls';
import { useT } from '../../ui/i18n';

/** The id of a focus area's title field: focus goes there after adding, moving or restoring it. */
export const focusAreaTitleId = (id: string) => `focus-area-${id}-title`;

let focusOnMount: string | null = null;

/**
 * Asks the row of `id` to focus its title when it mounts. Focusing in a layout effect (not a
 * later animation frame) means someone who clicks "Add focus area" and types at once loses
 * no keystroke.
 */
export function requestFocusOnMount(id: string): void {
  focusOnMount = id;
}

interface FocusAreaRowProps {
  readonly id: string;
  readonly index: number;
  readonly count: number;
  /** Where focus goes when this row is deleted (a neighbour's title, or the add button). */
  readonly focusAfterDelete: (id: string) => void;
}

/** One focus area: its number, title and one-line description, and its row controls. */
export const FocusAreaRow = memo(function FocusAreaRow({
  id,
  index,
  count,
  focusAfterDelete,
}: FocusAreaRowProps) {
  useRenderCount(`focusArea:${id}`);
  const { doc, binding } = useOpenWorkshop();
  const t = useT();
  const area = useWorkshop((s) => s.focusAreas[id]);
  const onMove = useCallback((to: number) => void moveFocusArea(doc, id, to), [doc, id]);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (focusOnMount !== id) return;
    focusOnMount = null;
    titleRef.current?.focus();
  }, [id]);
  if (!area) return null;

  const name = area.title.trim() || t('onepager.focusAreaN', { n: index + 1 });
  const titleId = focusAreaTitleId(id);
  const onDelete = () => {
    focusAfterDelete(id);
    deleteWithUndo(
      binding.undoManager,
      area.title.trim()
        ? t('onepager.deletedFocus', { title: area.title.trim() })
        : t('onepager.deletedFocusN', { n: index + 1 }),
      () => deleteFocusArea(doc, id),
      titleId,
    );
  };

  return (
    <li
      className="op-row op-focus-row"
      data-record-type="focusAreas"
      data-record-id={id}
      onKeyDown={(e) => handleMoveKeys(e, index, count, onMove)}
    >
      <span className="op-row-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="op-focus-fields">
        <LineInput
          ref={titleRef}
          id={titleId}
          className="op-focus-title"
          aria-label={t('onepager.focusTitle')}
          value={area.title}
          placeholder={t('onepager.focusTitlePlaceholder')}
          maxLength={LIMITS.shortText}
          onValue={(title) => updateFocusArea(doc, id, { title })}
          // Enter goes on to the one-line description, as a form would.
          onEnter={() => descriptionRef.current?.focus()}
        />
        <LineInput
          ref={descriptionRef}
          className="op-focus-description"
          aria-label={t('onepager.focusDescription')}
          value={area.description}
          placeholder={t('onepager.focusDescriptionPlaceholder')}
          maxLength={LIMITS.shortText}
          onValue={(description) => updateFocusArea(doc, id, { description })}
        />
      </div>
      <RowControls
        name={name}
        index={index}
        count={count}
        fieldId={titleId}
        onMove={onMove}
        onDelete={onDelete}
      />
    </li>
  );
});
