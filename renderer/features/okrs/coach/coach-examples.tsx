import { useId } from 'react';
import { examplesFor, type Finding } from '../../../../shared/coach';
import { useT } from '../../../ui/i18n';

/** Rules whose findings are about wording, where a good published example helps. */
const WORDING = new Set<string>([
  'objective-is-metric',
  'objective-is-task',
  'objective-generic',
  'objective-business-as-usual',
  'kr-binary-progress',
  'kr-is-output',
  'kr-not-measurable',
]);

/** "Teams like yours wrote…": a few good published examples of the same theme, with sources. */
export function CoachExamples({ finding }: { finding: Finding }) {
  const headingId = useId();
  const t = useT();
  if (!WORDING.has(finding.rule)) return null;
  const kind = finding.target.type === 'objective' ? 'objective' : 'keyResult';
  const { theme, examples } = examplesFor(String(finding.params.name ?? ''), kind, 3);
  if (examples.length === 0) return null;
  return (
    <section className="coach-examples" aria-labelledby={headingId}>
      {/* A labelled region, not a heading: it sits beside objectives (under an h3) and key
          results (under an h4) alike, and a fixed heading level would break the outline. */}
      <p id={headingId} className="coach-examples-title">
        {t('coachPanel.examples')}{' '}
        <span className="coach-examples-theme">({t(`coachPanel.themes.${theme}`)})</span>
      </p>
      <ul>
        {examples.map((e) => (
          <li key={e.text}>
            <q>{e.text}</q>{' '}
            <cite className="coach-source">
              —{' '}
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.source}
              </a>
            </cite>
          </li>
        ))}
      </ul>
    </section>
  );
}
