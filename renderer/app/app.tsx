import { lazy, Suspense, useEffect } from 'react';
import { HomePage } from '../features/home/home-page';
import {
  importJson,
  newWorkshop,
  openFile,
  openFileFailed,
  openWorkshopFile,
} from '../features/home/home-actions';
import { platform } from '../platform';
import { ChoiceDialog } from '../ui/choice-dialog';
import { ErrorDialog } from '../ui/error-dialog';
import { JoinPage } from '../features/room/join-page';
import { ConnectServerSection } from '../features/room/connect-server-section';
import { JoinRoomSection } from '../features/room/join-room-section';
import { PresentRoute } from './present-route';
import { RoomRoute } from './room-route';
import { roomOfWorkshopId } from '../sync/room-links';
import { homeHref, parseHash, useHash } from '../ui/routes';
import { WorkshopRoute } from './workshop-route';
import { useAppLanguage, useT } from '../ui/i18n';
import { useHomeLanguage } from '../ui/app-language';

// Only a server's facilitator opens it: its code loads on that route alone.
const AdminPage = lazy(() =>
  import('../features/admin/admin-page').then((m) => ({ default: m.AdminPage })),
);

/** The app: hash routing between home, an open workshop and the room's join link. */
export function App() {
  const route = parseHash(useHash());
  const t = useT();
  // Outside a workshop the app speaks the language picked on the home screen (at first the
  // browser's); a workshop switches it to its own (WorkshopShell, PresentView).
  const inWorkshop = route.name === 'workshop' || route.name === 'present';
  const homeLanguage = useHomeLanguage();
  useAppLanguage(inWorkshop ? null : homeLanguage);

  // Desktop menu commands and files opened from the OS work from every screen.
  useEffect(() => {
    const p = platform();
    const offMenu = p.onMenuCommand((command) => {
      if (command === 'new') void newWorkshop();
      else if (command === 'open') void openFile();
      else if (command === 'import-json') void importJson();
    });
    const offOpen = p.onOpenFile((file) => void openWorkshopFile(file));
    const offFailed = p.onOpenFileFailed(openFileFailed);
    return () => {
      offMenu();
      offOpen();
      offFailed();
    };
  }, []);

  let page;
  switch (route.name) {
    case 'home':
      page = <HomePage joinRoom={<JoinRoomSection />} connectServer={<ConnectServerSection />} />;
      break;
    case 'workshop': {
      // A joined room is a workshop too, opened from its local copy and the hub.
      const room = roomOfWorkshopId(route.workshopId);
      page = room ? (
        <RoomRoute key={route.workshopId} room={room} step={route.step} />
      ) : (
        <WorkshopRoute key={route.workshopId} workshopId={route.workshopId} step={route.step} />
      );
      break;
    }
    case 'join':
      page = <JoinPage key={route.room} room={route.room} token={route.token} />;
      break;
    case 'admin':
      page = (
        <Suspense fallback={<main className="centered-message">{t('app.loading')}</main>}>
          <AdminPage token={route.token} />
        </Suspense>
      );
      break;
    case 'present':
      page = <PresentRoute key={route.room} room={route.room} token={route.token} ws={route.ws} />;
      break;
    default:
      page = (
        <main className="centered-message">
          <h1>{t('app.notFound')}</h1>
          <a className="button primary" href={homeHref()}>
            {t('app.goToWorkshops')}
          </a>
        </main>
      );
  }
  return (
    <>
      {page}
      <ChoiceDialog />
      <ErrorDialog />
    </>
  );
}
