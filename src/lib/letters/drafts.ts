/**
 * Letter drafts: what the reader typed into each letter, kept in this browser's
 * localStorage under one key (never in a URL, never sent). Versioned (`schema`);
 * anything unreadable is reported, never half-read. Pure: storage is in
 * src/lib/incidents/storage.ts, the one place the borrower tools touch it.
 */
import { readVersioned, type StoredState } from '../stored';

export const DRAFTS_KEY = 'letter-drafts';
export const DRAFTS_SCHEMA = 1;

export interface LetterDraft {
  /** What the reader typed, by field name. */
  values: Record<string, string>;
  /** When it was last written, local time YYYY-MM-DDTHH:MM. */
  saved: string;
}
export interface LetterDrafts { schema: typeof DRAFTS_SCHEMA; drafts: Record<string, LetterDraft> }
export type DraftsState = StoredState;

export const emptyDrafts = (): LetterDrafts => ({ schema: DRAFTS_SCHEMA, drafts: {} });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDraft = (v: unknown): v is LetterDraft => isRecord(v) && typeof v.saved === 'string' && v.saved.length <= 32
  && isRecord(v.values) && Object.values(v.values).every((x) => typeof x === 'string' && x.length <= 10_000);

/** The drafts in a stored string: `corrupt` for anything malformed, `newer` for a later schema. */
export function parseDrafts(raw: string | null): { drafts: LetterDrafts; state: DraftsState } {
  const { value, state } = readVersioned<LetterDrafts>(raw, DRAFTS_SCHEMA, (d) => isRecord(d.drafts) && Object.values(d.drafts).every(isDraft), emptyDrafts);
  return { drafts: { schema: DRAFTS_SCHEMA, drafts: value.drafts }, state };
}

/** Local time as YYYY-MM-DDTHH:MM. */
export function localStamp(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** The drafts with this letter's values; a draft with nothing typed is removed instead of kept. */
export function withDraft(drafts: LetterDrafts, letter: string, values: Record<string, string>, saved = localStamp()): LetterDrafts {
  const kept = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  if (Object.keys(kept).length === 0) return withoutDraft(drafts, letter);
  return { ...drafts, drafts: { ...drafts.drafts, [letter]: { values: kept, saved } } };
}

export function withoutDraft(drafts: LetterDrafts, letter: string): LetterDrafts {
  const rest = { ...drafts.drafts };
  delete rest[letter];
  return { ...drafts, drafts: rest };
}
