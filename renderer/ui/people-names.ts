import type { TFunction } from 'i18next';

/**
 * A voter's name as the hub publishes it (a dot vote's or a confidence round's `voters`),
 * in words: '' is a person who gave no name, "Someone" in the room's language. (A hub
 * before this one wrote the English "Someone" itself: it is shown as it came.)
 */
export function voterNames(t: TFunction, names: readonly string[]): string[] {
  return names.map((name) => name || t('peopleNames.someone'));
}
