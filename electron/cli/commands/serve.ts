import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, maxDocBytesFlag } from '../../hub/limits';
import { parsePublicUrl } from '../../server/server-links';
import {
  DEFAULT_SERVE_PORT,
  ServerStartError,
  startServer,
  type OffsiteServer,
} from '../../server/server';

const USAGE = [
  'usage: offsite serve --data DIR [--host 0.0.0.0] [--port 4455] [--db URL] [--redis URL]',
  '                     [--import FILE|DIR]… [--tls-cert FILE --tls-key FILE]',
  '                     [--public-url https://HOST] [--trust-proxy] [--json]',
  `                     [--max-doc-mb N (each workshop's size cap, default ${DEFAULT_LIMITS.maxDocBytes / 2 ** 20})]`,
].join('\n');

/**
 * `offsite serve`: one long-running server for many workshops. With --json, stdout carries
 * exactly one line `{"url","port","admin"}`, then one line per workshop served
 * `{"workshop","title","url","ws","room","token","viewerToken"}`, then nothing else; every
 * log line goes to stderr. SIGINT/SIGTERM store every workshop and exit 0.
 */
export async function run(args: string[]): Promise<number> {
  let values: {
    data?: string;
    host?: string;
    port?: string;
    db?: string;
    redis?: string;
    import?: string[];
    'tls-cert'?: string;
    'tls-key'?: string;
    'public-url'?: string;
    'trust-proxy'?: boolean;
    'max-doc-mb'?: string;
    json?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        redis: { type: 'string' },
        import: { type: 'string', multiple: true },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'public-url': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        'max-doc-mb': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`offsite serve: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const fail = (message: string) => {
    console.error(`offsite serve: ${message}\n${USAGE}`);
    return 2;
  };
  if (!values.data) return fail('--data DIR is required (the admin token and database live there)');
  const port = values.port === undefined ? DEFAULT_SERVE_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return fail(`--port must be a number from 0 to 65535, got "${values.port}"`);
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined))
    return fail('give --tls-cert and --tls-key together');
  let tls: { cert: Buffer; key: Buffer } | undefined;
  let publicUrl: string | undefined;
  let maxDocBytes: number | undefined;
  try {
    maxDocBytes = maxDocBytesFlag(values['max-doc-mb']);
    if (values['tls-cert'] && values['tls-key'])
      tls = {
        cert: await readFlagFile('--tls-cert', values['tls-cert']),
        key: await readFlagFile('--tls-key', values['tls-key']),
      };
    if (values['public-url']) publicUrl = parsePublicUrl(values['public-url']);
  } catch (error) {
    return fail((error as Error).message);
  }

  let server: OffsiteServer;
  try {
    server = await startServer({
      dataDir: values.data,
      host: values.host ?? '0.0.0.0',
      port,
      db: values.db,
      redis: values.redis,
      imports: values.import,
      tls,
      publicUrl,
      trustProxy: values['trust-proxy'] ?? false,
      ...(maxDocBytes !== undefined && { limits: { maxDocBytes } }),
      version: typeof __OFFSITE_VERSION__ === 'string' ? __OFFSITE_VERSION__ : '0.0.0',
      log: (message) => console.error(`[serve] ${message}`),
    });
  } catch (error) {
    const message =
      error instanceof ServerStartError
        ? error.message
        : `cannot start: ${(error as Error).message}`;
    console.error(`offsite serve: ${message}`);
    return 2;
  }

  const workshops = await server.workshops();
  if (values.json) {
    const lines = [
      { url: server.url, port: server.port, admin: server.adminUrl },
      ...workshops.map((w) => ({
        workshop: w.id,
        title: w.title,
        url: w.url,
        ws: w.ws,
        room: w.id,
        token: w.token,
        viewerToken: w.viewerToken,
      })),
    ];
    process.stdout.write(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    // The contract ends here: whatever a library might still print goes to stderr.
    console.log = console.info = console.debug = console.error;
  } else {
    console.log(
      [
        '',
        `  Offsite server on ${server.url}: ${workshops.length} workshop(s).`,
        `  Admin page (keep it private): ${server.adminUrl}`,
        ...workshops.map((w) => `    ${w.title || '(untitled)'}  ${w.url}`),
        '',
        '  Ctrl-C stores every workshop and stops.',
        '',
      ].join('\n'),
    );
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.error(`[serve] ${signal}: storing every workshop and stopping`);
      server.close().then(
        () => {
          setTimeout(() => process.exit(0), 2000).unref();
          resolve(0);
        },
        (error: unknown) => {
          console.error(`offsite serve: closing failed: ${(error as Error).message}`);
          resolve(1);
        },
      );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

/** A file a flag names, or an error naming the flag and the file (not Node's raw ENOENT). */
async function readFlagFile(flag: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new Error(`${flag}: cannot read ${path}: ${why}`, { cause: error });
  }
}

declare const __OFFSITE_VERSION__: string;
