import { useSyncExternalStore } from 'react';

/** The steps of a workshop, in agenda order; the labels are the Agenda's accessible names. */
export const STEPS = [
  { id: 'onepager', label: 'Strategy one-pager' },
  { id: 'alignment', label: 'Project alignment' },
  { id: 'okrs', label: 'OKR drafting' },
  { id: 'review', label: 'Review & export' },
  { id: 'drumbeat', label: 'Drumbeat' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

type Route =
  | { readonly name: 'home' }
  | {
      readonly name: 'workshop';
      readonly workshopId: string;
      readonly step: StepId;
      /** The step's "Why this step?" page is open over it (`…/<step>/why`). */
      readonly why: boolean;
    }
  | { readonly name: 'join'; readonly room: string; readonly token: string }
  | { readonly name: 'admin'; readonly token: string }
  | {
      readonly name: 'present';
      readonly room: string;
      readonly token: string;
      /** Where to sync when this page was not served by the hub (the desktop's window). */
      readonly ws: string | null;
    }
  | { readonly name: 'not-found'; readonly hash: string };

function isStepId(value: string): value is StepId {
  return STEPS.some((s) => s.id === value);
}

/**
 * Hash routes: `#/` home, `#/w/<workshopId>/<step>` (with `/why`: the step's "Why this
 * step?" page over it), `#/join/<room>?t=<token>` (the room's
 * join link), `#/present/<room>?t=<token>[&ws=<sync url>]` (the presentation view, the
 * viewer's link), `#/admin?t=<token>` (a server's admin page). A workshop without a known
 * step opens on the first one.
 */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'home' };
  if (parts[0] === 'w' && parts[1]) {
    const step = parts[2] && isStepId(parts[2]) ? parts[2] : 'onepager';
    return {
      name: 'workshop',
      workshopId: parts[1],
      step,
      why: step === parts[2] && parts[3] === 'why',
    };
  }
  if (parts[0] === 'join' && parts[1]) {
    return { name: 'join', room: parts[1], token: new URLSearchParams(query).get('t') ?? '' };
  }
  // A server's admin page, `#/admin?t=<admin token>` (offsite serve).
  if (parts[0] === 'admin' && parts.length === 1) {
    return { name: 'admin', token: new URLSearchParams(query).get('t') ?? '' };
  }
  if (parts[0] === 'present' && parts[1]) {
    const params = new URLSearchParams(query);
    return { name: 'present', room: parts[1], token: params.get('t') ?? '', ws: params.get('ws') };
  }
  return { name: 'not-found', hash };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function homeHref(): string {
  return '#/';
}

export function workshopHref(workshopId: string, step: StepId = 'onepager'): string {
  return `#/w/${encodeURIComponent(workshopId)}/${step}`;
}

/** A step's "Why this step?" page, shown over the step. */
export function whyHref(workshopId: string, step: StepId): string {
  return `${workshopHref(workshopId, step)}/why`;
}

/** The presentation view of a room; `ws` when the page is not served by the room's hub. */
export function presentHref(room: string, token: string, ws?: string): string {
  const query = new URLSearchParams({ t: token, ...(ws !== undefined && { ws }) });
  return `#/present/${encodeURIComponent(room)}?${query.toString()}`;
}

export function navigate(href: string): void {
  window.location.hash = href;
}

/** Goes to `href` in place of the current history entry (closing a page shown over a step). */
export function replaceRoute(href: string): void {
  window.location.replace(href);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/** The current hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
