import { parseArgs } from 'node:util';
import { fixedT } from '../../../shared/i18n';
import { pointSummary, summarizePoint } from '../../../shared/model';
import { historyOf, HistoryReadError, languageOf } from './history-file';

const USAGE = 'usage: offsite history FILE [--json]';

/**
 * `offsite history FILE [--json]` — the points of a workshop's history the hub kept beside
 * FILE, oldest first. With --json, exactly one JSON array on stdout of
 * `{"at": ISO-8601, "summary": string}` (the summary in English, as the hub and the history
 * file keep it: a machine format); without, a table whose times can be given to
 * `offsite restore --at`, in the workshop's language.
 *
 * Exit 0: listed (an empty list when no history is kept). Exit 2: bad arguments, FILE
 * missing, or the history unreadable.
 */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    console.error(`offsite history: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(`offsite history: expected one FILE\n${USAGE}`);
    return 2;
  }
  const file = parsed.positionals[0]!;
  let history;
  try {
    history = await historyOf(file);
  } catch (error) {
    if (!(error instanceof HistoryReadError)) throw error;
    console.error(`offsite history: ${error.message}`);
    return 2;
  }
  const points = history.chain.points.map(pointSummary);
  if (points.length === 0) console.error(`offsite history: no history is kept beside ${file}`);
  if (parsed.values.json) {
    process.stdout.write(`${JSON.stringify(points.map(({ at, summary }) => ({ at, summary })))}\n`);
    return 0;
  }
  if (points.length === 0) return 0;
  const language = await languageOf(file);
  const t = fixedT(language);
  const width = String(points.length).length;
  console.log(`${t('historyPoints.cli.heading', { file })}\n`);
  history.chain.points.forEach((p, i) =>
    console.log(
      `  ${String(i + 1).padStart(width)}  ${points[i]!.at}  ${summarizePoint(p, language)}`,
    ),
  );
  console.log(`\n${t('historyPoints.cli.restoreHint', { file })}`);
  return 0;
}
