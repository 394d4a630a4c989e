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

/**
 * "Start next cycle…": the next cycle's name and the objectives kept for it (none by
 * default: keeping is a choice), then a new local workshop — its own id, linked to this one
 * — opened on OKR drafting, where this cycle's grades and retrospective are shown.
 */
export function NextCycleDialog({ today, onClose }: { today: string; onClose: () => void }) {
  const { binding } = useOpenWorkshop();
  const w = useWorkshop(selectWorkshop);
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
      setError('Name the next cycle, e.g. 2027-Q2.');
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
      showError('Could not start the next cycle', messageOf(e));
    }
  };

  return (
    <ModalDialog
      title="Start the next cycle"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form={formId}
            className="button primary"
            aria-disabled={busy || undefined}
          >
            Start next cycle
          </button>
        </>
      }
    >
      <form id={formId} className="next-cycle-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={nameId}>Next cycle</label>
          <input
            id={nameId}
            type="text"
            value={cycle}
            maxLength={LIMITS.shortText}
            placeholder="e.g. 2027-Q2"
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
          <legend>Objectives to keep for the next cycle</legend>
          <p className="field-hint">
            Goals that change every quarter confuse teams: keep the objectives that still hold for
            the year. Their key results come along as drafts to rewrite, starting from where this
            cycle left them. None is kept unless you tick it.
          </p>
          {w.objectives.length === 0 && <p className="muted">This cycle has no objectives.</p>}
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
                  {o.title || 'Untitled objective'}
                  <span className="muted">
                    {' '}
                    · score {s.score === null ? '—' : formatGrade(s.score)} of{' '}
                    {formatGrade(s.expected)} · {krs} key result{krs === 1 ? '' : 's'}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <p className="next-cycle-carried">
          Carried over: the one-pager, {w.onePager.focusAreas.length} focus area
          {w.onePager.focusAreas.length === 1 ? '' : 's'}, the not-doing list, the health metrics
          and {kept} kept project{kept === 1 ? '' : 's'} still running. Not carried: check-ins,
          grades and retrospectives — they stay in this workshop, and a summary is shown while
          drafting the next one.
        </p>
      </form>
    </ModalDialog>
  );
}
