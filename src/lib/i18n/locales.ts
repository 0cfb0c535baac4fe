/** The site's locales. zh-cn is served at /, en under /en/. */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-cn';

/** The value for <html lang>. Pagefind builds one index per language from it. */
export const htmlLang: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

/** URL prefix of a locale: '' for the default, '/en' for English. */
export const localePrefix = (locale: Locale): string => (locale === defaultLocale ? '' : `/${locale}`);

/** A site path in a locale: localePath('en', '/calculator/') → '/en/calculator/'. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${localePrefix(locale)}${clean}`;
}

/** Bilingual content fields (sources, glossary) are keyed zh/en. */
export const contentLang: Record<Locale, 'zh' | 'en'> = { 'zh-cn': 'zh', en: 'en' };

/** Content ids are "<locale>/<slug>"; these split them. */
export const localeOfId = (id: string): Locale => id.split('/')[0] as Locale;
export const slugOfId = (id: string): string => id.split('/').slice(1).join('/');
