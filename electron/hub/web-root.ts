import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** out/web of the checkout: walk up from this module (bundled or not) to package.json. */
export function defaultWebRoot(): string {
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.url));
  } catch {
    // A CommonJS build has no import.meta.url: the caller should pass webRoot.
    return join(process.cwd(), 'out', 'web');
  }
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'out', 'web');
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(process.cwd(), 'out', 'web');
}
