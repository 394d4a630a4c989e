import { extname } from 'node:path';
import { formatProblem } from '../../../shared/model';
import { SaveError } from '../../storage/atomic-write';
import { checkWorkshopFile } from '../../storage/check-workshop';
import {
  saveWorkshopDoc,
  WorkshopFileError,
  type WorkshopFileFormat,
} from '../../storage/workshop-file';

/**
 * `offsite convert FILE --to json|offsite --out OUT` — between interchange JSON and the
 * `.offsite` file. `--to` may be left out when OUT ends in `.json` or `.offsite`.
 *
 * Exit 0: written (atomically). Exit 1: the input has problems, listed as `path: message`
 * lines on stdout; nothing written. Exit 2: bad arguments, unreadable input, OUT is an
 * existing file that is not a readable workshop, or the save failed; nothing written.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    console.error(`offsite convert: ${parsed}\n${USAGE}`);
    return 2;
  }
  const { input, to, out } = parsed;
  let check;
  try {
    check = await checkWorkshopFile(input);
  } catch (e) {
    if (e instanceof WorkshopFileError) {
      console.error(`offsite convert: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (!check.ok) {
    for (const problem of check.problems) console.log(formatProblem(problem));
    console.error(
      `offsite convert: ${input} has ${check.problems.length} problem(s); nothing written`,
    );
    return 1;
  }
  try {
    await saveWorkshopDoc(out, check.doc, { format: to });
  } catch (e) {
    if (e instanceof WorkshopFileError || e instanceof SaveError) {
      console.error(`offsite convert: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    check.doc.destroy();
  }
  console.log(`wrote ${out} (${to === 'json' ? 'interchange JSON' : '.offsite'})`);
  return 0;
}

const USAGE = 'usage: offsite convert FILE --to json|offsite --out OUT';

type Parsed = { input: string; to: WorkshopFileFormat; out: string };

function parseArgs(args: string[]): Parsed | 'help' | string {
  let input: string | undefined;
  let to: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--to' || flag === '--out' || flag === '-o') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--to') to = value;
      else out = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (input === undefined) input = arg;
    else return `unexpected argument ${JSON.stringify(arg)}`;
  }
  if (input === undefined) return 'expected an input FILE';
  if (out === undefined) return 'expected --out OUT';
  if (to === undefined) {
    const ext = extname(out).toLowerCase();
    if (ext === '.json') to = 'json';
    else if (ext === '.offsite') to = 'offsite';
    else return '--to json|offsite is needed when OUT ends in neither .json nor .offsite';
  }
  if (to !== 'json' && to !== 'offsite')
    return `--to must be json or offsite, not ${JSON.stringify(to)}`;
  return { input, to, out };
}
