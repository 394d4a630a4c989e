import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { analyseWorkshop, quote, type Finding } from '../../../shared/coach';
import { fixedT, localiseFinding } from '../../../shared/i18n';
import { readDismissals, readWorkshop, type Workshop } from '../../../shared/model';
import { loadWorkshopDoc, WorkshopFileError } from '../../storage/workshop-file';

/**
 * `offsite coach FILE [--json]` — flags weak objectives and key results.
 *
 * stdout: with `--json`, exactly the findings array (JSON) and nothing else — each finding
 *   with its rule, severity, target, message and hint, plus its message id and params, the
 *   language it was judged in and, for wording findings, a `suggestion` (a rewrite built
 *   from the item's words); items in a language without rules get a `not-checked` note.
 *   Without `--json`, a readable report grouped by objective, with each rewrite.
 * Exit 0: no error-severity finding (warnings and notes are advice, not failures).
 * Exit 1: at least one error-severity finding (an objective without key results).
 * Exit 2: wrong arguments, or the file cannot be read; the reason on stderr, naming the file.
 * Findings the room dismissed in the workshop are left out, as in the app.
 */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('-') && a !== '-');
  if (unknown !== undefined || rest.length !== 1) {
    console.error(
      `offsite coach: ${unknown ? `unknown option ${unknown}` : 'expected one FILE'}\n${USAGE}`,
    );
    return 2;
  }
  const path = rest[0]!;
  let workshop: Workshop;
  let findings: Finding[];
  try {
    const doc = await loadWorkshopDoc(path);
    workshop = readWorkshop(doc);
    // The workshop's language (the JSON's "language"): the coach settles items whose words
    // do not tell with it, and speaks it; a language without translations reads English.
    findings = analyseWorkshop(workshop, { dismissed: readDismissals(doc) }).map((f) =>
      localiseFinding(f, workshop.meta.language),
    );
    doc.destroy();
  } catch (e) {
    const why =
      e instanceof WorkshopFileError
        ? e.message
        : `cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`;
    console.error(`offsite coach: ${why}`);
    return 2;
  }
  if (json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else process.stdout.write(report(basename(path), workshop, findings));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

const USAGE = 'usage: offsite coach FILE [--json]   (interchange JSON or .offsite)';

function line(t: TFunction, f: Finding, indent: string): string {
  // The marks are padded to one width, so the messages line up in every language.
  const marks = (['error', 'warning', 'info'] as const).map((s) => t(`coachReport.${s}`));
  const width = Math.max(...marks.map((m) => m.length));
  const mark = t(`coachReport.${f.severity}`).padEnd(width);
  const pad = ' '.repeat(width + 2);
  let out = `${indent}${mark}  ${f.message}\n${indent}${pad}→ ${f.hint}  [${f.rule}]\n`;
  const s = f.suggestion;
  const draft = s?.objectiveTitle ?? s?.keyResult?.title;
  if (s && draft !== undefined) {
    out += `${indent}${pad}${t('coachReport.try')}: ${draft}\n`;
    if (s.objectiveTitle !== undefined && s.keyResult)
      out += `${indent}${pad}     + ${t('coachReport.keyResult')}: ${s.keyResult.title}\n`;
    if (s.initiative)
      out += `${indent}${pad}     + ${t('coachReport.initiative')}: ${s.initiative}\n`;
  }
  return out;
}

/** The readable report: the whole set first, then each objective with its key results, then projects. */
export function report(name: string, w: Workshop, findings: readonly Finding[]): string {
  const t = fixedT(w.meta.language);
  const of = (type: Finding['target']['type'], id: string) =>
    findings.filter((f) => f.target.type === type && f.target.id === id);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.filter((f) => f.severity === 'info').length;
  let out = `${name}: ${t('export.counts.objectives', { count: w.objectives.length })}, ${t('export.counts.keyResults', { count: w.keyResults.length })} — ${t('coachReport.errors', { count: errors })}, ${t('coachReport.warnings', { count: warnings })}, ${t('coachReport.notes', { count: notes })}\n`;
  if (findings.length === 0) return `${out}\n${t('coachReport.noHints')}\n`;

  const whole = findings.filter((f) => f.target.type === 'workshop');
  if (whole.length > 0) {
    out += `\n${t('coachReport.wholeSet')}\n`;
    for (const f of whole) out += line(t, f, '  ');
  }
  for (const o of w.objectives) {
    const own = of('objective', o.id);
    const krs = w.keyResults
      .filter((k) => k.objectiveId === o.id)
      .map((k) => [k, of('keyResult', k.id)] as const);
    if (own.length === 0 && krs.every(([, f]) => f.length === 0)) continue;
    out += `\n${t('coachReport.objective')} ${quote(o.title)}${o.team ? ` (${o.team})` : ''}\n`;
    for (const f of own) out += line(t, f, '  ');
    for (const [k, list] of krs) {
      if (list.length === 0) continue;
      out += `  ${t('coachReport.keyResult')} ${quote(k.title)}\n`;
      for (const f of list) out += line(t, f, '    ');
    }
  }
  const projects = findings.filter((f) => f.target.type === 'project');
  if (projects.length > 0) {
    out += `\n${t('coachReport.projects')}\n`;
    for (const f of projects) out += line(t, f, '  ');
  }
  return out;
}
