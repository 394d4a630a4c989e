import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './desktop-api-proxy';

// The page gets `window.offsite` (the typed DesktopApi) and nothing else.
contextBridge.exposeInMainWorld('offsite', createDesktopApi(ipcRenderer));
