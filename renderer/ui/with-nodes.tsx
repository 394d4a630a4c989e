import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements inside it: each `{name}` the translation left in
 * place (t() without that value keeps it) becomes `nodes[name]`, so the bold and italic
 * words sit wherever the language puts them.
 */
export function withNodes(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text
    .split(/\{(\w+)\}/)
    .map((piece, i) =>
      i % 2 === 1 ? <Fragment key={i}>{nodes[piece] ?? `{${piece}}`}</Fragment> : piece,
    );
}
