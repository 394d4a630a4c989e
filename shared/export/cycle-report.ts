import {
  cycleGrades,
  expectedGrade,
  formatGrade,
  keyResultChart,
  keyResultStatuses,
  STATUS_LABELS,
  type ProgressChart,
} from '../drumbeat';
import { localIsoDate } from '../dates';
import { RETRO_FIELDS, type RetroField, type RetroTexts } from '../model/records';
import type { ObjectiveKind, Workshop } from '../model/types';
import { fixedT } from '../i18n';
import { cycleReportExport } from '../i18n/resources/cycle-report-export';
import { okrs } from '../i18n/resources/okrs';
import {
  chartIn,
  exportContent,
  formatNumberIn,
  objectiveChartIn,
  type ExportContent,
  type ExportOptions,
} from './content';
import type { TFunction } from 'i18next';

/**
 * What the cycle report says, computed once: the PDF and the Markdown render this same
 * structure. The report is made at the end of a cycle: the one-pager, each objective with
 * its score and its key results' grades (the team's, or the suggestion from progress,
 * marked as such), their progress and confidence over the weeks, and the retrospectives.
 * It grades key results and objectives, never people: no author, owner or name of a person
 * appears in it beyond those typed into the texts.
 */

/**
 * The questions of a retrospective as the report asks them, in English (the catalogue's
 * okrs.previous.questions, which the report reads in the workshop's language). @public
 */
export const RETRO_QUESTIONS: Readonly<Record<RetroField, string>> = okrs.en.previous.questions;

/**
 * Google's grading convention, in one sentence, printed with the grades; in English (the
 * catalogue's cycleReportExport.gradingNote in every language). @public
 */
export const GRADING_NOTE = cycleReportExport.en.gradingNote;

export interface ReportKeyResult {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly baselineToTarget: string;
  readonly unit: string;
  /** The latest value, '' without a check-in. */
  readonly final: string;
  /** Progress at the end, e.g. "64%", or "—". */
  readonly progress: string;
  /** The status on the day of the report, e.g. "Behind". */
  readonly status: string;
  /** "0.7", or "—" when neither a grade nor a suggestion is known. */
  readonly grade: string;
  /** The team set the grade; false: it is the suggestion from progress. */
  readonly graded: boolean;
  readonly reason: string;
  readonly chart: ProgressChart;
}

export interface ReportRetro {
  readonly question: string;
  readonly answer: string;
}

export interface ReportObjective {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly level: string;
  readonly kind: ObjectiveKind;
  /** "0.6", or "—". */
  readonly score: string;
  /** "1.0" for a committed objective, "0.7" for an aspirational one. */
  readonly expected: string;
  /** "2 of 3 key results graded by the team; the rest suggested from progress", or ''. */
  readonly gradedNote: string;
  readonly chart: ProgressChart;
  readonly keyResults: readonly ReportKeyResult[];
  /** The answered questions of its retrospective (none: not written). */
  readonly retrospective: readonly ReportRetro[];
}

export interface CycleReportContent {
  /** The workshop's export content: cover facts and the one-pager. */
  readonly base: ExportContent;
  readonly objectives: readonly ReportObjective[];
  /** The cycle's retrospective, answered questions only. */
  readonly retrospective: readonly ReportRetro[];
  /** The cycle this one followed, e.g. "Acme — 2026-Q4", or ''. */
  readonly previousCycle: string;
}

/** The answered questions of a retrospective, asked in `language` (default English). */
export function retroAnswers(retro: RetroTexts | undefined, language?: string): ReportRetro[] {
  if (!retro) return [];
  const t = fixedT(language);
  return RETRO_FIELDS.filter((f) => retro[f].trim() !== '').map((f) => ({
    question: t(`okrs.previous.questions.${f}`),
    answer: retro[f],
  }));
}

function gradedNote(t: TFunction, graded: number, total: number): string {
  if (total === 0 || graded === total) return '';
  if (graded === 0) return t('cycleReportExport.gradedNone');
  return t('cycleReportExport.gradedSome', { graded, total });
}

/**
 * The cycle report's content on the day of `options.generatedAt` (default today). Pure;
 * never throws.
 * @public
 */
export function cycleReportContent(w: Workshop, options: ExportOptions = {}): CycleReportContent {
  const base = exportContent(w, options);
  const language = base.language;
  const t = fixedT(language);
  const today = localIsoDate(options.generatedAt ?? new Date());
  const grades = cycleGrades(w, today);
  const statuses = keyResultStatuses(w, today);
  const retros = new Map((w.retrospectives ?? []).map((r) => [r.objectiveId, r]));
  const objectives = w.objectives.map((o, i): ReportObjective => {
    const g = grades[i]!;
    const section = base.objectives[i]!;
    const krs = w.keyResults.filter((k) => k.objectiveId === o.id);
    return {
      id: o.id,
      label: section.label,
      title: o.title,
      level: section.level,
      kind: o.kind,
      score: g.score === null ? '—' : formatGrade(g.score, language),
      expected: formatGrade(expectedGrade(o.kind), language),
      gradedNote: gradedNote(t, g.graded, g.total),
      chart: objectiveChartIn(w, krs, today, language),
      keyResults: krs.map((kr, j): ReportKeyResult => {
        const grade = g.keyResults[j]!;
        const status = statuses.get(kr.id)!;
        const row = section.keyResults[j]!;
        return {
          id: kr.id,
          label: row.label,
          title: kr.title,
          baselineToTarget: row.baselineToTarget,
          unit: kr.unit,
          final: status.lastCheckIn ? formatNumberIn(status.lastCheckIn.value, language) : '',
          progress:
            status.progress.progress === null
              ? '—'
              : `${Math.round(status.progress.progress * 100)}%`,
          status:
            language === 'en'
              ? STATUS_LABELS[status.status]
              : t(`export.statuses.${status.status}`),
          grade: grade.score === null ? '—' : formatGrade(grade.score, language),
          graded: grade.graded,
          reason: grade.reason,
          chart: chartIn(
            language,
            keyResultChart(kr, w.checkIns, w.meta, today),
            'kr',
            status.expected,
          ),
        };
      }),
      retrospective: retroAnswers(retros.get(o.id), language),
    };
  });
  const previous = w.meta.previousCycle;
  return {
    base,
    objectives,
    retrospective: retroAnswers(w.cycleRetro, language),
    previousCycle: previous ? [previous.title, previous.cycle].filter(Boolean).join(' — ') : '',
  };
}
