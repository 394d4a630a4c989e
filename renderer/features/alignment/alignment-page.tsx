/** Project alignment — List every running project and sort each into Keep or Kill against the focus areas. The step's issue fills this page in. */
export function AlignmentPage() {
  return (
    <section className="step-page" aria-labelledby="step-heading">
      <h2 id="step-heading">Project alignment</h2>
      <p className="step-lead">
        List every running project and sort each into Keep or Kill against the focus areas.
      </p>
    </section>
  );
}
