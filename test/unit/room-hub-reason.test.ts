import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedT } from '../../shared/i18n';
import { hubReason, KNOWN_HUB_REASONS } from '../../renderer/features/room/hub-reason';

/**
 * The hub's refusal reasons stay English on the wire; the room shows them in the app's
 * language. Each reason mapped here is one the hub really sends (its source holds the
 * words, so a reworded reason fails here instead of silently showing in English), English
 * shows it unchanged, and Italian and German say it in their own words.
 */
const hubSource = readdirSync('electron/hub')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`electron/hub/${f}`, 'utf8'))
  .join('\n');

describe('the hub’s refusal reasons in the room’s language', () => {
  it('maps only reasons the hub sends', () => {
    // "a viewer does not vote" is written `a ${role} does not vote`, "unknown projects"
    // `unknown ${voting.target}`; "refused" is the
    // room's own word when a close gives none (renderer/sync/room-connection.ts).
    const templated = (reason: string) =>
      (/^a \w+ does not vote$/.test(reason) && hubSource.includes('does not vote`')) ||
      (/^unknown (projects|objectives)$/.test(reason) &&
        hubSource.includes('`unknown ${voting.target}`'));
    for (const reason of KNOWN_HUB_REASONS.filter((r) => r !== 'refused'))
      expect(hubSource.includes(`'${reason}'`) || templated(reason), reason).toBe(true);
  });

  it('shows every reason unchanged in English', () => {
    const t = fixedT('en');
    for (const reason of [...KNOWN_HUB_REASONS, 'at most 3 dots', 'something new'])
      expect(hubReason(t, reason)).toBe(reason);
    expect(hubReason(t, null)).toBe('refused');
  });

  it('says them in Italian and German, numbers kept; an unknown reason as it came', () => {
    for (const language of ['it', 'de'] as const) {
      const t = fixedT(language);
      for (const reason of KNOWN_HUB_REASONS) expect(hubReason(t, reason)).not.toBe(reason);
    }
    expect(hubReason(fixedT('de'), 'at most 3 dots')).toBe('höchstens 3 Punkte');
    expect(hubReason(fixedT('it'), 'the vote is closed')).toBe('la votazione è chiusa');
    expect(hubReason(fixedT('de'), 'something new')).toBe('something new');
  });
});
