import { useEffect, useId, useState, type FormEvent } from 'react';
import { roundSummary } from '../../../shared/drumbeat';
import { addDays } from '../../../shared/dates';
import {
  clearConfidenceRound,
  openConfidenceRound,
  recordAgreedConfidence,
  revealConfidenceRound,
  type KeyResult,
  type MeetingRef,
} from '../../../shared/model';
import { mayDo, mayWrite } from '../../../shared/protocol/policy';
import type { ConfidenceRoundState } from '../../../shared/protocol/confidence';
import { displayName } from '../../ui/display-name';
import { voterNames } from '../../ui/people-names';
import { useConfidenceRound } from '../../state/room-state';
import { useWorkshopDoc } from '../../state/workshop-context';
import { shownName, voterId } from '../../sync/identity';
import { useRoomConnection, useRoomRole, useRoomStatus } from '../../sync/room-hooks';
import type { RoomConnection } from '../../sync/room-connection';
import { useTeamKeyResults } from './drumbeat-selectors';
import { teamLabel } from './teams';
import { formatDate } from './format';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

/** This device's own confidences of a round, kept locally so a reload shows (and can resend) them. */
const key = (roundId: string) => `offsite.confidence.${roundId}`;

function loadMine(roundId: string): Record<string, string> {
  try {
    const data: unknown = JSON.parse(localStorage.getItem(key(roundId)) ?? '{}');
    return data && typeof data === 'object' ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function saveMine(roundId: string, mine: Record<string, string>): void {
  try {
    localStorage.setItem(key(roundId), JSON.stringify(mine));
  } catch {
    // Sent to the hub all the same; only a reload would forget what was typed.
  }
}

const title = (t: TFunction, kr: KeyResult | undefined) =>
  kr?.title || t('meeting.round.removedKr');

/**
 * Everyone's form while the round is open: a confidence 0–10 per key result, sent to the
 * hub when they press "Send", never shown to anyone before the reveal.
 */
function MyConfidence({
  round,
  keyResults,
  connection,
}: {
  round: ConfidenceRoundState;
  keyResults: ReadonlyMap<string, KeyResult>;
  connection: RoomConnection;
}) {
  const t = useT();
  const [mine, setMine] = useState<Record<string, string>>(() => loadMine(round.id));
  const [sent, setSent] = useState(false);
  const ack = useRoomStatus((s) => (s.lastVoteAck?.votingId === round.id ? s.lastVoteAck : null));
  useEffect(() => setMine(loadMine(round.id)), [round.id]);
  const send = (e: FormEvent) => {
    e.preventDefault();
    const confidence: Record<string, number> = {};
    for (const [id, text] of Object.entries(mine)) {
      const n = Number(text);
      if (
        text.trim() !== '' &&
        Number.isInteger(n) &&
        n >= 0 &&
        n <= 10 &&
        round.items.includes(id)
      )
        confidence[id] = n;
    }
    saveMine(round.id, mine);
    // No name when this person gave none: each screen says "Someone" in its own language.
    const name = shownName(connection);
    connection.sendConfidence({
      roundId: round.id,
      voter: voterId(),
      ...(name && { name }),
      confidence,
    });
    setSent(true);
  };
  return (
    <form className="round-ballot" onSubmit={send} aria-label={t('meeting.round.yours')}>
      <p className="round-lead">{t('meeting.round.lead')}</p>
      <ul className="round-items">
        {round.items.map((id) => (
          <li key={id} className="round-item">
            <label htmlFor={`round-${round.id}-${id}`}>{title(t, keyResults.get(id))}</label>
            <input
              id={`round-${round.id}-${id}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              step={1}
              value={mine[id] ?? ''}
              onChange={(e) => {
                setSent(false);
                setMine({ ...mine, [id]: e.target.value });
              }}
            />
            <span className="round-of">/10</span>
          </li>
        ))}
      </ul>
      <div className="round-actions">
        <button type="submit" className="button primary">
          {t('meeting.round.send')}
        </button>
        <span role="status" className="round-sent">
          {ack && !ack.accepted
            ? t('meeting.round.notCounted', { reason: ack.reason ?? '' })
            : sent && ack?.accepted
              ? t('meeting.round.sent')
              : ''}
        </span>
      </div>
    </form>
  );
}

/** The day to date an agreed confidence: today if it is in the meeting's week, else its day. */
function recordDate(week: string, today: string): string {
  const from = addDays(week, -3) ?? week;
  const to = addDays(week, 3) ?? week;
  return today >= from && today <= to ? today : week;
}

/** One key result after the reveal: every value entered, and (for the facilitator) the agreed one. */
function Revealed({
  round,
  id,
  kr,
  runs,
  today,
}: {
  round: ConfidenceRoundState;
  id: string;
  kr: KeyResult | undefined;
  runs: boolean;
  today: string;
}) {
  const doc = useWorkshopDoc();
  const t = useT();
  const values = round.spread[id] ?? [];
  const summary = roundSummary(values);
  const median = summary?.median ?? null;
  const [agreed, setAgreed] = useState(median === null ? '' : String(median));
  const [touched, setTouched] = useState(false);
  const [recorded, setRecorded] = useState<'no' | 'yes' | 'failed'>('no');
  // The hub publishes the values just after the reveal: offer their median once they come.
  useEffect(() => {
    if (!touched && median !== null) setAgreed(String(median));
  }, [median, touched]);
  const connection = useRoomConnection();
  const inputId = useId();
  const record = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(agreed);
    if (agreed.trim() === '' || !Number.isFinite(n)) return;
    const done = recordAgreedConfidence(doc, id, {
      date: recordDate(round.week, today),
      confidence: n,
      author: shownName(connection) || displayName(),
    });
    setRecorded(done ? 'yes' : 'failed');
  };
  return (
    <li className="round-result">
      <span className="round-result-title">{title(t, kr)}</span>
      {summary ? (
        <span className="round-values">
          <span className="visually-hidden">{t('meeting.round.entered')}</span>
          {summary.values.map((v, i) => (
            <span key={i} className="round-value">
              {v}
            </span>
          ))}
          <span className="round-summary">
            {t('meeting.round.median', { median: summary.median })}
            {summary.split && t('meeting.round.split', { low: summary.low, high: summary.high })}
          </span>
        </span>
      ) : (
        <span className="meeting-empty">{t('meeting.round.nobody')}</span>
      )}
      {runs && (
        <form className="round-agree" onSubmit={record}>
          <label htmlFor={inputId}>{t('meeting.round.agreed', { title: title(t, kr) })}</label>
          <input
            id={inputId}
            type="number"
            min={0}
            max={10}
            step={1}
            value={agreed}
            onChange={(e) => {
              setRecorded('no');
              setTouched(true);
              setAgreed(e.target.value);
            }}
          />
          <button type="submit" className="button small">
            {t('meeting.round.record')}
          </button>
          <span role="status" className="round-sent">
            {recorded === 'yes'
              ? t('meeting.round.recorded')
              : recorded === 'failed'
                ? t('meeting.round.notRecorded')
                : ''}
          </span>
        </form>
      )}
    </li>
  );
}

/**
 * The private confidence round of a team's meeting: the facilitator starts it on the team's
 * key results; everyone enters their confidence unseen (it goes to the hub, never into the
 * workshop); the facilitator reveals all at once, the room talks about the spread, and the
 * agreed value is recorded as the week's confidence. Needs the room: without a hub there
 * is nobody to keep the numbers private from.
 */
export function ConfidenceRound({ meeting, today }: { meeting: MeetingRef; today: string }) {
  const doc = useWorkshopDoc();
  const t = useT();
  const connection = useRoomConnection();
  const role = useRoomRole();
  const round = useConfidenceRound();
  const keyResults = useTeamKeyResults(meeting.team);
  const byId = new Map(keyResults.map((kr) => [kr.id, kr]));
  const runs = connection !== null && role !== null && mayWrite(role, { kind: 'room' }, []);
  const votes = connection !== null && role !== null && mayDo(role, 'vote');

  if (!connection) return <p className="meeting-hint">{t('meeting.round.needsRoom')}</p>;
  const here = round !== null && round.team === meeting.team && round.week === meeting.week;
  if (!here) {
    return (
      <div className="round-start">
        {round && (
          <p className="meeting-hint">
            {t('meeting.round.runningFor', {
              team: teamLabel(t, round.team),
              date: formatDate(round.week),
            })}
          </p>
        )}
        {runs ? (
          <button
            type="button"
            className="button"
            disabled={keyResults.length === 0}
            onClick={() =>
              openConfidenceRound(
                doc,
                meeting,
                keyResults.map((kr) => kr.id),
              )
            }
          >
            {t('meeting.round.start')}
          </button>
        ) : (
          !round && <p className="meeting-hint">{t('meeting.round.canStart')}</p>
        )}
      </div>
    );
  }
  return (
    <section className="round" aria-label={t('meeting.round.name')}>
      <p className="round-status" role="status">
        {round.revealed
          ? t('meeting.round.revealed', { count: round.ballots })
          : t('meeting.round.entries', {
              count: round.ballots,
              voters:
                runs && round.voters.length > 0
                  ? ` (${voterNames(t, round.voters).join(', ')})`
                  : '',
            })}
      </p>
      {round.revealed ? (
        <ul className="round-results" aria-label={t('meeting.round.everyone')}>
          {round.items.map((id) => (
            <Revealed key={id} round={round} id={id} kr={byId.get(id)} runs={runs} today={today} />
          ))}
        </ul>
      ) : (
        votes && <MyConfidence round={round} keyResults={byId} connection={connection} />
      )}
      {runs && (
        <div className="round-actions">
          {!round.revealed && (
            <button
              type="button"
              className="button primary"
              onClick={() => revealConfidenceRound(doc)}
            >
              {t('meeting.round.reveal')}
            </button>
          )}
          <button type="button" className="button quiet" onClick={() => clearConfidenceRound(doc)}>
            {round.revealed ? t('meeting.round.close') : t('meeting.round.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
