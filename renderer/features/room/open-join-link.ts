import { parseJoinLink } from '../../../shared/protocol/room';
import { platform } from '../../platform';
import { rememberRoomLink } from '../../sync/room-links';
import { navigate } from '../../ui/routes';

/**
 * Opens a pasted join link (a laptop room's, or a workshop's on an `offsite serve` server
 * when `server`): in this window when it can sync from here, else on its hub. False when the
 * text is not a join link.
 */
export function openJoinLink(text: string, options: { readonly server: boolean }): boolean {
  const link = parseJoinLink(text);
  if (!link) return false;
  const here = window.location.protocol.startsWith('http') ? window.location.origin : null;
  if (platform().kind === 'web' && here !== null && new URL(link.httpBase).origin !== here) {
    // Another hub serves its own web UI: go there (the token stays in the fragment).
    window.location.href = `${link.httpBase}/#/join/${encodeURIComponent(link.room)}?t=${encodeURIComponent(link.token)}`;
    return true;
  }
  rememberRoomLink({
    room: link.room,
    token: link.token,
    wsUrl: link.wsUrl,
    ...(options.server && { server: new URL(link.httpBase).origin }),
  });
  navigate(`#/join/${encodeURIComponent(link.room)}?t=${encodeURIComponent(link.token)}`);
  return true;
}
