/** The e2e harness: the built web renderer served locally, driven in Debian's Chromium. */
export { serveWeb, WEB_ROOT, type StaticServer } from './static-server';
export {
  CHROMIUM_ARGS,
  launchChromium,
  launchPersistent,
  newScreenContext,
  type ScreenSize,
} from './browser';
export { startFixtureHub, type FixtureHub } from './fixture-hub';
export { watchPage, type PageErrors } from './page-errors';
export { seriousViolations } from './axe';
export {
  agendaLink,
  editAndStore,
  enableRenderCounts,
  goToStep,
  importWorkshop,
  joinPeople,
  joinRoom,
  jsonFile,
  lastStoredKey,
  openPersistent,
  readRenderCounts,
  type ChosenFile,
  type JoinedPerson,
  type PersistentSession,
  type RenderCounts,
} from './workshop-actions';
export {
  dndLiveRegion,
  dropLifted,
  keyboardMove,
  liftCard,
  moveLifted,
  mouseDrag,
  projectCard,
  touchDrag,
} from './board-actions';
export { leaves, NOT_SHOWN, sampleWords, shownTexts, type Tree } from './shown-texts';
