import { memo, useCallback } from 'react';
import {
  deleteListItem,
  LIMITS,
  moveListItem,
  updateListItem,
  type ListName,
} from '../../../shared/model';
import { useRenderCount } from '../../ui/render-count';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { deleteWithUndo } from './deletion-notice';
import { LineInput } from './line-input';
import { handleMoveKeys, RowControls } from './row-controls';
import { useT } from '../../ui/i18n';

/** The id of a list line's field: focus goes there after adding, moving or restoring it. */
export const listItemFieldId = (list: ListName, id: string) => `${list}-${id}-text`;

export interface ListWords {
  /** The accessible name of each line's textbox, e.g. "Not-doing item". */
  readonly itemLabel: string;
  /** How a line is called in messages, e.g. "not-doing item". */
  readonly itemNoun: string;
  readonly placeholder: string;
}

interface ListItemRowProps {
  readonly list: ListName;
  readonly id: string;
  readonly index: number;
  readonly count: number;
  readonly words: ListWords;
  readonly focusAfterDelete: (id: string) => void;
}

/** One line of the not-doing list or of the health metrics. */
export const ListItemRow = memo(function ListItemRow({
  list,
  id,
  index,
  count,
  words,
  focusAfterDelete,
}: ListItemRowProps) {
  useRenderCount(`${list === 'notDoing' ? 'notDoing' : 'metric'}:${id}`);
  const { doc, binding } = useOpenWorkshop();
  const t = useT();
  const item = useWorkshop((s) => (list === 'notDoing' ? s.notDoing[id] : s.metrics[id]));
  const fromKilled = useWorkshop((s) => {
    const projectId = item?.projectId;
    return projectId === undefined ? null : (s.projects[projectId]?.title ?? '');
  });
  const onMove = useCallback((to: number) => void moveListItem(doc, list, id, to), [doc, list, id]);
  if (!item) return null;

  const fieldId = listItemFieldId(list, id);
  const shown = item.text.trim();
  const name = shown || `${words.itemNoun} ${index + 1}`;
  const onDelete = () => {
    focusAfterDelete(id);
    deleteWithUndo(
      binding.undoManager,
      shown
        ? t('onepager.deleted', { what: shown })
        : t('onepager.deletedN', { noun: words.itemNoun, n: index + 1 }),
      () => deleteListItem(doc, list, id),
      fieldId,
    );
  };

  return (
    <li className="op-row" onKeyDown={(e) => handleMoveKeys(e, index, count, onMove)}>
      <span className="op-row-bullet" aria-hidden="true" />
      <div className="op-line-fields">
        <LineInput
          id={fieldId}
          aria-label={words.itemLabel}
          value={item.text}
          placeholder={words.placeholder}
          maxLength={LIMITS.shortText}
          onValue={(text) => updateListItem(doc, list, id, text)}
        />
        {fromKilled !== null && (
          <span
            className="op-origin"
            title={
              fromKilled
                ? t('onepager.fromKilled', { title: fromKilled })
                : t('onepager.fromKilledUntitled')
            }
          >
            Killed project
          </span>
        )}
      </div>
      <RowControls
        name={name}
        index={index}
        count={count}
        fieldId={fieldId}
        onMove={onMove}
        onDelete={onDelete}
      />
    </li>
  );
});
