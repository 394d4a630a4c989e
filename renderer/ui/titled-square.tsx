import { useId, type ReactNode } from 'react';

/**
 * One square of the weekly meeting's four-square (and its wins below): a region named by
 * its heading. The meeting the room edits and the one the projector shows lay out the same
 * squares, each with its own class names for its own look.
 */
export function TitledSquare({
  title,
  className,
  children,
}: {
  title: string;
  className: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={className} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
