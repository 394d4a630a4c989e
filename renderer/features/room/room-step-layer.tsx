import { useEffect, useRef, type ReactNode } from 'react';
import { mayDo, mayWrite } from '../../../shared/protocol/policy';
import type { Role, Step } from '../../../shared/protocol/room';
import type { RoomConnection } from '../../sync/room-connection';
import { navigate, STEPS, useHash, workshopHref } from '../../ui/routes';
import { useOpenWorkshop } from '../../state/workshop-context';
import { EarlierVotes } from './earlier-votes';
import { FacilitatorBar } from './facilitator-bar';
import { followTarget } from './follow-target';
import { LockedEditsBanner } from './locked-edits-banner';
import { RefusalBanner } from './refusal-banner';
import { SpotlightBanner } from './spotlight-banner';
import { useFollowTargets, usePublishStage } from './stage-sync';
import { usePublishPresence } from './presence';
import {
  useRoomConnection,
  useRoomRole,
  useRoomState,
  useRoomStatus,
  useStepLocked,
} from './room-hooks';
import { followStore, useFollowLocal } from './follow-state';
import { TimerDisplay } from './timer-display';
import { VoteChip } from './vote-chip';
import { VotingPanel } from './voting-panel';
import { useT } from '../../ui/i18n';
import type { TFunction } from 'i18next';

/** Follow mode for this device: the facilitator leads, participants follow unless they step out. */
function useFollow(step: Step, role: string | null, inRoom: boolean) {
  const { id, doc } = useOpenWorkshop();
  const follow = useRoomState().follow;
  const following = useFollowLocal((s) => s.following);
  const wanted = useFollowLocal((s) => s.wanted);
  const wasOn = useRef(false);

  // A new follow session pulls everyone back in, even those who stepped out of the last one.
  useEffect(() => {
    if (follow?.on && !wasOn.current) followStore(doc).setState({ following: true, wanted: null });
    if (!follow?.on) followStore(doc).setState({ wanted: null });
    wasOn.current = follow?.on === true;
  }, [follow?.on, doc]);

  // The facilitator's step goes to the room in usePublishStage (stage-sync.ts), the weekly
  // meeting open on the Drumbeat in features/drumbeat/meeting-stage.ts.
  const meeting = useRoomState().meeting;
  const hash = useHash();
  const target = follow ? followTarget(id, { step: follow.step, meeting }, step, hash) : null;
  useEffect(() => {
    if (!inRoom || !follow?.on || role === 'facilitator') return;
    if (following && target) navigate(target);
  }, [inRoom, follow?.on, role, following, target]);

  const setFollowing = (on: boolean) => followStore(doc).setState({ following: on, wanted: null });
  /** Leaves follow mode on this device and opens the step this person asked for. */
  const stopAndGo = () => {
    const target = followStore(doc).getState().wanted;
    setFollowing(false);
    if (target) navigate(workshopHref(id, target));
  };
  return {
    on: inRoom && follow?.on === true && role !== 'facilitator',
    following,
    wanted: following ? wanted : null,
    leaderStep: follow?.step ?? step,
    setFollowing,
    stopAndGo,
  };
}

type Follow = ReturnType<typeof useFollow>;

/** Follow mode as this person sees it; while following, a click on another step says so. */
function FollowNotice({ follow }: { follow: Follow }) {
  const t = useT();
  if (!follow.on) return null;
  if (!follow.following) {
    return (
      <p className="room-chip follow-chip" role="status">
        <span>{t('room.steppedOut')}</span>
        <button type="button" className="button small" onClick={() => follow.setFollowing(true)}>
          {t('room.followFacilitator')}
        </button>
      </p>
    );
  }
  return (
    <p
      className={`room-chip follow-chip${follow.wanted ? ' follow-chip-wanted' : ''}`}
      role="status"
    >
      <span>
        {follow.wanted
          ? t('room.followingOn', {
              leader: label(t, follow.leaderStep),
              wanted: label(t, follow.wanted),
            })
          : t('room.following')}
      </span>
      <button
        type="button"
        className={`button small${follow.wanted ? ' primary' : ''}`}
        onClick={follow.stopAndGo}
      >
        {t('room.stopFollowing')}
      </button>
    </p>
  );
}

/**
 * Wraps a step's page with the room: the facilitator's controls, the timer, the vote,
 * follow mode, and the lock — a locked step is shown inside a disabled fieldset, so every
 * control of the page is disabled for participants (the hub refuses their writes anyway).
 */
export function RoomStepLayer({
  step,
  facilitatorTools,
  children,
}: {
  step: Step;
  /** Added to the facilitator's toolbar by the shell (History). */
  facilitatorTools?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const connection = useRoomConnection();
  const role = useRoomRole();
  const locked = useStepLocked(step);
  const voting = useRoomState().voting;
  const follow = useFollow(step, role, connection !== null);
  const hubRole = useRoomStatus((s) => s.role);
  usePublishPresence(connection, hubRole, step);
  usePublishStage(step);
  useFollowTargets(step, follow.on && follow.following, connection !== null);

  return (
    <>
      <RoomBar
        step={step}
        connection={connection}
        role={role}
        follow={follow}
        tools={facilitatorTools}
      />
      {connection && <RefusalBanner connection={connection} />}
      {connection && <LockedEditsBanner connection={connection} />}
      {connection && (
        <SpotlightBanner step={step} role={role} following={follow.on && follow.following} />
      )}
      {locked && (
        <p className="room-banner room-banner-locked" role="status">
          {/* An inline padlock: the emoji is missing from common Linux fonts (an empty box). */}
          <svg
            className="room-lock-icon"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
          >
            <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
            <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>{' '}
          {t('room.lockedBy')}
          {role === 'viewer' ? t('room.readOnly') : ''}
        </p>
      )}
      {voting && (
        <VotingPanel
          voting={voting}
          connection={connection}
          canVote={role !== null && mayDo(role, 'vote')}
        />
      )}
      <EarlierVotes step={step} />
      <fieldset
        className="step-fieldset"
        disabled={locked}
        aria-label={locked ? t('room.locked', { step: label(t, step) }) : undefined}
      >
        {children}
      </fieldset>
    </>
  );
}

/**
 * The room bar under the header: the timer, the running vote and follow mode pinned where
 * everyone sees them whatever they scroll, and on the facilitator's screen their toolbar.
 * Nothing at all when none of them is on.
 */
function RoomBar({
  step,
  connection,
  role,
  follow,
  tools,
}: {
  step: Step;
  connection: RoomConnection | null;
  role: string | null;
  follow: Follow;
  tools: ReactNode;
}) {
  const room = useRoomState();
  // The facilitation controls are for whoever the policy table lets write the room state.
  const toolbar =
    connection !== null && role !== null && mayWrite(role as Role, { kind: 'room' }, []);
  if (!toolbar && !room.timer && !room.voting && !follow.on) return null;
  return (
    <div className={`room-top${toolbar ? ' room-top-toolbar' : ''}`}>
      {(room.timer || room.voting || follow.on) && (
        <div className="room-pins">
          <TimerDisplay />
          {room.voting && <VoteChip voting={room.voting} />}
          <FollowNotice follow={follow} />
        </div>
      )}
      {toolbar && <FacilitatorBar step={step} connection={connection} tools={tools} />}
    </div>
  );
}

/** A step's name in the app's language (an unknown id as it is). */
function label(t: TFunction, step: Step): string {
  return STEPS.some((s) => s.id === step) ? t(`steps.${step}.label`) : step;
}
