import * as Y from 'yjs';
import { collection } from '../schema';
import { LIMITS } from '../types';
import { DISMISSAL_RULE_PATTERN, dismissalKey } from '../dismissals-read';
import { local, newRecord } from './transact';

function valid(rule: string, targetId: string): boolean {
  return (
    DISMISSAL_RULE_PATTERN.test(rule) && targetId.length > 0 && targetId.length <= LIMITS.idLength
  );
}

/**
 * Hides the coach finding `rule` on the item `targetId` for everyone in the room: one
 * local transaction (one undo step). Returns false, writing nothing, for an invalid rule or
 * id, or when it is dismissed already.
 * @public
 */
export function dismissFinding(doc: Y.Doc, rule: string, targetId: string): boolean {
  if (!valid(rule, targetId)) return false;
  const key = dismissalKey(rule, targetId);
  const existing: unknown = collection(doc, 'dismissals').get(key);
  if (
    existing instanceof Y.Map &&
    existing.get('rule') === rule &&
    existing.get('targetId') === targetId
  )
    return false;
  local(doc, () => {
    collection(doc, 'dismissals').set(
      key,
      newRecord({ id: key, rule, targetId, createdAt: Date.now() }),
    );
  });
  return true;
}

/**
 * Shows the finding again. Removes every record for this (rule, target), including ones a
 * peer stored under another key. Returns false when nothing was dismissed.
 * @public
 */
export function undismissFinding(doc: Y.Doc, rule: string, targetId: string): boolean {
  const dismissals = collection(doc, 'dismissals');
  const keys: string[] = [];
  for (const [key, value] of dismissals.entries()) {
    if (value instanceof Y.Map && value.get('rule') === rule && value.get('targetId') === targetId)
      keys.push(key);
  }
  if (keys.length === 0) return false;
  local(doc, () => {
    for (const key of keys) dismissals.delete(key);
  });
  return true;
}
