/**
 * Records the reader keeps in this browser (training progress, the incident log) are
 * JSON with a `schema` number. Reading one either gives the record or says why not:
 * nothing stored, malformed (corrupt), or written by a newer version of the site.
 */
export type StoredState = 'empty' | 'ok' | 'corrupt' | 'newer';

export function readVersioned<T extends { schema: number }>(
  raw: string | null, schema: number, valid: (record: T) => boolean, empty: () => T,
): { value: T; state: StoredState } {
  if (raw === null || raw === '') return { value: empty(), state: 'empty' };
  let parsed: unknown;
  try { parsed = JSON.parse(raw); } catch { return { value: empty(), state: 'corrupt' }; }
  const record = parsed as T;
  if (typeof record !== 'object' || record === null || typeof record.schema !== 'number') return { value: empty(), state: 'corrupt' };
  if (record.schema > schema) return { value: empty(), state: 'newer' };
  if (record.schema !== schema || !valid(record)) return { value: empty(), state: 'corrupt' };
  return { value: record, state: 'ok' };
}

/** Stored, or why not; 'unavailable' when the browser refuses storage (disabled, full). */
export type Kept = StoredState | 'unavailable';

type Parse<T> = (raw: string | null) => { value: T; state: StoredState };

/** The record under `key`; storage that throws is 'unavailable', never an error. */
export function loadStored<T>(key: string, parse: Parse<T>): { value: T; state: Kept } {
  try {
    return parse(window.localStorage.getItem(key));
  } catch {
    return { value: parse(null).value, state: 'unavailable' };
  }
}

/**
 * Applies `update` to the stored record and writes it back, unless the stored one is
 * from a newer schema (left alone) or storage is unavailable. The updated record is
 * returned either way, so the page can go on with it for this visit.
 */
export function saveStored<T>(key: string, parse: Parse<T>, update: (value: T) => T): { value: T; state: Kept } {
  const { value, state } = loadStored(key, parse);
  const next = update(value);
  if (state === 'newer' || state === 'unavailable') return { value: next, state };
  try {
    window.localStorage.setItem(key, JSON.stringify(next));
    return { value: next, state: 'ok' };
  } catch {
    return { value: next, state: 'unavailable' };
  }
}

export function removeStored(key: string): Kept {
  try { window.localStorage.removeItem(key); return 'empty'; } catch { return 'unavailable'; }
}
