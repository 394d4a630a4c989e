import { section } from './translation';

/**
 * `offsite restore`'s line on success, in the workshop's language like `offsite history`'s
 * table (its errors on stderr stay English, as the CLI's usage lines do).
 */
export const restoreCli = section(
  {
    wrote: 'wrote {out}: the workshop as it was at {at} ({summary})',
  },
  {
    wrote: 'scritto {out}: il workshop com’era alle {at} ({summary})',
  },
  {
    wrote: '{out} geschrieben: der Workshop, wie er um {at} war ({summary})',
  },
);
