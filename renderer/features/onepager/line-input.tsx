import { forwardRef, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';

interface LineInputProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  readonly value: string;
  /** The new value, line breaks (from a paste) turned into spaces. */
  readonly onValue: (value: string) => void;
  /** Enter (outside an IME composition), which never inserts a line break here. */
  readonly onEnter?: () => void;
}

/**
 * A one-line text field that wraps instead of cutting its text off: on a wall, a long
 * not-doing line or description must be read in full. A textarea sized to its content
 * (CSS `field-sizing`), where Enter does not break the line.
 */
export const LineInput = forwardRef<HTMLTextAreaElement, LineInputProps>(function LineInput(
  { value, onValue, onEnter, onKeyDown, className, ...rest },
  ref,
) {
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.key === 'Enter' && !event.nativeEvent.isComposing && !event.defaultPrevented) {
      event.preventDefault();
      onEnter?.();
    }
  };
  return (
    <textarea
      {...rest}
      ref={ref}
      rows={1}
      className={className ? `op-input op-line ${className}` : 'op-input op-line'}
      value={value}
      onChange={(e) => onValue(e.target.value.replace(/\r?\n/g, ' '))}
      onKeyDown={keyDown}
    />
  );
});
