import { localePath, localeOfId, slugOfId, type Locale } from '../i18n/locales';
import { pageKinds, type PageKind } from '../routes';

export { pageKinds, type PageKind };

export const isPageKind = (value: string): value is PageKind => (pageKinds as readonly string[]).includes(value);

/** URL of an entry page from its collection and id ("zh-cn/home-visit-preparation"). */
export function entryUrl(kind: PageKind, id: string): string {
  return localePath(localeOfId(id), `/${kind}/${slugOfId(id)}/`);
}

/** URL of a kind's index page. */
export const kindUrl = (locale: Locale, kind: PageKind | 'sources' | 'glossary'): string => localePath(locale, `/${kind}/`);

/** Link to a source on /sources/ (the anchor is the source id). */
export const sourceUrl = (locale: Locale, id: string): string => localePath(locale, `/sources/#${id}`);

/** Link to a glossary term on /glossary/. */
export const termUrl = (locale: Locale, id: string): string => localePath(locale, `/glossary/#${id}`);

