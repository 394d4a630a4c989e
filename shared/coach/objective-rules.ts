import type { KeyResult, Objective } from '../model/types';
import { byRule, quote, type Finding } from './finding';
import { isChecked, languageOf, type CheckedLanguage } from './language';
import { finding } from './make-finding';
import { notChecked, type AnalyseOptions } from './not-checked';
import { objectiveSignals } from './objective-signals';
import { localDeadline, normaliseLocal } from './signals-local';
import {
  objectiveBeyondUsualSuggestion,
  objectiveGenericSuggestion,
  objectiveMetricSuggestion,
  objectiveTaskSuggestion,
} from './suggestions';
import { hasDeadline, normalise } from './signals';

/** How many key results an objective should have. */
export const KR_RANGE = { min: 2, max: 5 } as const;

/** The wording findings on an objective's title, each with a rewrite. */
function wordingFindings(o: Objective, name: string, language: CheckedLanguage): Finding[] {
  const out: Finding[] = [];
  const r = objectiveSignals(o.title, language);
  const params = { name };
  if (r.metric) {
    out.push(
      finding(
        'objective-is-metric',
        'objective',
        o.id,
        'coach.objective-is-metric.message',
        params,
        {
          language,
          suggestion: objectiveMetricSuggestion(o.title, language),
        },
      ),
    );
  }
  if (r.task) {
    const deadline =
      language === 'en'
        ? hasDeadline(normalise(o.title))
        : localDeadline(normaliseLocal(o.title), language);
    out.push(
      finding(
        'objective-is-task',
        'objective',
        o.id,
        deadline ? 'coach.objective-is-task.deadline' : 'coach.objective-is-task.message',
        params,
        { language, suggestion: objectiveTaskSuggestion(o.title, language) },
      ),
    );
  }
  if (r.generic) {
    out.push(
      finding('objective-generic', 'objective', o.id, 'coach.objective-generic.message', params, {
        language,
        suggestion: objectiveGenericSuggestion(o.title, language),
      }),
    );
  }
  if (r.businessAsUsual) {
    out.push(
      finding(
        'objective-business-as-usual',
        'objective',
        o.id,
        'coach.objective-business-as-usual.message',
        params,
        { language, suggestion: objectiveBeyondUsualSuggestion(o.title, language) },
      ),
    );
  }
  return out;
}

/**
 * The findings on one objective given its key results, in rule order. Counts and alignment
 * are checked in any language; the wording in the languages the coach has rules for, with a
 * "not checked" note otherwise (see {@link analyseKeyResult}).
 * @public
 */
export function analyseObjective(
  o: Objective,
  keyResults: readonly KeyResult[],
  options: AnalyseOptions = {},
): Finding[] {
  const out: Finding[] = [];
  const name = quote(o.title);
  const count = keyResults.filter((k) => k.objectiveId === o.id).length;
  if (count === 0) {
    out.push(
      finding('objective-without-krs', 'objective', o.id, 'coach.objective-without-krs.message', {
        name,
      }),
    );
  } else if (count < KR_RANGE.min) {
    out.push(finding('too-few-krs', 'objective', o.id, 'coach.too-few-krs.message', { name }));
  } else if (count > KR_RANGE.max) {
    out.push(
      finding('too-many-krs', 'objective', o.id, 'coach.too-many-krs.message', { name, count }),
    );
  }

  if (o.title.trim() !== '') {
    const language = languageOf(o.title, options.language, options.fallbackLanguage);
    if (isChecked(language)) out.push(...wordingFindings(o, name, language));
    else out.push(notChecked('objective', o.id, name, language));
  }

  if (o.team !== null && o.parentId === null && o.focusAreaId === null) {
    out.push(
      finding(
        'team-objective-unaligned',
        'objective',
        o.id,
        'coach.team-objective-unaligned.message',
        {
          name,
          team: o.team,
        },
      ),
    );
  } else if (o.team === null && o.parentId === null && o.focusAreaId === null) {
    out.push(
      finding(
        'objective-without-focus-area',
        'objective',
        o.id,
        'coach.objective-without-focus-area.message',
        { name },
      ),
    );
  }
  return out.sort(byRule);
}
