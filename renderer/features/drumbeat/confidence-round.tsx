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
import { useConfidenceRound } from '../../state/confidence-round-state';
import { useWorkshopDoc } from '../../state/workshop-context';
import { shownName, voterId } from '../../sync/identity';
import { useRoomConnection, useRoomRole, useRoomStatus } from '../../sync/room-hooks';
import type { RoomConnection } from '../../sync/room-connection';
import { useTeamKeyResults } from './drumbeat-selectors';
import { formatDate } from './format';

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

const title = (kr: KeyResult | undefined) => kr?.title || 'A removed key result';

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
    connection.sendConfidence({
      roundId: round.id,
      voter: voterId(),
      name: shownName(connection) || 'Someone',
      confidence,
    });
    setSent(true);
  };
  return (
    <form className="round-ballot" onSubmit={send} aria-label="Your confidence">
      <p className="round-lead">
        How confident are you that each key result will be reached, from 0 (no chance) to 10
        (certain)? Nobody sees your numbers, the owner’s included, until the facilitator reveals
        everyone’s at once.
      </p>
      <ul className="round-items">
        {round.items.map((id) => (
          <li key={id} className="round-item">
            <label htmlFor={`round-${round.id}-${id}`}>{title(keyResults.get(id))}</label>
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
          Send my confidence
        </button>
        <span role="status" className="round-sent">
          {ack && !ack.accepted
            ? `Not counted: ${ack.reason}.`
            : sent && ack?.accepted
              ? 'Sent. It stays private until the reveal.'
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
      <span className="round-result-title">{title(kr)}</span>
      {summary ? (
        <span className="round-values">
          <span className="visually-hidden">Confidences entered: </span>
          {summary.values.map((v, i) => (
            <span key={i} className="round-value">
              {v}
            </span>
          ))}
          <span className="round-summary">
            median {summary.median}
            {summary.split &&
              ` · the room is split (${summary.low} to ${summary.high}): talk it through`}
          </span>
        </span>
      ) : (
        <span className="meeting-empty">Nobody entered a confidence.</span>
      )}
      {runs && (
        <form className="round-agree" onSubmit={record}>
          <label htmlFor={inputId}>Agreed confidence in {title(kr)}</label>
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
            Record
          </button>
          <span role="status" className="round-sent">
            {recorded === 'yes'
              ? 'Recorded as this week’s confidence.'
              : recorded === 'failed'
                ? 'Not recorded: check in a value for this key result first.'
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
  const connection = useRoomConnection();
  const role = useRoomRole();
  const round = useConfidenceRound();
  const keyResults = useTeamKeyResults(meeting.team);
  const byId = new Map(keyResults.map((kr) => [kr.id, kr]));
  const runs = connection !== null && role !== null && mayWrite(role, { kind: 'room' }, []);
  const votes = connection !== null && role !== null && mayDo(role, 'vote');

  if (!connection)
    return (
      <p className="meeting-hint">
        A private confidence round runs in the room: open the room for this workshop, and everyone
        who joins enters their confidence unseen before the facilitator reveals all at once.
      </p>
    );
  const here = round !== null && round.team === meeting.team && round.week === meeting.week;
  if (!here) {
    return (
      <div className="round-start">
        {round && (
          <p className="meeting-hint">
            A round is running for {round.team}, week of {formatDate(round.week)}.
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
            Start a private confidence round
          </button>
        ) : (
          !round && (
            <p className="meeting-hint">
              The facilitator can start a private confidence round: you will enter your confidence
              here, unseen until everyone’s is revealed.
            </p>
          )
        )}
      </div>
    );
  }
  return (
    <section className="round" aria-label="Private confidence round">
      <p className="round-status" role="status">
        {round.revealed
          ? `Revealed: ${round.ballots} ${round.ballots === 1 ? 'person' : 'people'} took part.`
          : `Private confidence round: ${round.ballots} ${round.ballots === 1 ? 'person has' : 'people have'} entered theirs${
              runs && round.voters.length > 0 ? ` (${round.voters.join(', ')})` : ''
            }.`}
      </p>
      {round.revealed ? (
        <ul className="round-results" aria-label="Everyone’s confidence">
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
              Reveal everyone’s confidence
            </button>
          )}
          <button type="button" className="button quiet" onClick={() => clearConfidenceRound(doc)}>
            {round.revealed ? 'Close the round' : 'Cancel the round'}
          </button>
        </div>
      )}
    </section>
  );
}
