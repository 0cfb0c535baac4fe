/**
 * The one place the borrower tools touch localStorage: the incident log and letter
 * drafts. Every failure (disabled, full, unreadable) becomes a state the page says
 * in words; none stops the tool working for this visit.
 */
import { LOG_KEY, parseLog, type IncidentLog, type LogState } from './log';

export type Kept = LogState | 'unavailable';

export function loadLog(): { log: IncidentLog; state: Kept } {
  try {
    return parseLog(window.localStorage.getItem(LOG_KEY));
  } catch {
    return { log: parseLog(null).log, state: 'unavailable' };
  }
}

/** Writes the log unless the stored one is from a newer schema; returns what happened. */
export function saveLog(update: (log: IncidentLog) => IncidentLog): { log: IncidentLog; state: Kept } {
  const { log, state } = loadLog();
  if (state === 'newer' || state === 'unavailable') return { log: update(log), state };
  const next = update(log);
  try {
    window.localStorage.setItem(LOG_KEY, JSON.stringify(next));
    return { log: next, state: 'ok' };
  } catch {
    return { log: next, state: 'unavailable' };
  }
}

export function clearLog(): Kept {
  try { window.localStorage.removeItem(LOG_KEY); return 'empty'; } catch { return 'unavailable'; }
}

/**
 * A hand-over between tools in this browser (the self-check fills a letter): written
 * just before following a link, read once by the page it leads to. Never in the URL.
 */
export const HANDOFF_KEY = 'letter-handoff';
export interface LetterHandoff { letter: string; values: Record<string, string> }

export function writeHandoff(handoff: LetterHandoff): boolean {
  try { window.sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(handoff)); return true; } catch { return false; }
}

export function takeHandoff(letter: string): Record<string, string> | undefined {
  try {
    const raw = window.sessionStorage.getItem(HANDOFF_KEY);
    if (!raw) return undefined;
    const handoff = JSON.parse(raw) as LetterHandoff;
    if (handoff.letter !== letter || typeof handoff.values !== 'object' || handoff.values === null) return undefined;
    window.sessionStorage.removeItem(HANDOFF_KEY);
    return Object.fromEntries(Object.entries(handoff.values).filter(([, v]) => typeof v === 'string'));
  } catch {
    return undefined;
  }
}
