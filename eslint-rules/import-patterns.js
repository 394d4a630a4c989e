// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: paths in the patterns are relative to it, wherever ESLint runs from. */
const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * `local/import-patterns`: what a folder may import, as an allow-list — the shape of VS
 * Code's `.eslint-plugin-local/code-import-patterns.ts`. A relative import is resolved to
 * its path from the repository root (`renderer/ui/modal-dialog`) and must match one of
 * `paths`; a package import must match one of `packages` when that list is given, and none
 * of `forbiddenPackages`. Patterns are globs: `*` within one path segment, `**` across them.
 *
 * Options: `{ paths: string[], packages?: string[], forbiddenPackages?: string[], because: string }`.
 */

/** @param {string} glob */
function globToRegExp(glob) {
  const escape = (/** @type {string} */ text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  // \0 stands for `**` while the single stars become "within one segment".
  const source = glob
    .split('**')
    .map((part) => part.split('*').map(escape).join('[^/]*'))
    .join('\0')
    .replace(/\/\0$/, '(?:/.*)?') // `a/**`: `a` itself and everything below it
    .replace(/\0\//g, '(?:.*/)?')
    .replace(/\0/g, '.*');
  return new RegExp(`^${source}$`);
}

/** @param {readonly string[] | undefined} globs */
const matcher = (globs) => {
  const res = (globs ?? []).map(globToRegExp);
  return (/** @type {string} */ value) => res.some((re) => re.test(value));
};

/** @type {import('eslint').Rule.RuleModule} */
const importPatterns = {
  meta: {
    type: 'problem',
    docs: {
      description: 'A folder imports only what its allow-list names (layers inside layers).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          paths: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          forbiddenPackages: { type: 'array', items: { type: 'string' } },
          because: { type: 'string' },
        },
        required: ['paths', 'because'],
        additionalProperties: false,
      },
    ],
    messages: {
      path: '{{from}} may not import {{target}}: {{because}}',
      package: '{{from}} may not import the package "{{target}}": {{because}}',
    },
  },
  create(context) {
    const options = context.options[0];
    const allowedPath = matcher(options.paths);
    const allowedPackage = options.packages ? matcher(options.packages) : () => true;
    const forbiddenPackage = matcher(options.forbiddenPackages);
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const from = path.posix.dirname(file);

    /** @param {import('estree').Node | null | undefined} source */
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (spec.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(from, spec));
        if (!allowedPath(target))
          context.report({
            node: source,
            messageId: 'path',
            data: { from, target, because: options.because },
          });
      } else if (!allowedPackage(spec) || forbiddenPackage(spec)) {
        context.report({
          node: source,
          messageId: 'package',
          data: { from, target: spec, because: options.because },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'import-patterns': importPatterns } };
