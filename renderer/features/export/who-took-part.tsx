import { useId, useState } from 'react';
import { peopleSeen } from '../../sync/people-seen';
import { useT } from '../../ui/i18n';
import { parseParticipants } from './participants-storage';

/** `text` with `name` added at the end, or every mention of it taken out. */
export function toggleParticipant(text: string, name: string, on: boolean): string {
  const names = parseParticipants(text);
  if (on) return names.includes(name) ? text : [...names, name].join(', ');
  return names.filter((n) => n !== name).join(', ');
}

/**
 * "Who took part", offered from the people this device saw in the room: a name to tick
 * adds it to the cover's participants, untick takes it out. Nothing when this device was
 * never in a room for this workshop.
 */
export function WhoTookPart({
  workshopId,
  participantsText,
  onParticipantsText,
}: {
  workshopId: string;
  participantsText: string;
  onParticipantsText: (text: string) => void;
}) {
  const [seen] = useState(() => peopleSeen(workshopId));
  const id = useId();
  const t = useT();
  if (seen.length === 0) return null;
  const listed = new Set(parseParticipants(participantsText));
  return (
    <fieldset className="who-took-part" aria-describedby={`${id}-hint`}>
      <legend>{t('export.whoTookPart')}</legend>
      <p id={`${id}-hint`} className="export-hint">
        {t('review.whoTookPartHint')}
      </p>
      <ul className="who-took-part-list">
        {seen.map((name) => (
          <li key={name}>
            <label className="export-check">
              <input
                type="checkbox"
                checked={listed.has(name)}
                onChange={(e) =>
                  onParticipantsText(toggleParticipant(participantsText, name, e.target.checked))
                }
              />
              {name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
