import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { startHub, type Hub } from '../../hub/hub';
import { DEFAULT_LIMITS, maxDocBytesFlag } from '../../hub/limits';
import { HubStartError } from '../../hub/open-workshop';
import { openInBrowser } from '../open-browser';

const USAGE =
  'usage: offsite hub [--host 0.0.0.0] [--port 0] [--workshop FILE] [--data DIR] [--json]\n' +
  `                  [--no-discovery] [--open] [--max-doc-mb N (default ${DEFAULT_LIMITS.maxDocBytes / 2 ** 20})]`;

/**
 * Sends everything written with console.log/info/debug to stderr. The hub's stdout is its
 * contract (with --json, exactly one line); a library that prints there (bonjour-service
 * logs a name clash on the network with console.log) must not break it.
 */
function keepStdoutForTheHub(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

/** Exits after `code` is set even if a vanished client's half-closed socket lingers. */
function exitSoon(code: number): void {
  setTimeout(() => process.exit(code), 2000).unref();
}

/**
 * `offsite hub`: runs a room headless. With --json, stdout carries exactly one line once
 * listening (the contract tests and scripts read); everything else goes to stderr.
 * Without --workshop a new workshop `<room>.offsite` is created in --data (default: the
 * current directory). SIGINT/SIGTERM store the document and exit 0; if it cannot be stored
 * within 10 s, the unsaved state is dumped to a file whose path is printed, and the exit
 * code is 1.
 */
export async function run(args: string[]): Promise<number> {
  let values: {
    host?: string;
    port?: string;
    workshop?: string;
    data?: string;
    json?: boolean;
    'no-discovery'?: boolean;
    open?: boolean;
    'max-doc-mb'?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        workshop: { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean' },
        'no-discovery': { type: 'boolean' },
        open: { type: 'boolean' },
        'max-doc-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`offsite hub: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `offsite hub: --port must be a number from 0 to 65535, got "${values.port}"\n${USAGE}`,
    );
    return 2;
  }
  let maxDocBytes: number | undefined;
  try {
    maxDocBytes = maxDocBytesFlag(values['max-doc-mb']);
  } catch (error) {
    console.error(`offsite hub: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.workshop !== undefined && values.data !== undefined) {
    console.error(`offsite hub: give --workshop or --data, not both\n${USAGE}`);
    return 2;
  }

  keepStdoutForTheHub();
  let hub: Hub;
  try {
    hub = await startHub({
      host: values.host ?? '0.0.0.0',
      // Not given: the resumed room's old port when free (a new room: any free one).
      port: values.port === undefined ? undefined : port,
      workshopPath: values.workshop,
      dataDir: values.data,
      discovery: !values['no-discovery'],
      ...(maxDocBytes !== undefined && { limits: { maxDocBytes } }),
      version: typeof __OFFSITE_VERSION__ === 'string' ? __OFFSITE_VERSION__ : '0.0.0',
      log: (message) => console.error(`[hub] ${message}`),
    });
  } catch (error) {
    const message =
      error instanceof HubStartError ? error.message : `cannot start: ${(error as Error).message}`;
    console.error(`offsite hub: ${message}`);
    return 2;
  }

  // Listening for the signals before the link is printed: a script that reads the line
  // and stops the hub at once must get the save, not the default SIGTERM death.
  const closed = new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.error(`[hub] ${signal}: storing the workshop and closing`);
      hub.close().then(
        () => {
          // A socket half-closed by a vanished client must not keep the process alive.
          exitSoon(0);
          resolve(0);
        },
        (error: unknown) => {
          // UnsavedWorkshopError says where the unsaved state was dumped.
          console.error(`offsite hub: ${(error as Error).message}`);
          exitSoon(1);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });

  if (values.json) {
    const line = {
      url: hub.url,
      ws: hub.wsUrl,
      room: hub.room,
      token: hub.tokens.participant,
      viewerToken: hub.tokens.viewer,
      port: hub.port,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    // Not part of the one-line contract: the facilitator link is for whoever runs the hub.
    console.error(`[hub] facilitator link (keep it private): ${hub.links.facilitator}`);
  } else {
    const links = hub.links;
    const qr = await QRCode.toString(links.participant, { type: 'terminal', small: true }).catch(
      () => '',
    );
    process.stdout.write(
      [
        '',
        `  Offsite room ${hub.room} is open on port ${hub.port}` +
          (values.data !== undefined || values.workshop === undefined
            ? hub.created
              ? ' (a new room).'
              : ' (resumed: the same room and links as last time).'
            : '.'),
        `  Workshop file: ${hub.path}`,
        '',
        `  Join:   ${links.participant}`,
        `  Viewer: ${links.viewer}`,
        `  Facilitator (keep it private): ${links.facilitator}`,
        '',
        qr,
        '  Ctrl-C stores the workshop and closes the room.',
        '',
        '',
      ].join('\n'),
    );
  }

  if (values.open) {
    // The facilitator's own screen: the link with the facilitator's token.
    const opened = await openInBrowser(hub.links.facilitator);
    console.error(
      opened
        ? '[hub] opened the facilitator link in your browser'
        : '[hub] no browser could be opened here: open the facilitator link yourself',
    );
  }

  return closed;
}

declare const __OFFSITE_VERSION__: string;
