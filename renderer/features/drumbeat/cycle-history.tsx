import { useEffect, useState } from 'react';
import { chainOf, type ChainLink } from '../../sync/cycle-chain';
import { listWorkshops } from '../../sync/workshop-registry';
import { workshopHref } from '../../ui/routes';
import { useWorkshop } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

/**
 * The chain of cycles this workshop belongs to, oldest first, each one openable when it
 * is on this device; this one is marked. Hidden while the workshop is alone in its chain.
 */
export function CycleHistory() {
  const id = useWorkshop((s) => s.meta.id);
  const title = useWorkshop((s) => s.meta.title);
  const cycle = useWorkshop((s) => s.meta.cycle);
  const previous = useWorkshop((s) => s.meta.previousCycle ?? null);
  const t = useT();
  const [chain, setChain] = useState<readonly ChainLink[] | null>(null);

  useEffect(() => {
    let live = true;
    listWorkshops()
      .then((entries) => {
        if (live) setChain(chainOf(entries, { id, title, cycle }, previous));
      })
      .catch(() => {
        if (live) setChain(null);
      });
    return () => {
      live = false;
    };
  }, [id, title, cycle, previous]);

  if (!chain || chain.length < 2) return null;
  return (
    <nav className="cycle-history" aria-label={t('drumbeatReview.history.title')}>
      <h5>{t('drumbeatReview.history.title')}</h5>
      <ol>
        {chain.map((link) => {
          const name = `${link.cycle || t('drumbeatReview.history.unnamed')}${link.title ? ` — ${link.title}` : ''}`;
          return (
            <li key={link.id}>
              {link.id === id ? (
                <span aria-current="page">
                  {name} <span className="muted">{t('drumbeatReview.history.thisWorkshop')}</span>
                </span>
              ) : link.local ? (
                <a href={workshopHref(link.id, 'drumbeat')}>{name}</a>
              ) : (
                <span>
                  {name} <span className="muted">{t('drumbeatReview.history.elsewhere')}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
