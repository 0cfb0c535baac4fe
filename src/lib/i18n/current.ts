import { defaultLocale, locales, type Locale } from './locales';

/** The locale of the page being rendered, from Astro.currentLocale (i18n routing) or the path. */
export function currentLocale(astroLocale: string | undefined, pathname: string): Locale {
  const fromAstro = (locales as readonly string[]).find((l) => l === astroLocale?.toLowerCase());
  if (fromAstro) return fromAstro as Locale;
  return pathname.startsWith('/en/') || pathname === '/en' ? 'en' : defaultLocale;
}
