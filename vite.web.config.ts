import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared.config';

// The renderer as a plain web app: served by the room (hub) and driven by the e2e tests.
export default defineConfig(rendererConfig('out/web', 'web'));
