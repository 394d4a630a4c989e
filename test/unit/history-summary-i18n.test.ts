import { describe, expect, it } from 'vitest';
import {
  HISTORY_AREAS,
  HistoryKeeper,
  initWorkshop,
  ONE_PAGER_FIELDS,
  PointChain,
  RECORD_COLLECTIONS,
  summarizePoint,
  type ChangeStats,
  type Deletions,
  type HistoryPoint,
} from '../../shared/model';
import { parseHistoryList } from '../../shared/protocol/history';
import * as Y from 'yjs';

/**
 * The history's point summaries in the workshop's language (issue 13 §4): said from the
 * point's kind and counts, so a German room reads "12 Änderungen: Projekte, Ziele" while the
 * hub keeps sending (and files keep) the English words it always had.
 */

/** The English summary as it was written before the catalogue: the reference for byte-equality. */
const NOUNS: Record<string, [string, string]> = {
  focusAreas: ['focus area', 'focus areas'],
  notDoing: ['not-doing line', 'not-doing lines'],
  metrics: ['health metric', 'health metrics'],
  projects: ['project', 'projects'],
  objectives: ['objective', 'objectives'],
  keyResults: ['key result', 'key results'],
  checkIns: ['check-in', 'check-ins'],
  weeklyItems: ['weekly meeting line', 'weekly meeting lines'],
  healthRatings: ['health rating', 'health ratings'],
  dismissals: ['dismissed finding', 'dismissed findings'],
  grades: ['grade', 'grades'],
  retrospectives: ['retrospective', 'retrospectives'],
};
const AREAS: Record<string, string> = {
  meta: 'workshop details',
  onePager: 'one-pager',
  ...Object.fromEntries(Object.entries(NOUNS).map(([k, [, many]]) => [k, many])),
  notDoing: 'not-doing list',
  weeklyItems: 'weekly meetings',
};
function oldDeletions(d: Deletions): string {
  const parts = RECORD_COLLECTIONS.filter((n) => (d.records[n] ?? 0) > 0).map((n) => {
    const k = d.records[n]!;
    return `${k} ${k === 1 ? NOUNS[n]![0] : NOUNS[n]![1]}`;
  });
  if (d.texts.length) parts.push(`the one-pager's ${d.texts.join(', ')}`);
  return parts.join(', ');
}
function oldChanges(c: ChangeStats): string {
  if (c.edits === 0) return 'no edits';
  const edits = `${c.edits} ${c.edits === 1 ? 'edit' : 'edits'}`;
  const areas = c.areas.map((a) => AREAS[a]).join(', ');
  const deleted = oldDeletions(c.deleted);
  return `${edits}${areas ? `: ${areas}` : ''}${deleted ? `; deleted ${deleted}` : ''}`;
}
function oldSummary(p: Pick<HistoryPoint, 'kind' | 'changes' | 'deleting'>): string {
  if (p.kind === 'before-delete' && p.deleting) {
    const since = p.changes.edits ? ` (after ${oldChanges(p.changes)})` : '';
    return `before deleting ${oldDeletions(p.deleting) || 'records'}${since}`;
  }
  if (p.kind === 'opened') return p.changes.edits ? `opened, ${oldChanges(p.changes)}` : 'opened';
  return oldChanges(p.changes);
}

/** A small deterministic generator: every area, collection and field, 0, 1 and many. */
function* points(): Generator<Pick<HistoryPoint, 'kind' | 'changes' | 'deleting'>> {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n) as number;
  for (let i = 0; i < 200; i++) {
    const records: Partial<Record<(typeof RECORD_COLLECTIONS)[number], number>> = {};
    for (const name of RECORD_COLLECTIONS) if (next(4) === 0) records[name] = [1, 2, 12][next(3)]!;
    const texts = ONE_PAGER_FIELDS.filter(() => next(3) === 0);
    const deleted: Deletions = { records, texts };
    const changes: ChangeStats = {
      edits: [0, 1, 2, 37][next(4)]!,
      areas: HISTORY_AREAS.filter(() => next(3) === 0),
      deleted: next(2) ? deleted : { records: {}, texts: [] },
    };
    const kind = (['edits', 'before-delete', 'opened'] as const)[next(3)]!;
    yield kind === 'before-delete' ? { kind, changes, deleting: deleted } : { kind, changes };
  }
}

describe('history point summaries', () => {
  it('say in English, byte for byte, what they always said', () => {
    for (const p of points()) {
      expect(summarizePoint(p)).toBe(oldSummary(p));
      expect(summarizePoint(p, 'en')).toBe(oldSummary(p));
    }
  });

  it('speak German and Italian', () => {
    const changes: ChangeStats = {
      edits: 12,
      areas: ['projects', 'objectives'],
      deleted: { records: { projects: 3 }, texts: [] },
    };
    expect(summarizePoint({ kind: 'edits', changes }, 'de')).toBe(
      '12 Änderungen: Projekte, Ziele; gelöscht: 3 Projekte',
    );
    expect(summarizePoint({ kind: 'edits', changes }, 'it')).toBe(
      '12 modifiche: progetti, obiettivi; eliminazioni: 3 progetti',
    );
    const deleting: Deletions = { records: { keyResults: 1 }, texts: ['purpose', 'vision'] };
    const one: ChangeStats = { edits: 1, areas: ['onePager'], deleted: { records: {}, texts: [] } };
    expect(summarizePoint({ kind: 'before-delete', changes: one, deleting }, 'de')).toBe(
      'vor dem Löschen: 1 Schlüsselergebnis, Strategie auf einer Seite (Zweck, Vision) (nach 1 Änderung: Strategie auf einer Seite)',
    );
    expect(summarizePoint({ kind: 'before-delete', changes: one, deleting }, 'it-CH')).toBe(
      'prima di eliminare 1 risultato chiave, strategia in una pagina (scopo, visione) (dopo 1 modifica: strategia in una pagina)',
    );
    const none: ChangeStats = { edits: 0, areas: [], deleted: { records: {}, texts: [] } };
    expect(summarizePoint({ kind: 'opened', changes: none }, 'de')).toBe('geöffnet');
    expect(summarizePoint({ kind: 'edits', changes: none }, 'it')).toBe('nessuna modifica');
    // A language without a translation reads English.
    expect(summarizePoint({ kind: 'opened', changes: none }, 'fr')).toBe('opened');
  });

  for (const language of ['de', 'it'] as const) {
    it(`leave no English word in ${language}, for every area, collection and field`, () => {
      const english = new Set(
        [...Object.values(AREAS), ...Object.values(NOUNS).flat(), 'edit', 'edits', 'deleted']
          .flatMap((s) => s.split(/[\s-]+/))
          // Loan words the languages use as they are: "check-in", Italian "area di focus", "workshop".
          .filter((w) => !['check', 'ins', 'in', 'area', 'focus', 'workshop'].includes(w)),
      );
      for (const p of points()) {
        const words = summarizePoint(p, language).split(/[^\p{L}]+/u);
        expect(
          words.filter((w) => english.has(w)),
          summarizePoint(p, language),
        ).toEqual([]);
      }
    });
  }
});

describe('the history list on the wire', () => {
  it('carries each point’s counts beside its English summary, and reads them back checked', () => {
    const doc = new Y.Doc();
    initWorkshop(doc, { title: 'T' });
    const chain = new PointChain();
    const deleting: Deletions = { records: { projects: 12 }, texts: ['vision'] };
    const changes: ChangeStats = { edits: 2, areas: ['projects'], deleted: deleting };
    chain.take(doc, { at: 1_000, kind: 'opened', changes: { ...changes, edits: 0 } });
    chain.take(doc, { at: 2_000, kind: 'edits', changes });
    chain.take(doc, { at: 3_000, kind: 'before-delete', changes, deleting });
    const keeper = new HistoryKeeper(chain, {
      persist: async () => undefined,
      onError: (message) => expect.fail(message),
    });
    const listed = keeper.list();
    const parsed = parseHistoryList(JSON.parse(JSON.stringify({ points: listed })));
    expect(parsed).toEqual(listed);
    for (const p of parsed!) {
      expect(p.changes).toBeDefined();
      const { kind, changes, deleting } = p;
      expect(summarizePoint({ kind, changes: changes!, ...(deleting && { deleting }) })).toBe(
        p.summary,
      );
    }
    expect(parsed!.map((p) => p.summary)).toEqual([
      'opened',
      "2 edits: projects; deleted 12 projects, the one-pager's vision",
      "before deleting 12 projects, the one-pager's vision (after 2 edits: projects; deleted 12 projects, the one-pager's vision)",
    ]);
    expect(parsed![2]!.deleting).toEqual(deleting);
  });

  it('drops counts that do not read, and keeps the point with its summary (an older hub)', () => {
    const at = new Date(0).toISOString();
    const list = parseHistoryList({
      points: [
        { at, summary: '2 edits: projects', kind: 'edits' },
        { at, summary: 'x', kind: 'edits', changes: { edits: -1, areas: [], deleted: {} } },
        {
          at,
          summary: 'y',
          kind: 'edits',
          changes: { edits: 1, areas: ['nope'], deleted: { records: {}, texts: [] } },
        },
        {
          at,
          summary: 'z',
          kind: 'before-delete',
          changes: { edits: 0, areas: [], deleted: { records: {}, texts: [] } },
          deleting: { records: { projects: 'many' }, texts: [] },
        },
      ],
    });
    expect(list).toEqual([
      { at, summary: '2 edits: projects', kind: 'edits' },
      { at, summary: 'x', kind: 'edits' },
      { at, summary: 'y', kind: 'edits' },
      {
        at,
        summary: 'z',
        kind: 'before-delete',
        changes: { edits: 0, areas: [], deleted: { records: {}, texts: [] } },
      },
    ]);
  });
});
