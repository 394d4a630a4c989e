import { section } from './translation';

/** The app's shared dialogs (renderer/ui): the choice dialog's way out. */
export const dialogs = section(
  { cancel: 'Cancel' },
  { cancel: 'Annulla' },
  { cancel: 'Abbrechen' },
);
