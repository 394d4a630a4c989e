/** Drumbeat — Check in weekly on each key result — value, confidence and a note — to see progress and spot risks early. The step's issue fills this page in. */
export function DrumbeatPage() {
  return (
    <section className="step-page" aria-labelledby="step-heading">
      <h2 id="step-heading">Drumbeat</h2>
      <p className="step-lead">
        Check in weekly on each key result — value, confidence and a note — to see progress and spot
        risks early.
      </p>
    </section>
  );
}
