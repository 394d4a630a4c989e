import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { fixedT } from '../../shared/i18n';
import { peopleOf } from '../../renderer/features/room/presence';
import { voterNames } from '../../renderer/ui/people-names';

/**
 * A person who gave no name (issue 13 §4): the hub and the peers send none (''), and each
 * screen words it in its own room's language — "Jemand", "Moderation" in German; English
 * says "Someone" and "Facilitator" as it always did.
 */
function wordsIn(language: string) {
  const t = fixedT(language);
  return { someone: t('peopleNames.someone'), facilitator: t('peopleNames.facilitator') };
}

/** A room's awareness as this device sees it: itself plus the given peers' states. */
function roomWith(self: object, peers: object[]): { awareness: Awareness } {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(self);
  for (const state of peers) {
    const peer = new Awareness(new Y.Doc());
    peer.setLocalState(state);
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'peer');
  }
  return { awareness };
}

describe('a person without a name', () => {
  const user = (name: string) => ({ name, color: '#000' });
  const room = roomWith({ user: user(''), role: 'facilitator', step: 'okrs', editing: null }, [
    { user: user(''), role: 'participant', step: 'okrs', editing: null },
    { user: user('Anna'), role: 'participant', step: 'okrs', editing: null },
    { role: 'viewer', step: 'okrs' },
  ]);

  it('is worded in the presence list in the room’s language, by role', () => {
    const de = peopleOf(room, wordsIn('de'));
    expect(de.map((p) => [p.name, p.named, p.self])).toEqual([
      ['Moderation', false, true],
      ['Anna', true, false],
      ['Jemand', false, false],
    ]);
    expect(peopleOf(room, wordsIn('it')).map((p) => p.name)).toEqual([
      'Facilitatore',
      'Anna',
      'Qualcuno',
    ]);
    expect(peopleOf(room, wordsIn('en')).map((p) => p.name)).toEqual([
      'Facilitator',
      'Anna',
      'Someone',
    ]);
  });

  it('is worded among the voters the hub published', () => {
    expect(voterNames(fixedT('de'), ['', 'Anna'])).toEqual(['Jemand', 'Anna']);
    expect(voterNames(fixedT('it'), ['', 'Anna'])).toEqual(['Qualcuno', 'Anna']);
    expect(voterNames(fixedT('en'), ['', 'Anna'])).toEqual(['Someone', 'Anna']);
    // A hub from before published the English word itself: shown as it came.
    expect(voterNames(fixedT('de'), ['Someone'])).toEqual(['Someone']);
  });
});
