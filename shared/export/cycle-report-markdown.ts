import type { Workshop } from '../model/types';
import { longDate } from '../dates';
import type { ExportOptions } from './content';
import {
  cycleReportContent,
  GRADING_NOTE,
  type CycleReportContent,
  type ReportRetro,
} from './cycle-report';
import { cover, mdInline, mdParagraph, onePager, table } from './markdown';

function retro(answers: readonly ReportRetro[], level: string): string[] {
  if (answers.length === 0) return ['_Not written._', ''];
  return answers.flatMap((a) => [`${level} ${a.question}`, '', mdParagraph(a.answer), '']);
}

function objectives(r: CycleReportContent): string[] {
  const out = ['## OKRs and grades', '', mdInline(GRADING_NOTE), ''];
  if (r.objectives.length === 0) out.push('_No objectives._', '');
  for (const o of r.objectives) {
    out.push(`### ${o.label}. ${mdInline(o.title)}`, '');
    out.push(
      `**Score ${o.score}** · expected ${o.expected} (${o.kind}) · ${mdInline(o.level)}`,
      '',
    );
    if (o.gradedNote) out.push(`_${mdInline(o.gradedNote)}_`, '');
    if (o.keyResults.length > 0) {
      out.push(
        table(
          [
            '#',
            'Key result',
            'Baseline → target',
            'Final',
            'Progress',
            'Status',
            'Grade',
            'Reason',
          ],
          o.keyResults.map((k) => [
            k.label,
            k.title,
            [k.baselineToTarget, k.unit].filter(Boolean).join(' '),
            k.final ? [k.final, k.unit].filter(Boolean).join(' ') : '',
            k.progress,
            k.status,
            k.graded ? k.grade : `${k.grade} (suggested)`,
            k.reason,
          ]),
        ),
        '',
        `**Over the weeks:** ${mdInline(o.chart.summary)}`,
        '',
        ...o.keyResults.map((k) => `- ${k.label}: ${mdInline(k.chart.summary)}`),
        '',
      );
    }
    out.push(`#### Retrospective of ${o.label}`, '', ...retro(o.retrospective, '#####'));
  }
  return out;
}

/**
 * The cycle report as GitHub-flavoured Markdown: the same content as its PDF — the cover
 * facts, the one-pager, every objective with its score, its key results' grades and
 * reasons and their progress over the weeks in words, each objective's retrospective and
 * the cycle's. Pure.
 * @public
 */
export function cycleReportToMarkdown(w: Workshop, options: ExportOptions = {}): string {
  const r = cycleReportContent(w, options);
  const c = r.base;
  const lines = [
    ...cover(c, `${c.title || 'Untitled workshop'} — cycle report`),
    ...(r.previousCycle ? [`_Follows ${mdInline(r.previousCycle)}._`, ''] : []),
    ...onePager(c),
    ...objectives(r),
    '## Retrospective of the cycle',
    '',
    ...retro(r.retrospective, '###'),
    '---',
    '',
    `_Cycle report exported from Offsite on ${longDate(c.generatedOn)}._`,
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
