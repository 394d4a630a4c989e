import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { workshopToMarkdown } from '../../shared/export';
import { readWorkshop, setWorkshopLanguage } from '../../shared/model';
import { sampleDoc, withMeetings } from '../support/meeting-workshops';

/**
 * The weekly meetings in the Markdown export: each team's latest meeting as its
 * four-square (sub-sections) and wins, only when a meeting exists, in the workshop's
 * language, with no person in it.
 */

const generatedAt = new Date(2027, 0, 20, 9, 0);
/** The Markdown from the meetings' heading to the closing rule. */
function meetingPart(md: string, title = 'Weekly meetings'): string {
  const start = md.indexOf(`## ${title}`);
  expect(start).toBeGreaterThan(-1);
  return md.slice(start, md.indexOf('\n---\n', start));
}

function headings(md: string): string[] {
  return marked
    .lexer(md)
    .filter((t): t is Tokens.Heading => t.type === 'heading')
    .map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
}

describe('the weekly meetings in the Markdown export', () => {
  it('has no meetings section when no meeting was held', () => {
    const md = workshopToMarkdown(readWorkshop(sampleDoc()), { generatedAt });
    expect(md).not.toContain('Weekly meetings');
    expect(md).not.toContain('This week’s priorities');
  });

  it('writes each team’s latest meeting as its four-square and wins, by team', () => {
    const md = workshopToMarkdown(readWorkshop(withMeetings()), { generatedAt });
    const part = meetingPart(md);
    const square = [
      '#### This week’s priorities',
      '#### Confidence in our key results',
      '#### Next four weeks',
      '#### Health metrics',
      '#### Wins of the week',
    ];
    expect(headings(part)).toEqual([
      '## Weekly meetings',
      // Only planned ahead: the first of its meetings.
      '### Company · week of 2 March 2027',
      ...square,
      '### Customer Success · week of 19 January 2027',
      ...square,
      // The last held, not the one planned for February.
      '### Platform · week of 19 January 2027',
      ...square,
    ]);
    expect(part).not.toContain('An older priority');
    expect(part).not.toContain('Planned two weeks ahead');
    const cs = part.slice(part.indexOf('### Customer Success'), part.indexOf('### Platform'));
    expect(cs).toContain(
      '**P1 — must happen**\n\n- Ship the onboarding checklist\n- Call the \\*three\\* stuck customers',
    );
    expect(cs).toContain('**P2 — should happen**\n\n- Draft the churn interview guide');
    expect(cs).toContain('#### Next four weeks\n\n- Vienna go-live');
    expect(cs).toContain('#### Wins of the week\n\n- First dispatched job in 6 days');
  });

  it('gives each of the team’s key results its confidence, move and weeks, as of that week', () => {
    const part = meetingPart(workshopToMarkdown(readWorkshop(withMeetings()), { generatedAt }));
    const cs = part.slice(part.indexOf('### Customer Success'), part.indexOf('### Platform'));
    expect(cs).toMatch(
      /- \*\*KR \d\.\d\*\* Median time to first dispatched job .*: \*\*7\/10\*\* \(up 3 since the check-in before; over the weeks: 4, 7\)/,
    );
    expect(cs).toMatch(
      /- \*\*KR \d\.\d\*\* Keep 90-day logo churn .*: \*\*6\/10\*\* \(first check-in; agreed in a confidence round\)/,
    );
    // A team owning no key result says so; it is not given the others'.
    const platform = part.slice(part.indexOf('### Platform'));
    expect(platform).toContain('_The team owns no key results._');
  });

  it('rates the one-pager’s health metrics in words, unrated ones included', () => {
    const w = readWorkshop(withMeetings());
    const part = meetingPart(workshopToMarkdown(w, { generatedAt }));
    const cs = part.slice(part.indexOf('### Customer Success'), part.indexOf('### Platform'));
    const [first, second, third] = w.onePager.metrics.map((m) => m.text);
    expect(cs).toContain(`- ${first}: **Red**\n- ${second}: **Green**\n- ${third}: **Not rated**`);
  });

  it('ranks nobody: no person’s name is in it', () => {
    const md = workshopToMarkdown(readWorkshop(withMeetings()), {
      generatedAt,
      participants: ['Pat Participant'],
    });
    const part = meetingPart(md);
    for (const name of ['Ana Author', 'Rita Rounder', 'Pat Participant'])
      expect(part).not.toContain(name);
  });

  it('speaks the workshop’s language', () => {
    const doc = withMeetings();
    setWorkshopLanguage(doc, 'it');
    const part = meetingPart(
      workshopToMarkdown(readWorkshop(doc), { generatedAt }),
      'Riunioni settimanali',
    );
    expect(part).toContain('### Customer Success · settimana del 19 gennaio 2027');
    expect(part).toContain('#### Priorità della settimana');
    expect(part).toContain(': **Rosso**');
    expect(part).toContain('salita di 3 dal check-in precedente');
    expect(part).not.toMatch(/Weekly|Health metrics|Not rated/);
  });
});
