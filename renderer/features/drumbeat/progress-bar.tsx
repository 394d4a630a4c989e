interface ProgressBarProps {
  /** 0..1, or null when unknown (an empty, hatched bar). */
  readonly value: number | null;
  /** Where progress should be today (0..1): a thin tick on the bar. */
  readonly expected?: number | null;
  /** The success line at the cycle's end (0..1): a bold mark on the bar. */
  readonly line?: number | null;
}

const pct = (share: number) => `${Math.min(100, Math.max(0, share * 100))}%`;

/**
 * A horizontal bar. Decorative: the number next to it says the same in words (a screen
 * reader reads that instead).
 */
export function ProgressBar({ value, expected = null, line = null }: ProgressBarProps) {
  return (
    <div className={`progress-bar${value === null ? ' progress-unknown' : ''}`} aria-hidden="true">
      {value !== null && <div className="progress-fill" style={{ width: pct(value) }} />}
      {expected !== null && <div className="progress-expected" style={{ left: pct(expected) }} />}
      {line !== null && <div className="progress-line" style={{ left: pct(line) }} />}
    </div>
  );
}
