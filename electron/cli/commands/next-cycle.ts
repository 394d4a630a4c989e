import { extname, resolve } from 'node:path';
import * as Y from 'yjs';
import { localIsoDate } from '../../../shared/dates';
import { nextCycleJson, UnknownObjectiveError } from '../../../shared/drumbeat';
import {
  formatProblem,
  importWorkshopJson,
  LIMITS,
  readWorkshop,
  validateWorkshopJson,
  type WorkshopJson,
} from '../../../shared/model';
import { SaveError } from '../../storage/atomic-write';
import { checkWorkshopFile } from '../../storage/check-workshop';
import {
  saveWorkshopDoc,
  WorkshopFileError,
  type WorkshopFileFormat,
} from '../../storage/workshop-file';

/**
 * `offsite next-cycle FILE --cycle NAME --out OUT [--keep OBJECTIVE_ID]...` — starts the
 * next cycle of a finished one: a new workshop with its own id, linked to FILE's
 * (`previousCycle`, with its grades and retrospectives), carrying the one-pager, focus
 * areas, not-doing list, health metrics and kept projects, and the objectives named by
 * `--keep` with their key results as drafts to rewrite. No check-ins, no grades.
 *
 * Exit 0: written (atomically); one line on stdout.
 * Exit 1: FILE has problems, listed as `path: message` lines on stdout; nothing written.
 * Exit 2: bad arguments (a missing --cycle, an OUT that is neither .offsite nor .json,
 *   an unknown --keep id), FILE unreadable, or OUT not written; the reason on stderr.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    console.error(`offsite next-cycle: ${parsed}\n${USAGE}`);
    return 2;
  }
  const { input, cycle, keep, out, format } = parsed;
  if (resolve(out) === resolve(input)) {
    console.error(`offsite next-cycle: the output ${out} is the input file; choose another name`);
    return 2;
  }

  let check;
  try {
    check = await checkWorkshopFile(input);
  } catch (e) {
    if (e instanceof WorkshopFileError) {
      console.error(`offsite next-cycle: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (!check.ok) {
    for (const problem of check.problems) console.log(formatProblem(problem));
    console.error(
      `offsite next-cycle: ${input} has ${check.problems.length} problem(s); nothing written`,
    );
    return 1;
  }

  let json: WorkshopJson;
  try {
    json = nextCycleJson(readWorkshop(check.doc), {
      cycle,
      keep,
      today: localIsoDate(new Date()),
    });
  } catch (e) {
    if (e instanceof UnknownObjectiveError) {
      console.error(`offsite next-cycle: --keep: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    check.doc.destroy();
  }
  // What this command writes is what `offsite validate` accepts: checked before writing.
  const valid = validateWorkshopJson(json);
  if (!valid.ok) {
    for (const problem of valid.problems) console.error(`  ${formatProblem(problem)}`);
    console.error(
      'offsite next-cycle: the next cycle would not be a valid workshop; nothing written',
    );
    return 2;
  }

  const doc = new Y.Doc();
  try {
    importWorkshopJson(doc, valid.data);
    await saveWorkshopDoc(out, doc, { format });
  } catch (e) {
    if (e instanceof WorkshopFileError || e instanceof SaveError) {
      console.error(`offsite next-cycle: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    doc.destroy();
  }
  console.log(
    `wrote ${out} (${format === 'json' ? 'interchange JSON' : '.offsite'}): ${summary(json)}`,
  );
  return 0;
}

function summary(json: WorkshopJson): string {
  const krs = json.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  const objectives =
    json.objectives.length === 0
      ? 'no objective kept'
      : `${json.objectives.length} objective${json.objectives.length === 1 ? '' : 's'} kept (${krs} key result${krs === 1 ? '' : 's'} to redraft)`;
  return [
    `cycle ${json.cycle}`,
    `id ${json.id}`,
    `follows ${json.previousCycle?.cycle || json.previousCycle?.id}`,
    objectives,
    `${json.onePager.focusAreas.length} focus areas and ${json.projects.length} kept projects carried`,
    'no check-ins',
  ].join(', ');
}

const USAGE =
  'usage: offsite next-cycle FILE --cycle NAME --out OUT [--keep OBJECTIVE_ID]...\n' +
  '\n' +
  'Starts the next cycle of the workshop in FILE: a new workshop with its own id, linked to\n' +
  "FILE's (its grades and retrospectives are copied in, to read while redrafting), with the\n" +
  'one-pager, focus areas, not-doing list, health metrics and kept projects carried over.\n' +
  'No check-ins, grades or retrospectives carry over.\n' +
  '\n' +
  '  --cycle NAME        the next cycle, e.g. 2027-Q2 (required)\n' +
  '  --out OUT           where to write it: OUT.offsite or OUT.json picks the format\n' +
  '  --keep OBJECTIVE_ID an objective to keep for the next cycle; repeat for several.\n' +
  '                      Its key results come along as drafts to rewrite (new ids, the\n' +
  '                      baseline set to where this cycle left them). Default: none —\n' +
  '                      no objective is kept unless named here.\n' +
  '\n' +
  'Exit 0: written. 1: FILE has problems (listed on stdout). 2: bad arguments, FILE\n' +
  '  unreadable or OUT not written.';

interface Parsed {
  readonly input: string;
  readonly cycle: string;
  readonly keep: readonly string[];
  readonly out: string;
  readonly format: WorkshopFileFormat;
}

/** Parses the command line; `--flag VALUE` and `--flag=VALUE` both work. Pure. */
export function parseArgs(args: readonly string[]): Parsed | 'help' | string {
  let input: string | undefined;
  let cycle: string | undefined;
  let out: string | undefined;
  const keep: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (flag === '--help' || flag === '-h') return 'help';
    if (flag === '--cycle' || flag === '--out' || flag === '--keep') {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--')))
        return `${flag} needs a value`;
      if (flag === '--cycle') cycle = value;
      else if (flag === '--out') out = value;
      else keep.push(value);
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else if (input === undefined) input = arg;
    else return `unexpected argument ${JSON.stringify(arg)}`;
  }
  if (input === undefined) return 'expected a FILE: the workshop of the finished cycle';
  if (cycle === undefined || cycle.trim() === '')
    return 'expected --cycle NAME, e.g. --cycle 2027-Q2';
  if (cycle.length > LIMITS.shortText)
    return `--cycle is longer than ${LIMITS.shortText} characters`;
  if (out === undefined) return 'expected --out OUT (.offsite or .json)';
  const ext = extname(out).toLowerCase();
  if (ext !== '.offsite' && ext !== '.json')
    return `--out must end in .offsite or .json (it picks the format), not ${JSON.stringify(ext || out)}`;
  return {
    input,
    cycle: cycle.trim(),
    keep: [...new Set(keep)],
    out,
    format: ext === '.json' ? 'json' : 'offsite',
  };
}
