/** What a letter page hands its form: the letter's fields, template and words, one locale only. */
import type { CollectionEntry } from 'astro:content';
import type { LetterFormProps } from '../../islands/LetterForm';
import { letterStrings } from '../i18n/letter';
import { htmlLang, localeOfId, slugOfId } from '../i18n/locales';

export function letterProps(entry: CollectionEntry<'letters'>): LetterFormProps {
  const locale = localeOfId(entry.id);
  const { fields, template, sendTo } = entry.data;
  return { slug: slugOfId(entry.id), locale, lang: htmlLang[locale], fields, template, sendTo, strings: letterStrings[locale] };
}
