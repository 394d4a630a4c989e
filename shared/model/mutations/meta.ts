import type * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../origin';
import { metaMap, onePagerText, SCHEMA_VERSION } from '../schema';
import { LIMITS, ONE_PAGER_FIELDS } from '../types';
import { newId } from '../ids';
import { IDENTITY_KEY, newIdentity } from '../identity';
import { isIsoDate } from '../../dates';
import { local, setFields, text } from './transact';

export interface MetaPatch {
  title?: string;
  cycle?: string;
  cycleStart?: string;
  cycleEnd?: string;
  checkInWeekday?: number;
}

/**
 * Gives an empty doc its identity and schema version. Not undoable: a user cannot undo the
 * workshop into not existing. Call only once local storage (and the hub) have synced and
 * the doc is still empty, or two peers would seed twice.
 */
export function initWorkshop(
  doc: Y.Doc,
  init: { id?: string; title?: string; cycle?: string; language?: string } = {},
): string {
  const id = init.id ?? newId();
  doc.transact(() => {
    setFields(metaMap(doc), {
      id,
      // Empty, not "Untitled workshop": that is the field's placeholder, so typing a title
      // does not start after words nobody chose.
      title: text(init.title ?? ''),
      cycle: text(init.cycle ?? ''),
      schemaVersion: SCHEMA_VERSION,
      updatedAt: Date.now(),
      // The language it starts in (a BCP 47 tag); none, or '': English.
      language: init.language || undefined,
    });
    metaMap(doc).set(IDENTITY_KEY, newIdentity());
    // The one-pager texts exist from the start, so two peers typing into a field offline
    // edit the same Y.Text instead of each creating one (one of which would be lost).
    for (const field of ONE_PAGER_FIELDS) onePagerText(doc, field);
  }, SYSTEM_ORIGIN);
  return id;
}

export function updateMeta(doc: Y.Doc, patch: MetaPatch): void {
  const date = (d: string | undefined) =>
    d === undefined ? undefined : isIsoDate(d) ? d : d === '' ? null : undefined;
  const weekday = patch.checkInWeekday;
  local(doc, () =>
    setFields(metaMap(doc), {
      title: text(patch.title),
      cycle: text(patch.cycle),
      cycleStart: date(patch.cycleStart),
      cycleEnd: date(patch.cycleEnd),
      checkInWeekday:
        weekday !== undefined && Number.isInteger(weekday) && weekday >= 0 && weekday <= 6
          ? weekday
          : undefined,
    }),
  );
}

/**
 * The facilitator agrees the OKR set (or unlocks it again); `by` is their display name,
 * kept with the time so everyone sees who changed the agreement and when.
 */
export function setAgreed(doc: Y.Doc, agreed: boolean, by = ''): void {
  local(doc, () =>
    setFields(metaMap(doc), {
      agreed,
      agreedBy: by.slice(0, LIMITS.shortText),
      agreedAt: Date.now(),
    }),
  );
}

/**
 * Sets the workshop's language (a BCP 47 tag; '' = English, the default). A facilitator's
 * setting: the hub refuses it from anyone else (shared/protocol/policy.ts).
 */
export function setWorkshopLanguage(doc: Y.Doc, tag: string): void {
  local(doc, () => setFields(metaMap(doc), { language: tag === '' ? null : tag }));
}
