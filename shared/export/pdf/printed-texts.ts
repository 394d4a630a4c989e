import type { Workshop } from '../../model/types';
import { workshopToJson } from '../../model/interchange';

/** One text people typed that the PDF prints, named by its interchange JSON path. */
export interface PrintedText {
  /** `objectives[0].keyResults[1].title`, as `offsite validate` names fields. */
  readonly path: string;
  readonly text: string;
}

/**
 * Every text people typed that the PDF prints, with the path of its field in the
 * interchange JSON (what `offsite validate` and the JSON export call it), so a warning can
 * say exactly which field holds text the fonts cannot show. Ids, dates and numbers are
 * left out: they are never in a script that needs a font of its own.
 */
export function printedTexts(w: Workshop, participants: readonly string[] = []): PrintedText[] {
  const json = workshopToJson(w);
  const out: PrintedText[] = [];
  const add = (path: string, text: string | null | undefined) => {
    if (text) out.push({ path, text });
  };
  add('title', json.title);
  add('cycle', json.cycle);
  participants.forEach((p, i) => add(`participants[${i}]`, p));
  const p = json.onePager;
  add('onePager.purpose', p.purpose);
  add('onePager.vision', p.vision);
  add('onePager.customers', p.customers);
  p.focusAreas.forEach((f, i) => {
    add(`onePager.focusAreas[${i}].title`, f.title);
    add(`onePager.focusAreas[${i}].description`, f.description);
  });
  p.notDoing.forEach((t, i) => add(`onePager.notDoing[${i}]`, t));
  p.metrics.forEach((t, i) => add(`onePager.metrics[${i}]`, t));
  json.projects.forEach((pr, i) => {
    add(`projects[${i}].title`, pr.title);
    add(`projects[${i}].team`, pr.team);
    add(`projects[${i}].rationale`, pr.rationale);
  });
  json.objectives.forEach((o, i) => {
    add(`objectives[${i}].title`, o.title);
    add(`objectives[${i}].description`, o.description);
    add(`objectives[${i}].team`, o.team);
    o.keyResults.forEach((k, j) => {
      const at = `objectives[${i}].keyResults[${j}]`;
      add(`${at}.title`, k.title);
      add(`${at}.metric`, k.metric);
      add(`${at}.unit`, k.unit);
      add(`${at}.team`, k.team);
      add(`${at}.grade.reason`, k.grade?.reason);
    });
    for (const [field, text] of Object.entries(o.retrospective ?? {}))
      add(`objectives[${i}].retrospective.${field}`, text);
  });
  json.checkIns.forEach((c, i) => {
    add(`checkIns[${i}].note`, c.note);
    add(`checkIns[${i}].author`, c.author);
  });
  // The weekly meetings' lines and teams (the PDF prints each team's latest meeting).
  json.weeklyItems?.forEach((item, i) => {
    add(`weeklyItems[${i}].team`, item.team);
    add(`weeklyItems[${i}].text`, item.text);
  });
  for (const [field, text] of Object.entries(json.retrospective ?? {}))
    add(`retrospective.${field}`, text);
  add('previousCycle.title', json.previousCycle?.title);
  add('previousCycle.cycle', json.previousCycle?.cycle);
  return out;
}
