import type { ReactNode } from 'react';

/**
 * A plain data table of the preview. Wrapped so a wide table scrolls on its own instead of
 * widening the page; the caption names it for screen readers.
 */
export function PreviewTable({
  caption,
  header,
  children,
}: {
  caption: string;
  header: readonly string[];
  children: ReactNode;
}) {
  return (
    // Focusable, so a keyboard can scroll a table wider than a phone's screen.
    <div className="preview-table-wrap" tabIndex={0}>
      <table className="preview-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** An empty-state line inside the preview, in the same words the document uses. */
export function PreviewEmpty({ children }: { children: ReactNode }) {
  return <p className="preview-empty">{children}</p>;
}

/** Free text with its line breaks kept, as the PDF and Markdown keep them. */
export function PreviewText({ text, empty }: { text: string; empty: string }) {
  return text.trim() === '' ? (
    <PreviewEmpty>{empty}</PreviewEmpty>
  ) : (
    <p className="preview-text">{text}</p>
  );
}
