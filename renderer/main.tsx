import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/styles.css';

// No StrictMode: its double-run effects would open each workshop's IndexedDB twice at once.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App />);
