import type { TFunction } from 'i18next';

/**
 * The hub's refusal reasons (vote and removal acks, 4403 close reasons) are English words
 * on the wire, written by electron/hub (voting.ts, room-control.ts, update-guard.ts); the
 * wire keeps them. These are the ones a person meets, said in the app's language. A reason
 * not listed here (a new one, or an older hub's) is shown as the hub wrote it.
 */
const EXACT = {
  refused: 'roomPeople.hub.refused',
  'that person is no longer in the room': 'roomPeople.hub.gone',
  'the facilitator cannot be removed': 'roomPeople.hub.facilitatorStays',
  'only the facilitator may remove a participant': 'roomPeople.hub.onlyFacilitatorRemoves',
  'no such vote': 'roomPeople.hub.noVote',
  'the vote is closed': 'roomPeople.hub.voteClosed',
  'unknown projects': 'roomPeople.hub.unknownProjects',
  'unknown objectives': 'roomPeople.hub.unknownObjectives',
  'too many voters': 'roomPeople.hub.tooManyVoters',
  'a viewer does not vote': 'roomPeople.hub.viewerNoVote',
  'a facilitator does not vote': 'roomPeople.hub.facilitatorNoVote',
  'update depends on items the hub does not hold': 'roomPeople.hub.unplaced',
  'the workshop id and format are the hub’s: no peer writes them': 'roomPeople.hub.system',
  'only the facilitator may change the room state': 'roomPeople.hub.room',
  'only the facilitator may agree or un-agree the OKRs': 'roomPeople.hub.agreement',
  'only the facilitator may change the workshop’s language': 'roomPeople.hub.settings',
  'this role may not edit the workshop': 'roomPeople.hub.edit',
} as const;

/** The reasons said in words of their own (the rest are patterns, or shown as they come). */
export const KNOWN_HUB_REASONS: readonly string[] = Object.keys(EXACT);

/** A hub's reason in the app's language ("at most 3 dots" → "höchstens 3 Punkte"). */
export function hubReason(t: TFunction, reason: string | null | undefined): string {
  const text = reason || 'refused';
  if (Object.hasOwn(EXACT, text)) return t(EXACT[text as keyof typeof EXACT]);
  const atMost = /^at most (\d+) dots$/.exec(text);
  if (atMost) return t('roomPeople.hub.atMost', { count: Number(atMost[1]) });
  return text;
}
