/**
 * One field's value: cleaned (full-width digits from a Chinese keyboard become ASCII),
 * checked (a problem is a code, worded by the island from the letter strings), and
 * written the way the letter shows it. A value that is empty or wrong is never written
 * into the letter: the letter shows the field's blank instead, never "NaN" or nothing.
 */
import type { LetterField, LetterValues } from './types';

/** Longest value kept, by kind: one line, or several. */
export const MAX_LINE = 200;
export const MAX_TEXT = 4000;

export type FieldProblem = 'required' | 'last4' | 'idLast4' | 'phone' | 'date' | 'tooLong';

const toAscii = (s: string) => s.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));

/** The value as the letter would use it: trimmed, line ends unified, digits made ASCII where digits are asked for. */
export function cleanValue(field: LetterField, raw: string | undefined): string {
  const text = (raw ?? '').replace(/\r\n?/g, '\n');
  switch (field.type) {
    case 'last4': return toAscii(text).replace(/\s+/g, '').toUpperCase();
    case 'phone': return toAscii(text).trim().replace(/\s+/g, ' ');
    case 'textarea':
    case 'incidents': return text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/^\n+|\n+$/g, '');
    default: return text.trim().replace(/\s*\n\s*/g, ' ');
  }
}

/** A real calendar day written YYYY-MM-DD (what <input type="date"> gives), between 1900 and 2099. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2099 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** What is wrong with a value, or undefined when the letter can use it (or it is an optional empty one). */
export function fieldProblem(field: LetterField, raw: string | undefined): FieldProblem | undefined {
  const value = cleanValue(field, raw);
  if (value === '') return field.required ? 'required' : undefined;
  const max = field.type === 'textarea' || field.type === 'incidents' ? MAX_TEXT : MAX_LINE;
  if (value.length > max) return 'tooLong';
  switch (field.type) {
    case 'last4': return (field.idNumber ? /^\d{3}[\dX]$/ : /^\d{4}$/).test(value) ? undefined : field.idNumber ? 'idLast4' : 'last4';
    case 'phone': {
      if (!/^\+?[\d\s\-()]+$/.test(value)) return 'phone';
      const digits = value.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15 ? undefined : 'phone';
    }
    case 'date': return isCalendarDay(value) ? undefined : 'date';
    default: return undefined;
  }
}

/** Every field's problem, by name; fields without one are absent. */
export function letterProblems(fields: readonly LetterField[], values: LetterValues): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, values[field.name]);
    if (problem) out[field.name] = problem;
  }
  return out;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** 2026-11-23 → 2026年11月23日 (zh-CN) or 23 November 2026 (en). */
export function longDate(iso: string, lang: string): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** The text the letter shows for a field, or undefined when it must show the blank (empty or wrong). */
export function shownValue(field: LetterField, raw: string | undefined, lang: string): string | undefined {
  const value = cleanValue(field, raw);
  if (value === '' || fieldProblem(field, raw) !== undefined) return undefined;
  if (field.type === 'date') return longDate(value, lang);
  if (field.type === 'choice' && !(field.options ?? []).includes(value)) return undefined;
  return value;
}

/**
 * Values from a stored draft or a hand-over, made safe for this letter's fields: only its
 * field names, only strings, cut to the longest length kept, a choice only if still offered.
 */
export function acceptValues(fields: readonly LetterField[], values: Readonly<Record<string, unknown>>): LetterValues {
  const out: LetterValues = {};
  for (const field of fields) {
    const value = values[field.name];
    if (typeof value !== 'string' || value === '') continue;
    if (field.type === 'choice' && !(field.options ?? []).includes(value)) continue;
    out[field.name] = value.slice(0, (field.type === 'textarea' || field.type === 'incidents' ? MAX_TEXT : MAX_LINE) * 2);
  }
  return out;
}

/**
 * Adds or removes one line of a several-line value (an incident log entry ticked or
 * unticked). Removing takes out that exact line only, so a line the reader edited stays.
 */
export function toggleLine(text: string, line: string, on: boolean): string {
  const lines = text === '' ? [] : text.replace(/\r\n?/g, '\n').split('\n');
  const has = lines.includes(line);
  if (on && !has) {
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    return [...lines, line].join('\n');
  }
  if (!on && has) return lines.filter((l) => l !== line).join('\n');
  return text;
}

/** Whether a several-line value holds the line exactly (the tick box of a log entry). */
export const hasLine = (text: string, line: string): boolean => text.replace(/\r\n?/g, '\n').split('\n').includes(line);
