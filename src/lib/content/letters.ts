/** What a letter page hands its form: the letter's fields, template and words, one locale only. */
import type { CollectionEntry } from 'astro:content';
import type { LetterFormProps } from '../../islands/LetterForm';
import { letterStrings } from '../i18n/letter';
import { defaultLocale, htmlLang, localeOfId, slugOfId } from '../i18n/locales';

export function letterProps(entry: CollectionEntry<'letters'>): LetterFormProps {
  const locale = localeOfId(entry.id);
  const { fields, template, sendTo, gloss } = entry.data;
  // Every letter is sent in Chinese, since the lender reads Chinese: its dates and blanks are
  // Chinese on every page; an English page adds the English gloss beside it.
  return {
    slug: slugOfId(entry.id), locale, lang: htmlLang[locale], letterLang: htmlLang[defaultLocale], letterBlanks: letterStrings[defaultLocale].blanks,
    fields, template, sendTo, strings: letterStrings[locale], ...(gloss ? { gloss } : {}),
  };
}
