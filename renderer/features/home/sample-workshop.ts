import { localIsoDate } from '../../../shared/dates';
import { i18n } from '../../../shared/i18n';
import { rebaseSampleDates } from '../../../shared/guide/sample-dates';
import { newId } from '../../../shared/model';
import { formatProblem, validateWorkshopJson } from '../../../shared/model/interchange';
import { messageOf, showError } from '../../ui/notices';
import { navigate, workshopHref } from '../../ui/routes';
import { importLocalWorkshop } from '../../sync/local-workshops';

/**
 * "Try the sample workshop": a complete workshop of a field-service company (one-pager,
 * a sorted board, company and team OKRs, three weeks of check-ins) opened as a new local
 * workshop — a new id each time, so trying it twice gives two samples, never one merged —
 * titled "Sample — …", and deleted like any other. Its dates move to three weeks into the
 * cycle on today's date (rebaseSampleDates). The file is its own chunk, loaded on click.
 */
export async function trySampleWorkshop(): Promise<void> {
  try {
    const { default: sample } = await import('./sample/acme-field-service.json');
    const checked = validateWorkshopJson(sample);
    if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('; '));
    const data = rebaseSampleDates(checked.data, localIsoDate(new Date()));
    navigate(workshopHref(await importLocalWorkshop({ ...data, id: newId() })));
  } catch (error) {
    showError(i18n.t('home.failed.sample'), messageOf(error));
  }
}
