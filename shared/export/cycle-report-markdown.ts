import type { Workshop } from '../model/types';
import { longDate } from '../dates';
import type { ExportOptions } from './content';
import type { TFunction } from 'i18next';
import { fixedT } from '../i18n';
import { cycleReportContent, type CycleReportContent, type ReportRetro } from './cycle-report';
import { cover, mdInline, mdParagraph, onePager, table } from './markdown';

function retro(t: TFunction, answers: readonly ReportRetro[], level: string): string[] {
  if (answers.length === 0) return [`_${t('cycleReportExport.notWritten')}_`, ''];
  return answers.flatMap((a) => [`${level} ${a.question}`, '', mdParagraph(a.answer), '']);
}

function objectives(t: TFunction, r: CycleReportContent): string[] {
  const out = [
    `## ${t('cycleReportExport.okrsAndGrades')}`,
    '',
    mdInline(t('cycleReportExport.gradingNote')),
    '',
  ];
  if (r.objectives.length === 0) out.push(`_${t('cycleReportExport.noObjectives')}_`, '');
  for (const o of r.objectives) {
    const expected = t('cycleReportExport.expectedKind', {
      expected: o.expected,
      kind: t(`export.kinds.${o.kind}`),
    });
    out.push(`### ${o.label}. ${mdInline(o.title)}`, '');
    out.push(
      `**${t('cycleReportExport.score', { score: o.score })}** · ${expected} · ${mdInline(o.level)}`,
      '',
    );
    if (o.gradedNote) out.push(`_${mdInline(o.gradedNote)}_`, '');
    if (o.keyResults.length > 0) {
      out.push(
        table(
          [
            '#',
            t('export.columns.keyResult'),
            t('export.columns.baselineToTarget'),
            t('cycleReportExport.columns.final'),
            t('export.columns.progress'),
            t('export.columns.status'),
            t('cycleReportExport.columns.grade'),
            t('cycleReportExport.columns.reason'),
          ],
          o.keyResults.map((k) => [
            k.label,
            k.title,
            [k.baselineToTarget, k.unit].filter(Boolean).join(' '),
            k.final ? [k.final, k.unit].filter(Boolean).join(' ') : '',
            k.progress,
            k.status,
            k.graded ? k.grade : t('cycleReportExport.suggestedGrade', { grade: k.grade }),
            k.reason,
          ]),
        ),
        '',
        `**${t('cycleReportExport.overTheWeeks')}:** ${mdInline(o.chart.summary)}`,
        '',
        ...o.keyResults.map((k) => `- ${k.label}: ${mdInline(k.chart.summary)}`),
        '',
      );
    }
    out.push(
      `#### ${t('cycleReportExport.retroOf', { label: o.label })}`,
      '',
      ...retro(t, o.retrospective, '#####'),
    );
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
  const t = fixedT(c.language);
  const follows = mdInline(r.previousCycle);
  const lines = [
    ...cover(c, t('cycleReportExport.heading', { title: c.title || t('app.untitled') })),
    ...(r.previousCycle ? [`_${t('cycleReportExport.followsLine', { cycle: follows })}_`, ''] : []),
    ...onePager(c),
    ...objectives(t, r),
    `## ${t('okrs.previous.retrospective')}`,
    '',
    ...retro(t, r.retrospective, '###'),
    '---',
    '',
    `_${t('cycleReportExport.exportedOn', { date: longDate(c.generatedOn, c.language) })}_`,
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
