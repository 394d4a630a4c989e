import { resolve } from 'node:path';

/**
 * Files the renderer may read or overwrite by path: those the user picked in a native
 * dialog or opened from the OS during this session. A compromised page therefore cannot
 * read or clobber arbitrary files through `openWorkshopPath` / `saveWorkshopFile`.
 */
export class PathGrants {
  readonly #paths = new Set<string>();

  grant(path: string): void {
    this.#paths.add(resolve(path));
  }

  has(path: string): boolean {
    return this.#paths.has(resolve(path));
  }
}
