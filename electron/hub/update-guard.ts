import type * as Y from 'yjs';
import { lockedSteps } from '../../shared/model';
import {
  isReadOnly,
  mayWrite,
  partOf,
  WRITE_ACCESS,
  type PartKind,
} from '../../shared/protocol/policy';
import {
  HUB_CLOSE,
  lockedCloseReason,
  STEPS,
  type Role,
  type Step,
} from '../../shared/protocol/room';
import { GuardRefusal } from './guard';
import { touchedIn, type Touched } from './touched';
import { measureUpdate } from './update-limits';
import { UpdateScan } from './update-scan';

/**
 * The policy table (shared/protocol/policy.ts) applied to one document update, before it is
 * applied. Closing rather than silently dropping keeps the client honest about its state:
 * nothing it holds is marked as synced, and the refused edits travel again at its next
 * connection — the document never changes until they are allowed. A refusal for locked
 * steps only says which (`locked: alignment`), so the client can tell its user, keep the
 * edits, and retry with a back-off until the facilitator unlocks
 * (renderer/sync/room-connection.ts). Any other refusal names what no waiting will allow.
 */

/** Why a part may not be written, for the close reason (≤ 120 bytes); most telling first. */
const REASONS: ReadonlyArray<readonly [PartKind, string]> = [
  ['unplaced', 'update depends on items the hub does not hold'],
  ['system', 'the workshop id and format are the hub’s: no peer writes them'],
  ['room', 'only the facilitator may change the room state'],
  ['agreement', 'only the facilitator may agree or un-agree the OKRs'],
  ['settings', 'only the facilitator may change the workshop’s language'],
  ['step', 'this role may not edit the workshop'],
  ['shared', 'this role may not edit the workshop'],
];

function partName(root: string, key: string | null): string {
  return root === 'meta' ? `meta.${key ?? '(no key)'}` : root;
}

/** The refusal for the parts `role` may not write now, or null if it may write them all. */
export function refusalFor(
  touched: Touched,
  role: Role,
  locked: readonly Step[],
): GuardRefusal | null {
  const refused = new Set<PartKind>();
  const lockedHit = new Set<Step>();
  const names = new Set<string>();
  if (touched.unresolved && !mayWrite(role, { kind: 'unplaced' }, locked)) refused.add('unplaced');
  for (const { root, key } of touched.parts) {
    const part = partOf(root, key);
    if (mayWrite(role, part, locked)) continue;
    names.add(partName(root, key));
    // Refused only because its step is locked: the client keeps it and retries on unlock.
    if (part.kind === 'step' && WRITE_ACCESS[role].step === 'unless-locked')
      lockedHit.add(part.step);
    else refused.add(part.kind);
  }
  const detail = names.size ? `touches ${[...names].join(', ')}` : undefined;
  const reason = REASONS.find(([kind]) => refused.has(kind))?.[1];
  if (reason) return new GuardRefusal(HUB_CLOSE.forbidden, reason, detail);
  if (lockedHit.size === 0) return null;
  const steps = STEPS.filter((step) => lockedHit.has(step));
  return new GuardRefusal(HUB_CLOSE.forbidden, lockedCloseReason(steps), detail);
}

/**
 * Checks a document update from `role` against the current doc: the policy table first
 * (4403), then the limits on fields (4413, update-limits.ts; skipped if `checkFields` is
 * false). Throws GuardRefusal if the update is garbage, the role may not make it or a field
 * would be too long; returns what applying it costs the hub (0 for a read-only role, whose
 * updates are never applied: Hocuspocus acknowledges them as not applied, so only decoding
 * is checked for it).
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  role: Role,
  options: { checkFields?: boolean } = {},
): number {
  let scan: UpdateScan;
  try {
    scan = new UpdateScan(doc, update);
  } catch (error) {
    throw new GuardRefusal(
      HUB_CLOSE.malformed,
      `undecodable update: ${(error as Error).message ?? String(error)}`,
    );
  }
  if (isReadOnly(role)) return 0;
  const refusal = refusalFor(touchedIn(scan), role, lockedSteps(doc));
  if (refusal) throw refusal;
  return measureUpdate(scan, options.checkFields ?? true);
}
