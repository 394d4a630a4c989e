import { memo, useId, useMemo } from 'react';
import {
  cycleGrades,
  formatGrade,
  objectiveChart,
  objectiveProgress,
  successLine,
} from '../../../shared/drumbeat';
import { useRenderCount } from '../../ui/render-count';
import { selectObjective } from '../../state/selectors';
import { useWorkshop } from '../../state/workshop-context';
import { pastCheckIns, useCheckInsOfObjective, useKeyResultsOf } from './drumbeat-selectors';
import { percent } from './format';
import { KeyResultRow } from './key-result-row';
import { ProgressBar } from './progress-bar';
import { ProgressChartSvg } from './progress-chart';
import { matchesTeam, teamOf } from './teams';
import { useLanguage, useT } from '../../ui/i18n';

interface ObjectiveGroupProps {
  readonly id: string;
  readonly today: string;
  readonly cycleEnded: boolean;
  /** Expected progress today (0..1), null without cycle dates. */
  readonly expected: number | null;
  /** The team filter's value ('' = all teams). */
  readonly teamFilter: string;
}

/**
 * One objective and its key results: the objective's progress (the mean of its key
 * results), and at the cycle's end its score against the success line (0.7 aspirational,
 * 1.0 committed). Hidden when the team filter leaves none of its key results.
 */
export const ObjectiveGroup = memo(function ObjectiveGroup({
  id,
  today,
  cycleEnded,
  expected,
  teamFilter,
}: ObjectiveGroupProps) {
  useRenderCount(`drumbeat-objective:${id}`);
  const t = useT();
  const language = useLanguage();
  const objective = useWorkshop((s) => selectObjective(s, id));
  const keyResults = useKeyResultsOf(id);
  const checkIns = useCheckInsOfObjective(id);
  const grades = useWorkshop((s) => s.grades);
  const cycleStart = useWorkshop((s) => s.meta.cycleStart);
  const cycleEnd = useWorkshop((s) => s.meta.cycleEnd);
  const checkInWeekday = useWorkshop((s) => s.meta.checkInWeekday);
  const headingId = useId();

  const summary = useMemo(() => {
    if (!objective) return null;
    const past = pastCheckIns(checkIns, today);
    const meta = { cycleStart, cycleEnd, checkInWeekday };
    return {
      progress: objectiveProgress(id, keyResults, past),
      chart: objectiveChart(keyResults, past, meta, today),
      coverage: {
        known: keyResults.filter((kr) => past.some((c) => c.keyResultId === kr.id)).length,
        total: keyResults.length,
      },
      // At the cycle's end the score is the grades' mean (the team's, else suggested).
      score: cycleEnded
        ? (cycleGrades(
            { objectives: [objective], keyResults, checkIns: past, grades: Object.values(grades) },
            today,
          )[0] ?? null)
        : null,
    };
  }, [
    objective,
    keyResults,
    checkIns,
    grades,
    today,
    cycleEnded,
    id,
    cycleStart,
    cycleEnd,
    checkInWeekday,
  ]);

  if (!objective || !summary) return null;
  const rows = keyResults
    .map((kr) => ({ kr, team: teamOf(kr, objective) }))
    .filter((r) => matchesTeam(r.team, teamFilter));
  if (rows.length === 0 && (teamFilter !== '' || keyResults.length > 0)) return null;

  const line = successLine(objective.kind);
  const { progress } = summary;
  const final = summary.score;
  const title = objective.title || t('drumbeat.untitledObjective');

  return (
    <section className="objective-group" aria-labelledby={headingId}>
      <header className="objective-header">
        <div className="objective-heading">
          <h3 id={headingId}>{title}</h3>
          <p className="objective-meta">
            <span className={`kind-tag kind-${objective.kind}`}>
              {objective.kind === 'committed'
                ? t('drumbeat.committed')
                : t('drumbeat.aspirational')}
            </span>
            <span>{objective.team?.trim() || t('drumbeat.company')}</span>
          </p>
        </div>
        <div className="objective-progress">
          <ProgressBar
            value={final ? final.score : progress.progress}
            expected={cycleEnded ? null : expected}
            line={cycleEnded ? line : null}
          />
          {final ? (
            <p className="objective-score">
              {final.score === null ? (
                t('drumbeat.scoreUnknown')
              ) : (
                <>
                  <strong>
                    {t('drumbeat.score', { score: formatGrade(final.score, language) })}
                  </strong>
                  {t('drumbeat.expectedScore', {
                    score: formatGrade(line, language),
                    kind: t(`drumbeat.kind.${objective.kind}`),
                  })}
                  {final.graded < final.total &&
                    t('drumbeat.gradesSuggested', {
                      count: final.total - final.graded,
                      total: final.total,
                    })}
                </>
              )}
            </p>
          ) : (
            <p className="objective-score">
              {progress.progress === null ? (
                t('drumbeat.progressUnknownYet')
              ) : (
                <>
                  <strong>
                    {t('drumbeat.progressShare', { share: percent(progress.progress) })}
                  </strong>
                  {progress.known < progress.total &&
                    t('drumbeat.fromKnown', { known: progress.known, total: progress.total })}
                </>
              )}
            </p>
          )}
        </div>
        <div className="objective-chart">
          <ProgressChartSvg
            chart={summary.chart}
            size="wide"
            expectedNow={expected}
            coverage={summary.coverage}
          />
        </div>
      </header>
      {keyResults.length === 0 ? (
        <p className="muted objective-empty">{t('drumbeat.noKrsYet')}</p>
      ) : (
        <div role="table" className="kr-table" aria-label={t('drumbeat.krsOf', { title })}>
          <div role="rowgroup" className="visually-hidden">
            <div role="row">
              {(['kr', 'latest', 'progress', 'chart', 'weeks', 'status', 'actions'] as const).map(
                (c) => (
                  <span key={c} role="columnheader">
                    {t(`drumbeat.columns.${c}`)}
                  </span>
                ),
              )}
            </div>
          </div>
          <div role="rowgroup" className="kr-rows">
            {rows.map(({ kr, team }) => (
              <KeyResultRow
                key={kr.id}
                id={kr.id}
                team={team}
                today={today}
                cycleEnded={cycleEnded}
                successLine={line}
              />
            ))}
          </div>
        </div>
      )}
    </section>
  );
});
