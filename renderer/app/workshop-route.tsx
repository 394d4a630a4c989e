import { useEffect, useState } from 'react';
import { NewerSchemaError } from '../../shared/model';
import { openLocalWorkshop, type WorkshopSession } from '../sync/local-workshops';
import { WorkshopProvider } from '../state/workshop-context';
import { messageOf } from '../ui/notices';
import { homeHref, type StepId } from '../ui/routes';
import { WorkshopShell } from './workshop-shell';
import { i18n } from '../../shared/i18n';
import { useT } from '../ui/i18n';

/**
 * Opens a local workshop for as long as its route is shown, and closes it (store,
 * persistence) when the user leaves or switches to another workshop.
 */
export function WorkshopRoute({ workshopId, step }: { workshopId: string; step: StepId }) {
  const t = useT();
  const [session, setSession] = useState<WorkshopSession | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: WorkshopSession | null = null;
    setSession(null);
    setError(null);
    openLocalWorkshop(workshopId).then(
      (s) => {
        if (cancelled) void s.close();
        else {
          opened = s;
          setSession(s);
        }
      },
      (e: unknown) => {
        if (!cancelled)
          setError(
            e instanceof NewerSchemaError
              ? e.message
              : i18n.t('app.workshopOpenError', { why: messageOf(e) }),
          );
      },
    );
    return () => {
      cancelled = true;
      void opened?.close();
    };
  }, [workshopId]);

  if (error) {
    return (
      <main className="centered-message">
        <h1>{t('app.workshopCannotOpen')}</h1>
        <p role="alert">{error}</p>
        <a className="button primary" href={homeHref()}>
          {t('app.backToWorkshops')}
        </a>
      </main>
    );
  }
  if (!session || session.id !== workshopId) {
    return (
      <main className="centered-message" aria-busy="true">
        <p>{t('app.openingWorkshop')}</p>
      </main>
    );
  }
  return (
    <WorkshopProvider workshop={session}>
      <WorkshopShell step={step} />
    </WorkshopProvider>
  );
}
