import { useId, useState, type FormEvent } from 'react';
import {
  cycleGrades,
  formatGrade,
  nextCycleJson,
  suggestNextCycleName,
} from '../../../shared/drumbeat';
import { LIMITS } from '../../../shared/model';
import { importLocalWorkshop } from '../../sync/local-workshops';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf, showError } from '../../ui/notices';
import { navigate, workshopHref } from '../../ui/routes';
import { selectWorkshop } from '../../state/select-workshop';
import { useOpenWorkshop, useWorkshop } from '../../state/workshop-context';
import { useLanguage, useT } from '../../ui/i18n';

/**
 * "Start next cycle…": the next cycle's name and the objectives kept for it (none by
 * default: keeping is a choice), then a new local workshop — its own id, linked to this one
 * — opened on OKR drafting, where this cycle's grades and retrospective are shown.
 */
export function NextCycleDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const { binding } = useOpenWorkshop();
  const w = useWorkshop(selectWorkshop);
  const t = useT();
  const language = useLanguage();
  const formId = useId();
  const nameId = useId();
  const [cycle, setCycle] = useState(() => suggestNextCycleName(w.meta.cycle));
  const [keep, setKeep] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const scores = cycleGrades(w, today);
  const kept = w.projects.filter((p) => p.column === 'keep').length;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(keep);
    if (on) next.add(id);
    else next.delete(id);
    setKeep(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (cycle.trim() === '') {
      setError(t('drumbeatReview.dialog.nameIt'));
      document.getElementById(nameId)?.focus();
      return;
    }
    setBusy(true);
    try {
      binding.flush();
      const json = nextCycleJson(selectWorkshop(binding.store.getState()), {
        cycle: cycle.trim(),
        keep: [...keep],
        today,
      });
      const id = await importLocalWorkshop(json);
      onClose();
      navigate(workshopHref(id, 'okrs'));
    } catch (e) {
      setBusy(false);
      showError(t('drumbeatReview.dialog.failed'), messageOf(e));
    }
  };

  return (
    <ModalDialog
      title={t('drumbeatReview.dialog.title')}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('drumbeatReview.dialog.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="button primary"
            aria-disabled={busy || undefined}
          >
            {t('drumbeatReview.dialog.start')}
          </button>
        </>
      }
    >
      <form id={formId} className="next-cycle-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={nameId}>{t('drumbeatReview.dialog.name')}</label>
          <input
            id={nameId}
            type="text"
            value={cycle}
            maxLength={LIMITS.shortText}
            placeholder={t('drumbeatReview.dialog.example')}
            data-autofocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${nameId}-error` : undefined}
            onChange={(e) => {
              setCycle(e.target.value);
              setError('');
            }}
          />
          {error && (
            <p id={`${nameId}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <fieldset className="next-cycle-keep">
          <legend>{t('drumbeatReview.dialog.keep')}</legend>
          <p className="field-hint">{t('drumbeatReview.dialog.keepHint')}</p>
          {w.objectives.length === 0 && (
            <p className="muted">{t('drumbeatReview.dialog.noObjectives')}</p>
          )}
          {w.objectives.map((o, i) => {
            const s = scores[i]!;
            const krs = w.keyResults.filter((k) => k.objectiveId === o.id).length;
            return (
              <label key={o.id} className="next-cycle-objective">
                <input
                  type="checkbox"
                  checked={keep.has(o.id)}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                <span>
                  {o.title || t('drumbeat.untitledObjective')}
                  <span className="muted">
                    {t('drumbeatReview.dialog.score', {
                      score: s.score === null ? '—' : formatGrade(s.score, language),
                      expected: formatGrade(s.expected, language),
                      count: krs,
                    })}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <p className="next-cycle-carried">
          {t('drumbeatReview.dialog.carried', {
            focus: t('drumbeatReview.dialog.focusAreas', { count: w.onePager.focusAreas.length }),
            kept: t('drumbeatReview.dialog.keptProjects', { count: kept }),
          })}
        </p>
      </form>
    </ModalDialog>
  );
}
