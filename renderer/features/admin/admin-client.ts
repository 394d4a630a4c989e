import {
  IMPORT_PATH,
  parseWorkshopAdded,
  parseWorkshopList,
  workshopPath,
  WORKSHOPS_PATH,
  type AdminWorkshop,
  type WorkshopAdded,
} from '../../../shared/protocol/admin';
import { i18n } from '../../../shared/i18n';

/** A failed admin request: `status` 401 means the admin token is wrong. */
export class AdminRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function errorOf(res: Response): Promise<AdminRequestError> {
  let message: string = i18n.t('admin.serverAnswered', { status: res.status });
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // Not JSON: keep the status.
  }
  return new AdminRequestError(message, res.status);
}

/** A downloaded export: its bytes and the file name the server suggests. */
export interface ExportedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * The server's admin API (shared/protocol/admin.ts) as this page uses it: the admin token
 * goes in the Authorization header of each request, never in a URL.
 */
export function adminClient(token: string) {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const res = await fetch(path, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    if (!res.ok) throw await errorOf(res);
    return res;
  };
  const added = async (res: Response): Promise<WorkshopAdded> => {
    const parsed = parseWorkshopAdded(await res.json());
    if (!parsed) throw new AdminRequestError(i18n.t('admin.unreadableAnswer'), 0);
    return parsed;
  };
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

  return {
    async list(): Promise<readonly AdminWorkshop[]> {
      const list = parseWorkshopList(await (await call(WORKSHOPS_PATH)).json());
      if (!list) throw new AdminRequestError(i18n.t('admin.unreadableList'), 0);
      return list.workshops;
    },
    create: async (title: string) => added(await call(WORKSHOPS_PATH, json({ title }))),
    importFile: async (file: Blob) =>
      added(
        await call(IMPORT_PATH, {
          method: 'POST',
          headers: { 'Content-Type': 'application/octet-stream' },
          body: file,
        }),
      ),
    async setArchived(id: string, archived: boolean): Promise<void> {
      await call(workshopPath(id, 'archive'), json({ archived }));
    },
    async setParent(id: string, parent: string | null): Promise<void> {
      await call(workshopPath(id, 'parent'), json({ parent }));
    },
    async exportFile(id: string): Promise<ExportedFile> {
      const res = await call(workshopPath(id, 'export'));
      const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1];
      return { blob: await res.blob(), fileName: name ?? `${id}.offsite` };
    },
  };
}

export type AdminClient = ReturnType<typeof adminClient>;

/** Hands a file to the browser's downloads. */
export function saveFile({ blob, fileName }: ExportedFile): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
