/**
 * The few words the browser's search scripts show, taken from the site's one
 * dictionary on the server and handed over as JSON in a data-strings attribute
 * (the header search form carries it on every page), so the scripts hold no table.
 */
import { lookup, type Translator } from '../i18n/ui';
import { formatPlural, type PluralForms } from '../i18n/format';
import { pageKinds } from '../routes';

export interface SearchScriptStrings {
  resultsLabel: string;
  allResults: string;
  loadFailed: string;
  empty: string;
  more: string;
  sectionsLabel: string;
  zeroTitle: string;
  /** Said after the count when a slip was mended: 也按「呆账核销」找了. */
  alsoSearched: string;
  zeroDoorsTitle: string;
  /** Plural forms of "{count} results" by Intl.PluralRules category; `other` always present. */
  count: PluralForms;
  /** Labels of result kinds. */
  kinds: Record<string, string>;
}

export function searchScriptStrings(t: Translator): SearchScriptStrings {
  // Both forms as written; the browser picks one with Intl.PluralRules (Chinese only ever picks `other`).
  const count = { one: lookup(t.locale, 'search.count.one'), other: lookup(t.locale, 'search.count.other') };
  return {
    resultsLabel: t('search.resultsLabel'),
    allResults: t('search.allResults'),
    loadFailed: t('search.loadFailed'),
    empty: t('search.empty'),
    more: t('search.more'),
    sectionsLabel: t('search.sectionsLabel'),
    zeroTitle: t('search.zeroTitle', { query: '{query}' }),
    alsoSearched: t('search.alsoSearched', { query: '{query}' }),
    zeroDoorsTitle: t('search.zeroDoorsTitle'),
    count,
    kinds: Object.fromEntries((['sources', 'glossary', 'info', 'modules', 'drills', 'tools', ...pageKinds] as const).map((kind) => [kind, t(`kind.${kind}`)])),
  };
}

/** Read by the scripts: the strings handed over on the page. */
export function readScriptStrings(from: HTMLElement | null): SearchScriptStrings {
  const raw = from?.dataset.strings;
  if (!raw) throw new Error('search strings missing: the header search form must carry data-strings');
  return JSON.parse(raw) as SearchScriptStrings;
}

/** "{count} results" in the page's language, chosen by Intl.PluralRules. */
export function countText(strings: SearchScriptStrings, count: number, lang: string): string {
  return formatPlural(strings.count, count, lang);
}
