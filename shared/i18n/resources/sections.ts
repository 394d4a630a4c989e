import { app, steps } from './app';
import { board } from './board';
import { coachReport } from './coach-report';
import { drumbeat } from './drumbeat';
import { exportSection } from './export';
import { guide } from './guide';
import { meeting } from './meeting';
import { onepager } from './onepager';
import { present } from './present';
import { room } from './room';

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
  guide,
  drumbeat,
  meeting,
  present,
  room,
};
