import type { Workshop } from '../model/types';
import { workshopToJson } from '../model/interchange';

/**
 * The workshop in the interchange format (`{ "format": "offsite.workshop", "version": 1, … }`)
 * as text: 2-space indent and a trailing newline, so the file diffs cleanly. The format
 * itself belongs to shared/model/interchange; this only serialises it.
 *
 * @public
 */
export function workshopToJsonText(w: Workshop): string {
  return `${JSON.stringify(workshopToJson(w), null, 2)}\n`;
}

export { workshopToJson };
