/**
 * The letter's one text, its template, made into the letter a reader sees: with blanks
 * (the printable page without JavaScript, ［姓名］) or with what the reader typed. The
 * template is plain text with {fieldName} placeholders; paragraphs are separated by an
 * empty line. Pure: the island, the page and the build check all use this.
 */
import { format } from '../i18n/format';
import { shownValue } from './fields';
import type { BlankWords, LetterField, LetterValues } from './types';

const placeholder = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The field names a template uses, each once, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((m) => m[1]!))];
}

/** The blank a field shows while empty: its own, or its type's default in the letter's language. */
export function blankOf(field: LetterField, blanks: BlankWords, gloss = false): string {
  if (field.blank !== undefined && !gloss) return field.blank;
  if (field.type === 'date' || field.type === 'last4' || field.type === 'phone') return blanks[field.type];
  return format(blanks.other, { label: field.label });
}

/** A run of the letter: plain template text, or a field's value or blank. */
export interface Segment {
  text: string;
  /** The field this run comes from. */
  field?: string;
  /** True when the run is the field's blank (nothing usable typed yet). */
  blank?: boolean;
}

export interface FillOptions {
  /** 'blank': every field shows its blank (the no-JavaScript letter); 'filled': the reader's values. */
  mode: 'blank' | 'filled';
  /** BCP 47 language of the letter, for dates: zh-CN or en. */
  lang: string;
  blanks: BlankWords;
  /** An English gloss of a Chinese letter: a chosen option shows as its English label, a blank as its English default. */
  gloss?: boolean;
}

/** The template's paragraphs: line ends unified, trailing spaces and outer empty lines dropped. */
function paragraphsOf(template: string): string[] {
  const lines = template.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  return lines.join('\n').trim().split(/\n{2,}/);
}

/**
 * The letter as runs of text. In 'filled' mode a paragraph holding an empty optional field
 * marked omitIfEmpty is left out; everywhere else an empty or wrong value shows the blank.
 * A placeholder naming no field throws (the build's check stops that first).
 */
export function fillLetter(template: string, fields: readonly LetterField[], values: LetterValues, options: FillOptions): Segment[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const fieldOf = (name: string) => {
    const field = byName.get(name);
    if (!field) throw new Error(`the letter template names {${name}}, which is not one of its fields`);
    return field;
  };
  const shown = (field: LetterField) => {
    const value = options.mode === 'filled' ? shownValue(field, values[field.name], options.lang) : undefined;
    const label = options.gloss && value !== undefined ? field.optionLabels?.[field.options?.indexOf(value) ?? -1] : undefined;
    return label ?? value;
  };
  const out: Segment[] = [];
  const push = (segment: Segment) => {
    const last = out.at(-1);
    if (last && !last.field && !segment.field) last.text += segment.text;
    else out.push(segment);
  };
  let first = true;
  for (const paragraph of paragraphsOf(template)) {
    const names = placeholdersIn(paragraph);
    if (options.mode === 'filled' && names.some((n) => fieldOf(n).omitIfEmpty && shown(fieldOf(n)) === undefined)) continue;
    if (!first) push({ text: '\n\n' });
    first = false;
    let at = 0;
    for (const m of paragraph.matchAll(placeholder)) {
      if (m.index! > at) push({ text: paragraph.slice(at, m.index) });
      const field = fieldOf(m[1]!);
      const value = shown(field);
      push(value === undefined ? { text: blankOf(field, options.blanks, options.gloss), field: field.name, blank: true } : { text: value, field: field.name });
      at = m.index! + m[0].length;
    }
    if (at < paragraph.length) push({ text: paragraph.slice(at) });
  }
  return out;
}

/** The letter as one string (line ends \n). */
export const letterText = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

/** How many blanks the letter still shows. */
export const blanksLeft = (segments: readonly Segment[]): number => segments.filter((s) => s.blank).length;

/** The letter as a .txt file for Windows Notepad and WPS alike: UTF-8 with a BOM, CRLF line ends, a final line end. */
export const letterFile = (text: string): string => `\uFEFF${text.replace(/\r\n?|\n/g, '\r\n')}\r\n`;

/** The letter's heading: the template's first line (关于催收行为的投诉). */
export const letterHeading = (template: string): string => paragraphsOf(template)[0]!.split('\n')[0]!.trim();

/**
 * A file name that says what the file is: the letter's heading, then the given parts (the
 * lender, when known) and the day, e.g. 关于催收行为的投诉-某银行-2026-11-29.txt. Characters
 * no file system accepts become spaces; each part is kept short.
 */
export function letterFileName(heading: string, parts: readonly string[], day: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${[heading, ...parts, day].map(safe).filter(Boolean).join('-')}.txt`;
}
