import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { readWorkshop, summarizePoint, type Workshop } from '../../../shared/model';
import type { HistoryPointInfo } from '../../../shared/protocol/history';
import { useOpenWorkshop } from '../../state/workshop-context';
import { ModalDialog } from '../../ui/modal-dialog';
import { messageOf } from '../../ui/notices';
import { useLanguage, useT } from '../../ui/i18n';
import type { HistorySource } from './history-access';
import { HistoryPreview } from './history-preview';
import { Comparison } from './record-status';
import { applyRestore, consequences, describeTarget, type RestoreTarget } from './restore-targets';
import './history.css';

/**
 * "10:31:02" today, a date and time otherwise: in the workshop's language when it is not
 * English, else in this device's locale (so an English room keeps its own date order).
 */
function pointTime(iso: string, language: string): string {
  const locale = language === 'en' ? undefined : language;
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString(locale) : date.toLocaleString(locale);
}

/**
 * What a point was, in the workshop's language: said again from its counts; from an older
 * hub that sends only the English `summary`, that.
 */
function pointText(point: HistoryPointInfo, language: string): string {
  if (!point.changes) return point.summary;
  const { kind, changes, deleting } = point;
  return summarizePoint({ kind, changes, ...(deleting && { deleting }) }, language);
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A point compared with the doc as it is now, made again after every change of the doc. */
function useComparison(past: Y.Doc | null, doc: Y.Doc): Comparison | null {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    doc.on('update', bump);
    return () => doc.off('update', bump);
  }, [doc]);
  // `version` is what changes when the doc does.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (past ? new Comparison(past, doc) : null), [past, doc, version]);
}

interface Past {
  readonly at: string;
  readonly doc: Y.Doc;
  readonly workshop: Workshop;
}

/**
 * The History view: the kept points, the workshop as it was at the one picked (read-only),
 * and restoring one record, one step or the whole workshop after a confirmation. A restore
 * is this device's own edit on the current doc (shared/model/restore.ts): every peer
 * receives it like any other edit, and Undo takes it back.
 */
export function HistoryDialog({ source, onClose }: { source: HistorySource; onClose: () => void }) {
  const { doc, binding } = useOpenWorkshop();
  const [points, setPoints] = useState<readonly HistoryPointInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [past, setPast] = useState<Past | null>(null);
  const [loadingAt, setLoadingAt] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<RestoreTarget | null>(null);
  const [done, setDone] = useState('');
  const compare = useComparison(past?.doc ?? null, doc);
  const t = useT();
  const language = useLanguage();

  const refresh = useCallback(() => {
    setError(null);
    source.list().then(
      (list) => setPoints([...list].reverse()),
      (e: unknown) => setError(messageOf(e)),
    );
  }, [source]);
  useEffect(refresh, [refresh]);
  useEffect(() => () => past?.doc.destroy(), [past]);

  const pick = (at: string) => {
    setLoadingAt(at);
    setError(null);
    source.stateAt(at).then(
      (state) => {
        setPast({ at, doc: state, workshop: readWorkshop(state) });
        setLoadingAt(null);
      },
      (e: unknown) => {
        setError(messageOf(e));
        setLoadingAt(null);
      },
    );
  };

  const restore = (target: RestoreTarget) => {
    if (!past) return;
    // Its own undo step, never merged with an edit typed just before.
    binding.undoManager.stopCapturing();
    applyRestore(doc, past.doc, target);
    binding.undoManager.stopCapturing();
    setConfirm(null);
    setDone(
      t('history.restored', {
        what: describeTarget(t, target),
        time: pointTime(past.at, language),
      }),
    );
  };

  const selected = points?.find((p) => p.at === past?.at);
  return (
    <ModalDialog
      title={t('guide.history')}
      onCancel={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          {t('history.close')}
        </button>
      }
    >
      <div className="history-view">
        <nav className="history-points" aria-label={t('history.points')}>
          <p className="history-hint">{t('history.pointsHint')}</p>
          {points === null && !error && <p aria-busy="true">{t('history.loading')}</p>}
          {points?.length === 0 && <p>{t('history.noPoints')}</p>}
          <ol className="history-point-list">
            {points?.map((point) => (
              <li key={point.at}>
                <button
                  type="button"
                  className={`history-point history-point-${point.kind}`}
                  aria-pressed={past?.at === point.at}
                  aria-busy={loadingAt === point.at}
                  onClick={() => pick(point.at)}
                >
                  <time dateTime={point.at}>{pointTime(point.at, language)}</time>
                  <span>{pointText(point, language)}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="history-detail">
          {error && (
            <p className="history-error" role="alert">
              {error}{' '}
              <button type="button" className="button small" onClick={refresh}>
                {t('history.tryAgain')}
              </button>
            </p>
          )}
          <p className="history-done" role="status">
            {done}
          </p>
          {!past && !error && <p className="history-empty">{t('history.pick')}</p>}
          {past && (
            <>
              <header className="history-detail-header">
                <h3>
                  {t('history.asItWas')}{' '}
                  <time dateTime={past.at}>{pointTime(past.at, language)}</time>
                </h3>
                {selected && (
                  <p className="history-detail-summary">{pointText(selected, language)}</p>
                )}
                <button
                  type="button"
                  className="button primary"
                  onClick={() => setConfirm({ kind: 'workshop' })}
                >
                  {t('history.restoreWorkshop')}
                </button>
              </header>
              {compare && (
                <HistoryPreview past={past.workshop} compare={compare} onRestore={setConfirm} />
              )}
            </>
          )}
        </div>
      </div>
      {confirm && past && (
        <ModalDialog
          role="alertdialog"
          title={t('history.restoreTitle', { what: describeTarget(t, confirm) })}
          onCancel={() => setConfirm(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setConfirm(null)}>
                {t('history.cancel')}
              </button>
              <button
                type="button"
                className="button primary"
                data-autofocus
                onClick={() => restore(confirm)}
              >
                {t('history.restore')}
              </button>
            </>
          }
        >
          <p>
            {t('history.confirm', {
              what: capitalized(describeTarget(t, confirm)),
              time: pointTime(past.at, language),
              consequences: consequences(t, confirm),
            })}
          </p>
        </ModalDialog>
      )}
    </ModalDialog>
  );
}
