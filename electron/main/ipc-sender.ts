/** The part of Electron's `WebFrameMain` the sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC call is served only when it comes from the top frame of a page of our own bundle.
 * A missing frame (already navigated away or destroyed), a subframe, or any other page —
 * a hub's page, another file:// document, http://evil — is refused.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  isAppUrl: (url: string) => boolean,
): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return typeof frame.url === 'string' && isAppUrl(frame.url);
}
