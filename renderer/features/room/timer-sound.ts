import { useSyncExternalStore } from 'react';

/**
 * The optional chime at the end of a step's timer: off by default, remembered on this
 * device, played with the Web Audio API (a few sine tones, no audio file to ship or cache).
 */
const KEY = 'offsite.timerSound';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

let on = read();

export function setTimerSound(value: boolean): void {
  on = value;
  try {
    localStorage.setItem(KEY, value ? 'on' : 'off');
  } catch {
    // Storage disabled: the choice lasts until the page is closed.
  }
  for (const listener of listeners) listener();
  // A browser starts audio only after a gesture: the click on the toggle is one.
  if (value) void audio()?.resume();
}

export function useTimerSound(): boolean {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => on,
  );
}

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Three short rising tones, soft enough for a meeting room. */
export function playTimeUp(): void {
  if (!on) return;
  const ctx = audio();
  if (!ctx) return;
  const start = ctx.currentTime + 0.05;
  [660, 880, 1100].forEach((frequency, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    const t = start + i * 0.28;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.25, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.26);
  });
}
