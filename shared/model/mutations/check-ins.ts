import type * as Y from 'yjs';
import { collection } from '../schema';
import { newId } from '../ids';
import { isIsoDate } from '../../dates';
import { LIMITS } from '../types';
import { AUTHOR_MAX_LENGTH } from '../records';
import { finite, getRecord, local, newRecord, setFields, text } from './transact';

export interface CheckInInput {
  /** `YYYY-MM-DD`. */
  date?: string;
  value?: number;
  confidence?: number;
  note?: string;
  /** Who recorded it: the display name they joined with (cut to AUTHOR_MAX_LENGTH). */
  author?: string;
  /** The confidence is the agreed value of a private confidence round. */
  confidenceRound?: boolean;
}

/** A name as stored: one line, trimmed, cut to AUTHOR_MAX_LENGTH; '' removes it. */
function author(name: string | undefined): string | null | undefined {
  if (name === undefined) return undefined;
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, AUTHOR_MAX_LENGTH);
  return clean === '' ? null : clean;
}

function fields(input: CheckInInput) {
  const confidence = finite(input.confidence);
  return {
    date: isIsoDate(input.date) ? input.date : undefined,
    value: finite(input.value) ?? undefined,
    confidence:
      typeof confidence === 'number'
        ? Math.min(10, Math.max(0, Math.round(confidence)))
        : undefined,
    note: text(input.note, LIMITS.longText),
    author: author(input.author),
    // false removes the key: an unset flag is absent, as on import.
    confidenceRound:
      input.confidenceRound === undefined ? undefined : input.confidenceRound || null,
  };
}

/** Records a check-in on a key result; null if the key result is gone or the input is unusable. */
export function createCheckIn(
  doc: Y.Doc,
  keyResultId: string,
  input: CheckInInput & { date: string; value: number },
): string | null {
  if (!getRecord(doc, 'keyResults', keyResultId)) return null;
  const f = fields(input);
  if (f.date === undefined || f.value === undefined) return null;
  const id = newId();
  local(doc, () => {
    const map = newRecord({ id, keyResultId, confidence: 5 });
    collection(doc, 'checkIns').set(id, map);
    setFields(map, f);
  });
  return id;
}

export function updateCheckIn(doc: Y.Doc, id: string, patch: CheckInInput): boolean {
  const map = getRecord(doc, 'checkIns', id);
  if (!map) return false;
  local(doc, () => setFields(map, fields(patch)));
  return true;
}

export function deleteCheckIn(doc: Y.Doc, id: string): boolean {
  if (!getRecord(doc, 'checkIns', id)) return false;
  local(doc, () => collection(doc, 'checkIns').delete(id));
  return true;
}
