/**
 * Looking up the site's words. Pages and components read a translator from
 * Astro.locals.t (set once per page by src/middleware.ts); code outside Astro
 * passes a locale to `t`. The words themselves are in dictionaries/.
 */
import { htmlLang, type Locale } from './locales';
import { zhCn } from './dictionaries/zh-cn';
import { en, pendingEnglish } from './dictionaries/en';
import { format } from './format';
import type { PluralKey, UiKey } from './keys';

export type { UiKey, PluralKey } from './keys';

export const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { 'zh-cn': zhCn, en };
export const pending: Record<Locale, readonly UiKey[]> = { 'zh-cn': [], en: pendingEnglish };

/**
 * The text of a key. A key listed as pending in a locale shows the Chinese text;
 * any other missing key throws, naming the key: never a silent blank.
 */
export function lookup(locale: Locale, key: UiKey): string {
  const value = dictionaries[locale][key];
  if (value !== undefined) return value;
  if (pending[locale].includes(key)) return zhCn[key];
  throw new Error(`no ${locale} text for "${key}": add it to src/lib/i18n/dictionaries/, or list it as pending`);
}

/** A UI string in a locale, with {name} placeholders filled in. */
export function t(locale: Locale, key: UiKey, vars?: Record<string, string | number>): string {
  return format(lookup(locale, key), vars);
}

export interface Translator {
  (key: UiKey, vars?: Record<string, string | number>): string;
  readonly locale: Locale;
  /** The plural form for a count: "1 result", "3 results"; Chinese has one form. */
  plural(key: PluralKey, count: number, vars?: Record<string, string | number>): string;
  /** Items joined the locale's way: 甲、乙 or A, B. */
  list(items: readonly string[]): string;
}

/** Keys are those of the Chinese table, the complete one. */
export const isUiKey = (key: string): key is UiKey => key in zhCn;

export function createTranslator(locale: Locale): Translator {
  const rules = new Intl.PluralRules(htmlLang[locale]);
  const translate = (key: UiKey, vars?: Record<string, string | number>) => t(locale, key, vars);
  return Object.assign(translate, {
    locale,
    plural(key: PluralKey, count: number, vars: Record<string, string | number> = {}) {
      const form = `${key}.${rules.select(count)}`;
      return t(locale, isUiKey(form) ? form : `${key}.other`, { count, ...vars });
    },
    list: (items: readonly string[]) => items.join(lookup(locale, 'punct.list')),
  });
}
