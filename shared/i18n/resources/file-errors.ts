import { section } from './translation';

/**
 * Why the desktop app could not open or save a workshop file (shared/protocol/file-error.ts:
 * the main process sends a key and its values, the window words them). The English is
 * what the main process has always said, word for word; a system's own reason (`{why}`)
 * and a malformed file's `path: message` lines under the sentence stay as the system and
 * the validator wrote them, as does the English detail of a damaged file (`{detail}`),
 * in parentheses after the sentence that says what is wrong.
 */
export const fileErrors = section(
  {
    readMissing: 'cannot read {path}: no such file',
    readFolder: 'cannot read {path}: it is a folder',
    readDenied: 'cannot read {path}: permission denied',
    readFailed: 'cannot read {path}: {why}',
    notValid_one: '{path} is not a valid workshop file ({count} problem):',
    notValid_other: '{path} is not a valid workshop file ({count} problems):',
    notOffsite: 'cannot open {path}: {detail}',
    truncated: 'cannot open {path}: {detail}',
    corrupt: 'cannot open {path}: {detail}',
    newerSchema:
      'cannot open {path}: This workshop was made by a newer version of Offsite (schema {found}; this version reads up to {max}). Update Offsite to open it.',
    newerFormat: 'cannot open {path}: {detail}; update Offsite to open it',
    wouldOverwrite:
      'refusing to save over {path}: it is not a workshop this version of Offsite can read, and replacing it could lose data. Save under another name.\n({why})',
    wouldOverwriteUnchecked: 'refusing to save over {path}: {why}',
    diskFull: 'disk full while saving {path}',
    quota: 'disk quota exceeded while saving {path}',
    tooLarge: 'the file is too large for this disk or a size limit while saving {path}',
    readOnly: 'read-only file system: cannot save {path}',
    saveDenied: 'permission denied: cannot save {path}',
    noFolder: 'the folder of {path} does not exist',
    notFolder: 'cannot save {path}: a part of the path is a file, not a folder',
    saveIsFolder: 'cannot save {path}: it is a folder',
    saveFailed: 'could not save {path}: {why}',
    notJson: '{name} is an Offsite workshop file, not JSON: open it with Open… instead',
  },
  {
    readMissing: 'Impossibile leggere {path}: il file non esiste',
    readFolder: 'Impossibile leggere {path}: è una cartella',
    readDenied: 'Impossibile leggere {path}: permesso negato',
    readFailed: 'Impossibile leggere {path}: {why}',
    notValid_one: '{path} non è un file di workshop valido ({count} problema):',
    notValid_other: '{path} non è un file di workshop valido ({count} problemi):',
    notOffsite: 'Impossibile aprire {path}: non è un file di workshop Offsite ({detail})',
    truncated: 'Impossibile aprire {path}: il file è incompleto ({detail})',
    corrupt: 'Impossibile aprire {path}: il file è danneggiato ({detail})',
    newerSchema:
      'Impossibile aprire {path}: questo workshop è stato creato con una versione più recente di Offsite (schema {found}; questa versione legge fino allo schema {max}). Aggiornate Offsite per aprirlo.',
    newerFormat:
      'Impossibile aprire {path}: il file è stato creato con una versione più recente di Offsite ({detail}); aggiornate Offsite per aprirlo',
    wouldOverwrite:
      'Salvataggio su {path} rifiutato: non è un workshop che questa versione di Offsite sa leggere, e sostituirlo potrebbe far perdere dati. Salvate con un altro nome.\n({why})',
    wouldOverwriteUnchecked: 'Salvataggio su {path} rifiutato: {why}',
    diskFull: 'Disco pieno durante il salvataggio di {path}',
    quota: 'Quota del disco superata durante il salvataggio di {path}',
    tooLarge:
      'Il file è troppo grande per questo disco o per un limite di dimensione durante il salvataggio di {path}',
    readOnly: 'File system di sola lettura: impossibile salvare {path}',
    saveDenied: 'Permesso negato: impossibile salvare {path}',
    noFolder: 'La cartella di {path} non esiste',
    notFolder: 'Impossibile salvare {path}: una parte del percorso è un file, non una cartella',
    saveIsFolder: 'Impossibile salvare {path}: è una cartella',
    saveFailed: 'Impossibile salvare {path}: {why}',
    notJson: '{name} è un file di workshop Offsite, non JSON: apritelo con «Apri»',
  },
  {
    readMissing: '{path} kann nicht gelesen werden: Die Datei existiert nicht',
    readFolder: '{path} kann nicht gelesen werden: Das ist ein Ordner',
    readDenied: '{path} kann nicht gelesen werden: Zugriff verweigert',
    readFailed: '{path} kann nicht gelesen werden: {why}',
    notValid_one: '{path} ist keine gültige Workshop-Datei ({count} Problem):',
    notValid_other: '{path} ist keine gültige Workshop-Datei ({count} Probleme):',
    notOffsite: '{path} kann nicht geöffnet werden: keine Offsite-Workshopdatei ({detail})',
    truncated: '{path} kann nicht geöffnet werden: Die Datei ist unvollständig ({detail})',
    corrupt: '{path} kann nicht geöffnet werden: Die Datei ist beschädigt ({detail})',
    newerSchema:
      '{path} kann nicht geöffnet werden: Dieser Workshop wurde mit einer neueren Offsite-Version erstellt (Schema {found}; diese Version liest bis Schema {max}). Offsite aktualisieren, um ihn zu öffnen.',
    newerFormat:
      '{path} kann nicht geöffnet werden: Die Datei stammt aus einer neueren Offsite-Version ({detail}); Offsite aktualisieren, um sie zu öffnen',
    wouldOverwrite:
      'Speichern über {path} abgelehnt: Die Datei ist kein Workshop, den diese Offsite-Version lesen kann, und sie zu ersetzen könnte Daten kosten. Unter einem anderen Namen speichern.\n({why})',
    wouldOverwriteUnchecked: 'Speichern über {path} abgelehnt: {why}',
    diskFull: 'Datenträger voll beim Speichern von {path}',
    quota: 'Speicherkontingent überschritten beim Speichern von {path}',
    tooLarge:
      'Die Datei ist zu groß für diesen Datenträger oder eine Größengrenze beim Speichern von {path}',
    readOnly: 'Schreibgeschütztes Dateisystem: {path} kann nicht gespeichert werden',
    saveDenied: 'Zugriff verweigert: {path} kann nicht gespeichert werden',
    noFolder: 'Der Ordner von {path} existiert nicht',
    notFolder:
      '{path} kann nicht gespeichert werden: Ein Teil des Pfads ist eine Datei, kein Ordner',
    saveIsFolder: '{path} kann nicht gespeichert werden: Das ist ein Ordner',
    saveFailed: '{path} konnte nicht gespeichert werden: {why}',
    notJson: '{name} ist eine Offsite-Workshopdatei, kein JSON: mit „Öffnen“ öffnen',
  },
);
