import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hub, HubOptions } from '../../../electron/hub/hub';
import type { WorkshopJson } from '../../../shared/model/interchange';
import { startTestHub } from '../../integration/hub-helpers';
import { WEB_ROOT } from './static-server';

/** The real hub serving the built web UI, on a copy of the sample workshop. */
export interface FixtureHub {
  readonly hub: Hub;
  /** Every line the hub logged so far. */
  readonly logs: string[];
  /** The facilitator's join link (`hub.url` is the participants'). */
  readonly facilitatorLink: string;
  /** Closes the hub and deletes its temporary folder. */
  close(): Promise<void>;
}

/** The workshop a fixture hub serves unless told otherwise. */
export const FIXTURE_WORKSHOP = 'test/fixtures/acme-2027.json';

/**
 * Starts the hub on 127.0.0.1 over a copy of `workshop` (an interchange JSON file, by
 * default test/fixtures/acme-2027.json, or a workshop built by the test) in a fresh
 * temporary folder (`prefix` names it), serving WEB_ROOT unless `options` say otherwise.
 */
export async function startFixtureHub(
  prefix: string,
  options: Partial<HubOptions> = {},
  workshop: string | WorkshopJson = FIXTURE_WORKSHOP,
): Promise<FixtureHub> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const workshopPath = join(dir, 'acme.json');
  if (typeof workshop === 'string') await copyFile(workshop, workshopPath);
  else await writeFile(workshopPath, JSON.stringify(workshop));
  const { hub, logs } = await startTestHub({ webRoot: WEB_ROOT, workshopPath, ...options });
  return {
    hub,
    logs,
    facilitatorLink: hub.links.facilitator,
    close: async () => {
      await hub.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
