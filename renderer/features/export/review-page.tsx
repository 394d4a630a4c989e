/** Review & export — Agree the set together, then take it home as a print-ready PDF, Markdown, CSV or JSON. The step's issue fills this page in. */
export function ReviewPage() {
  return (
    <section className="step-page" aria-labelledby="step-heading">
      <h2 id="step-heading">Review &amp; export</h2>
      <p className="step-lead">
        Agree the set together, then take it home as a print-ready PDF, Markdown, CSV or JSON.
      </p>
    </section>
  );
}
