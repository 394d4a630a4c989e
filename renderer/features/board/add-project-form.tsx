import { useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { createProject, createProjects, LIMITS, parseProjectLines } from '../../../shared/model';
import { useOpenWorkshop } from '../../state/workshop-context';
import { IconCross } from '../../ui/icons';
import { discreteEdit } from './discrete-edit';
import { useT } from '../../ui/i18n';

/**
 * Adds projects to the Inbox: type a title (team and description optional) and press Enter,
 * or paste several lines into the title to add one project per line in one undo step.
 * These fields are drafts, not bound to the doc, so they keep the browser's own undo.
 *
 * The team stays after an add: a facilitator typing twenty projects types them team by team,
 * and retyping "Mobile" eight times is worse than clearing it once. It never stays silently:
 * a line says which team the next project gets, with a button that clears it.
 */
export function AddProjectForm() {
  const { doc, binding } = useOpenWorkshop();
  const [title, setTitle] = useState('');
  const [team, setTeam] = useState('');
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // The team was used by the last add and is still in its field: say so.
  const [teamKept, setTeamKept] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const t = useT();
  const keptTeam = teamKept ? team.trim() : '';

  /** After an add: the status line, and whether the team now stays for the next one. */
  const added = (what: string) => {
    const used = team.trim();
    setTeamKept(used !== '');
    setError('');
    setStatus(used ? `${what} ${t('board.teamStays', { team: used })}` : what);
  };

  const clearTeam = () => {
    setTeam('');
    setTeamKept(false);
    setStatus(t('board.teamCleared'));
    titleRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) {
      setError(t('board.titleFirst'));
      titleRef.current?.focus();
      return;
    }
    discreteEdit(binding, () =>
      createProject(doc, { title: clean, team: team.trim(), description: description.trim() }),
    );
    setTitle('');
    setDescription('');
    added(t('board.added', { title: clean }));
    titleRef.current?.focus();
  };

  // An <input> drops the line breaks of a pasted list, so a list is caught here.
  const paste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/\r?\n/.test(text.trim())) return;
    const lines = parseProjectLines(text);
    if (lines.length === 0) return;
    event.preventDefault();
    const nonEmpty = text.split(/\r?\n/).filter((l) => l.trim()).length;
    discreteEdit(binding, () =>
      createProjects(
        doc,
        lines.map((line) => ({ title: line, team: team.trim() })),
      ),
    );
    added(
      nonEmpty > lines.length
        ? t('board.addedFirst', { count: lines.length, lines: nonEmpty, max: LIMITS.listLength })
        : t('board.addedMany', { count: lines.length }),
    );
  };

  return (
    <form
      className="add-project"
      onSubmit={submit}
      data-native-undo
      aria-label={t('board.newProject')}
    >
      <div className="add-project-fields">
        <label className="field field-title">
          <span className="field-label">{t('board.projectTitle')}</span>
          <input
            ref={titleRef}
            type="text"
            value={title}
            maxLength={LIMITS.shortText}
            placeholder={t('board.titlePlaceholder')}
            aria-invalid={error ? true : undefined}
            aria-describedby="add-project-hint"
            onChange={(e) => {
              setTitle(e.target.value);
              if (error) setError('');
            }}
            onPaste={paste}
          />
        </label>
        <label className="field field-team">
          <span className="field-label">
            {t('board.team')}
            <span className="visually-hidden"> {t('board.optionalParen')}</span>
          </span>
          <input
            type="text"
            placeholder={t('board.optional')}
            value={team}
            maxLength={LIMITS.shortText}
            onChange={(e) => {
              setTeam(e.target.value);
              // A team typed for the next project is not a kept one.
              setTeamKept(false);
            }}
          />
        </label>
        <label className="field field-description">
          <span className="field-label">
            {t('board.description')}
            <span className="visually-hidden"> {t('board.optionalParen')}</span>
          </span>
          <input
            type="text"
            placeholder={t('board.optional')}
            value={description}
            maxLength={LIMITS.longText}
            onChange={(e) => setDescription(e.target.value)}
          />
        </label>
        <button type="submit" className="button primary">
          {t('board.addProject')}
        </button>
      </div>
      {/* The paste tip is in the title's placeholder too; the line shows only for an error,
          so the form stays one row and the board starts high on a laptop. */}
      {keptTeam && (
        <p className="add-project-kept">
          {t('board.teamStaysLabel')} <strong className="add-project-kept-team">{keptTeam}</strong>
          <button
            type="button"
            className="button quiet add-project-kept-clear"
            aria-label={t('board.clearTeam', { team: keptTeam })}
            title={t('board.clearTeamTitle')}
            onClick={clearTeam}
          >
            <IconCross />
          </button>
        </p>
      )}
      <p id="add-project-hint" className={error ? 'field-error' : 'visually-hidden'}>
        {error || t('board.pasteTip')}
      </p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </form>
  );
}
