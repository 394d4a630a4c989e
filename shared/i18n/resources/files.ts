import { section } from './translation';

/** What opening or importing a workshop file in a browser says when it cannot (renderer/platform). */
export const files = section(
  {
    notValid: '{name} is not a valid Offsite workshop',
    recentDesktopOnly: 'Recent files are only available in the desktop app ({path}).',
  },
  {
    notValid: '{name} non è un workshop Offsite valido',
    recentDesktopOnly: 'I file recenti sono disponibili solo nell’app desktop ({path}).',
  },
  {
    notValid: '{name} ist kein gültiger Offsite-Workshop',
    recentDesktopOnly: 'Zuletzt geöffnete Dateien gibt es nur in der Desktop-App ({path}).',
  },
);
