import { useEffect, useId, useState } from 'react';
import { formatNumber, parseNumberInput } from '../../ui/parse-number';
import { useLanguage, useT } from '../../ui/i18n';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
  readonly readOnly: boolean;
  readonly className?: string;
}

/**
 * A number typed as text ("71", "0.8", "1,5"; see parse-number.ts), shown in the room's
 * language ("0,8" in German). What the person types
 * stays in the field as typed; every keystroke that parses writes the number to the doc at
 * once, and one that does not parse is flagged in place and writes nothing, so a half-typed
 * "1," never wipes a stored target. When the stored number changes from elsewhere (undo, a
 * colleague), the field shows it.
 */
export function NumberField({ label, value, onChange, readOnly, className }: NumberFieldProps) {
  const language = useLanguage();
  const [draft, setDraft] = useState(() => formatNumber(value, language));
  const t = useT();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const parsed = parseNumberInput(draft, language);

  useEffect(() => {
    setDraft((current) => {
      const p = parseNumberInput(current, language);
      return p.ok && p.value === value ? current : formatNumber(value, language);
    });
  }, [value, language]);

  return (
    <div className={`okr-field ${className ?? ''}`}>
      <label className="okr-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="okr-input okr-number"
        value={draft}
        readOnly={readOnly}
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={parsed.ok ? undefined : errorId}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const p = parseNumberInput(next, language);
          if (p.ok && p.value !== value) onChange(p.value);
        }}
        onBlur={() => {
          // Leaving the field shows the number as stored, in the room's way of writing it
          // ("1,5" becomes "1.5" in English, stays "1,5" in German), so what is on the wall is
          // what is in the workshop; a typo stays, flagged, until it is fixed.
          if (parseNumberInput(draft, language).ok) setDraft(formatNumber(value, language));
        }}
      />
      {!parsed.ok && (
        <span id={errorId} className="okr-field-error" role="alert">
          {t(`okrs.number.${parsed.problem}`, {
            raw: '',
            thousands: '',
            decimal: '',
            ...parsed.params,
          })}
        </span>
      )}
    </div>
  );
}
