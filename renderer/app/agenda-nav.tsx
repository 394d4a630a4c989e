import { STEPS, workshopHref, type StepId } from '../ui/routes';

/** The agenda of the workshop: its five steps, the current one marked for assistive tech. */
export function AgendaNav({ workshopId, current }: { workshopId: string; current: StepId }) {
  return (
    <nav aria-label="Agenda" className="agenda">
      <ol className="agenda-list">
        {STEPS.map((step, i) => (
          <li key={step.id}>
            <a
              className="agenda-link"
              href={workshopHref(workshopId, step.id)}
              aria-current={step.id === current ? 'page' : undefined}
            >
              <span className="agenda-number" aria-hidden="true">
                {i + 1}
              </span>
              {step.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
