import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  addWeeklyItem,
  compareByOrder,
  deleteWeeklyItem,
  moveWeeklyItem,
  updateWeeklyItem,
  type MeetingRef,
  type WeeklyItem,
  type WeeklyList,
} from '../../../shared/model';
import { useWorkshop, useWorkshopDoc } from '../../state/workshop-context';
import { useT } from '../../ui/i18n';

/** The lines of one list of one team's meeting, in order (re-rendered only when they change). */
function useLines(meeting: MeetingRef, list: WeeklyList): readonly WeeklyItem[] {
  return useWorkshop(
    useShallow((s) =>
      Object.values(s.weeklyItems)
        .filter((i) => i.team === meeting.team && i.week === meeting.week && i.list === list)
        .sort(compareByOrder),
    ),
  );
}

/**
 * One line, edited in place: typed locally and written on Enter or when the field loses
 * focus (an emptied line is removed then), so clearing a line to retype it does not delete
 * it under the typist's hands. A colleague's change shows while the field is not focused.
 */
function Line({
  item,
  index,
  count,
  label,
}: {
  item: WeeklyItem;
  index: number;
  count: number;
  label: string;
}) {
  const doc = useWorkshopDoc();
  const t = useT();
  const [draft, setDraft] = useState(item.text);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(item.text);
  }, [item.text, editing]);
  const commit = () => {
    setEditing(false);
    if (draft.trim() !== item.text) updateWeeklyItem(doc, item.id, draft);
  };
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setDraft(item.text);
      setEditing(false);
    }
  };
  const name = item.text || t('meeting.thisLine');
  return (
    <li className="meeting-line">
      {/* A line is one paragraph, but a long one wraps instead of scrolling out of sight
          (a one-line field cut "Finish the pilot with the two north-region…"): Enter still
          writes it, and a pasted line break becomes a space. */}
      <textarea
        rows={1}
        aria-label={t('meeting.line', { label, n: index + 1 })}
        value={draft}
        onFocus={() => setEditing(true)}
        onChange={(e) => setDraft(e.target.value.replace(/\s*\n\s*/g, ' '))}
        onBlur={commit}
        onKeyDown={onKey}
      />
      <button
        type="button"
        className="button quiet small icon-only"
        aria-label={t('meeting.moveUp', { name })}
        disabled={index === 0}
        onClick={() => moveWeeklyItem(doc, item.id, item.list, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button quiet small icon-only"
        aria-label={t('meeting.moveDown', { name })}
        disabled={index === count - 1}
        onClick={() => moveWeeklyItem(doc, item.id, item.list, index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button quiet small icon-only"
        aria-label={t('meeting.remove', { name })}
        onClick={() => deleteWeeklyItem(doc, item.id)}
      >
        ×
      </button>
    </li>
  );
}

/**
 * One list of the four-square (P1, P2, the next four weeks, the wins): its lines, each
 * editable, movable and removable by keyboard, and a field to add one (Enter adds and
 * keeps the focus there for the next).
 */
export function MeetingList({
  meeting,
  list,
  label,
  hint,
  empty,
  quietHeading = false,
}: {
  meeting: MeetingRef;
  list: WeeklyList;
  /** The list's name, which also names its fields ("P1 — must happen this week, line 2"). */
  label: string;
  /** What to write here, under the heading. */
  hint?: string;
  /** Shown while the list has no line. */
  empty: string;
  /** The square's heading says it already: the list's heading is for screen readers only. */
  quietHeading?: boolean;
}) {
  const doc = useWorkshopDoc();
  const t = useT();
  const lines = useLines(meeting, list);
  const [text, setText] = useState('');
  const headingId = useId();
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (addWeeklyItem(doc, meeting, list, text) !== null) setText('');
  };
  return (
    <div className={`meeting-list meeting-list-${list}`}>
      <h4 id={headingId} className={quietHeading ? 'visually-hidden' : undefined}>
        {label}
      </h4>
      {hint && <p className="meeting-hint">{hint}</p>}
      {lines.length === 0 ? (
        <p className="meeting-empty">{empty}</p>
      ) : (
        <ol aria-labelledby={headingId}>
          {lines.map((item, i) => (
            <Line key={item.id} item={item} index={i} count={lines.length} label={label} />
          ))}
        </ol>
      )}
      <form className="meeting-add" onSubmit={add}>
        <input
          type="text"
          aria-label={t('meeting.newLine', { label })}
          placeholder={t('meeting.addLine')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button small" aria-label={t('meeting.addTo', { label })}>
          {t('meeting.add')}
        </button>
      </form>
    </div>
  );
}
