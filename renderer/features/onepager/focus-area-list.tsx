import { useCallback, useRef } from 'react';
import { createFocusArea } from '../../../shared/model';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { focusAreaTitleId, FocusAreaRow, requestFocusOnMount } from './focus-area-row';
import { FOCUS_AREAS_MAX, FOCUS_AREAS_MIN } from './hints';
import { useT } from '../../ui/i18n';

/** The 2–5 focus areas of the cycle: add, edit, reorder, delete; a warning above five. */
export function FocusAreaList() {
  const { doc, binding } = useOpenWorkshop();
  const t = useT();
  const ids = useWorkshop((s) => s.focusAreaIds);
  const addButton = useRef<HTMLButtonElement>(null);
  const count = ids.length;

  const add = () => {
    // The new row focuses its title as it mounts, before the next keystroke is handled.
    requestFocusOnMount(createFocusArea(doc));
  };

  // Reads the ids when called, so the callback is stable and the rows stay memoised.
  const focusAfterDelete = useCallback(
    (id: string) => {
      const list = binding.store.getState().focusAreaIds;
      const at = list.indexOf(id);
      const neighbour = list[at + 1] ?? list[at - 1];
      requestAnimationFrame(() => {
        const target = neighbour ? document.getElementById(focusAreaTitleId(neighbour)) : null;
        (target ?? addButton.current)?.focus();
      });
    },
    [binding],
  );

  return (
    <section className="op-card op-section op-focus-areas" aria-labelledby="op-focus-heading">
      <div className="op-section-head">
        <h3 id="op-focus-heading" className="op-label">
          {t('onepager.focusAreas')}
        </h3>
        <span className={`op-count${count > FOCUS_AREAS_MAX ? ' over' : ''}`}>
          {t('onepager.focusCount', { count, min: FOCUS_AREAS_MIN, max: FOCUS_AREAS_MAX })}
        </span>
      </div>
      <p className="op-hint" id="op-focus-hint">
        {t('onepager.hints.focusAreas')}
      </p>

      <div role="status" className="op-focus-status">
        {count > FOCUS_AREAS_MAX && (
          <p className="op-warning">
            <strong>{t('onepager.tooManyFocus', { count })}</strong>{' '}
            {t('onepager.tooManyFocusWhy', { max: FOCUS_AREAS_MAX })}
          </p>
        )}
        {count > 0 && count < FOCUS_AREAS_MIN && (
          <p className="op-note">
            {t('onepager.oneFocus', { min: FOCUS_AREAS_MIN, max: FOCUS_AREAS_MAX })}
          </p>
        )}
      </div>

      {count === 0 ? (
        <p className="op-empty">
          {t('onepager.noFocus', { min: FOCUS_AREAS_MIN, max: FOCUS_AREAS_MAX })}
        </p>
      ) : (
        <ol
          className="op-rows"
          aria-label={t('onepager.focusAreas')}
          aria-describedby="op-focus-hint"
        >
          {ids.map((id, index) => (
            <FocusAreaRow
              key={id}
              id={id}
              index={index}
              count={count}
              focusAfterDelete={focusAfterDelete}
            />
          ))}
        </ol>
      )}

      <button ref={addButton} type="button" className="button op-add" onClick={add}>
        <span aria-hidden="true">+</span> {t('onepager.addFocus')}
      </button>
    </section>
  );
}
