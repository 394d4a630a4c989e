/** Strategy one-pager — Make the strategy visible on one page: purpose, vision, customers, the focus areas of this cycle, what we will not do, and the health metrics we watch. The step's issue fills this page in. */
export function OnePagerPage() {
  return (
    <section className="step-page" aria-labelledby="step-heading">
      <h2 id="step-heading">Strategy one-pager</h2>
      <p className="step-lead">
        Make the strategy visible on one page: purpose, vision, customers, the focus areas of this
        cycle, what we will not do, and the health metrics we watch.
      </p>
    </section>
  );
}
