import { useMemo } from 'react';
import { languageOf, parseTarget } from '../../../shared/coach';
import { updateKeyResult, type KeyResult } from '../../../shared/model';
import { useOpenWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

/**
 * "Fill baseline and target": when a key result's wording carries its numbers ("from 71 %
 * to 85 %", "cut from 22 to 12", "to 4.5 stars"), one click writes them into the fields —
 * baseline, target and direction, and the metric and unit where those are still empty —
 * as one undo step. Shown only when the fields do not already say the same.
 */
export function FillTarget({ keyResult: kr }: { keyResult: KeyResult }) {
  const doc = useWorkshopDoc();
  const { binding } = useOpenWorkshop();
  const t = useT();
  const parsed = useMemo(() => parseTarget(kr.title, languageOf(kr.title)), [kr.title]);
  if (!parsed) return null;
  const patch = {
    baseline: parsed.baseline ?? kr.baseline,
    target: parsed.target,
    direction: parsed.direction,
    metric: kr.metric.trim() === '' ? parsed.metric : kr.metric,
    unit: kr.unit.trim() === '' ? parsed.unit : kr.unit,
  };
  const same =
    patch.baseline === kr.baseline &&
    patch.target === kr.target &&
    patch.direction === kr.direction &&
    patch.metric === kr.metric &&
    patch.unit === kr.unit;
  if (same) return null;
  const what = [
    parsed.baseline !== null ? t('okrs.fillBaseline', { value: parsed.baseline }) : null,
    t('okrs.fillTargetValue', {
      value: `${parsed.target}${parsed.unit ? ` ${parsed.unit}` : ''}`,
    }),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <button
      type="button"
      className="button quiet okr-small okr-fill-target"
      title={t('okrs.fromWording', { what })}
      onClick={() => {
        // One undo step of its own, not merged with the typing just before the click.
        binding.undoManager.stopCapturing();
        updateKeyResult(doc, kr.id, patch);
        binding.undoManager.stopCapturing();
      }}
    >
      {t('okrs.fillTarget')}
    </button>
  );
}
