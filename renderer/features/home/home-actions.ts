import { NewerSchemaError } from '../../../shared/model';
import { messageOf, showError } from '../../ui/notices';
import { navigate, workshopHref } from '../../ui/routes';
import { FileProblemError, platform, type WorkshopFile } from '../../platform';
import {
  addWorkshopFromUpdate,
  createLocalWorkshop,
  importLocalWorkshop,
} from '../../sync/local-workshops';

/**
 * The home screen's actions, also run by the desktop menu (New, Open…, Import JSON…).
 * Each reports failure in the error dialog, naming the file and every problem; a failed
 * open or import creates nothing and changes no stored workshop.
 */

const problemLines = (problems: readonly { path: string; message: string }[]) =>
  problems.map((p) => `${p.path}: ${p.message}`);

export async function newWorkshop(): Promise<void> {
  try {
    navigate(workshopHref(await createLocalWorkshop()));
  } catch (error) {
    showError('Could not create a workshop', messageOf(error));
  }
}

/** Makes a local workshop of an opened file and opens it. */
export async function openWorkshopFile(file: WorkshopFile): Promise<void> {
  try {
    const id =
      file.kind === 'offsite'
        ? await addWorkshopFromUpdate(file.update)
        : await importLocalWorkshop(file.data);
    navigate(workshopHref(id));
  } catch (error) {
    const message =
      error instanceof NewerSchemaError ? error.message : `${file.name}: ${messageOf(error)}`;
    showError(`Could not open ${file.name}`, message);
  }
}

export async function openFile(): Promise<void> {
  let file: WorkshopFile | null;
  try {
    file = await platform().openWorkshopFile();
  } catch (error) {
    if (error instanceof FileProblemError) {
      showError(`Could not open ${error.fileName}`, error.message, problemLines(error.problems));
    } else showError('Could not open the file', messageOf(error));
    return;
  }
  if (file) await openWorkshopFile(file);
}

export async function importJson(): Promise<void> {
  try {
    const result = await platform().importJsonFile();
    if (!result) return;
    if (!result.ok) {
      showError(`Could not import ${result.name}`, result.message, problemLines(result.problems));
      return;
    }
    navigate(workshopHref(await importLocalWorkshop(result.data)));
  } catch (error) {
    showError('Could not import the file', messageOf(error));
  }
}
