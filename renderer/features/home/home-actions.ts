import { i18n } from '../../../shared/i18n';
import { NewerSchemaError } from '../../../shared/model';
import { homeLanguage } from '../../ui/app-language';
import { askChoice } from '../../ui/choice';
import { messageOf, showError } from '../../ui/notices';
import { navigate, workshopHref } from '../../ui/routes';
import { FileProblemError, platform, type WorkshopFile } from '../../platform';
import {
  addWorkshopFromUpdate,
  createLocalWorkshop,
  importLocalWorkshop,
  localWorkshopOf,
} from '../../sync/local-workshops';

/**
 * The home screen's actions, also run by the desktop menu (New, Open…, Import JSON…).
 * Each reports failure in the error dialog, naming the file and every problem; a failed
 * open or import creates nothing and changes no stored workshop.
 */

const problemLines = (problems: readonly { path: string; message: string }[]) =>
  problems.map((p) => `${p.path}: ${p.message}`);

/**
 * A new workshop, in the language picked outside workshops (an English one names none, as
 * before: the interchange JSON's absent `"language"`).
 */
export async function newWorkshop(): Promise<void> {
  const language = homeLanguage();
  try {
    navigate(workshopHref(await createLocalWorkshop(language === 'en' ? {} : { language })));
  } catch (error) {
    showError(i18n.t('home.failed.create'), messageOf(error));
  }
}

/**
 * Makes a local workshop of a file, keeping its workshop id (so a workshop moved to this
 * device is the same workshop, and its room the same room). When a workshop with that id is
 * here already, the user picks: open that one (the same workshop), or import the file as a
 * copy — a new workshop, with a new id, that never merges with the other (how a next
 * quarter made from this one's export starts). Resolves the workshop to open, or null.
 */
async function addFile(file: WorkshopFile): Promise<string | null> {
  const existing = await localWorkshopOf(file);
  if (existing) {
    const title = existing.title || i18n.t('app.untitled');
    const answer = await askChoice(
      i18n.t('home.already.title'),
      i18n.t('home.already.message', { name: file.name, title }),
      [
        { id: 'open', label: i18n.t('home.already.open') },
        { id: 'copy', label: i18n.t('home.already.copy') },
      ],
    );
    if (answer === null) return null;
    if (answer === 'open') return existing.id;
  }
  const options = { copy: existing !== undefined };
  return file.kind === 'offsite'
    ? addWorkshopFromUpdate(file.update, options)
    : importLocalWorkshop(file.data, options);
}

/** Makes a local workshop of an opened file (or finds the one it is) and opens it. */
export async function openWorkshopFile(file: WorkshopFile): Promise<void> {
  try {
    const id = await addFile(file);
    if (id !== null) navigate(workshopHref(id));
  } catch (error) {
    const message =
      error instanceof NewerSchemaError ? error.message : `${file.name}: ${messageOf(error)}`;
    showError(i18n.t('home.failed.open', { name: file.name }), message);
  }
}

/** A file opened from the OS (the desktop) that could not be read: why, in the app's language. */
export function openFileFailed(name: string, error: Error): void {
  showError(i18n.t('home.failed.open', { name }), messageOf(error));
}

export async function openFile(): Promise<void> {
  let file: WorkshopFile | null;
  try {
    file = await platform().openWorkshopFile();
  } catch (error) {
    if (error instanceof FileProblemError) {
      showError(
        i18n.t('home.failed.open', { name: error.fileName }),
        error.message,
        problemLines(error.problems),
      );
    } else showError(i18n.t('home.failed.openAny'), messageOf(error));
    return;
  }
  if (file) await openWorkshopFile(file);
}

export async function importJson(): Promise<void> {
  try {
    const result = await platform().importJsonFile();
    if (!result) return;
    if (!result.ok) {
      showError(
        i18n.t('home.failed.import', { name: result.name }),
        result.message,
        problemLines(result.problems),
      );
      return;
    }
    const id = await addFile({ kind: 'json', name: result.name, data: result.data });
    if (id !== null) navigate(workshopHref(id));
  } catch (error) {
    showError(i18n.t('home.failed.importAny'), messageOf(error));
  }
}
