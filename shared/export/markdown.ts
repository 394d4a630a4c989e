import type { Workshop } from '../model/types';
import {
  checkedIn,
  exportContent,
  STATUS_LEGEND,
  type ExportContent,
  type ExportOptions,
  type ProjectLine,
  type StatusRow,
} from './content';
import { longDate } from '../dates';

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

function projectTable(projects: readonly ProjectLine[], withKeyResults: boolean): string {
  const header = withKeyResults
    ? ['Project', 'Team', 'Focus areas', 'Moves', 'Why']
    : ['Project', 'Team', 'Focus areas', 'Why'];
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

export function cover(c: ExportContent, heading = c.title || 'Untitled workshop'): string[] {
  const out = [`# ${mdInline(heading)}`, ''];
  const facts: string[] = [];
  if (c.cycle) facts.push(`**Cycle:** ${mdInline(c.cycle)}`);
  if (c.cycleStart || c.cycleEnd)
    facts.push(`**Dates:** ${c.cycleStart || '…'} – ${c.cycleEnd || '…'}`);
  facts.push(`**Date:** ${longDate(c.generatedOn)}`);
  if (c.participants.length > 0)
    facts.push(`**Who took part:** ${c.participants.map(mdInline).join(', ')}`);
  if (c.agreed) facts.push('**Status:** ✓ agreed');
  out.push(facts.join('  \n'), '');
  return out;
}

export function onePager(c: ExportContent): string[] {
  const p = c.onePager;
  const text = (heading: string, body: string) => [
    `### ${heading}`,
    '',
    body ? mdParagraph(body) : '_Not written yet._',
    '',
  ];
  return [
    '## Strategy one-pager',
    '',
    ...text('Purpose', p.purpose),
    ...text('Vision', p.vision),
    ...text('Customers', p.customers),
    '### Focus areas',
    '',
    p.focusAreas.length === 0
      ? '_None yet._'
      : p.focusAreas
          .map(
            (f, i) =>
              `${i + 1}. **${mdInline(f.title)}**${f.description ? ` — ${mdInline(f.description)}` : ''}`,
          )
          .join('\n'),
    '',
    '### What we will not do',
    '',
    list(p.notDoing, 'Nothing listed.'),
    '',
    '### Health metrics',
    '',
    list(p.metrics, 'None listed.'),
    '',
  ];
}

function okrs(c: ExportContent): string[] {
  const out = ['## OKRs', ''];
  if (c.objectives.length === 0) out.push('_No objectives yet._', '');
  for (const o of c.objectives) {
    out.push(`### ${o.label}. ${mdInline(o.title)}`, '');
    const facts = [`**Level:** ${mdInline(o.level)}`, `**Kind:** ${o.kind}`];
    if (o.parent !== null) facts.push(`**Parent:** ${mdInline(o.parent)}`);
    if (o.companyParent !== null)
      facts.push(`**Company objective:** ${mdInline(o.companyParent || 'untitled')}`);
    if (o.focusArea !== null) facts.push(`**Focus area:** ${mdInline(o.focusArea)}`);
    out.push(facts.join(' · '), '');
    if (o.description) out.push(mdParagraph(o.description), '');
    if (o.keyResults.length === 0) {
      out.push('_No key results yet._', '');
      continue;
    }
    out.push(
      table(
        ['#', 'Key result', 'Metric', 'Baseline → target', 'Unit', 'Current', 'Confidence'],
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
      out.push('**Initiatives**', '');
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
    '## Alignment',
    '',
    ...c.alignment.map(
      (a) =>
        `${'  '.repeat(a.depth)}- ${a.label ? `**${a.label}** ` : ''}${mdInline(a.title)} _(${mdInline(a.level)})_`,
    ),
    '',
  ];
}

function projects(c: ExportContent): string[] {
  const out = ['## Projects we keep', ''];
  out.push(c.kept.length === 0 ? '_None._' : projectTable(c.kept, true), '');
  out.push('## Not doing', '');
  if (c.killed.length === 0 && c.notDoingLines.length === 0) out.push('_Nothing listed._', '');
  if (c.killed.length > 0) out.push('### Killed projects', '', projectTable(c.killed, false), '');
  if (c.notDoingLines.length > 0)
    out.push('### From the one-pager', '', list(c.notDoingLines, ''), '');
  if (c.unsorted.length > 0) {
    out.push('## Not yet sorted', '', projectTable(c.unsorted, false), '');
  }
  return out;
}

function statusTable(rows: readonly StatusRow[]): string {
  return table(
    [
      '#',
      'Key result',
      'Status',
      'Why',
      'Progress',
      'Expected',
      'Latest',
      'Confidence',
      'Checked in',
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
  const out = ['## Drumbeat', '', '### Check-in calendar', '', mdInline(c.calendar.basis), ''];
  if (c.calendar.weeks.length > 0) {
    out.push(
      table(
        ['Week', 'Check-in', 'Check-ins recorded'],
        c.calendar.weeks.map((w) => [
          String(w.week),
          w.date,
          w.checkIns > 0 ? `✓ ${w.checkIns}` : '',
        ]),
      ),
      '',
    );
  }
  out.push(`### Status on ${longDate(c.generatedOn)}`, '');
  // Before the first check-in every key result would read "No data": say it once.
  if (!c.hasCheckIns) {
    out.push('_No check-ins yet._', '');
    return out;
  }
  out.push(mdInline(STATUS_LEGEND), '', statusTable(c.status), '');
  out.push('### Progress and confidence over the weeks', '', ...trends(c), '');
  const notes = c.status.filter((s) => s.note);
  if (notes.length > 0) {
    out.push(
      '### Latest notes',
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
 * tree, kept and killed projects, drumbeat calendar and latest status). Pure.
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
    `---`,
    '',
    `_Exported from Offsite on ${longDate(c.generatedOn)}._`,
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
