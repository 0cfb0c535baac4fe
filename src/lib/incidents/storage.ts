/**
 * The borrower tools' records in this browser: the incident log (src/lib/stored.ts
 * does the reading and writing), letter drafts, and the self-check → letter hand-over. Every failure
 * becomes a state the page says in words; none stops the tool working for this visit.
 */
import { LOG_KEY, parseLog, type IncidentLog } from './log';
import { loadStored, removeStored, saveStored, type Kept } from '../stored';
import { DRAFTS_KEY, parseDrafts, withDraft, withoutDraft, type LetterDraft, type LetterDrafts } from '../letters/drafts';

export type { Kept };

const parse = (raw: string | null) => { const { log, state } = parseLog(raw); return { value: log, state }; };

export function loadLog(): { log: IncidentLog; state: Kept } {
  const { value, state } = loadStored(LOG_KEY, parse);
  return { log: value, state };
}

/** Writes the log unless the stored one is from a newer schema; returns the log and what happened. */
export function saveLog(update: (log: IncidentLog) => IncidentLog): { log: IncidentLog; state: Kept } {
  const { value, state } = saveStored(LOG_KEY, parse, update);
  return { log: value, state };
}

export const clearLog = (): Kept => removeStored(LOG_KEY);

/** All letter drafts, and whether they could be read. */
export function loadDrafts(): { drafts: LetterDrafts; state: Kept } {
  try {
    return parseDrafts(window.localStorage.getItem(DRAFTS_KEY));
  } catch {
    return { drafts: parseDrafts(null).drafts, state: 'unavailable' };
  }
}

/** One letter's draft, if any, and the state of the store. */
export function loadDraft(letter: string): { draft: LetterDraft | undefined; state: Kept } {
  const { drafts, state } = loadDrafts();
  return { draft: drafts.drafts[letter], state };
}

function writeDrafts(update: (d: LetterDrafts) => LetterDrafts, done: Kept): Kept {
  const { drafts, state } = loadDrafts();
  // A store from a newer version of the site is left alone; a corrupt one is started afresh.
  if (state === 'newer' || state === 'unavailable') return state;
  try {
    const next = update(drafts);
    if (Object.keys(next.drafts).length === 0) window.localStorage.removeItem(DRAFTS_KEY);
    else window.localStorage.setItem(DRAFTS_KEY, JSON.stringify(next));
    return done;
  } catch {
    return 'unavailable';
  }
}

/** Keeps what the reader typed into one letter (an all-empty draft is removed); returns what happened. */
export const saveDraft = (letter: string, values: Record<string, string>): Kept =>
  writeDrafts((d) => withDraft(d, letter, values), Object.values(values).some((v) => v !== '') ? 'ok' : 'empty');

/** Removes one letter's draft, leaving the others. */
export const clearDraft = (letter: string): Kept => writeDrafts((d) => withoutDraft(d, letter), 'empty');

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
