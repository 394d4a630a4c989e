/** Limits applied on read and import: a peer can write anything, we show at most this much. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  idLength: 100,
  listLength: 200,
  records: 20_000,
} as const;
