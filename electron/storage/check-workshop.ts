import type * as Y from 'yjs';
import {
  readWorkshop,
  validateWorkshopJson,
  workshopToJson,
  type JsonProblem,
  type WorkshopJson,
} from '../../shared/model';
import {
  docFromLoadedWorkshop,
  parseWorkshopBytes,
  readWorkshopBytes,
  sniffWorkshopFormat,
  WorkshopFileError,
  type WorkshopFileFormat,
} from './workshop-file';

/** What `offsite validate` reports of a file that could be read. */
export type WorkshopCheck =
  | { ok: true; format: WorkshopFileFormat; doc: Y.Doc; json: WorkshopJson }
  | { ok: false; format: WorkshopFileFormat; problems: JsonProblem[] };

/**
 * Checks a workshop file thoroughly. JSON: the interchange validation. `.offsite`: the doc
 * is read defensively and every problem the read layer reports (a wrong type, a dangling
 * id, an oversized text) is a problem, then its JSON is validated as well.
 * @throws WorkshopFileError when the file cannot be read at all (missing, not a workshop
 * file, truncated, corrupt, newer); JSON with problems is returned, not thrown.
 */
export async function checkWorkshopFile(path: string): Promise<WorkshopCheck> {
  const bytes = await readWorkshopBytes(path);
  const format = sniffWorkshopFormat(path, bytes);
  let loaded;
  try {
    loaded = parseWorkshopBytes(path, bytes);
  } catch (e) {
    if (e instanceof WorkshopFileError && format === 'json' && e.problems.length > 0) {
      return { ok: false, format, problems: [...e.problems] };
    }
    throw e;
  }
  const doc = docFromLoadedWorkshop(path, loaded);
  const problems: JsonProblem[] = [];
  const workshop = readWorkshop(doc, (p) => problems.push({ path: p.where, message: p.message }));
  const json = workshopToJson(workshop);
  const result = validateWorkshopJson(json);
  if (!result.ok) problems.push(...result.problems);
  if (problems.length > 0) {
    doc.destroy();
    return { ok: false, format, problems };
  }
  return { ok: true, format, doc, json };
}
