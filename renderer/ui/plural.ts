/**
 * "1 change", "2 changes", "0 changes": a count with its noun in the right number.
 * English only (the app's one language); `many` defaults to `one` + "s".
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
