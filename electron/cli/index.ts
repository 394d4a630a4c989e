/**
 * `offsite` — the command line. Each command lives in its own module, loaded only when
 * run, and returns its exit code: 0 success, 1 the input has problems, 2 it cannot be read
 * or the arguments are wrong.
 */
type Command = { run(args: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'validate FILE                 check a workshop file (JSON or .offsite)',
    load: () => import('./commands/validate'),
  },
  convert: {
    summary: 'convert FILE --to json|offsite --out OUT',
    load: () => import('./commands/convert'),
  },
  hub: {
    summary:
      'hub [--host H] [--port P] [--workshop FILE] [--data DIR] [--json] [--no-discovery] [--open] [--max-doc-mb N]',
    load: () => import('./commands/hub'),
  },
  serve: {
    summary:
      'serve --data DIR [--host H] [--port P] [--db URL] [--redis URL] [--import FILE|DIR]… [--json]\n' +
      '               [--tls-cert FILE --tls-key FILE] [--public-url URL] [--trust-proxy] [--max-doc-mb N]',
    load: () => import('./commands/serve'),
  },
  backup: {
    summary: 'backup --data DIR [--db URL] --out DIR   every workshop of a server as .offsite',
    load: () => import('./commands/backup'),
  },
  export: {
    summary:
      'export FILE (--pdf|--md|--csv|--json) OUT [--report] [--paper a4|letter] [--bom] [--raw]\n' +
      '               [--participants "Ana, Ben"]',
    load: () => import('./commands/export'),
  },
  'next-cycle': {
    summary: 'next-cycle FILE --cycle NAME --out OUT [--keep OBJECTIVE_ID]...',
    load: () => import('./commands/next-cycle'),
  },
  coach: {
    summary: 'coach FILE [--json]           flag weak objectives and key results',
    load: () => import('./commands/coach'),
  },
  history: {
    summary: 'history FILE [--json]         list the points of the history kept beside FILE',
    load: () => import('./commands/history'),
  },
  restore: {
    summary: 'restore FILE --at TIME --out OUT [--force]   the workshop as it was at TIME',
    load: () => import('./commands/restore'),
  },
};

export function usage(): string {
  return [
    'usage: offsite <command> [options]   (offsite <command> --help for more)',
    '',
    ...Object.values(commands).map((c) => `  offsite ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(__OFFSITE_VERSION__);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`offsite: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

declare const __OFFSITE_VERSION__: string;
