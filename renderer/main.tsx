import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadStepPages } from './app/step-page';
import { registerOfflineCache } from './platform/offline-cache';
import './app/styles.css';

// No StrictMode: its double-run effects would open each workshop's IndexedDB twice at once.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App />);
// Once the first screen is up, fetch the step pages while the network is there.
setTimeout(preloadStepPages, 0);
// A browser participant keeps the app itself for a reload without Wi-Fi (hub-served only).
registerOfflineCache();
