/** OKR drafting — Draft one to three objectives, each with a few measurable key results, and link the kept projects that will move them. The step's issue fills this page in. */
export function OkrsPage() {
  return (
    <section className="step-page" aria-labelledby="step-heading">
      <h2 id="step-heading">OKR drafting</h2>
      <p className="step-lead">
        Draft one to three objectives, each with a few measurable key results, and link the kept
        projects that will move them.
      </p>
    </section>
  );
}
