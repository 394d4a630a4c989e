import { useEffect, useState } from 'react';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day of `at` on this machine's clock, as `YYYY-MM-DD`. A check-in is dated in
 * the team's local time: at 00:30 on a Monday in Berlin it is Monday, whatever UTC says.
 */
export function localIsoDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Today's local date, kept current: re-checked every minute and when the window comes back
 * into view, so a Drumbeat left open overnight moves on to the new day by itself.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate());
  useEffect(() => {
    const check = () => setToday(localIsoDate());
    const timer = setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, []);
  return today;
}
