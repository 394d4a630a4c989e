import type { DesktopApi } from '../../shared/protocol/ipc';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';
import { createWebPlatform } from './web';

export * from './types';

let current: Platform | null = null;

/** The platform the renderer runs on: the desktop app when the preload exposed `window.offsite`. */
export function platform(): Platform {
  if (!current) {
    current =
      'offsite' in window
        ? createDesktopPlatform((window as unknown as { offsite: DesktopApi }).offsite)
        : createWebPlatform();
  }
  return current;
}
