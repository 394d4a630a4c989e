import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { fixedT } from '../../../shared/i18n';
import { pointSummary, summarizePoint } from '../../../shared/model';
import { SaveError } from '../../storage/atomic-write';
import {
  saveWorkshopDoc,
  WorkshopFileError,
  type WorkshopFileFormat,
} from '../../storage/workshop-file';
import { historyOf, HistoryReadError, languageOf } from './history-file';

const USAGE = 'usage: offsite restore FILE --at TIME --out OUT.offsite|OUT.json [--force]';

/**
 * `offsite restore FILE --at TIME --out OUT` — writes the workshop as it was at the point
 * of its history taken at TIME or just before (TIME as `offsite history` lists it, or any
 * ISO 8601 time). OUT's extension picks the format: `.offsite` (with its Yjs history, the
 * same workshop) or `.json` (interchange). OUT is never replaced without --force.
 *
 * Exit 0: written. Exit 1: no point at or before TIME (or no history at all). Exit 2: bad
 * arguments, FILE or its history unreadable, OUT exists, or the write failed.
 */
export async function run(args: string[]): Promise<number> {
  const fail = (message: string, code = 2): number => {
    console.error(`offsite restore: ${message}`);
    return code;
  };
  const usage = (message: string) => fail(`${message}\n${USAGE}`);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        at: { type: 'string' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usage('expected one FILE');
  if (!values.at) return usage('expected --at TIME');
  if (!values.out) return usage('expected --out OUT');
  const at = Date.parse(values.at);
  if (Number.isNaN(at))
    return usage(`--at must be an ISO 8601 time, not ${JSON.stringify(values.at)}`);
  const ext = extname(values.out).toLowerCase();
  const format: WorkshopFileFormat | null =
    ext === '.json' ? 'json' : ext === '.offsite' ? 'offsite' : null;
  if (!format) return usage('OUT must end in .offsite or .json');
  const file = positionals[0]!;
  const out = values.out;

  let history;
  try {
    history = await historyOf(file);
  } catch (error) {
    if (!(error instanceof HistoryReadError)) throw error;
    return fail(error.message);
  }
  const { chain } = history;
  if (chain.length === 0) return fail(`no history is kept beside ${file}`, 1);
  const index = chain.indexAt(at);
  if (index < 0) {
    const oldest = pointSummary(chain.points[0]!).at;
    return fail(`no point at or before ${values.at}; the oldest is ${oldest}`, 1);
  }
  if (!values.force && (await exists(out)))
    return fail(`${out} exists; give --force to replace it`);

  const point = pointSummary(chain.points[index]!);
  // The workshop's language, as `offsite history` lists the points: the same summary.
  const language = await languageOf(file);
  const doc = chain.stateAt(index);
  try {
    await saveWorkshopDoc(out, doc, { format, force: values.force === true });
  } catch (error) {
    if (error instanceof WorkshopFileError || error instanceof SaveError)
      return fail(error.message);
    throw error;
  } finally {
    doc.destroy();
  }
  const summary = summarizePoint(chain.points[index]!, language);
  console.log(fixedT(language)('restoreCli.wrote', { out, at: point.at, summary }));
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
