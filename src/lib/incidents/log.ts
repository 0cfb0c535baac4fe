/**
 * The borrower's private incident log: each contact by a collector, as the borrower
 * recorded it, kept in this browser's localStorage only (never in a URL, never sent).
 * Versioned (`schema`); anything unreadable is reported, never half-read.
 * Pure: the islands read and write the string.
 */
import { channels, persons, type Channel, type Incident, type Person } from '../selfcheck/types';
import { readVersioned, type StoredState } from '../stored';

export const LOG_KEY = 'incident-log';
export const LOG_SCHEMA = 1;

export interface LogEntry {
  /** Stable id within the log (created when the entry is added). */
  id: string;
  /** Day and time it happened, local: YYYY-MM-DD and HH:MM (time may be empty). */
  date: string;
  time: string;
  channel: Channel;
  /** Who came, called or wrote: name, number or description, as the borrower knows it. */
  who: string;
  /** Whom else they contacted or told (the self-check's persons). */
  contacted: Person[];
  /** What was said or done, in the borrower's words. */
  said: string;
  /** Evidence kept: recording, screenshot, witness … */
  evidence: string;
  /** The self-check answers, when the entry was checked. */
  incident?: Incident;
}

export interface IncidentLog { schema: typeof LOG_SCHEMA; entries: LogEntry[] }
export type LogState = StoredState;

export const emptyLog = (): IncidentLog => ({ schema: LOG_SCHEMA, entries: [] });

const isText = (v: unknown, max = 4000) => typeof v === 'string' && v.length <= max;
const isEntry = (v: unknown): v is LogEntry => {
  const e = v as LogEntry;
  return typeof e === 'object' && e !== null && isText(e.id, 64) && /^\d{4}-\d{2}-\d{2}$/.test(String(e.date))
    && (e.time === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(String(e.time)))
    && (channels as readonly string[]).includes(e.channel) && isText(e.who) && isText(e.said) && isText(e.evidence)
    && Array.isArray(e.contacted) && e.contacted.every((p) => (persons as readonly string[]).includes(p))
    && (e.incident === undefined || (typeof e.incident === 'object' && e.incident !== null));
};

/** The log in a stored string: `corrupt` for anything malformed, `newer` for a later schema. */
export function parseLog(raw: string | null): { log: IncidentLog; state: LogState } {
  const { value, state } = readVersioned<IncidentLog>(raw, LOG_SCHEMA, (log) => Array.isArray(log.entries) && log.entries.every(isEntry), emptyLog);
  return { log: { schema: LOG_SCHEMA, entries: value.entries }, state };
}

/** Entries newest first (by day, then time). */
export const sortedEntries = (log: IncidentLog): LogEntry[] =>
  [...log.entries].sort((a, b) => `${b.date} ${b.time}`.localeCompare(`${a.date} ${a.time}`));

export const withEntry = (log: IncidentLog, entry: LogEntry): IncidentLog =>
  ({ ...log, entries: [...log.entries.filter((e) => e.id !== entry.id), entry] });

export const withoutEntry = (log: IncidentLog, id: string): IncidentLog =>
  ({ ...log, entries: log.entries.filter((e) => e.id !== id) });

/** A new id: time-based, unique enough within one person's log. */
export const newEntryId = (now = Date.now(), salt = Math.random()): string => `${now.toString(36)}${Math.floor(salt * 1296).toString(36).padStart(2, '0')}`;

export interface LogWords {
  channel: Record<Channel, string>;
  person: Record<Person, string>;
  /** Column headings, in order: date, time, channel, who, contacted, said, evidence. */
  columns: [string, string, string, string, string, string, string];
}

/** One line per entry for a letter: 2026-11-20 21:30 上门（两名男子）：…；证据：… */
export function entryLine(e: LogEntry, words: LogWords, locale: 'zh-cn' | 'en'): string {
  const sep = locale === 'en' ? ': ' : '：';
  const when = [e.date, e.time].filter(Boolean).join(' ');
  const how = `${words.channel[e.channel]}${e.who ? (locale === 'en' ? ` (${e.who})` : `（${e.who}）`) : ''}`;
  const evidence = e.evidence ? (locale === 'en' ? `; evidence: ${e.evidence}` : `；证据：${e.evidence}`) : '';
  return `${when} ${how}${sep}${e.said}${evidence}`;
}

/** A CSV field: quoted, quotes doubled; formula-leading characters neutralised for spreadsheets. */
const field = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;

/** The log as CSV for Excel and WPS: UTF-8 BOM, CRLF, every field quoted, oldest first. */
export function logCsv(log: IncidentLog, words: LogWords): string {
  const rows = [...sortedEntries(log)].reverse().map((e) => [
    e.date, e.time, words.channel[e.channel], e.who, e.contacted.map((p) => words.person[p]).join(' / '), e.said, e.evidence,
  ]);
  return `\uFEFF${[words.columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
