import { i18n } from '../../shared/i18n';
import { parseWorkshopJson } from '../../shared/model/interchange';
import { decodeOffsiteFile } from '../../shared/model/offsite-file';
import { FileProblemError, type Platform, type WorkshopFile } from './types';

/**
 * Lets the user pick one file through a real `<input type="file">` (the only way a page may
 * read a local file). Resolves null when the picker is cancelled.
 */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, bytes: Uint8Array, type: string): string {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL is no longer needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

const MIME = {
  pdf: 'application/pdf',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
} as const;

function parseJsonFile(name: string, text: string): WorkshopFile {
  const result = parseWorkshopJson(text);
  if (!result.ok) {
    throw new FileProblemError(name, i18n.t('files.notValid', { name }), result.problems);
  }
  return { kind: 'json', name, data: result.data };
}

/** Decides by content, not by extension: a file starting with `{` is interchange JSON. */
function readWorkshopBytes(name: string, bytes: Uint8Array): WorkshopFile {
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (text.startsWith('{')) return parseJsonFile(name, new TextDecoder().decode(bytes));
  try {
    return { kind: 'offsite', name, update: decodeOffsiteFile(bytes).update };
  } catch (error) {
    throw new FileProblemError(
      name,
      `${name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The browser platform: file inputs to open and import, downloads to save and export. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    room: null,
    allowRoomConnection: async () => {},
    openPresentation: async (viewerUrl) => {
      // A new tab or window the facilitator drags to the projector. noopener: the
      // presentation gets no handle on this page.
      window.open(viewerUrl, '_blank', 'noopener');
    },
    openWorkshopFile: async () => {
      const file = await pickFile('.offsite,.json,application/json');
      if (!file) return null;
      return readWorkshopBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    },
    importJsonFile: async () => {
      const file = await pickFile('.json,application/json');
      if (!file) return null;
      const result = parseWorkshopJson(await file.text());
      return result.ok
        ? { ok: true, name: file.name, data: result.data }
        : {
            ok: false,
            name: file.name,
            message: i18n.t('files.notValid', { name: file.name }),
            problems: result.problems,
          };
    },
    saveWorkshopFileAs: (suggestedName, update) =>
      Promise.resolve(download(suggestedName, update, 'application/x-offsite-workshop')),
    exportFile: (kind, suggestedName, bytes) =>
      Promise.resolve(download(suggestedName, bytes, MIME[kind])),
    recentFiles: () => Promise.resolve([]),
    openRecentFile: (path) =>
      Promise.reject(new Error(i18n.t('files.recentDesktopOnly', { path }))),
    onMenuCommand: () => () => {},
    onOpenFile: () => () => {},
    onOpenFileFailed: () => () => {},
  };
}
