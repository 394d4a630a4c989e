import { basename } from 'node:path';
import { formatProblem } from '../../../shared/model';
import { checkWorkshopFile } from '../../storage/check-workshop';
import { WorkshopFileError } from '../../storage/workshop-file';

/**
 * `offsite validate FILE` — checks interchange JSON or an `.offsite` file.
 *
 * Exit 0: valid; one summary line on stdout.
 * Exit 1: the file has problems; every problem as a `path: message` line on stdout (so it
 *   can be piped and diffed), and a one-line count on stderr.
 * Exit 2: bad arguments, or the file cannot be read at all (missing, neither JSON nor
 *   `.offsite`, truncated or corrupt, made by a newer Offsite); the reason on stderr.
 */
export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (args.length !== 1 || unknown !== undefined) {
    console.error(
      `offsite validate: ${unknown ? `unknown option ${unknown}` : 'expected one FILE'}\n${USAGE}`,
    );
    return 2;
  }
  const path = args[0]!;
  const name = basename(path);
  let check;
  try {
    check = await checkWorkshopFile(path);
  } catch (e) {
    if (e instanceof WorkshopFileError) {
      console.error(`offsite validate: ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (!check.ok) {
    for (const problem of check.problems) console.log(formatProblem(problem));
    const n = check.problems.length;
    console.error(`offsite validate: ${name} is not valid: ${plural(n, 'problem')}`);
    return 1;
  }
  const { json } = check;
  const krs = json.objectives.reduce((sum, o) => sum + o.keyResults.length, 0);
  console.log(
    `${name}: valid — ${plural(json.objectives.length, 'objective')}, ${plural(krs, 'key result')}, ${plural(json.projects.length, 'project')}`,
  );
  check.doc.destroy();
  return 0;
}

const USAGE = 'usage: offsite validate FILE   (interchange JSON or .offsite)';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
