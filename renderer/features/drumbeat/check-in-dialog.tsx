import { parseNumberInput } from '../../ui/parse-number';
import { useId, useState, type FormEvent } from 'react';
import { milestoneDoneValue } from '../../../shared/drumbeat';
import { isIsoDate } from '../../../shared/dates';
import {
  AUTHOR_MAX_LENGTH,
  createCheckIn,
  updateCheckIn,
  type CheckIn,
  type KeyResult,
  type Meta,
} from '../../../shared/model';
import { displayName, rememberDisplayName } from '../../ui/display-name';
import { ModalDialog } from '../../ui/modal-dialog';
import { useWorkshopDoc } from '../../state/workshop-context';
import { formatDate, formatNumber, parseNumber, withUnit } from './format';
import { showToast } from './drumbeat-toast';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

interface CheckInDialogProps {
  readonly keyResult: KeyResult;
  /** The check-in to edit; absent for a new one. */
  readonly checkIn?: CheckIn;
  /** The latest check-in so far, for sensible defaults and hints. */
  readonly latest?: CheckIn;
  readonly today: string;
  readonly cycle: Pick<Meta, 'cycleStart' | 'cycleEnd'>;
  readonly onClose: () => void;
}

interface Errors {
  date?: string;
  value?: string;
  confidence?: string;
  form?: string;
}

function validate(t: TFunction, date: string, value: string, confidence: string): Errors {
  const errors: Errors = {};
  if (!isIsoDate(date)) errors.date = t('drumbeat.form.badDate');
  const parsed = parseNumberInput(value);
  // "1,000" gets the parser's own explanation (one thousand, or one?); anything else the
  // plain request for a number.
  if (!parsed.ok && parsed.problem === 'ambiguous')
    errors.value = t('okrs.number.ambiguous', {
      raw: '',
      thousands: '',
      decimal: '',
      ...parsed.params,
    });
  else if (!parsed.ok || parsed.value === null) errors.value = t('drumbeat.form.badValue');
  const c = parseNumber(confidence);
  if (c === null || !Number.isInteger(c) || c < 0 || c > 10) {
    errors.confidence = t('drumbeat.form.badConfidence');
  }
  return errors;
}

function dateWarning(
  t: TFunction,
  date: string,
  today: string,
  cycle: CheckInDialogProps['cycle'],
): string {
  if (!isIsoDate(date)) return '';
  if (date > today) return t('drumbeat.form.afterToday', { date: formatDate(date) });
  if (isIsoDate(cycle.cycleStart) && date < cycle.cycleStart) {
    return t('drumbeat.form.beforeCycle', { date: formatDate(cycle.cycleStart) });
  }
  if (isIsoDate(cycle.cycleEnd) && date > cycle.cycleEnd) {
    return t('drumbeat.form.afterCycle', { date: formatDate(cycle.cycleEnd) });
  }
  return '';
}

/**
 * The check-in form in a modal dialog: date (today by default), value, confidence 0–10 and
 * a note. A draft until "Save check-in", which writes one undoable transaction; invalid
 * fields say what is wrong next to themselves and nothing is written.
 */
export function CheckInDialog({
  keyResult: kr,
  checkIn,
  latest,
  today,
  cycle,
  onClose,
}: CheckInDialogProps) {
  const doc = useWorkshopDoc();
  const t = useT();
  const formId = useId();
  const ids = {
    date: useId(),
    value: useId(),
    confidence: useId(),
    note: useId(),
    author: useId(),
  };
  const [date, setDate] = useState(checkIn?.date ?? today);
  const [value, setValue] = useState(checkIn ? String(checkIn.value) : '');
  const [confidence, setConfidence] = useState(
    String(checkIn?.confidence ?? latest?.confidence ?? kr.confidence ?? 5),
  );
  const [note, setNote] = useState(checkIn?.note ?? '');
  // Who records it: the name this person joined the room with (or gave here last time).
  // An edit keeps the original author unless someone changes the field on purpose.
  const [author, setAuthor] = useState(checkIn ? (checkIn.author ?? '') : displayName());
  const [errors, setErrors] = useState<Errors>({});

  const milestone = kr.direction === 'milestone';
  const unit = kr.unit.trim();
  const valueHint = milestone
    ? t('drumbeat.form.milestone', { done: formatNumber(milestoneDoneValue(kr)) })
    : [
        kr.baseline !== null
          ? t('drumbeat.form.baseline', { value: withUnit(kr.baseline, kr.unit) })
          : '',
        kr.target !== null
          ? t('drumbeat.form.target', { value: withUnit(kr.target, kr.unit) })
          : '',
        latest && latest.id !== checkIn?.id
          ? t('drumbeat.form.last', { value: withUnit(latest.value, kr.unit) })
          : '',
      ]
        .filter(Boolean)
        .join(' ');
  const warning = dateWarning(t, date, today, cycle);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(t, date, value, confidence);
    if (found.date || found.value || found.confidence) {
      setErrors(found);
      const first = found.date ? ids.date : found.value ? ids.value : ids.confidence;
      document.getElementById(first)?.focus();
      return;
    }
    const input = {
      date,
      value: parseNumber(value)!,
      confidence: parseNumber(confidence)!,
      note: note.trim(),
      author,
    };
    rememberDisplayName(author);
    if (checkIn) {
      if (!updateCheckIn(doc, checkIn.id, input)) {
        setErrors({ form: t('drumbeat.form.deletedCheckIn') });
        return;
      }
      showToast(t('drumbeat.form.updated', { date: formatDate(date), title: kr.title }));
    } else {
      if (createCheckIn(doc, kr.id, input) === null) {
        setErrors({ form: t('drumbeat.form.deletedKr') });
        return;
      }
      showToast(
        t('drumbeat.form.saved', { value: withUnit(input.value, kr.unit), title: kr.title }),
      );
    }
    onClose();
  };

  const describedBy = (field: 'date' | 'value' | 'confidence', ...more: string[]) =>
    [errors[field] ? `${ids[field]}-error` : '', ...more].filter(Boolean).join(' ') || undefined;

  return (
    <ModalDialog
      title={
        checkIn
          ? t('drumbeat.form.editTitle', { title: kr.title })
          : t('drumbeat.form.newTitle', { title: kr.title })
      }
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('drumbeat.form.cancel')}
          </button>
          <button type="submit" form={formId} className="button primary">
            {t('drumbeat.form.save')}
          </button>
        </>
      }
    >
      <form id={formId} className="check-in-form" onSubmit={submit} noValidate>
        {errors.form && (
          <p className="field-error form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.date}>{t('drumbeat.form.date')}</label>
          <input
            id={ids.date}
            type="date"
            value={date}
            required
            data-autofocus={checkIn ? undefined : true}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy('date', warning ? `${ids.date}-warning` : '')}
            onChange={(e) => setDate(e.target.value)}
          />
          {warning && (
            <p id={`${ids.date}-warning`} className="field-warning">
              {warning}
            </p>
          )}
          {errors.date && (
            <p id={`${ids.date}-error`} className="field-error">
              {errors.date}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.value}>{t('drumbeat.form.value')}</label>
          <div className="field-with-unit">
            <input
              id={ids.value}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              placeholder={latest ? formatNumber(latest.value) : undefined}
              data-autofocus={checkIn ? true : undefined}
              aria-invalid={errors.value ? true : undefined}
              aria-describedby={describedBy('value', valueHint ? `${ids.value}-hint` : '')}
              onChange={(e) => setValue(e.target.value)}
            />
            {unit && (
              <span className="unit" aria-hidden="true">
                {unit}
              </span>
            )}
          </div>
          {valueHint && (
            <p id={`${ids.value}-hint`} className="field-hint">
              {valueHint}
            </p>
          )}
          {errors.value && (
            <p id={`${ids.value}-error`} className="field-error">
              {errors.value}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.confidence}>{t('drumbeat.form.confidence')}</label>
          <input
            id={ids.confidence}
            type="number"
            min={0}
            max={10}
            step={1}
            value={confidence}
            aria-invalid={errors.confidence ? true : undefined}
            aria-describedby={describedBy('confidence', `${ids.confidence}-hint`)}
            onChange={(e) => setConfidence(e.target.value)}
          />
          <p id={`${ids.confidence}-hint`} className="field-hint">
            {t('drumbeat.form.confidenceHint')}
          </p>
          {errors.confidence && (
            <p id={`${ids.confidence}-error`} className="field-error">
              {errors.confidence}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.author}>{t('drumbeat.form.author')}</label>
          <input
            id={ids.author}
            type="text"
            autoComplete="name"
            maxLength={AUTHOR_MAX_LENGTH}
            value={author}
            aria-describedby={`${ids.author}-hint`}
            onChange={(e) => setAuthor(e.target.value)}
          />
          <p id={`${ids.author}-hint`} className="field-hint">
            {t('drumbeat.form.authorHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.note}>{t('drumbeat.form.note')}</label>
          <textarea
            id={ids.note}
            rows={3}
            maxLength={20_000}
            value={note}
            placeholder={t('drumbeat.form.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
      </form>
    </ModalDialog>
  );
}
