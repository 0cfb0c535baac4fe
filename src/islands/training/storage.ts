/**
 * Training progress in this browser's storage (src/lib/stored.ts does the reading and
 * writing). Every failure becomes a state the page says in words; none stops a check.
 */
import { parseProgress, STORAGE_KEY, type Progress } from '../../lib/training/progress';
import { loadStored, removeStored, saveStored, type Kept } from '../../lib/stored';

export type StoreState = Kept;

const parse = (raw: string | null) => { const { progress, state } = parseProgress(raw); return { value: progress, state }; };

export function loadProgress(): { progress: Progress; state: StoreState } {
  const { value, state } = loadStored(STORAGE_KEY, parse);
  return { progress: value, state };
}

/** Writes the progress unless the stored record belongs to a newer schema; returns the state to show. */
export const saveProgress = (update: (p: Progress) => Progress): StoreState => saveStored(STORAGE_KEY, parse, update).state;

export const clearProgress = (): StoreState => removeStored(STORAGE_KEY);
