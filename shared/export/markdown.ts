import type { Workshop } from '../model/types';
import {
  checkedIn,
  exportContent,
  type ExportContent,
  type ExportOptions,
  type ProjectLine,
  type StatusRow,
} from './content';
import { longDate } from '../dates';
import type { TFunction } from 'i18next';
import { fixedT } from '../i18n';
import { meetingSections } from './meeting-content';
import { meetingsMarkdown } from './meeting-markdown';

/** The columns of an objective's key-result table, as the document and the preview head them. */
export function keyResultColumns(t: TFunction): string[] {
  return [
    '#',
    t('export.columns.keyResult'),
    t('export.columns.metric'),
    t('export.columns.baselineToTarget'),
    t('export.columns.unit'),
    t('export.columns.current'),
    t('export.columns.confidence'),
  ];
}

/**
 * Characters that would format user text anywhere in a line, plus the table cell
 * separator: emphasis, code, links, HTML, `#` (a heading's closing sequence eats a title's
 * trailing "#"), `~` (strikethrough and fences). Escaping them keeps "*" in a KR title a
 * star and "|" from splitting a table row.
 */
const SPECIAL = /[\\`*_[\]<>|#~]/g;
/** An `&` that would start an entity reference ("&lt;" would print as "<"). */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;
/**
 * What makes the start of a line a block: a bullet (`-`/`+` then a space or nothing), a
 * setext underline or rule made of `-` or `=`, an ordered-list marker (`1.` or `1)`).
 * `#`, `>`, `*`, `_`, `<`, `|`, backticks and `~` are escaped wherever they are.
 */
const BULLET_OR_RULE = /^(?:[-+](?=[ \t]|$)|[-=](?=[-= \t]*$))/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/** Escapes inline syntax, and the block syntax a line could start with. */
function escapeLine(line: string): string {
  return line
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(ENTITY_START, '\\&')
    .replace(BULLET_OR_RULE, (c) => `\\${c}`)
    .replace(ORDERED_MARKER, '$1\\$2');
}

/**
 * One line of inline text: Markdown escaped, line breaks flattened to spaces. Escaped as a
 * line start too, since it often is one (`- ${text}` is a list item whose text could be
 * "# heading").
 */
export function mdInline(text: string): string {
  return escapeLine(text.replace(/\s*\r?\n\s*/g, ' ').trimStart());
}

/**
 * A table cell: escaped like inline text, with `|` always escaped and line breaks kept as
 * `<br>` (GFM has no other way to break a line inside a cell).
 */
export function mdCell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeLine(line.trim()))
    .join('<br>')
    .trim();
}

/**
 * A paragraph of free text: each line escaped as a line start and kept as a hard break.
 * Leading spaces go: after a blank line, four of them would start a code block.
 */
export function mdParagraph(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeLine(line.trim()))
    .join('  \n')
    .trim();
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => mdCell(c) || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

export function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? `_${empty}_` : items.map((t) => `- ${mdInline(t)}`).join('\n');
}

function projectTable(
  t: TFunction,
  projects: readonly ProjectLine[],
  withKeyResults: boolean,
): string {
  const h = (key: 'project' | 'team' | 'focusAreas' | 'moves' | 'why') =>
    t(`export.columns.${key}`);
  const header = withKeyResults
    ? [h('project'), h('team'), h('focusAreas'), h('moves'), h('why')]
    : [h('project'), h('team'), h('focusAreas'), h('why')];
  return table(
    header,
    projects.map((p) => {
      const base = [p.title, p.team, p.focusAreas.join(', ')];
      return withKeyResults
        ? [...base, p.keyResults.join(', '), p.rationale]
        : [...base, p.rationale];
    }),
  );
}

export function cover(c: ExportContent, heading?: string): string[] {
  const t = fixedT(c.language);
  const out = [`# ${mdInline(heading ?? (c.title || t('app.untitled')))}`, ''];
  const facts: string[] = [];
  if (c.cycle) facts.push(`**${t('export.cycle')}:** ${mdInline(c.cycle)}`);
  if (c.cycleStart || c.cycleEnd)
    facts.push(`**${t('export.dates')}:** ${c.cycleStart || '…'} – ${c.cycleEnd || '…'}`);
  facts.push(`**${t('export.date')}:** ${longDate(c.generatedOn, c.language)}`);
  if (c.participants.length > 0)
    facts.push(`**${t('export.whoTookPart')}:** ${c.participants.map(mdInline).join(', ')}`);
  if (c.agreed) facts.push(`**${t('export.status')}:** ✓ ${t('export.agreed')}`);
  out.push(facts.join('  \n'), '');
  return out;
}

export function onePager(c: ExportContent): string[] {
  const t = fixedT(c.language);
  const p = c.onePager;
  const text = (heading: string, body: string) => [
    `### ${heading}`,
    '',
    body ? mdParagraph(body) : `_${t('export.notWritten')}_`,
    '',
  ];
  return [
    `## ${t('steps.onepager.label')}`,
    '',
    ...text(t('onepager.purpose'), p.purpose),
    ...text(t('onepager.vision'), p.vision),
    ...text(t('onepager.customers'), p.customers),
    `### ${t('onepager.focusAreas')}`,
    '',
    p.focusAreas.length === 0
      ? `_${t('export.noneYet')}_`
      : p.focusAreas
          .map(
            (f, i) =>
              `${i + 1}. **${mdInline(f.title)}**${f.description ? ` — ${mdInline(f.description)}` : ''}`,
          )
          .join('\n'),
    '',
    `### ${t('export.willNotDo')}`,
    '',
    list(p.notDoing, t('export.nothingListed')),
    '',
    `### ${t('onepager.metrics')}`,
    '',
    list(p.metrics, t('export.noneListed')),
    '',
  ];
}

function okrs(c: ExportContent): string[] {
  const t = fixedT(c.language);
  const out = [`## ${t('export.okrs')}`, ''];
  if (c.objectives.length === 0) out.push(`_${t('export.noObjectives')}_`, '');
  for (const o of c.objectives) {
    out.push(`### ${o.label}. ${mdInline(o.title)}`, '');
    const facts = [
      `**${t('export.level')}:** ${mdInline(o.level)}`,
      `**${t('export.kind')}:** ${t(`export.kinds.${o.kind}`)}`,
    ];
    if (o.parent !== null) facts.push(`**${t('export.parent')}:** ${mdInline(o.parent)}`);
    if (o.companyParent !== null)
      facts.push(`**${t('export.companyObjective')}:** ${mdInline(o.companyParent)}`);
    if (o.focusArea !== null) facts.push(`**${t('export.focusArea')}:** ${mdInline(o.focusArea)}`);
    out.push(facts.join(' · '), '');
    if (o.description) out.push(mdParagraph(o.description), '');
    if (o.keyResults.length === 0) {
      out.push(`_${t('export.noKeyResults')}_`, '');
      continue;
    }
    out.push(
      table(
        keyResultColumns(t),
        o.keyResults.map((k) => [
          k.label,
          k.title,
          k.metric,
          k.baselineToTarget,
          k.unit,
          k.current,
          k.confidence,
        ]),
      ),
      '',
    );
    const withInitiatives = o.keyResults.filter((k) => k.initiatives.length > 0);
    if (withInitiatives.length > 0) {
      out.push(`**${t('export.initiatives')}**`, '');
      for (const k of withInitiatives) {
        for (const i of k.initiatives) {
          out.push(`- ${k.label}: ${mdInline(i.title)}${i.team ? ` (${mdInline(i.team)})` : ''}`);
        }
      }
      out.push('');
    }
  }
  return out;
}

function alignment(c: ExportContent): string[] {
  if (c.alignment.length === 0) return [];
  return [
    `## ${fixedT(c.language)('export.alignment')}`,
    '',
    ...c.alignment.map(
      (a) =>
        `${'  '.repeat(a.depth)}- ${a.label ? `**${a.label}** ` : ''}${mdInline(a.title)} _(${mdInline(a.level)})_`,
    ),
    '',
  ];
}

function projects(c: ExportContent): string[] {
  const t = fixedT(c.language);
  const out = [`## ${t('export.projectsKept')}`, ''];
  out.push(c.kept.length === 0 ? `_${t('export.none')}_` : projectTable(t, c.kept, true), '');
  out.push(`## ${t('onepager.notDoing')}`, '');
  if (c.killed.length === 0 && c.notDoingLines.length === 0)
    out.push(`_${t('export.nothingListed')}_`, '');
  if (c.killed.length > 0)
    out.push(`### ${t('export.killed')}`, '', projectTable(t, c.killed, false), '');
  if (c.notDoingLines.length > 0)
    out.push(`### ${t('export.fromOnePager')}`, '', list(c.notDoingLines, ''), '');
  if (c.unsorted.length > 0) {
    out.push(`## ${t('export.unsorted')}`, '', projectTable(t, c.unsorted, false), '');
  }
  return out;
}

function statusTable(t: TFunction, rows: readonly StatusRow[]): string {
  return table(
    [
      '#',
      t('export.columns.keyResult'),
      t('export.columns.status'),
      t('export.columns.why'),
      t('export.columns.progress'),
      t('export.columns.expected'),
      t('export.columns.latest'),
      t('export.columns.confidence'),
      t('export.columns.checkedIn'),
    ],
    rows.map((s) => [
      s.label,
      s.keyResult,
      s.status,
      s.why,
      s.progress,
      s.expected,
      s.value ? [s.value, s.unit].filter(Boolean).join(' ') : '',
      s.confidence,
      checkedIn(s),
    ]),
  );
}

/** The charts in words: one line per objective, one per key result under it. */
function trends(c: ExportContent): string[] {
  return c.drumbeat.flatMap((o) => [
    `- **${o.label}** ${mdInline(o.chart.summary)}`,
    ...o.keyResults.map(
      (k) =>
        `  - ${k.label}: ${mdInline(k.chart.summary)}${k.weeks ? ` ${mdInline(k.weeks)}.` : ''}`,
    ),
  ]);
}

function drumbeat(c: ExportContent): string[] {
  const t = fixedT(c.language);
  const out = [
    `## ${t('steps.drumbeat.label')}`,
    '',
    `### ${t('export.calendar')}`,
    '',
    mdInline(c.calendar.basis),
    '',
  ];
  if (c.calendar.weeks.length > 0) {
    out.push(
      table(
        [t('export.columns.week'), t('export.columns.checkIn'), t('export.columns.recorded')],
        c.calendar.weeks.map((w) => [
          String(w.week),
          w.date,
          w.checkIns > 0 ? `✓ ${w.checkIns}` : '',
        ]),
      ),
      '',
    );
  }
  out.push(`### ${t('export.statusOn', { date: longDate(c.generatedOn, c.language) })}`, '');
  // Before the first check-in every key result would read "No data": say it once.
  if (!c.hasCheckIns) {
    out.push(`_${t('export.noCheckIns')}_`, '');
    return out;
  }
  out.push(mdInline(t('export.statusLegend')), '', statusTable(t, c.status), '');
  out.push(`### ${t('export.trends')}`, '', ...trends(c), '');
  const notes = c.status.filter((s) => s.note);
  if (notes.length > 0) {
    out.push(
      `### ${t('export.latestNotes')}`,
      '',
      ...notes.map((s) => `- ${s.label} (${mdInline(checkedIn(s))}): ${mdInline(s.note)}`),
      '',
    );
  }
  return out;
}

/**
 * The workshop as GitHub-flavoured Markdown, ready to paste into a wiki: the same content
 * as the PDF (cover facts, one-pager, OKRs with key-result tables and initiatives, alignment
 * tree, kept and killed projects, drumbeat calendar and latest status, and each team's
 * latest weekly meeting when there is one). Pure.
 *
 * @example
 * ```ts
 * const md = workshopToMarkdown(readWorkshop(doc), { participants: ['Ana', 'Ben'] });
 * ```
 * @public
 */
export function workshopToMarkdown(w: Workshop, options: ExportOptions = {}): string {
  const c = exportContent(w, options);
  const lines = [
    ...cover(c),
    ...onePager(c),
    ...okrs(c),
    ...alignment(c),
    ...projects(c),
    ...drumbeat(c),
    ...meetingsMarkdown(c, meetingSections(w, c)),
    `---`,
    '',
    `_${fixedT(c.language)('export.exportedOn', { date: longDate(c.generatedOn, c.language) })}_`,
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
