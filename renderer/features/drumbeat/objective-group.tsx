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
  const title = objective.title || 'Untitled objective';

  return (
    <section className="objective-group" aria-labelledby={headingId}>
      <header className="objective-header">
        <div className="objective-heading">
          <h3 id={headingId}>{title}</h3>
          <p className="objective-meta">
            <span className={`kind-tag kind-${objective.kind}`}>
              {objective.kind === 'committed' ? 'Committed' : 'Aspirational'}
            </span>
            <span>{objective.team?.trim() || 'Company'}</span>
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
                'Score unknown: no key result has a grade or a value'
              ) : (
                <>
                  <strong>Score {formatGrade(final.score)}</strong> · expected {formatGrade(line)} (
                  {objective.kind})
                  {final.graded < final.total &&
                    ` · ${final.total - final.graded} of ${final.total} grades suggested`}
                </>
              )}
            </p>
          ) : (
            <p className="objective-score">
              {progress.progress === null ? (
                'Progress unknown yet'
              ) : (
                <>
                  <strong>{percent(progress.progress)} progress</strong>
                  {progress.known < progress.total &&
                    ` · from ${progress.known} of ${progress.total} key results`}
                </>
              )}
            </p>
          )}
        </div>
        <div className="objective-chart">
          <ProgressChartSvg chart={summary.chart} size="wide" />
        </div>
      </header>
      {keyResults.length === 0 ? (
        <p className="muted objective-empty">No key results yet: add them in OKR drafting.</p>
      ) : (
        <div role="table" className="kr-table" aria-label={`Key results of ${title}`}>
          <div role="rowgroup" className="visually-hidden">
            <div role="row">
              <span role="columnheader">Key result</span>
              <span role="columnheader">Latest value</span>
              <span role="columnheader">Progress</span>
              <span role="columnheader">Values and confidence</span>
              <span role="columnheader">Check-in weeks</span>
              <span role="columnheader">Status</span>
              <span role="columnheader">Actions</span>
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
