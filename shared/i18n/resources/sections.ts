import { app, steps } from './app';
import { board } from './board';
import { coachReport } from './coach-report';
import { cycleReportExport } from './cycle-report-export';
import { drumbeat } from './drumbeat';
import { drumbeatReview } from './drumbeat-review';
import { exportSection } from './export';
import { guide } from './guide';
import { guidePages } from './guide-pages';
import { meetingExport } from './meeting-export';
import { onepager } from './onepager';
import { okrs } from './okrs';
import { coachPanel } from './coach-panel';
import { widgets } from './widgets';
import { review } from './review';
import { history } from './history';
import { historyPoints } from './history-points';
import { meeting } from './meeting';
import { present } from './present';
import { presentMeeting } from './present-meeting';
import { room } from './room';
import { home } from './home';
import { admin } from './admin';
import { files } from './files';
import { dialogs } from './dialogs';
import { roomPeople } from './room-people';
import { roomVotes } from './room-votes';
import { join } from './join';
import { restoreCli } from './restore-cli';
import { peopleNames } from './people-names';
import { fileErrors } from './file-errors';

/**
 * The catalogue's sections, one per part of the app. The coach's messages and hints are
 * added beside them (index.ts) from their own catalogue.
 */
export const SECTIONS = {
  app,
  steps,
  onepager,
  board,
  export: exportSection,
  coachReport,
  cycleReportExport,
  guide,
  guidePages,
  meetingExport,
  okrs,
  coachPanel,
  widgets,
  review,
  history,
  historyPoints,
  drumbeat,
  drumbeatReview,
  meeting,
  present,
  presentMeeting,
  room,
  home,
  admin,
  files,
  dialogs,
  roomPeople,
  roomVotes,
  join,
  restoreCli,
  peopleNames,
  fileErrors,
};
