import { useEffect, useState } from 'react';
import { localIsoDate } from '../../shared/dates';

/**
 * Today's date on this machine's clock, `YYYY-MM-DD`: a check-in is dated in the team's local
 * time (at 00:30 on a Monday in Berlin it is Monday, whatever UTC says). Kept current:
 * re-checked every minute and when the window comes back into view, so a Drumbeat left open
 * overnight moves on to the new day by itself.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate(new Date()));
  useEffect(() => {
    const check = () => setToday(localIsoDate(new Date()));
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
