/**
 * The shape every translation of a section must have: the English section's keys, each
 * with a string. A key missing from (or added to) a translation is a type error, so a
 * language is complete by construction; the unit test catches strings left in English.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/** One section of the catalogue in every language the app ships. */
export interface Section<T> {
  readonly en: T;
  readonly it: Translation<T>;
  readonly de: Translation<T>;
}

/**
 * A section: the English strings (the accessible names tests and issues rely on: keep
 * them verbatim) and their Italian and German translations. Placeholders are `{name}`;
 * counted strings have `_one` / `_other` keys, chosen by `Intl.PluralRules`.
 */
export function section<const T>(en: T, it: Translation<T>, de: Translation<T>): Section<T> {
  return { en, it, de };
}
