import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/**
 * One renderer configuration for both targets: the desktop window (electron-vite) and the
 * plain web app the room serves to browser participants. `dedupe` keeps one copy of yjs in
 * the bundle: two copies break `instanceof` checks (yjs#438).
 */
export function rendererConfig(outDir: string, target: 'web' | 'desktop'): UserConfig {
  return {
    root: resolve(__dirname, 'renderer'),
    // Lets a module pick what only one target needs (the desktop's inline font chunks).
    define: { 'import.meta.env.OFFSITE_TARGET': JSON.stringify(target) },
    base: './',
    plugins: [react()],
    resolve: { dedupe: ['yjs', 'y-protocols', 'react', 'react-dom'] },
    build: {
      outDir: resolve(__dirname, outDir),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  };
}
