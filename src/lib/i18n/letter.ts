/**
 * Every string of the letter form (the island on /letters/<slug>/ and its no-JavaScript
 * note), per locale. Plain data with {name} placeholders, passed to the island as a prop
 * so its JavaScript carries one language only; checked at build like the calculator's.
 * Field labels, hints and the letter itself are content: content/letters/<locale>/.
 */
import type { Locale } from './locales';
import type { BlankWords } from '../letters/types';
import type { FieldProblem } from '../letters/fields';
import type { LogWords } from '../incidents/log';
import { letterZhCn } from './dictionaries/letter.zh-cn';
import { letterEn } from './dictionaries/letter.en';

export interface LetterStrings {
  /** Between a label and its text: '：' in Chinese, ': ' in English. */
  colon: string;
  /** Joins a list of field names: '、' or ', '. */
  listSeparator: string;
  /** Shown without JavaScript, above the letter with its blanks. */
  noscript: string;
  formHeading: string;
  formIntro: string;
  /** After the label of a required field, with its brackets: （必填）. */
  required: string;
  /** The extra radio button of an optional choice: nothing chosen yet, the letter keeps its blank. */
  noChoice: string;
  letterHeading: string;
  /** English pages: the heading and note of the English gloss beside the Chinese letter (never sent). */
  glossHeading: string;
  glossNote: string;
  /** How many blanks the letter still has: plural forms, {count}. */
  blanksLeft: { other: string; one?: string };
  noBlanks: string;
  sendTo: string;
  actions: {
    heading: string;
    copy: string;
    print: string;
    download: string;
    copied: string;
    copyFailed: string;
    downloaded: string;
    printing: string;
    /** Above the list of fields to fix when an action was refused: {count}. */
    fixFirst: string;
  };
  problems: Record<FieldProblem, string> & { requiredChoice: string };
  draft: {
    note: string;
    restored: string;
    saved: string;
    unavailable: string;
    corrupt: string;
    newer: string;
    clear: string;
    clearConfirm: string;
    cleared: string;
  };
  /** Said once when the self-check handed values over: {fields}. */
  handoff: string;
  log: {
    legend: string;
    hint: string;
    empty: string;
    unavailable: string;
    corrupt: string;
    newer: string;
    words: LogWords;
  };
  blanks: BlankWords;
}

export const letterStrings: Record<Locale, LetterStrings> = { 'zh-cn': letterZhCn, en: letterEn };
