import { useId, type ReactNode } from 'react';

/**
 * A labelled field of the OKR editors. The label names the control (its accessible name,
 * which the tests rely on); `children` gets the id to give the control.
 */
export function OkrField({
  label,
  hideLabel = false,
  className,
  children,
}: {
  label: string;
  /** Named for assistive tech only, where the layout makes the field obvious. */
  hideLabel?: boolean;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `okr-field ${className}` : 'okr-field'}>
      <label className={hideLabel ? 'okr-label visually-hidden' : 'okr-label'} htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** A one-line text field bound to a plain string of the doc: written on every keystroke. */
export function OkrTextField({
  label,
  hideLabel,
  className,
  inputClassName,
  placeholder,
  value,
  readOnly,
  onChange,
}: {
  label: string;
  hideLabel?: boolean;
  className?: string;
  inputClassName?: string;
  placeholder: string;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <OkrField label={label} hideLabel={hideLabel} className={className}>
      {(id) => (
        <input
          id={id}
          className={inputClassName ? `okr-input ${inputClassName}` : 'okr-input'}
          placeholder={placeholder}
          autoComplete="off"
          maxLength={500}
          value={value}
          readOnly={readOnly}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </OkrField>
  );
}
