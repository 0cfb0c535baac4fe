/**
 * The one place the training islands touch localStorage. Every failure (storage
 * disabled, full, or holding something unreadable) becomes a state the page can
 * say in words; none of them stops a check or a drill.
 */
import { parseProgress, STORAGE_KEY, type Progress, type ReadState } from '../../lib/training/progress';

export type StoreState = ReadState | 'unavailable';

export function loadProgress(): { progress: Progress; state: StoreState } {
  try {
    return parseProgress(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return { progress: parseProgress(null).progress, state: 'unavailable' };
  }
}

/**
 * Writes the progress unless the stored record belongs to a newer schema (it is
 * left alone). Returns the state to show: 'ok' when written.
 */
export function saveProgress(update: (p: Progress) => Progress): StoreState {
  const { progress, state } = loadProgress();
  if (state === 'newer' || state === 'unavailable') return state;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(update(progress)));
    return 'ok';
  } catch {
    return 'unavailable';
  }
}

export function clearProgress(): StoreState {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
    return 'empty';
  } catch {
    return 'unavailable';
  }
}
